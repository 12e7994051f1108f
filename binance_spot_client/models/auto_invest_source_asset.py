"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="AutoInvestSourceAsset")


@_attrs_define
class AutoInvestSourceAsset(AdditionalProperties[Any]):
    """A source asset and its limits.

    Attributes:
        source_asset (str): Asset plans can pay with.
        asset_min_amount (str): Smallest amount one investment may spend.
        asset_max_amount (str): Largest amount one investment may spend.
        scale (str): Decimal places allowed in the amount (sent as text).
        flexible_amount (str): Amount available in the Simple Earn flexible holding.
    """

    source_asset: str
    asset_min_amount: str
    asset_max_amount: str
    scale: str
    flexible_amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def asset_min_amount_decimal(self) -> Decimal:
        """`asset_min_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.asset_min_amount)

    @property
    def asset_max_amount_decimal(self) -> Decimal:
        """`asset_max_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.asset_max_amount)

    @property
    def flexible_amount_decimal(self) -> Decimal:
        """`flexible_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.flexible_amount)

    def to_dict(self) -> dict[str, Any]:
        source_asset = self.source_asset

        asset_min_amount = self.asset_min_amount

        asset_max_amount = self.asset_max_amount

        scale = self.scale

        flexible_amount = self.flexible_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sourceAsset": source_asset,
                "assetMinAmount": asset_min_amount,
                "assetMaxAmount": asset_max_amount,
                "scale": scale,
                "flexibleAmount": flexible_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["sourceAsset"],
            d["assetMinAmount"],
            d["assetMaxAmount"],
            d["scale"],
            d["flexibleAmount"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"sourceAsset", "assetMinAmount", "assetMaxAmount", "scale", "flexibleAmount"})
