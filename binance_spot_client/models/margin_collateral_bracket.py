"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MarginCollateralBracket")


@_attrs_define
class MarginCollateralBracket:
    """A collateral value band and its discount rate.

    Attributes:
        min_usd_value (str): Lower bound of the collateral value band, in USD.
        max_usd_value (str): Upper bound of the band, in USD.
        discount_rate (str): Share of the collateral value counted within the band.
    """

    min_usd_value: str
    max_usd_value: str
    discount_rate: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_usd_value = self.min_usd_value

        max_usd_value = self.max_usd_value

        discount_rate = self.discount_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "minUsdValue": min_usd_value,
                "maxUsdValue": max_usd_value,
                "discountRate": discount_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_usd_value = d.pop("minUsdValue")

        max_usd_value = d.pop("maxUsdValue")

        discount_rate = d.pop("discountRate")

        _instance = cls(
            min_usd_value=min_usd_value,
            max_usd_value=max_usd_value,
            discount_rate=discount_rate,
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
