"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginDelistSchedule")


@_attrs_define
class MarginDelistSchedule(AdditionalProperties[Any]):
    """Assets and pairs leaving margin trading at one time.

    Attributes:
        delist_time (int): When the listed assets and pairs leave margin trading.
        cross_margin_assets (list[str]): Cross margin assets delisted at that time.
        isolated_margin_symbols (list[str]): Isolated margin pairs delisted at that time.
    """

    delist_time: int
    cross_margin_assets: list[str]
    isolated_margin_symbols: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delist_time = self.delist_time

        cross_margin_assets = self.cross_margin_assets

        isolated_margin_symbols = self.isolated_margin_symbols

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delistTime": delist_time,
                "crossMarginAssets": cross_margin_assets,
                "isolatedMarginSymbols": isolated_margin_symbols,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        cross_margin_assets = d["crossMarginAssets"]
        isolated_margin_symbols = d["isolatedMarginSymbols"]

        _instance = cls(
            d["delistTime"],
            cross_margin_assets,
            isolated_margin_symbols,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"delistTime", "crossMarginAssets", "isolatedMarginSymbols"})
