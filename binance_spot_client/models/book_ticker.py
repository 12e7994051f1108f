"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BookTicker")


@_attrs_define
class BookTicker:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        symbol = d.pop("symbol")

        bid_price = d.pop("bidPrice")

        bid_qty = d.pop("bidQty")

        ask_price = d.pop("askPrice")

        ask_qty = d.pop("askQty")

        _instance = cls(
            symbol=symbol,
            bid_price=bid_price,
            bid_qty=bid_qty,
            ask_price=ask_price,
            ask_qty=ask_qty,
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
