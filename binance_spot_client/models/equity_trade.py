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

T = TypeVar("T", bound="EquityTrade")


@_attrs_define
class EquityTrade(AdditionalProperties[Any]):
    """One execution of a US equity order.

    Attributes:
        execution_id (str):
        order_id (str):
        symbol (str):
        side (OrderSide): Direction of an order.
        price (str):
        qty (str):
        total (str): Quote amount of the fill.
        execution_at (int): UTC milliseconds.
        quote (str | Unset): Quote asset.
        order_type (EquityOrderType | Unset): Type of a US equity order.
        updated_at (int | Unset): UTC milliseconds.
    """

    execution_id: str
    order_id: str
    symbol: str
    side: OrderSide
    price: str
    qty: str
    total: str
    execution_at: int
    quote: str | Unset = UNSET
    order_type: EquityOrderType | Unset = UNSET
    updated_at: int | Unset = UNSET
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
    def total_decimal(self) -> Decimal:
        """`total` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total)

    def to_dict(self) -> dict[str, Any]:
        execution_id = self.execution_id

        order_id = self.order_id

        symbol = self.symbol

        side = self.side.value

        price = self.price

        qty = self.qty

        total = self.total

        execution_at = self.execution_at

        quote = self.quote

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type.value

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "executionId": execution_id,
                "orderId": order_id,
                "symbol": symbol,
                "side": side,
                "price": price,
                "qty": qty,
                "total": total,
                "executionAt": execution_at,
            }
        )
        if quote is not UNSET:
            field_dict["quote"] = quote
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        side = _ORDER_SIDE.get(d["side"]) or OrderSide(d["side"])
        _order_type = d.get("orderType", UNSET)
        order_type: EquityOrderType | Unset = (
            UNSET if _order_type is UNSET else _EQUITY_ORDER_TYPE.get(_order_type) or EquityOrderType(_order_type)
        )

        _instance = cls(
            d["executionId"],
            d["orderId"],
            d["symbol"],
            side,
            d["price"],
            d["qty"],
            d["total"],
            d["executionAt"],
            d.get("quote", UNSET),
            order_type,
            d.get("updatedAt", UNSET),
        )
        if len(d) > 8 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_ORDER_SIDE: dict[object, OrderSide] = {member.value: member for member in OrderSide}
_EQUITY_ORDER_TYPE: dict[object, EquityOrderType] = {member.value: member for member in EquityOrderType}

_WIRE_NAMES = frozenset(
    {
        "executionId",
        "orderId",
        "symbol",
        "side",
        "price",
        "qty",
        "total",
        "executionAt",
        "quote",
        "orderType",
        "updatedAt",
    }
)
