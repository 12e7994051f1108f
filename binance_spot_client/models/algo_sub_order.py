"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_side import OrderSide
from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AlgoSubOrder")


@_attrs_define
class AlgoSubOrder(AdditionalProperties[Any]):
    """An order placed on the market by an algo order.

    Attributes:
        algo_id (int): Id of the parent algo order.
        order_id (int): Exchange id of the sub-order.
        order_status (str): Status of the sub-order on the exchange, e.g. `FILLED`.
        executed_amt (str): Quote amount the sub-order traded.
        fee_amt (str): Fee of the sub-order; negative values are fees paid in the futures answers.
        fee_asset (str): Asset the fee was charged in.
        book_time (int): Time the sub-order was placed, UTC milliseconds.
        avg_price (str): Average fill price of the sub-order.
        side (OrderSide): Direction of an order.
        symbol (str): Symbol traded.
        sub_id (int): Sequence number of the sub-order within the algo order.
        time_in_force (str): Time in force of the sub-order as the algo service names it, e.g. `IMMEDIATE_OR_CANCEL`.
        orig_qty (str): Quantity the sub-order was placed with.
        executed_qty (str | Unset): Quantity the sub-order traded.
    """

    algo_id: int
    order_id: int
    order_status: str
    executed_amt: str
    fee_amt: str
    fee_asset: str
    book_time: int
    avg_price: str
    side: OrderSide
    symbol: str
    sub_id: int
    time_in_force: str
    orig_qty: str
    executed_qty: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def executed_amt_decimal(self) -> Decimal:
        """`executed_amt` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.executed_amt)

    @property
    def fee_amt_decimal(self) -> Decimal:
        """`fee_amt` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.fee_amt)

    @property
    def avg_price_decimal(self) -> Decimal:
        """`avg_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.avg_price)

    @property
    def orig_qty_decimal(self) -> Decimal:
        """`orig_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.orig_qty)

    @property
    def executed_qty_decimal(self) -> Decimal | Unset:
        """`executed_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.executed_qty, Unset) else Decimal(self.executed_qty)

    def to_dict(self) -> dict[str, Any]:
        algo_id = self.algo_id

        order_id = self.order_id

        order_status = self.order_status

        executed_amt = self.executed_amt

        fee_amt = self.fee_amt

        fee_asset = self.fee_asset

        book_time = self.book_time

        avg_price = self.avg_price

        side = self.side.value

        symbol = self.symbol

        sub_id = self.sub_id

        time_in_force = self.time_in_force

        orig_qty = self.orig_qty

        executed_qty = self.executed_qty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "algoId": algo_id,
                "orderId": order_id,
                "orderStatus": order_status,
                "executedAmt": executed_amt,
                "feeAmt": fee_amt,
                "feeAsset": fee_asset,
                "bookTime": book_time,
                "avgPrice": avg_price,
                "side": side,
                "symbol": symbol,
                "subId": sub_id,
                "timeInForce": time_in_force,
                "origQty": orig_qty,
            }
        )
        if executed_qty is not UNSET:
            field_dict["executedQty"] = executed_qty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        side = _ORDER_SIDE.get(d["side"]) or OrderSide(d["side"])

        _instance = cls(
            d["algoId"],
            d["orderId"],
            d["orderStatus"],
            d["executedAmt"],
            d["feeAmt"],
            d["feeAsset"],
            d["bookTime"],
            d["avgPrice"],
            side,
            d["symbol"],
            d["subId"],
            d["timeInForce"],
            d["origQty"],
            d.get("executedQty", UNSET),
        )
        if len(d) > 13 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_ORDER_SIDE: dict[object, OrderSide] = {member.value: member for member in OrderSide}

_WIRE_NAMES = frozenset(
    {
        "algoId",
        "orderId",
        "orderStatus",
        "executedAmt",
        "feeAmt",
        "feeAsset",
        "bookTime",
        "avgPrice",
        "side",
        "symbol",
        "subId",
        "timeInForce",
        "origQty",
        "executedQty",
    }
)
