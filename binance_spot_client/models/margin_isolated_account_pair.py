"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.margin_level_status import MarginLevelStatus

if TYPE_CHECKING:
    from ..models.margin_isolated_account_asset import MarginIsolatedAccountAsset


T = TypeVar("T", bound="MarginIsolatedAccountPair")


@_attrs_define
class MarginIsolatedAccountPair:
    """The isolated margin account of one pair.

    Attributes:
        base_asset (MarginIsolatedAccountAsset): Balance of the base or quote asset of an isolated pair.
        quote_asset (MarginIsolatedAccountAsset): Balance of the base or quote asset of an isolated pair.
        symbol (str):
        isolated_created (bool): Whether the isolated account of the pair has been created.
        enabled (bool): Whether the isolated account is enabled (`false` once disabled).
        margin_level (str): Total assets divided by total liabilities of the pair.
        margin_level_status (MarginLevelStatus): Risk band of an isolated margin pair, from comfortable (`EXCESSIVE`) to
            being liquidated.
        margin_ratio (str): Maximum leverage ratio of the pair.
        index_price (str): Index price of the pair.
        liquidate_price (str): Estimated liquidation price.
        liquidate_rate (str): Estimated liquidation ratio.
        trade_enabled (bool): Whether trading is allowed.
    """

    base_asset: MarginIsolatedAccountAsset
    quote_asset: MarginIsolatedAccountAsset
    symbol: str
    isolated_created: bool
    enabled: bool
    margin_level: str
    margin_level_status: MarginLevelStatus
    margin_ratio: str
    index_price: str
    liquidate_price: str
    liquidate_rate: str
    trade_enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_asset = self.base_asset.to_dict()

        quote_asset = self.quote_asset.to_dict()

        symbol = self.symbol

        isolated_created = self.isolated_created

        enabled = self.enabled

        margin_level = self.margin_level

        margin_level_status = self.margin_level_status.value

        margin_ratio = self.margin_ratio

        index_price = self.index_price

        liquidate_price = self.liquidate_price

        liquidate_rate = self.liquidate_rate

        trade_enabled = self.trade_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseAsset": base_asset,
                "quoteAsset": quote_asset,
                "symbol": symbol,
                "isolatedCreated": isolated_created,
                "enabled": enabled,
                "marginLevel": margin_level,
                "marginLevelStatus": margin_level_status,
                "marginRatio": margin_ratio,
                "indexPrice": index_price,
                "liquidatePrice": liquidate_price,
                "liquidateRate": liquidate_rate,
                "tradeEnabled": trade_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_isolated_account_asset import MarginIsolatedAccountAsset

        d = dict(src_dict)
        base_asset = MarginIsolatedAccountAsset.from_dict(d.pop("baseAsset"))

        quote_asset = MarginIsolatedAccountAsset.from_dict(d.pop("quoteAsset"))

        symbol = d.pop("symbol")

        isolated_created = d.pop("isolatedCreated")

        enabled = d.pop("enabled")

        margin_level = d.pop("marginLevel")

        margin_level_status = MarginLevelStatus(d.pop("marginLevelStatus"))

        margin_ratio = d.pop("marginRatio")

        index_price = d.pop("indexPrice")

        liquidate_price = d.pop("liquidatePrice")

        liquidate_rate = d.pop("liquidateRate")

        trade_enabled = d.pop("tradeEnabled")

        _instance = cls(
            base_asset=base_asset,
            quote_asset=quote_asset,
            symbol=symbol,
            isolated_created=isolated_created,
            enabled=enabled,
            margin_level=margin_level,
            margin_level_status=margin_level_status,
            margin_ratio=margin_ratio,
            index_price=index_price,
            liquidate_price=liquidate_price,
            liquidate_rate=liquidate_rate,
            trade_enabled=trade_enabled,
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
