"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.self_trade_prevention_mode import SelfTradePreventionMode
from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginPreventedMatch")


@_attrs_define
class MarginPreventedMatch(AdditionalProperties[Any]):
    """A trade prevented by self-trade prevention.

    Attributes:
        symbol (str):
        prevented_match_id (int): Id of the prevented match.
        taker_order_id (int): Order that would have taken liquidity.
        maker_symbol (str): Pair of the maker order.
        maker_order_id (int): Order that would have provided liquidity.
        trade_group_id (int): Trade group of the two orders.
        self_trade_prevention_mode (SelfTradePreventionMode): What happens when an order would trade against an order of
            the same account or trade group.
        price (str): Price the trade would have had.
        maker_prevented_quantity (str): Maker quantity that was expired.
        transact_time (int): When the match was prevented.
    """

    symbol: str
    prevented_match_id: int
    taker_order_id: int
    maker_symbol: str
    maker_order_id: int
    trade_group_id: int
    self_trade_prevention_mode: SelfTradePreventionMode
    price: str
    maker_prevented_quantity: str
    transact_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def price_decimal(self) -> Decimal:
        """`price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.price)

    @property
    def maker_prevented_quantity_decimal(self) -> Decimal:
        """`maker_prevented_quantity` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.maker_prevented_quantity)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        prevented_match_id = self.prevented_match_id

        taker_order_id = self.taker_order_id

        maker_symbol = self.maker_symbol

        maker_order_id = self.maker_order_id

        trade_group_id = self.trade_group_id

        self_trade_prevention_mode = self.self_trade_prevention_mode.value

        price = self.price

        maker_prevented_quantity = self.maker_prevented_quantity

        transact_time = self.transact_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "preventedMatchId": prevented_match_id,
                "takerOrderId": taker_order_id,
                "makerSymbol": maker_symbol,
                "makerOrderId": maker_order_id,
                "tradeGroupId": trade_group_id,
                "selfTradePreventionMode": self_trade_prevention_mode,
                "price": price,
                "makerPreventedQuantity": maker_prevented_quantity,
                "transactTime": transact_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        self_trade_prevention_mode = _SELF_TRADE_PREVENTION_MODE.get(
            d["selfTradePreventionMode"]
        ) or SelfTradePreventionMode(d["selfTradePreventionMode"])

        _instance = cls(
            d["symbol"],
            d["preventedMatchId"],
            d["takerOrderId"],
            d["makerSymbol"],
            d["makerOrderId"],
            d["tradeGroupId"],
            self_trade_prevention_mode,
            d["price"],
            d["makerPreventedQuantity"],
            d["transactTime"],
        )
        if len(d) > 10 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_SELF_TRADE_PREVENTION_MODE: dict[object, SelfTradePreventionMode] = {
    member.value: member for member in SelfTradePreventionMode
}

_WIRE_NAMES = frozenset(
    {
        "symbol",
        "preventedMatchId",
        "takerOrderId",
        "makerSymbol",
        "makerOrderId",
        "tradeGroupId",
        "selfTradePreventionMode",
        "price",
        "makerPreventedQuantity",
        "transactTime",
    }
)
