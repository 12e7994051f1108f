"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from ..models.percent_price_filter_filter_type import PercentPriceFilterFilterType
from ..signing import StructModel

T = TypeVar("T", bound="PercentPriceFilter")


class PercentPriceFilter(
    StructModel,
    tag_field="filterType",
    tag="PERCENT_PRICE",
    rename="camel",
):
    """Keeps an order's price within multipliers of the reference price, or of a recent average price when the symbol has
    none.

        Example:
            {'filterType': 'PERCENT_PRICE', 'multiplierUp': '1.3000', 'multiplierDown': '0.7000', 'avgPriceMins': 5}

        Attributes:
            filter_type (PercentPriceFilterFilterType): Always `PERCENT_PRICE`.
            multiplier_up (str): The price may be at most this multiple of the average.
            multiplier_down (str): The price must be at least this multiple of the average.
            avg_price_mins (int): Minutes of trading the volume-weighted average price is taken over when the symbol has no
                reference price; 0 means the last price.
    """

    multiplier_up: str
    multiplier_down: str
    avg_price_mins: int

    @property
    def filter_type(self) -> PercentPriceFilterFilterType:
        """Always `PERCENT_PRICE`: the value that tells this model from the others on the wire."""
        return PercentPriceFilterFilterType("PERCENT_PRICE")

    @property
    def multiplier_up_decimal(self) -> Decimal:
        """`multiplier_up` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.multiplier_up)

    @property
    def multiplier_down_decimal(self) -> Decimal:
        """`multiplier_down` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.multiplier_down)

    def to_dict(self) -> dict[str, Any]:
        filter_type = self.filter_type.value

        multiplier_up = self.multiplier_up

        multiplier_down = self.multiplier_down

        avg_price_mins = self.avg_price_mins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filterType": filter_type,
                "multiplierUp": multiplier_up,
                "multiplierDown": multiplier_down,
                "avgPriceMins": avg_price_mins,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # the answer's decoder already built it (its answer plan's fast decoder)
            return src_dict
        d = src_dict
        if d["filterType"] != "PERCENT_PRICE":  # another union member's tag: refuse it
            PercentPriceFilterFilterType(d["filterType"])

        _instance = cls(
            d["multiplierUp"],
            d["multiplierDown"],
            d["avgPriceMins"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"filterType", "multiplierUp", "multiplierDown", "avgPriceMins"})
