"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="HistoricalBlockTrade")


@_attrs_define
class HistoricalBlockTrade(AdditionalProperties[Any]):
    """One block trade of a symbol.

    Attributes:
        id (int): Block trade id.
        price (str): Price the block trade executed at.
        qty (str): Quantity traded, in the base asset.
        quote_qty (str): Value traded, in the quote asset.
        time (int): Execution time, in milliseconds.
        is_buyer_maker (bool): True when the buy side was the maker.
    """

    id: int
    price: str
    qty: str
    quote_qty: str
    time: int
    is_buyer_maker: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def price_decimal(self) -> Decimal:
        """`price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.price)

    @property
    def qty_decimal(self) -> Decimal:
        """`qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.qty)

    @property
    def quote_qty_decimal(self) -> Decimal:
        """`quote_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.quote_qty)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        price = self.price

        qty = self.qty

        quote_qty = self.quote_qty

        time = self.time

        is_buyer_maker = self.is_buyer_maker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "price": price,
                "qty": qty,
                "quoteQty": quote_qty,
                "time": time,
                "isBuyerMaker": is_buyer_maker,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["id"],
            d["price"],
            d["qty"],
            d["quoteQty"],
            d["time"],
            d["isBuyerMaker"],
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"id", "price", "qty", "quoteQty", "time", "isBuyerMaker"})
