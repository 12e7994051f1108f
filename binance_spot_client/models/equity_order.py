"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.equity_order_type import EquityOrderType
from ..models.order_side import OrderSide
from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EquityOrder")


@_attrs_define
class EquityOrder(AdditionalProperties[Any]):
    """A US equity order.

    Attributes:
        order_id (str):
        symbol (str):
        side (OrderSide): Direction of an order.
        order_type (EquityOrderType): Type of a US equity order.
        status (str): `NEW`, `PARTIALLY_FILLED`, `FILLED`, `CANCELED`, `EXPIRED` or `REJECTED`.
        created_at (int): UTC milliseconds.
        updated_at (int): UTC milliseconds.
        client_order_id (str | Unset): Present in `equityOrderDetail`.
        quote (str | Unset): Quote asset.
        limit_price (str | Unset): Limit price; limit orders.
        avg_filled_price (str | Unset):
        qty (str | Unset): Shares ordered.
        notional (str | Unset): Quote amount ordered or filled.
        filled_qty (str | Unset):
        filled_total (str | Unset): Quote amount filled.
        fee (str | Unset):
        session (str | Unset): Trading session: `RTH`, `EXTENDED` or `24H`.
        trades (list[EquityExecution] | Unset): The order's executions; present in `equityOrderDetail` only.
    """

    order_id: str
    symbol: str
    side: OrderSide
    order_type: EquityOrderType
    status: str
    created_at: int
    updated_at: int
    client_order_id: str | Unset = UNSET
    quote: str | Unset = UNSET
    limit_price: str | Unset = UNSET
    avg_filled_price: str | Unset = UNSET
    qty: str | Unset = UNSET
    notional: str | Unset = UNSET
    filled_qty: str | Unset = UNSET
    filled_total: str | Unset = UNSET
    fee: str | Unset = UNSET
    session: str | Unset = UNSET
    trades: list[EquityExecution] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def limit_price_decimal(self) -> Decimal | Unset:
        """`limit_price` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.limit_price, Unset) else Decimal(self.limit_price)

    @property
    def avg_filled_price_decimal(self) -> Decimal | Unset:
        """`avg_filled_price` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.avg_filled_price, Unset) else Decimal(self.avg_filled_price)

    @property
    def qty_decimal(self) -> Decimal | Unset:
        """`qty` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.qty, Unset) else Decimal(self.qty)

    @property
    def notional_decimal(self) -> Decimal | Unset:
        """`notional` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.notional, Unset) else Decimal(self.notional)

    @property
    def filled_qty_decimal(self) -> Decimal | Unset:
        """`filled_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.filled_qty, Unset) else Decimal(self.filled_qty)

    @property
    def filled_total_decimal(self) -> Decimal | Unset:
        """`filled_total` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.filled_total, Unset) else Decimal(self.filled_total)

    @property
    def fee_decimal(self) -> Decimal | Unset:
        """`fee` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.fee, Unset) else Decimal(self.fee)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        symbol = self.symbol

        side = self.side.value

        order_type = self.order_type.value

        status = self.status

        created_at = self.created_at

        updated_at = self.updated_at

        client_order_id = self.client_order_id

        quote = self.quote

        limit_price = self.limit_price

        avg_filled_price = self.avg_filled_price

        qty = self.qty

        notional = self.notional

        filled_qty = self.filled_qty

        filled_total = self.filled_total

        fee = self.fee

        session = self.session

        trades: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trades, Unset):
            trades = []
            for trades_item_data in self.trades:
                trades_item = trades_item_data.to_dict()
                trades.append(trades_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "symbol": symbol,
                "side": side,
                "orderType": order_type,
                "status": status,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if quote is not UNSET:
            field_dict["quote"] = quote
        if limit_price is not UNSET:
            field_dict["limitPrice"] = limit_price
        if avg_filled_price is not UNSET:
            field_dict["avgFilledPrice"] = avg_filled_price
        if qty is not UNSET:
            field_dict["qty"] = qty
        if notional is not UNSET:
            field_dict["notional"] = notional
        if filled_qty is not UNSET:
            field_dict["filledQty"] = filled_qty
        if filled_total is not UNSET:
            field_dict["filledTotal"] = filled_total
        if fee is not UNSET:
            field_dict["fee"] = fee
        if session is not UNSET:
            field_dict["session"] = session
        if trades is not UNSET:
            field_dict["trades"] = trades

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        side = _ORDER_SIDE.get(d["side"]) or OrderSide(d["side"])
        order_type = _EQUITY_ORDER_TYPE.get(d["orderType"]) or EquityOrderType(d["orderType"])
        _trades = d.get("trades", UNSET)
        trades: list[EquityExecution] | Unset = (
            UNSET if _trades is UNSET else [EquityExecution.from_dict(item) for item in _trades]
        )

        _instance = cls(
            d["orderId"],
            d["symbol"],
            side,
            order_type,
            d["status"],
            d["createdAt"],
            d["updatedAt"],
            d.get("clientOrderId", UNSET),
            d.get("quote", UNSET),
            d.get("limitPrice", UNSET),
            d.get("avgFilledPrice", UNSET),
            d.get("qty", UNSET),
            d.get("notional", UNSET),
            d.get("filledQty", UNSET),
            d.get("filledTotal", UNSET),
            d.get("fee", UNSET),
            d.get("session", UNSET),
            trades,
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.equity_execution import EquityExecution  # noqa: E402

_ORDER_SIDE: dict[object, OrderSide] = {member.value: member for member in OrderSide}
_EQUITY_ORDER_TYPE: dict[object, EquityOrderType] = {member.value: member for member in EquityOrderType}


_WIRE_NAMES = frozenset(
    {
        "orderId",
        "symbol",
        "side",
        "orderType",
        "status",
        "createdAt",
        "updatedAt",
        "clientOrderId",
        "quote",
        "limitPrice",
        "avgFilledPrice",
        "qty",
        "notional",
        "filledQty",
        "filledTotal",
        "fee",
        "session",
        "trades",
    }
)
