"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, TypeVar

from ..signing import Row

T = TypeVar("T", bound="PriceLevel")


class PriceLevel(Row):
    """One order book level as a `[price, quantity]` pair.

    Attributes:
        price (str): Price of the level.
        quantity (str): Total quantity resting at that price.
    """

    price: str
    quantity: str

    @property
    def price_decimal(self) -> Decimal:
        """`price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.price)

    @property
    def quantity_decimal(self) -> Decimal:
        """`quantity` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.quantity)

    def to_dict(self) -> list[Any]:
        return [
            self.price,
            self.quantity,
        ]

    @classmethod
    def from_dict(cls: type[T], src_dict: Sequence[Any]) -> T:
        d = src_dict

        _instance = cls(
            d[0],
            d[1],
        )
        return _instance
