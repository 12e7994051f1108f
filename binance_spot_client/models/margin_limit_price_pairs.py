"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginLimitPricePairs")


@_attrs_define
class MarginLimitPricePairs(AdditionalProperties[Any]):
    """Pairs with a limit price restriction.

    Attributes:
        cross_margin_symbols (list[str]): Cross margin pairs whose limit prices must stay within the band around the
            index price.
    """

    cross_margin_symbols: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cross_margin_symbols = self.cross_margin_symbols

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "crossMarginSymbols": cross_margin_symbols,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        cross_margin_symbols = d["crossMarginSymbols"]

        _instance = cls(
            cross_margin_symbols,
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"crossMarginSymbols"})
