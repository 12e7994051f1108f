"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from ..models.price_filter_filter_type import PriceFilterFilterType
from ..signing import StructModel

T = TypeVar("T", bound="PriceFilter")


class PriceFilter(
    StructModel,
    tag_field="filterType",
    tag="PRICE_FILTER",
    rename="camel",
):
    """Limits on `price` and `stopPrice`: a range and a tick size. A value of 0 switches that check off.

    Example:
        {'filterType': 'PRICE_FILTER', 'minPrice': '0.00000100', 'maxPrice': '100000.00000000', 'tickSize':
            '0.00000100'}

    Attributes:
        filter_type (PriceFilterFilterType): Always `PRICE_FILTER`.
        min_price (str): Lowest accepted price; 0 disables the check.
        max_price (str): Highest accepted price; 0 disables the check.
        tick_size (str): Prices must be a whole multiple of this step; 0 disables the check.
    """

    min_price: str
    max_price: str
    tick_size: str

    @property
    def filter_type(self) -> PriceFilterFilterType:
        """Always `PRICE_FILTER`: the value that tells this model from the others on the wire."""
        return PriceFilterFilterType("PRICE_FILTER")

    @property
    def min_price_decimal(self) -> Decimal:
        """`min_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.min_price)

    @property
    def max_price_decimal(self) -> Decimal:
        """`max_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.max_price)

    @property
    def tick_size_decimal(self) -> Decimal:
        """`tick_size` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.tick_size)

    def to_dict(self) -> dict[str, Any]:
        filter_type = self.filter_type.value

        min_price = self.min_price

        max_price = self.max_price

        tick_size = self.tick_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filterType": filter_type,
                "minPrice": min_price,
                "maxPrice": max_price,
                "tickSize": tick_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # the answer's decoder already built it (its answer plan's fast decoder)
            return src_dict
        d = src_dict
        if d["filterType"] != "PRICE_FILTER":  # another union member's tag: refuse it
            PriceFilterFilterType(d["filterType"])

        _instance = cls(
            d["minPrice"],
            d["maxPrice"],
            d["tickSize"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"filterType", "minPrice", "maxPrice", "tickSize"})
