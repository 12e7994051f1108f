"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PortfolioMarginAssetIndexPrice")


@_attrs_define
class PortfolioMarginAssetIndexPrice(AdditionalProperties[Any]):
    """Index price of an asset.

    Attributes:
        asset (str):
        asset_index_price (str): Index price of the asset in USD.
        time (int): When the price was computed.
    """

    asset: str
    asset_index_price: str
    time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def asset_index_price_decimal(self) -> Decimal:
        """`asset_index_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.asset_index_price)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        asset_index_price = self.asset_index_price

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "assetIndexPrice": asset_index_price,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["assetIndexPrice"],
            d["time"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"asset", "assetIndexPrice", "time"})
