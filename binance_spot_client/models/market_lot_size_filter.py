"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from ..models.market_lot_size_filter_filter_type import MarketLotSizeFilterFilterType
from ..signing import StructModel

T = TypeVar("T", bound="MarketLotSizeFilter")


class MarketLotSizeFilter(
    StructModel,
    tag_field="filterType",
    tag="MARKET_LOT_SIZE",
    rename="camel",
):
    """Limits on the quantity of MARKET orders: a range and a step size.

    Example:
        {'filterType': 'MARKET_LOT_SIZE', 'minQty': '0.00100000', 'maxQty': '100000.00000000', 'stepSize': '0.00100000'}

    Attributes:
        filter_type (MarketLotSizeFilterFilterType): Always `MARKET_LOT_SIZE`.
        min_qty (str): Smallest accepted quantity.
        max_qty (str): Largest accepted quantity.
        step_size (str): Quantities must be a whole multiple of this step.
    """

    min_qty: str
    max_qty: str
    step_size: str

    @property
    def filter_type(self) -> MarketLotSizeFilterFilterType:
        """Always `MARKET_LOT_SIZE`: the value that tells this model from the others on the wire."""
        return MarketLotSizeFilterFilterType("MARKET_LOT_SIZE")

    @property
    def min_qty_decimal(self) -> Decimal:
        """`min_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.min_qty)

    @property
    def max_qty_decimal(self) -> Decimal:
        """`max_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.max_qty)

    @property
    def step_size_decimal(self) -> Decimal:
        """`step_size` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.step_size)

    def to_dict(self) -> dict[str, Any]:
        filter_type = self.filter_type.value

        min_qty = self.min_qty

        max_qty = self.max_qty

        step_size = self.step_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filterType": filter_type,
                "minQty": min_qty,
                "maxQty": max_qty,
                "stepSize": step_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # the answer's decoder already built it (its answer plan's fast decoder)
            return src_dict
        d = src_dict
        if d["filterType"] != "MARKET_LOT_SIZE":  # another union member's tag: refuse it
            MarketLotSizeFilterFilterType(d["filterType"])

        _instance = cls(
            d["minQty"],
            d["maxQty"],
            d["stepSize"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"filterType", "minQty", "maxQty", "stepSize"})
