"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.min_notional_filter_filter_type import MinNotionalFilterFilterType

T = TypeVar("T", bound="MinNotionalFilter")


@_attrs_define
class MinNotionalFilter:
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

    filter_type: MinNotionalFilterFilterType
    min_notional: str
    apply_to_market: bool
    avg_price_mins: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = src_dict
        filter_type = _MIN_NOTIONAL_FILTER_FILTER_TYPE.get(d["filterType"]) or MinNotionalFilterFilterType(
            d["filterType"]
        )

        _instance = cls(
            filter_type,
            d["minNotional"],
            d["applyToMarket"],
            d["avgPriceMins"],
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


_MIN_NOTIONAL_FILTER_FILTER_TYPE: dict[object, MinNotionalFilterFilterType] = {
    member.value: member for member in MinNotionalFilterFilterType
}

_WIRE_NAMES = frozenset({"filterType", "minNotional", "applyToMarket", "avgPriceMins"})
