"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletDelistSchedule")


@_attrs_define
class WalletDelistSchedule(AdditionalProperties[Any]):
    """Spot symbols to be delisted at one time.

    Attributes:
        delist_time (int): When the symbols are delisted, UTC milliseconds.
        symbols (list[str]): Symbols delisted at that time.
    """

    delist_time: int
    symbols: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delist_time = self.delist_time

        symbols = self.symbols

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delistTime": delist_time,
                "symbols": symbols,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        symbols = d["symbols"]

        _instance = cls(
            d["delistTime"],
            symbols,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"delistTime", "symbols"})
