"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="OrderAmendment")


@_attrs_define
class OrderAmendment(AdditionalProperties[Any]):
    """One amendment of an order's quantity (keeping its queue priority).

    Attributes:
        symbol (str): The symbol of the order.
        order_id (int): Exchange-assigned order id.
        execution_id (int): Execution id of the amendment.
        orig_client_order_id (str): The client order id before the amendment.
        new_client_order_id (str): The client order id after the amendment.
        orig_qty (str): Order quantity before the amendment.
        new_qty (str): Order quantity after the amendment.
        time (int): When the amendment happened, in milliseconds since the Unix epoch (UTC).
    """

    symbol: str
    order_id: int
    execution_id: int
    orig_client_order_id: str
    new_client_order_id: str
    orig_qty: str
    new_qty: str
    time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def orig_qty_decimal(self) -> Decimal:
        """`orig_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.orig_qty)

    @property
    def new_qty_decimal(self) -> Decimal:
        """`new_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.new_qty)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        order_id = self.order_id

        execution_id = self.execution_id

        orig_client_order_id = self.orig_client_order_id

        new_client_order_id = self.new_client_order_id

        orig_qty = self.orig_qty

        new_qty = self.new_qty

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "orderId": order_id,
                "executionId": execution_id,
                "origClientOrderId": orig_client_order_id,
                "newClientOrderId": new_client_order_id,
                "origQty": orig_qty,
                "newQty": new_qty,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["symbol"],
            d["orderId"],
            d["executionId"],
            d["origClientOrderId"],
            d["newClientOrderId"],
            d["origQty"],
            d["newQty"],
            d["time"],
        )
        if len(d) > 8 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {"symbol", "orderId", "executionId", "origClientOrderId", "newClientOrderId", "origQty", "newQty", "time"}
)
