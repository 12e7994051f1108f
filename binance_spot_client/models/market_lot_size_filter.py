"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.market_lot_size_filter_filter_type import MarketLotSizeFilterFilterType

T = TypeVar("T", bound="MarketLotSizeFilter")


@_attrs_define
class MarketLotSizeFilter:
    """Limits on the quantity of MARKET orders: a range and a step size.

    Example:
        {'filterType': 'MARKET_LOT_SIZE', 'minQty': '0.00100000', 'maxQty': '100000.00000000', 'stepSize': '0.00100000'}

    Attributes:
        filter_type (MarketLotSizeFilterFilterType): Always `MARKET_LOT_SIZE`.
        min_qty (str): Smallest accepted quantity.
        max_qty (str): Largest accepted quantity.
        step_size (str): Quantities must be a whole multiple of this step.
    """

    filter_type: MarketLotSizeFilterFilterType
    min_qty: str
    max_qty: str
    step_size: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = src_dict
        filter_type = _MARKET_LOT_SIZE_FILTER_FILTER_TYPE.get(d["filterType"]) or MarketLotSizeFilterFilterType(
            d["filterType"]
        )

        _instance = cls(
            filter_type,
            d["minQty"],
            d["maxQty"],
            d["stepSize"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_MARKET_LOT_SIZE_FILTER_FILTER_TYPE: dict[object, MarketLotSizeFilterFilterType] = {
    member.value: member for member in MarketLotSizeFilterFilterType
}

_WIRE_NAMES = frozenset({"filterType", "minQty", "maxQty", "stepSize"})
