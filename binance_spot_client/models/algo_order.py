"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.algo_position_side import AlgoPositionSide
from ..models.order_side import OrderSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlgoOrder")


@_attrs_define
class AlgoOrder:
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
        d = dict(src_dict)
        algo_id = d.pop("algoId")

        symbol = d.pop("symbol")

        side = OrderSide(d.pop("side"))

        total_qty = d.pop("totalQty")

        executed_qty = d.pop("executedQty")

        executed_amt = d.pop("executedAmt")

        avg_price = d.pop("avgPrice")

        client_algo_id = d.pop("clientAlgoId")

        book_time = d.pop("bookTime")

        end_time = d.pop("endTime")

        algo_status = d.pop("algoStatus")

        algo_type = d.pop("algoType")

        urgency = d.pop("urgency")

        _position_side = d.pop("positionSide", UNSET)
        position_side: AlgoPositionSide | Unset
        if isinstance(_position_side, Unset):
            position_side = UNSET
        else:
            position_side = AlgoPositionSide(_position_side)

        _instance = cls(
            algo_id=algo_id,
            symbol=symbol,
            side=side,
            total_qty=total_qty,
            executed_qty=executed_qty,
            executed_amt=executed_amt,
            avg_price=avg_price,
            client_algo_id=client_algo_id,
            book_time=book_time,
            end_time=end_time,
            algo_status=algo_status,
            algo_type=algo_type,
            urgency=urgency,
            position_side=position_side,
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
