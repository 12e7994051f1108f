"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SimpleEarnFlexibleRate")


@_attrs_define
class SimpleEarnFlexibleRate(AdditionalProperties[Any]):
    """One point of a flexible product's rate history.

    Attributes:
        product_id (str): Flexible product.
        asset (str): Asset of the product.
        annual_percentage_rate (str): Annual percentage rate at that time, as a fraction.
        time (int): Time of the rate, UTC milliseconds.
    """

    product_id: str
    asset: str
    annual_percentage_rate: str
    time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def annual_percentage_rate_decimal(self) -> Decimal:
        """`annual_percentage_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.annual_percentage_rate)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        asset = self.asset

        annual_percentage_rate = self.annual_percentage_rate

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productId": product_id,
                "asset": asset,
                "annualPercentageRate": annual_percentage_rate,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["productId"],
            d["asset"],
            d["annualPercentageRate"],
            d["time"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"productId", "asset", "annualPercentageRate", "time"})
