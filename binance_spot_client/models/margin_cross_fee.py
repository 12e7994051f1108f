"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginCrossFee")


@_attrs_define
class MarginCrossFee(AdditionalProperties[Any]):
    """Cross margin borrowing terms of an asset at one VIP level.

    Attributes:
        vip_level (int): VIP level the figures apply to.
        coin (str): Asset.
        transfer_in (bool): Whether the asset can be transferred in.
        borrowable (bool): Whether the asset can be borrowed.
        daily_interest (str): Daily interest rate.
        yearly_interest (str): Yearly interest rate.
        borrow_limit (str): Borrowing ceiling at this VIP level.
        marginable_pairs (list[str]): Cross margin pairs the asset can be used in.
    """

    vip_level: int
    coin: str
    transfer_in: bool
    borrowable: bool
    daily_interest: str
    yearly_interest: str
    borrow_limit: str
    marginable_pairs: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def daily_interest_decimal(self) -> Decimal:
        """`daily_interest` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.daily_interest)

    @property
    def yearly_interest_decimal(self) -> Decimal:
        """`yearly_interest` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.yearly_interest)

    @property
    def borrow_limit_decimal(self) -> Decimal:
        """`borrow_limit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.borrow_limit)

    def to_dict(self) -> dict[str, Any]:
        vip_level = self.vip_level

        coin = self.coin

        transfer_in = self.transfer_in

        borrowable = self.borrowable

        daily_interest = self.daily_interest

        yearly_interest = self.yearly_interest

        borrow_limit = self.borrow_limit

        marginable_pairs = self.marginable_pairs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vipLevel": vip_level,
                "coin": coin,
                "transferIn": transfer_in,
                "borrowable": borrowable,
                "dailyInterest": daily_interest,
                "yearlyInterest": yearly_interest,
                "borrowLimit": borrow_limit,
                "marginablePairs": marginable_pairs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        marginable_pairs = d["marginablePairs"]

        _instance = cls(
            d["vipLevel"],
            d["coin"],
            d["transferIn"],
            d["borrowable"],
            d["dailyInterest"],
            d["yearlyInterest"],
            d["borrowLimit"],
            marginable_pairs,
        )
        if len(d) > 8 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "vipLevel",
        "coin",
        "transferIn",
        "borrowable",
        "dailyInterest",
        "yearlyInterest",
        "borrowLimit",
        "marginablePairs",
    }
)
