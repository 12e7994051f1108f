"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MarginListSchedule")


@_attrs_define
class MarginListSchedule:
    """Assets and pairs joining margin trading at one time.

    Attributes:
        list_time (int): When the listed assets and pairs join margin trading.
        cross_margin_assets (list[str]): Cross margin assets listed at that time.
        isolated_margin_symbols (list[str]): Isolated margin pairs listed at that time.
    """

    list_time: int
    cross_margin_assets: list[str]
    isolated_margin_symbols: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_time = self.list_time

        cross_margin_assets = self.cross_margin_assets

        isolated_margin_symbols = self.isolated_margin_symbols

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "listTime": list_time,
                "crossMarginAssets": cross_margin_assets,
                "isolatedMarginSymbols": isolated_margin_symbols,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_time = d.pop("listTime")

        cross_margin_assets = cast(list[str], d.pop("crossMarginAssets"))

        isolated_margin_symbols = cast(list[str], d.pop("isolatedMarginSymbols"))

        _instance = cls(
            list_time=list_time,
            cross_margin_assets=cross_margin_assets,
            isolated_margin_symbols=isolated_margin_symbols,
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
