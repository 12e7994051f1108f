"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.margin_level_status import MarginLevelStatus
from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginIsolatedAccountPair")


@_attrs_define
class MarginIsolatedAccountPair(AdditionalProperties[Any]):
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

    @property
    def margin_level_decimal(self) -> Decimal:
        """`margin_level` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.margin_level)

    @property
    def margin_ratio_decimal(self) -> Decimal:
        """`margin_ratio` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.margin_ratio)

    @property
    def index_price_decimal(self) -> Decimal:
        """`index_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.index_price)

    @property
    def liquidate_price_decimal(self) -> Decimal:
        """`liquidate_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.liquidate_price)

    @property
    def liquidate_rate_decimal(self) -> Decimal:
        """`liquidate_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.liquidate_rate)

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
        d = src_dict
        base_asset = MarginIsolatedAccountAsset.from_dict(d["baseAsset"])
        quote_asset = MarginIsolatedAccountAsset.from_dict(d["quoteAsset"])
        margin_level_status = _MARGIN_LEVEL_STATUS.get(d["marginLevelStatus"]) or MarginLevelStatus(
            d["marginLevelStatus"]
        )

        _instance = cls(
            base_asset,
            quote_asset,
            d["symbol"],
            d["isolatedCreated"],
            d["enabled"],
            d["marginLevel"],
            margin_level_status,
            d["marginRatio"],
            d["indexPrice"],
            d["liquidatePrice"],
            d["liquidateRate"],
            d["tradeEnabled"],
        )
        if len(d) > 12 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.margin_isolated_account_asset import MarginIsolatedAccountAsset  # noqa: E402

_MARGIN_LEVEL_STATUS: dict[object, MarginLevelStatus] = {member.value: member for member in MarginLevelStatus}

_WIRE_NAMES = frozenset(
    {
        "baseAsset",
        "quoteAsset",
        "symbol",
        "isolatedCreated",
        "enabled",
        "marginLevel",
        "marginLevelStatus",
        "marginRatio",
        "indexPrice",
        "liquidatePrice",
        "liquidateRate",
        "tradeEnabled",
    }
)
