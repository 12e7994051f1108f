"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notional_filter_filter_type import NotionalFilterFilterType

T = TypeVar("T", bound="NotionalFilter")


@_attrs_define
class NotionalFilter:
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

    filter_type: NotionalFilterFilterType
    min_notional: str
    apply_min_to_market: bool
    max_notional: str
    apply_max_to_market: bool
    avg_price_mins: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = src_dict
        filter_type = _NOTIONAL_FILTER_FILTER_TYPE.get(d["filterType"]) or NotionalFilterFilterType(d["filterType"])

        _instance = cls(
            filter_type,
            d["minNotional"],
            d["applyMinToMarket"],
            d["maxNotional"],
            d["applyMaxToMarket"],
            d["avgPriceMins"],
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
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


_NOTIONAL_FILTER_FILTER_TYPE: dict[object, NotionalFilterFilterType] = {
    member.value: member for member in NotionalFilterFilterType
}

_WIRE_NAMES = frozenset(
    {"filterType", "minNotional", "applyMinToMarket", "maxNotional", "applyMaxToMarket", "avgPriceMins"}
)
