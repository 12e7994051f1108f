"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="TestOrderCommissionRates")


@_attrs_define
class TestOrderCommissionRates(AdditionalProperties[Any]):
    """Maker and taker rates that would apply to trades of a test order.

    Attributes:
        maker (str): Rate applied when the order adds liquidity.
        taker (str): Rate applied when the order removes liquidity.
    """

    maker: str
    taker: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def maker_decimal(self) -> Decimal:
        """`maker` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.maker)

    @property
    def taker_decimal(self) -> Decimal:
        """`taker` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.taker)

    def to_dict(self) -> dict[str, Any]:
        maker = self.maker

        taker = self.taker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maker": maker,
                "taker": taker,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["maker"],
            d["taker"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"maker", "taker"})
