"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletDustConvertibleAsset")


@_attrs_define
class WalletDustConvertibleAsset(AdditionalProperties[Any]):
    """A small balance and what it converts to.

    Attributes:
        asset (str):
        asset_full_name (str): Full name of the asset.
        amount_free (str): Amount that can be converted.
        exchange (str): Fee, in the target asset.
        to_quota_asset_amount (str): Value in the valuation (quota) asset.
        to_target_asset_amount (str): Amount of the target asset, before the fee.
        to_target_asset_off_exchange (str): Amount of the target asset, after the fee.
    """

    asset: str
    asset_full_name: str
    amount_free: str
    exchange: str
    to_quota_asset_amount: str
    to_target_asset_amount: str
    to_target_asset_off_exchange: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_free_decimal(self) -> Decimal:
        """`amount_free` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount_free)

    @property
    def exchange_decimal(self) -> Decimal:
        """`exchange` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.exchange)

    @property
    def to_quota_asset_amount_decimal(self) -> Decimal:
        """`to_quota_asset_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.to_quota_asset_amount)

    @property
    def to_target_asset_amount_decimal(self) -> Decimal:
        """`to_target_asset_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.to_target_asset_amount)

    @property
    def to_target_asset_off_exchange_decimal(self) -> Decimal:
        """`to_target_asset_off_exchange` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.to_target_asset_off_exchange)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        asset_full_name = self.asset_full_name

        amount_free = self.amount_free

        exchange = self.exchange

        to_quota_asset_amount = self.to_quota_asset_amount

        to_target_asset_amount = self.to_target_asset_amount

        to_target_asset_off_exchange = self.to_target_asset_off_exchange

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "assetFullName": asset_full_name,
                "amountFree": amount_free,
                "exchange": exchange,
                "toQuotaAssetAmount": to_quota_asset_amount,
                "toTargetAssetAmount": to_target_asset_amount,
                "toTargetAssetOffExchange": to_target_asset_off_exchange,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["assetFullName"],
            d["amountFree"],
            d["exchange"],
            d["toQuotaAssetAmount"],
            d["toTargetAssetAmount"],
            d["toTargetAssetOffExchange"],
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "asset",
        "assetFullName",
        "amountFree",
        "exchange",
        "toQuotaAssetAmount",
        "toTargetAssetAmount",
        "toTargetAssetOffExchange",
    }
)
