"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PortfolioMarginInterest")


@_attrs_define
class PortfolioMarginInterest(AdditionalProperties[Any]):
    """Interest charged on a negative balance.

    Attributes:
        asset (str):
        interest (str): Interest charged.
        interest_accrued_time (int): When the interest was charged.
        interest_rate (str): Rate applied.
        principal (str): Negative balance the interest was charged on.
    """

    asset: str
    interest: str
    interest_accrued_time: int
    interest_rate: str
    principal: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def interest_decimal(self) -> Decimal:
        """`interest` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.interest)

    @property
    def interest_rate_decimal(self) -> Decimal:
        """`interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.interest_rate)

    @property
    def principal_decimal(self) -> Decimal:
        """`principal` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.principal)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        interest = self.interest

        interest_accrued_time = self.interest_accrued_time

        interest_rate = self.interest_rate

        principal = self.principal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "interest": interest,
                "interestAccruedTime": interest_accrued_time,
                "interestRate": interest_rate,
                "principal": principal,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["interest"],
            d["interestAccruedTime"],
            d["interestRate"],
            d["principal"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"asset", "interest", "interestAccruedTime", "interestRate", "principal"})
