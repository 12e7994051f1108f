"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="VipLoansInterestRate")


@_attrs_define
class VipLoansInterestRate(AdditionalProperties[Any]):
    """
    Attributes:
        coin (str): Coin the rate applies to.
        annualized_interest_rate (str): Annualised flexible rate.
        time (int): When the rate took effect, UTC milliseconds.
    """

    coin: str
    annualized_interest_rate: str
    time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def annualized_interest_rate_decimal(self) -> Decimal:
        """`annualized_interest_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.annualized_interest_rate)

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        annualized_interest_rate = self.annualized_interest_rate

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coin": coin,
                "annualizedInterestRate": annualized_interest_rate,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["coin"],
            d["annualizedInterestRate"],
            d["time"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"coin", "annualizedInterestRate", "time"})
