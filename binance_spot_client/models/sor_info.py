"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..signing import StructModel

T = TypeVar("T", bound="SorInfo")


class SorInfo(
    StructModel,
    rename="camel",
):
    """A set of symbols sharing a base asset that the smart order router can route across.

    Attributes:
        base_asset (str): The base asset common to the symbols.
        symbols (list[str]): Symbols the router may use for this base asset.
    """

    base_asset: str
    symbols: list[str]

    def to_dict(self) -> dict[str, Any]:
        base_asset = self.base_asset

        symbols = self.symbols

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseAsset": base_asset,
                "symbols": symbols,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # the answer's decoder already built it (its answer plan's fast decoder)
            return src_dict
        d = src_dict
        symbols = d["symbols"]

        _instance = cls(
            d["baseAsset"],
            symbols,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"baseAsset", "symbols"})
