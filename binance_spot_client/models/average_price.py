"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="AveragePrice")


@_attrs_define
class AveragePrice(AdditionalProperties[Any]):
    """A symbol's average price over a short trailing window.

    Attributes:
        mins (int): Length of the averaging window, in minutes.
        price (str): The average price.
        close_time (int): Time of the last trade taken into account, in milliseconds.
    """

    mins: int
    price: str
    close_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def price_decimal(self) -> Decimal:
        """`price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.price)

    def to_dict(self) -> dict[str, Any]:
        mins = self.mins

        price = self.price

        close_time = self.close_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mins": mins,
                "price": price,
                "closeTime": close_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["mins"],
            d["price"],
            d["closeTime"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"mins", "price", "closeTime"})
