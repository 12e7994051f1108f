"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sub_account_margin_asset import SubAccountMarginAsset
    from ..models.sub_account_snapshot_balance import SubAccountSnapshotBalance
    from ..models.sub_account_snapshot_futures_asset import SubAccountSnapshotFuturesAsset
    from ..models.sub_account_snapshot_futures_position import SubAccountSnapshotFuturesPosition


T = TypeVar("T", bound="SubAccountSnapshotData")


@_attrs_define
class SubAccountSnapshotData:
    """Content of a snapshot: `balances`/`totalAssetOfBtc` for spot; `marginLevel`, the BTC totals and `userAssets` for
    margin; `assets` and `position` for futures.

        Attributes:
            balances (list[SubAccountSnapshotBalance] | Unset):
            total_asset_of_btc (str | Unset): Total assets, in BTC (spot and margin).
            margin_level (str | Unset): Margin level (margin).
            total_liability_of_btc (str | Unset): Total liabilities, in BTC (margin).
            total_net_asset_of_btc (str | Unset): Net assets, in BTC (margin).
            user_assets (list[SubAccountMarginAsset] | Unset):
            assets (list[SubAccountSnapshotFuturesAsset] | Unset):
            position (list[SubAccountSnapshotFuturesPosition] | Unset):
    """

    balances: list[SubAccountSnapshotBalance] | Unset = UNSET
    total_asset_of_btc: str | Unset = UNSET
    margin_level: str | Unset = UNSET
    total_liability_of_btc: str | Unset = UNSET
    total_net_asset_of_btc: str | Unset = UNSET
    user_assets: list[SubAccountMarginAsset] | Unset = UNSET
    assets: list[SubAccountSnapshotFuturesAsset] | Unset = UNSET
    position: list[SubAccountSnapshotFuturesPosition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.balances, Unset):
            balances = []
            for balances_item_data in self.balances:
                balances_item = balances_item_data.to_dict()
                balances.append(balances_item)

        total_asset_of_btc = self.total_asset_of_btc

        margin_level = self.margin_level

        total_liability_of_btc = self.total_liability_of_btc

        total_net_asset_of_btc = self.total_net_asset_of_btc

        user_assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_assets, Unset):
            user_assets = []
            for user_assets_item_data in self.user_assets:
                user_assets_item = user_assets_item_data.to_dict()
                user_assets.append(user_assets_item)

        assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)

        position: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = []
            for position_item_data in self.position:
                position_item = position_item_data.to_dict()
                position.append(position_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balances is not UNSET:
            field_dict["balances"] = balances
        if total_asset_of_btc is not UNSET:
            field_dict["totalAssetOfBtc"] = total_asset_of_btc
        if margin_level is not UNSET:
            field_dict["marginLevel"] = margin_level
        if total_liability_of_btc is not UNSET:
            field_dict["totalLiabilityOfBtc"] = total_liability_of_btc
        if total_net_asset_of_btc is not UNSET:
            field_dict["totalNetAssetOfBtc"] = total_net_asset_of_btc
        if user_assets is not UNSET:
            field_dict["userAssets"] = user_assets
        if assets is not UNSET:
            field_dict["assets"] = assets
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sub_account_margin_asset import SubAccountMarginAsset
        from ..models.sub_account_snapshot_balance import SubAccountSnapshotBalance
        from ..models.sub_account_snapshot_futures_asset import SubAccountSnapshotFuturesAsset
        from ..models.sub_account_snapshot_futures_position import SubAccountSnapshotFuturesPosition

        d = dict(src_dict)
        _balances = d.pop("balances", UNSET)
        balances: list[SubAccountSnapshotBalance] | Unset = UNSET
        if _balances is not UNSET:
            balances = []
            for balances_item_data in _balances:
                balances_item = SubAccountSnapshotBalance.from_dict(balances_item_data)

                balances.append(balances_item)

        total_asset_of_btc = d.pop("totalAssetOfBtc", UNSET)

        margin_level = d.pop("marginLevel", UNSET)

        total_liability_of_btc = d.pop("totalLiabilityOfBtc", UNSET)

        total_net_asset_of_btc = d.pop("totalNetAssetOfBtc", UNSET)

        _user_assets = d.pop("userAssets", UNSET)
        user_assets: list[SubAccountMarginAsset] | Unset = UNSET
        if _user_assets is not UNSET:
            user_assets = []
            for user_assets_item_data in _user_assets:
                user_assets_item = SubAccountMarginAsset.from_dict(user_assets_item_data)

                user_assets.append(user_assets_item)

        _assets = d.pop("assets", UNSET)
        assets: list[SubAccountSnapshotFuturesAsset] | Unset = UNSET
        if _assets is not UNSET:
            assets = []
            for assets_item_data in _assets:
                assets_item = SubAccountSnapshotFuturesAsset.from_dict(assets_item_data)

                assets.append(assets_item)

        _position = d.pop("position", UNSET)
        position: list[SubAccountSnapshotFuturesPosition] | Unset = UNSET
        if _position is not UNSET:
            position = []
            for position_item_data in _position:
                position_item = SubAccountSnapshotFuturesPosition.from_dict(position_item_data)

                position.append(position_item)

        _instance = cls(
            balances=balances,
            total_asset_of_btc=total_asset_of_btc,
            margin_level=margin_level,
            total_liability_of_btc=total_liability_of_btc,
            total_net_asset_of_btc=total_net_asset_of_btc,
            user_assets=user_assets,
            assets=assets,
            position=position,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
