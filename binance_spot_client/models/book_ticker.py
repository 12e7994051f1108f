"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from ..signing import StructModel

T = TypeVar("T", bound="BookTicker")


class BookTicker(
    StructModel,
    rename="camel",
):
    """Best bid and best ask of a symbol with the quantities resting there.

    Attributes:
        symbol (str): The trading pair.
        bid_price (str): Highest buy price on the book.
        bid_qty (str): Quantity at the best bid.
        ask_price (str): Lowest sell price on the book.
        ask_qty (str): Quantity at the best ask.
    """

    symbol: str
    bid_price: str
    bid_qty: str
    ask_price: str
    ask_qty: str

    @property
    def bid_price_decimal(self) -> Decimal:
        """`bid_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.bid_price)

    @property
    def bid_qty_decimal(self) -> Decimal:
        """`bid_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.bid_qty)

    @property
    def ask_price_decimal(self) -> Decimal:
        """`ask_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.ask_price)

    @property
    def ask_qty_decimal(self) -> Decimal:
        """`ask_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.ask_qty)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        bid_price = self.bid_price

        bid_qty = self.bid_qty

        ask_price = self.ask_price

        ask_qty = self.ask_qty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "bidPrice": bid_price,
                "bidQty": bid_qty,
                "askPrice": ask_price,
                "askQty": ask_qty,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # the answer's decoder already built it (its answer plan's fast decoder)
            return src_dict
        d = src_dict

        _instance = cls(
            d["symbol"],
            d["bidPrice"],
            d["bidQty"],
            d["askPrice"],
            d["askQty"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"symbol", "bidPrice", "bidQty", "askPrice", "askQty"})
