"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionBookLevel")


@_attrs_define
class PredictionBookLevel(AdditionalProperties[Any]):
    """One price level of an order book.

    Attributes:
        price (str): Price per share.
        size (str): Shares offered at that price.
    """

    price: str
    size: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def price_decimal(self) -> Decimal:
        """`price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.price)

    @property
    def size_decimal(self) -> Decimal:
        """`size` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.size)

    def to_dict(self) -> dict[str, Any]:
        price = self.price

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price": price,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["price"],
            d["size"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"price", "size"})
