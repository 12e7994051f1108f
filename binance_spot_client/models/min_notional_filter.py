"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
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
        d = dict(src_dict)
        filter_type = MinNotionalFilterFilterType(d.pop("filterType"))

        min_notional = d.pop("minNotional")

        apply_to_market = d.pop("applyToMarket")

        avg_price_mins = d.pop("avgPriceMins")

        _instance = cls(
            filter_type=filter_type,
            min_notional=min_notional,
            apply_to_market=apply_to_market,
            avg_price_mins=avg_price_mins,
        )

        _instance.additional_properties = d
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
