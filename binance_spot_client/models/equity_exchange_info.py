"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="EquityExchangeInfo")


@_attrs_define
class EquityExchangeInfo(AdditionalProperties[Any]):
    """US equity trading rules.

    Attributes:
        timezone (str):
        symbols (list[EquitySymbol]):
    """

    timezone: str
    symbols: list[EquitySymbol]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timezone = self.timezone

        symbols = []
        for symbols_item_data in self.symbols:
            symbols_item = symbols_item_data.to_dict()
            symbols.append(symbols_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timezone": timezone,
                "symbols": symbols,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        symbols = [EquitySymbol.from_dict(item) for item in d["symbols"]]

        _instance = cls(
            d["timezone"],
            symbols,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.equity_symbol import EquitySymbol  # noqa: E402

_WIRE_NAMES = frozenset({"timezone", "symbols"})
