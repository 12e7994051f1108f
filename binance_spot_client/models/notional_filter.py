"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from ..models.notional_filter_filter_type import NotionalFilterFilterType
from ..signing import StructModel

T = TypeVar("T", bound="NotionalFilter")


class NotionalFilter(
    StructModel,
    tag_field="filterType",
    tag="NOTIONAL",
    rename="camel",
):
    """Accepted range of order value (price times quantity) on the symbol.

    Example:
        {'filterType': 'NOTIONAL', 'minNotional': '10.00000000', 'applyMinToMarket': False, 'maxNotional':
            '10000.00000000', 'applyMaxToMarket': False, 'avgPriceMins': 5}

    Attributes:
        filter_type (NotionalFilterFilterType): Always `NOTIONAL`.
        min_notional (str): Lowest accepted price × quantity.
        apply_min_to_market (bool): Whether the lower bound also applies to MARKET orders.
        max_notional (str): Highest accepted price × quantity.
        apply_max_to_market (bool): Whether the upper bound also applies to MARKET orders.
        avg_price_mins (int): Minutes of trading the volume-weighted average price is taken over when the symbol has no
            reference price; 0 means the last price.
    """

    min_notional: str
    apply_min_to_market: bool
    max_notional: str
    apply_max_to_market: bool
    avg_price_mins: int

    @property
    def filter_type(self) -> NotionalFilterFilterType:
        """Always `NOTIONAL`: the value that tells this model from the others on the wire."""
        return NotionalFilterFilterType("NOTIONAL")

    @property
    def min_notional_decimal(self) -> Decimal:
        """`min_notional` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.min_notional)

    @property
    def max_notional_decimal(self) -> Decimal:
        """`max_notional` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.max_notional)

    def to_dict(self) -> dict[str, Any]:
        filter_type = self.filter_type.value

        min_notional = self.min_notional

        apply_min_to_market = self.apply_min_to_market

        max_notional = self.max_notional

        apply_max_to_market = self.apply_max_to_market

        avg_price_mins = self.avg_price_mins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filterType": filter_type,
                "minNotional": min_notional,
                "applyMinToMarket": apply_min_to_market,
                "maxNotional": max_notional,
                "applyMaxToMarket": apply_max_to_market,
                "avgPriceMins": avg_price_mins,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # the answer's decoder already built it (its answer plan's fast decoder)
            return src_dict
        d = src_dict
        if d["filterType"] != "NOTIONAL":  # another union member's tag: refuse it
            NotionalFilterFilterType(d["filterType"])

        _instance = cls(
            d["minNotional"],
            d["applyMinToMarket"],
            d["maxNotional"],
            d["applyMaxToMarket"],
            d["avgPriceMins"],
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {"filterType", "minNotional", "applyMinToMarket", "maxNotional", "applyMaxToMarket", "avgPriceMins"}
)
