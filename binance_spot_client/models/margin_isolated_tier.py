"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginIsolatedTier")


@_attrs_define
class MarginIsolatedTier(AdditionalProperties[Any]):
    """One tier of an isolated margin pair.

    Attributes:
        symbol (str):
        tier (int): Tier number.
        effective_multiple (str): Leverage of the tier.
        initial_risk_ratio (str): Risk ratio needed to open positions in this tier.
        liquidation_risk_ratio (str): Risk ratio at which positions are liquidated.
        base_asset_max_borrowable (str): Most base asset that can be borrowed in this tier.
        quote_asset_max_borrowable (str): Most quote asset that can be borrowed in this tier.
    """

    symbol: str
    tier: int
    effective_multiple: str
    initial_risk_ratio: str
    liquidation_risk_ratio: str
    base_asset_max_borrowable: str
    quote_asset_max_borrowable: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def effective_multiple_decimal(self) -> Decimal:
        """`effective_multiple` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.effective_multiple)

    @property
    def initial_risk_ratio_decimal(self) -> Decimal:
        """`initial_risk_ratio` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.initial_risk_ratio)

    @property
    def liquidation_risk_ratio_decimal(self) -> Decimal:
        """`liquidation_risk_ratio` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.liquidation_risk_ratio)

    @property
    def base_asset_max_borrowable_decimal(self) -> Decimal:
        """`base_asset_max_borrowable` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.base_asset_max_borrowable)

    @property
    def quote_asset_max_borrowable_decimal(self) -> Decimal:
        """`quote_asset_max_borrowable` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.quote_asset_max_borrowable)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        tier = self.tier

        effective_multiple = self.effective_multiple

        initial_risk_ratio = self.initial_risk_ratio

        liquidation_risk_ratio = self.liquidation_risk_ratio

        base_asset_max_borrowable = self.base_asset_max_borrowable

        quote_asset_max_borrowable = self.quote_asset_max_borrowable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "tier": tier,
                "effectiveMultiple": effective_multiple,
                "initialRiskRatio": initial_risk_ratio,
                "liquidationRiskRatio": liquidation_risk_ratio,
                "baseAssetMaxBorrowable": base_asset_max_borrowable,
                "quoteAssetMaxBorrowable": quote_asset_max_borrowable,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["symbol"],
            d["tier"],
            d["effectiveMultiple"],
            d["initialRiskRatio"],
            d["liquidationRiskRatio"],
            d["baseAssetMaxBorrowable"],
            d["quoteAssetMaxBorrowable"],
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "symbol",
        "tier",
        "effectiveMultiple",
        "initialRiskRatio",
        "liquidationRiskRatio",
        "baseAssetMaxBorrowable",
        "quoteAssetMaxBorrowable",
    }
)
