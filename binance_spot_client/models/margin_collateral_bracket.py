"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginCollateralBracket")


@_attrs_define
class MarginCollateralBracket(AdditionalProperties[Any]):
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

    @property
    def min_usd_value_decimal(self) -> Decimal:
        """`min_usd_value` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.min_usd_value)

    @property
    def max_usd_value_decimal(self) -> Decimal:
        """`max_usd_value` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.max_usd_value)

    @property
    def discount_rate_decimal(self) -> Decimal:
        """`discount_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.discount_rate)

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
        d = src_dict

        _instance = cls(
            d["minUsdValue"],
            d["maxUsdValue"],
            d["discountRate"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"minUsdValue", "maxUsdValue", "discountRate"})
