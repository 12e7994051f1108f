"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from ..models.percent_price_by_side_filter_filter_type import PercentPriceBySideFilterFilterType
from ..signing import StructModel

T = TypeVar("T", bound="PercentPriceBySideFilter")


class PercentPriceBySideFilter(
    StructModel,
    tag_field="filterType",
    tag="PERCENT_PRICE_BY_SIDE",
    rename="camel",
):
    """Like PERCENT_PRICE, with separate multipliers for buy (bid) and sell (ask) orders.

    Example:
        {'filterType': 'PERCENT_PRICE_BY_SIDE', 'bidMultiplierUp': '1.2', 'bidMultiplierDown': '0.2', 'askMultiplierUp':
            '5', 'askMultiplierDown': '0.8', 'avgPriceMins': 1}

    Attributes:
        filter_type (PercentPriceBySideFilterFilterType): Always `PERCENT_PRICE_BY_SIDE`.
        bid_multiplier_up (str): Upper multiple of the average for buy orders.
        bid_multiplier_down (str): Lower multiple of the average for buy orders.
        ask_multiplier_up (str): Upper multiple of the average for sell orders.
        ask_multiplier_down (str): Lower multiple of the average for sell orders.
        avg_price_mins (int): Minutes of trading the volume-weighted average price is taken over when the symbol has no
            reference price; 0 means the last price.
    """

    bid_multiplier_up: str
    bid_multiplier_down: str
    ask_multiplier_up: str
    ask_multiplier_down: str
    avg_price_mins: int

    @property
    def filter_type(self) -> PercentPriceBySideFilterFilterType:
        """Always `PERCENT_PRICE_BY_SIDE`: the value that tells this model from the others on the wire."""
        return PercentPriceBySideFilterFilterType("PERCENT_PRICE_BY_SIDE")

    @property
    def bid_multiplier_up_decimal(self) -> Decimal:
        """`bid_multiplier_up` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.bid_multiplier_up)

    @property
    def bid_multiplier_down_decimal(self) -> Decimal:
        """`bid_multiplier_down` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.bid_multiplier_down)

    @property
    def ask_multiplier_up_decimal(self) -> Decimal:
        """`ask_multiplier_up` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.ask_multiplier_up)

    @property
    def ask_multiplier_down_decimal(self) -> Decimal:
        """`ask_multiplier_down` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.ask_multiplier_down)

    def to_dict(self) -> dict[str, Any]:
        filter_type = self.filter_type.value

        bid_multiplier_up = self.bid_multiplier_up

        bid_multiplier_down = self.bid_multiplier_down

        ask_multiplier_up = self.ask_multiplier_up

        ask_multiplier_down = self.ask_multiplier_down

        avg_price_mins = self.avg_price_mins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filterType": filter_type,
                "bidMultiplierUp": bid_multiplier_up,
                "bidMultiplierDown": bid_multiplier_down,
                "askMultiplierUp": ask_multiplier_up,
                "askMultiplierDown": ask_multiplier_down,
                "avgPriceMins": avg_price_mins,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # the answer's decoder already built it (its answer plan's fast decoder)
            return src_dict
        d = src_dict
        if d["filterType"] != "PERCENT_PRICE_BY_SIDE":  # another union member's tag: refuse it
            PercentPriceBySideFilterFilterType(d["filterType"])

        _instance = cls(
            d["bidMultiplierUp"],
            d["bidMultiplierDown"],
            d["askMultiplierUp"],
            d["askMultiplierDown"],
            d["avgPriceMins"],
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {"filterType", "bidMultiplierUp", "bidMultiplierDown", "askMultiplierUp", "askMultiplierDown", "avgPriceMins"}
)
