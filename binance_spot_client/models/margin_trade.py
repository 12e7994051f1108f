"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginTrade")


@_attrs_define
class MarginTrade(AdditionalProperties[Any]):
    """One trade of a margin account.

    Attributes:
        commission (str): Commission charged.
        commission_asset (str): Asset of the commission.
        id (int): Trade id.
        is_best_match (bool): Whether the trade was at the best price available.
        is_buyer (bool): Whether the account was the buyer.
        is_maker (bool): Whether the account was the maker.
        order_id (int): Order the trade belongs to.
        price (str):
        qty (str): Quantity traded.
        symbol (str):
        is_isolated (bool): Whether the trade was in an isolated margin account.
        time (int): When the trade happened.
    """

    commission: str
    commission_asset: str
    id: int
    is_best_match: bool
    is_buyer: bool
    is_maker: bool
    order_id: int
    price: str
    qty: str
    symbol: str
    is_isolated: bool
    time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def commission_decimal(self) -> Decimal:
        """`commission` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.commission)

    @property
    def price_decimal(self) -> Decimal:
        """`price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.price)

    @property
    def qty_decimal(self) -> Decimal:
        """`qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.qty)

    def to_dict(self) -> dict[str, Any]:
        commission = self.commission

        commission_asset = self.commission_asset

        id = self.id

        is_best_match = self.is_best_match

        is_buyer = self.is_buyer

        is_maker = self.is_maker

        order_id = self.order_id

        price = self.price

        qty = self.qty

        symbol = self.symbol

        is_isolated = self.is_isolated

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commission": commission,
                "commissionAsset": commission_asset,
                "id": id,
                "isBestMatch": is_best_match,
                "isBuyer": is_buyer,
                "isMaker": is_maker,
                "orderId": order_id,
                "price": price,
                "qty": qty,
                "symbol": symbol,
                "isIsolated": is_isolated,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["commission"],
            d["commissionAsset"],
            d["id"],
            d["isBestMatch"],
            d["isBuyer"],
            d["isMaker"],
            d["orderId"],
            d["price"],
            d["qty"],
            d["symbol"],
            d["isIsolated"],
            d["time"],
        )
        if len(d) > 12 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "commission",
        "commissionAsset",
        "id",
        "isBestMatch",
        "isBuyer",
        "isMaker",
        "orderId",
        "price",
        "qty",
        "symbol",
        "isIsolated",
        "time",
    }
)
