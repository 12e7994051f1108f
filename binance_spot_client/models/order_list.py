"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contingency_type import ContingencyType
from ..models.order_list_order_status import OrderListOrderStatus
from ..models.order_list_status import OrderListStatus
from ..signing import AdditionalProperties

T = TypeVar("T", bound="OrderList")


@_attrs_define
class OrderList(AdditionalProperties[Any]):
    """An order list (OCO, OTO, …) with the orders it is made of.

    Attributes:
        order_list_id (int): Exchange-assigned order list id.
        contingency_type (ContingencyType): How the orders of an order list depend on each other.
        list_status_type (OrderListStatus): Status of an order list as a whole (the `listStatusType` field).
        list_order_status (OrderListOrderStatus): Execution state of the orders of an order list (the `listOrderStatus`
            field).
        list_client_order_id (str): The client id of the order list.
        transaction_time (int): When the list was last acted on, in milliseconds since the Unix epoch (UTC).
        symbol (str): The symbol of the list's orders.
        orders (list[OrderListEntry]): The orders of the list, identified by their ids.
    """

    order_list_id: int
    contingency_type: ContingencyType
    list_status_type: OrderListStatus
    list_order_status: OrderListOrderStatus
    list_client_order_id: str
    transaction_time: int
    symbol: str
    orders: list[OrderListEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_list_id = self.order_list_id

        contingency_type = self.contingency_type.value

        list_status_type = self.list_status_type.value

        list_order_status = self.list_order_status.value

        list_client_order_id = self.list_client_order_id

        transaction_time = self.transaction_time

        symbol = self.symbol

        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderListId": order_list_id,
                "contingencyType": contingency_type,
                "listStatusType": list_status_type,
                "listOrderStatus": list_order_status,
                "listClientOrderId": list_client_order_id,
                "transactionTime": transaction_time,
                "symbol": symbol,
                "orders": orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        contingency_type = _CONTINGENCY_TYPE.get(d["contingencyType"]) or ContingencyType(d["contingencyType"])
        list_status_type = _ORDER_LIST_STATUS.get(d["listStatusType"]) or OrderListStatus(d["listStatusType"])
        list_order_status = _ORDER_LIST_ORDER_STATUS.get(d["listOrderStatus"]) or OrderListOrderStatus(
            d["listOrderStatus"]
        )
        orders = [OrderListEntry.from_dict(item) for item in d["orders"]]

        _instance = cls(
            d["orderListId"],
            contingency_type,
            list_status_type,
            list_order_status,
            d["listClientOrderId"],
            d["transactionTime"],
            d["symbol"],
            orders,
        )
        if len(d) > 8 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.order_list_entry import OrderListEntry  # noqa: E402

_CONTINGENCY_TYPE: dict[object, ContingencyType] = {member.value: member for member in ContingencyType}
_ORDER_LIST_STATUS: dict[object, OrderListStatus] = {member.value: member for member in OrderListStatus}
_ORDER_LIST_ORDER_STATUS: dict[object, OrderListOrderStatus] = {member.value: member for member in OrderListOrderStatus}


_WIRE_NAMES = frozenset(
    {
        "orderListId",
        "contingencyType",
        "listStatusType",
        "listOrderStatus",
        "listClientOrderId",
        "transactionTime",
        "symbol",
        "orders",
    }
)
