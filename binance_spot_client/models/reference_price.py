"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="ReferencePrice")


@_attrs_define
class ReferencePrice(AdditionalProperties[Any]):
    """A symbol's reference price at a point in time.

    Attributes:
        symbol (str): The trading pair.
        reference_price (None | str): The reference price, or null when none is set at the moment.
        timestamp (int): Time at which this reference price applied, in milliseconds.
    """

    symbol: str
    reference_price: str | None
    timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        reference_price: str | None
        reference_price = self.reference_price

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "referencePrice": reference_price,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        reference_price = _parse_reference_price(d["referencePrice"])

        _instance = cls(
            d["symbol"],
            reference_price,
            d["timestamp"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


def _parse_reference_price(data: object) -> str | None:
    if data is None:
        return data
    return cast(None | str, data)


_WIRE_NAMES = frozenset({"symbol", "referencePrice", "timestamp"})
