"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountManagedMarginAssets")


@_attrs_define
class SubAccountManagedMarginAssets(AdditionalProperties[Any]):
    """Margin account of a managed sub-account.

    Attributes:
        margin_level (str): Current margin level.
        total_asset_of_btc (str): Total assets, in BTC.
        total_liability_of_btc (str): Total liabilities, in BTC.
        total_net_asset_of_btc (str): Net assets, in BTC.
        user_assets (list[SubAccountMarginAsset]):
    """

    margin_level: str
    total_asset_of_btc: str
    total_liability_of_btc: str
    total_net_asset_of_btc: str
    user_assets: list[SubAccountMarginAsset]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def margin_level_decimal(self) -> Decimal:
        """`margin_level` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.margin_level)

    @property
    def total_asset_of_btc_decimal(self) -> Decimal:
        """`total_asset_of_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_asset_of_btc)

    @property
    def total_liability_of_btc_decimal(self) -> Decimal:
        """`total_liability_of_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_liability_of_btc)

    @property
    def total_net_asset_of_btc_decimal(self) -> Decimal:
        """`total_net_asset_of_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_net_asset_of_btc)

    def to_dict(self) -> dict[str, Any]:
        margin_level = self.margin_level

        total_asset_of_btc = self.total_asset_of_btc

        total_liability_of_btc = self.total_liability_of_btc

        total_net_asset_of_btc = self.total_net_asset_of_btc

        user_assets = []
        for user_assets_item_data in self.user_assets:
            user_assets_item = user_assets_item_data.to_dict()
            user_assets.append(user_assets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marginLevel": margin_level,
                "totalAssetOfBtc": total_asset_of_btc,
                "totalLiabilityOfBtc": total_liability_of_btc,
                "totalNetAssetOfBtc": total_net_asset_of_btc,
                "userAssets": user_assets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        user_assets = [SubAccountMarginAsset.from_dict(item) for item in d["userAssets"]]

        _instance = cls(
            d["marginLevel"],
            d["totalAssetOfBtc"],
            d["totalLiabilityOfBtc"],
            d["totalNetAssetOfBtc"],
            user_assets,
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_margin_asset import SubAccountMarginAsset  # noqa: E402

_WIRE_NAMES = frozenset({"marginLevel", "totalAssetOfBtc", "totalLiabilityOfBtc", "totalNetAssetOfBtc", "userAssets"})
