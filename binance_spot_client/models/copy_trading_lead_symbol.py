"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="CopyTradingLeadSymbol")


@_attrs_define
class CopyTradingLeadSymbol(AdditionalProperties[Any]):
    """A futures symbol open to lead trading.

    Attributes:
        symbol (str): Futures symbol.
        base_asset (str): Base asset of the symbol.
        quote_asset (str): Quote asset of the symbol.
    """

    symbol: str
    base_asset: str
    quote_asset: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        base_asset = self.base_asset

        quote_asset = self.quote_asset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "baseAsset": base_asset,
                "quoteAsset": quote_asset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["symbol"],
            d["baseAsset"],
            d["quoteAsset"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"symbol", "baseAsset", "quoteAsset"})
