"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from ..models.min_notional_filter_filter_type import MinNotionalFilterFilterType
from ..signing import StructModel

T = TypeVar("T", bound="MinNotionalFilter")


class MinNotionalFilter(
    StructModel,
    tag_field="filterType",
    tag="MIN_NOTIONAL",
    rename="camel",
):
    """Smallest order value (price times quantity) accepted on the symbol.

    Example:
        {'filterType': 'MIN_NOTIONAL', 'minNotional': '0.00100000', 'applyToMarket': True, 'avgPriceMins': 5}

    Attributes:
        filter_type (MinNotionalFilterFilterType): Always `MIN_NOTIONAL`.
        min_notional (str): Lowest accepted price × quantity.
        apply_to_market (bool): Whether MARKET orders are checked too, using the reference or average price.
        avg_price_mins (int): Minutes of trading the volume-weighted average price is taken over when the symbol has no
            reference price; 0 means the last price.
    """

    min_notional: str
    apply_to_market: bool
    avg_price_mins: int

    @property
    def filter_type(self) -> MinNotionalFilterFilterType:
        """Always `MIN_NOTIONAL`: the value that tells this model from the others on the wire."""
        return MinNotionalFilterFilterType("MIN_NOTIONAL")

    @property
    def min_notional_decimal(self) -> Decimal:
        """`min_notional` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.min_notional)

    def to_dict(self) -> dict[str, Any]:
        filter_type = self.filter_type.value

        min_notional = self.min_notional

        apply_to_market = self.apply_to_market

        avg_price_mins = self.avg_price_mins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filterType": filter_type,
                "minNotional": min_notional,
                "applyToMarket": apply_to_market,
                "avgPriceMins": avg_price_mins,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # the answer's decoder already built it (its answer plan's fast decoder)
            return src_dict
        d = src_dict
        if d["filterType"] != "MIN_NOTIONAL":  # another union member's tag: refuse it
            MinNotionalFilterFilterType(d["filterType"])

        _instance = cls(
            d["minNotional"],
            d["applyToMarket"],
            d["avgPriceMins"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"filterType", "minNotional", "applyToMarket", "avgPriceMins"})
