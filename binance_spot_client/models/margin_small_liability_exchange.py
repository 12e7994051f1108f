"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginSmallLiabilityExchange")


@_attrs_define
class MarginSmallLiabilityExchange(AdditionalProperties[Any]):
    """One small liability exchange.

    Attributes:
        asset (str): Debt asset that was cleared.
        amount (str): Amount of debt cleared.
        target_asset (str): Asset paid for it.
        target_amount (str): Amount of `targetAsset` paid.
        biz_type (str): Kind of operation, `EXCHANGE_SMALL_LIABILITY`.
        timestamp (int): When the exchange happened.
    """

    asset: str
    amount: str
    target_asset: str
    target_amount: str
    biz_type: str
    timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def target_amount_decimal(self) -> Decimal:
        """`target_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.target_amount)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        amount = self.amount

        target_asset = self.target_asset

        target_amount = self.target_amount

        biz_type = self.biz_type

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "amount": amount,
                "targetAsset": target_asset,
                "targetAmount": target_amount,
                "bizType": biz_type,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["amount"],
            d["targetAsset"],
            d["targetAmount"],
            d["bizType"],
            d["timestamp"],
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"asset", "amount", "targetAsset", "targetAmount", "bizType", "timestamp"})
