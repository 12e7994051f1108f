"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="GiftCardTokenLimit")


@_attrs_define
class GiftCardTokenLimit(AdditionalProperties[Any]):
    """Amount limits for paying a dual-token gift card in one token.

    Attributes:
        coin (str): Token the card can redeem to.
        from_min (str): Smallest payment.
        from_max (str): Largest payment.
    """

    coin: str
    from_min: str
    from_max: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def from_min_decimal(self) -> Decimal:
        """`from_min` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.from_min)

    @property
    def from_max_decimal(self) -> Decimal:
        """`from_max` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.from_max)

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        from_min = self.from_min

        from_max = self.from_max

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coin": coin,
                "fromMin": from_min,
                "fromMax": from_max,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["coin"],
            d["fromMin"],
            d["fromMax"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"coin", "fromMin", "fromMax"})
