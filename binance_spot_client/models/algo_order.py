"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.algo_position_side import AlgoPositionSide
from ..models.order_side import OrderSide
from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AlgoOrder")


@_attrs_define
class AlgoOrder(AdditionalProperties[Any]):
    """An algo order (futures VP/TWAP or spot TWAP).

    Attributes:
        algo_id (int): Id of the algo order.
        symbol (str): Symbol traded.
        side (OrderSide): Direction of an order.
        total_qty (str): Quantity the algo was asked to trade.
        executed_qty (str): Quantity traded so far.
        executed_amt (str): Quote amount traded so far.
        avg_price (str): Average price of the trades so far.
        client_algo_id (str): Client id of the algo order.
        book_time (int): Time the algo order was placed, UTC milliseconds.
        end_time (int): Time the algo order ended, UTC milliseconds; 0 while it runs.
        algo_status (str): State of the algo order, e.g. `WORKING`, `FINISHED`, `CANCELLED`.
        algo_type (str): `VP` or `TWAP`.
        urgency (str): Urgency of a VP order (`LOW`, `MEDIUM`, `HIGH`); also filled in for TWAP orders.
        position_side (AlgoPositionSide | Unset): Futures position side of an algo order.
    """

    algo_id: int
    symbol: str
    side: OrderSide
    total_qty: str
    executed_qty: str
    executed_amt: str
    avg_price: str
    client_algo_id: str
    book_time: int
    end_time: int
    algo_status: str
    algo_type: str
    urgency: str
    position_side: AlgoPositionSide | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_qty_decimal(self) -> Decimal:
        """`total_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_qty)

    @property
    def executed_qty_decimal(self) -> Decimal:
        """`executed_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.executed_qty)

    @property
    def executed_amt_decimal(self) -> Decimal:
        """`executed_amt` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.executed_amt)

    @property
    def avg_price_decimal(self) -> Decimal:
        """`avg_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.avg_price)

    def to_dict(self) -> dict[str, Any]:
        algo_id = self.algo_id

        symbol = self.symbol

        side = self.side.value

        total_qty = self.total_qty

        executed_qty = self.executed_qty

        executed_amt = self.executed_amt

        avg_price = self.avg_price

        client_algo_id = self.client_algo_id

        book_time = self.book_time

        end_time = self.end_time

        algo_status = self.algo_status

        algo_type = self.algo_type

        urgency = self.urgency

        position_side: str | Unset = UNSET
        if not isinstance(self.position_side, Unset):
            position_side = self.position_side.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "algoId": algo_id,
                "symbol": symbol,
                "side": side,
                "totalQty": total_qty,
                "executedQty": executed_qty,
                "executedAmt": executed_amt,
                "avgPrice": avg_price,
                "clientAlgoId": client_algo_id,
                "bookTime": book_time,
                "endTime": end_time,
                "algoStatus": algo_status,
                "algoType": algo_type,
                "urgency": urgency,
            }
        )
        if position_side is not UNSET:
            field_dict["positionSide"] = position_side

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        side = _ORDER_SIDE.get(d["side"]) or OrderSide(d["side"])
        _position_side = d.get("positionSide", UNSET)
        position_side: AlgoPositionSide | Unset = (
            UNSET
            if _position_side is UNSET
            else _ALGO_POSITION_SIDE.get(_position_side) or AlgoPositionSide(_position_side)
        )

        _instance = cls(
            d["algoId"],
            d["symbol"],
            side,
            d["totalQty"],
            d["executedQty"],
            d["executedAmt"],
            d["avgPrice"],
            d["clientAlgoId"],
            d["bookTime"],
            d["endTime"],
            d["algoStatus"],
            d["algoType"],
            d["urgency"],
            position_side,
        )
        if len(d) > 13 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_ORDER_SIDE: dict[object, OrderSide] = {member.value: member for member in OrderSide}
_ALGO_POSITION_SIDE: dict[object, AlgoPositionSide] = {member.value: member for member in AlgoPositionSide}

_WIRE_NAMES = frozenset(
    {
        "algoId",
        "symbol",
        "side",
        "totalQty",
        "executedQty",
        "executedAmt",
        "avgPrice",
        "clientAlgoId",
        "bookTime",
        "endTime",
        "algoStatus",
        "algoType",
        "urgency",
        "positionSide",
    }
)
