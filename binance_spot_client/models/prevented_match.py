"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.self_trade_prevention_mode import SelfTradePreventionMode
from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PreventedMatch")


@_attrs_define
class PreventedMatch(AdditionalProperties[Any]):
    """A match between two orders of the same account (or trade group) that self-trade prevention stopped.

    Attributes:
        symbol (str): The symbol of the taker order.
        prevented_match_id (int): Id of the prevented match, unique per symbol.
        taker_order_id (int): Id of the taker order.
        maker_symbol (str): The symbol of the maker order.
        maker_order_id (int): Id of the maker order.
        trade_group_id (int): Trade group of the account; -1 when the account belongs to none.
        self_trade_prevention_mode (SelfTradePreventionMode): What happens when an order would trade against an order of
            the same account or trade group.
        price (str): Price at which the orders would have matched.
        transact_time (int): When the prevention happened, in milliseconds since the Unix epoch (UTC).
        taker_prevented_quantity (str | Unset): Remaining quantity of the taker order before the prevention. Present
            only for the modes `EXPIRE_TAKER`, `EXPIRE_BOTH` and `DECREMENT`.
        maker_prevented_quantity (str | Unset): Remaining quantity of the maker order before the prevention. Present
            only for the modes `EXPIRE_MAKER`, `EXPIRE_BOTH` and `DECREMENT`.
    """

    symbol: str
    prevented_match_id: int
    taker_order_id: int
    maker_symbol: str
    maker_order_id: int
    trade_group_id: int
    self_trade_prevention_mode: SelfTradePreventionMode
    price: str
    transact_time: int
    taker_prevented_quantity: str | Unset = UNSET
    maker_prevented_quantity: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def price_decimal(self) -> Decimal:
        """`price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.price)

    @property
    def taker_prevented_quantity_decimal(self) -> Decimal | Unset:
        """`taker_prevented_quantity` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.taker_prevented_quantity, Unset) else Decimal(self.taker_prevented_quantity)

    @property
    def maker_prevented_quantity_decimal(self) -> Decimal | Unset:
        """`maker_prevented_quantity` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.maker_prevented_quantity, Unset) else Decimal(self.maker_prevented_quantity)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        prevented_match_id = self.prevented_match_id

        taker_order_id = self.taker_order_id

        maker_symbol = self.maker_symbol

        maker_order_id = self.maker_order_id

        trade_group_id = self.trade_group_id

        self_trade_prevention_mode = self.self_trade_prevention_mode.value

        price = self.price

        transact_time = self.transact_time

        taker_prevented_quantity = self.taker_prevented_quantity

        maker_prevented_quantity = self.maker_prevented_quantity

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
                "transactTime": transact_time,
            }
        )
        if taker_prevented_quantity is not UNSET:
            field_dict["takerPreventedQuantity"] = taker_prevented_quantity
        if maker_prevented_quantity is not UNSET:
            field_dict["makerPreventedQuantity"] = maker_prevented_quantity

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
            d["transactTime"],
            d.get("takerPreventedQuantity", UNSET),
            d.get("makerPreventedQuantity", UNSET),
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
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
        "transactTime",
        "takerPreventedQuantity",
        "makerPreventedQuantity",
    }
)
