"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.price_filter_filter_type import PriceFilterFilterType

T = TypeVar("T", bound="PriceFilter")


@_attrs_define
class PriceFilter:
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

    filter_type: PriceFilterFilterType
    min_price: str
    max_price: str
    tick_size: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = src_dict
        filter_type = _PRICE_FILTER_FILTER_TYPE.get(d["filterType"]) or PriceFilterFilterType(d["filterType"])

        _instance = cls(
            filter_type,
            d["minPrice"],
            d["maxPrice"],
            d["tickSize"],
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


_PRICE_FILTER_FILTER_TYPE: dict[object, PriceFilterFilterType] = {
    member.value: member for member in PriceFilterFilterType
}

_WIRE_NAMES = frozenset({"filterType", "minPrice", "maxPrice", "tickSize"})
