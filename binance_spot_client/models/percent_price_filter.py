"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.percent_price_filter_filter_type import PercentPriceFilterFilterType

T = TypeVar("T", bound="PercentPriceFilter")


@_attrs_define
class PercentPriceFilter:
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

    filter_type: PercentPriceFilterFilterType
    multiplier_up: str
    multiplier_down: str
    avg_price_mins: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        filter_type = PercentPriceFilterFilterType(d.pop("filterType"))

        multiplier_up = d.pop("multiplierUp")

        multiplier_down = d.pop("multiplierDown")

        avg_price_mins = d.pop("avgPriceMins")

        _instance = cls(
            filter_type=filter_type,
            multiplier_up=multiplier_up,
            multiplier_down=multiplier_down,
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
