"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginIsolatedFeeAsset")


@_attrs_define
class MarginIsolatedFeeAsset(AdditionalProperties[Any]):
    """Borrowing terms of one asset of an isolated pair.

    Attributes:
        coin (str): Asset of the pair (base or quote).
        daily_interest (str): Daily interest rate.
        borrow_limit (str): Borrowing ceiling.
    """

    coin: str
    daily_interest: str
    borrow_limit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def daily_interest_decimal(self) -> Decimal:
        """`daily_interest` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.daily_interest)

    @property
    def borrow_limit_decimal(self) -> Decimal:
        """`borrow_limit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.borrow_limit)

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        daily_interest = self.daily_interest

        borrow_limit = self.borrow_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coin": coin,
                "dailyInterest": daily_interest,
                "borrowLimit": borrow_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["coin"],
            d["dailyInterest"],
            d["borrowLimit"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"coin", "dailyInterest", "borrowLimit"})
