"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SubAccountSnapshotData")


@_attrs_define
class SubAccountSnapshotData(AdditionalProperties[Any]):
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

    @property
    def total_asset_of_btc_decimal(self) -> Decimal | Unset:
        """`total_asset_of_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.total_asset_of_btc, Unset) else Decimal(self.total_asset_of_btc)

    @property
    def margin_level_decimal(self) -> Decimal | Unset:
        """`margin_level` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.margin_level, Unset) else Decimal(self.margin_level)

    @property
    def total_liability_of_btc_decimal(self) -> Decimal | Unset:
        """`total_liability_of_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.total_liability_of_btc, Unset) else Decimal(self.total_liability_of_btc)

    @property
    def total_net_asset_of_btc_decimal(self) -> Decimal | Unset:
        """`total_net_asset_of_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.total_net_asset_of_btc, Unset) else Decimal(self.total_net_asset_of_btc)

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
        d = src_dict
        _balances = d.get("balances", UNSET)
        balances: list[SubAccountSnapshotBalance] | Unset = (
            UNSET if _balances is UNSET else [SubAccountSnapshotBalance.from_dict(item) for item in _balances]
        )
        _user_assets = d.get("userAssets", UNSET)
        user_assets: list[SubAccountMarginAsset] | Unset = (
            UNSET if _user_assets is UNSET else [SubAccountMarginAsset.from_dict(item) for item in _user_assets]
        )
        _assets = d.get("assets", UNSET)
        assets: list[SubAccountSnapshotFuturesAsset] | Unset = (
            UNSET if _assets is UNSET else [SubAccountSnapshotFuturesAsset.from_dict(item) for item in _assets]
        )
        _position = d.get("position", UNSET)
        position: list[SubAccountSnapshotFuturesPosition] | Unset = (
            UNSET if _position is UNSET else [SubAccountSnapshotFuturesPosition.from_dict(item) for item in _position]
        )

        _instance = cls(
            balances,
            d.get("totalAssetOfBtc", UNSET),
            d.get("marginLevel", UNSET),
            d.get("totalLiabilityOfBtc", UNSET),
            d.get("totalNetAssetOfBtc", UNSET),
            user_assets,
            assets,
            position,
        )
        if len(d) > 0 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_margin_asset import SubAccountMarginAsset  # noqa: E402
from ..models.sub_account_snapshot_balance import SubAccountSnapshotBalance  # noqa: E402
from ..models.sub_account_snapshot_futures_asset import SubAccountSnapshotFuturesAsset  # noqa: E402
from ..models.sub_account_snapshot_futures_position import SubAccountSnapshotFuturesPosition  # noqa: E402

_WIRE_NAMES = frozenset(
    {
        "balances",
        "totalAssetOfBtc",
        "marginLevel",
        "totalLiabilityOfBtc",
        "totalNetAssetOfBtc",
        "userAssets",
        "assets",
        "position",
    }
)
