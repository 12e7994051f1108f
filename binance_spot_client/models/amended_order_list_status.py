"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contingency_type import ContingencyType
from ..models.order_list_order_status import OrderListOrderStatus
from ..signing import AdditionalProperties

T = TypeVar("T", bound="AmendedOrderListStatus")


@_attrs_define
class AmendedOrderListStatus(AdditionalProperties[Any]):
    """Status of the order list an amended order belongs to.

    Attributes:
        order_list_id (int): Id of the order list.
        contingency_type (ContingencyType): How the orders of an order list depend on each other.
        list_order_status (OrderListOrderStatus): Execution state of the orders of an order list (the `listOrderStatus`
            field).
        list_client_order_id (str): Client id of the order list.
        symbol (str): Trading pair of the order list.
        orders (list[OrderListMember]): The orders making up the list, with their client order ids after the amendment.
    """

    order_list_id: int
    contingency_type: ContingencyType
    list_order_status: OrderListOrderStatus
    list_client_order_id: str
    symbol: str
    orders: list[OrderListMember]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_list_id = self.order_list_id

        contingency_type = self.contingency_type.value

        list_order_status = self.list_order_status.value

        list_client_order_id = self.list_client_order_id

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
                "listOrderStatus": list_order_status,
                "listClientOrderId": list_client_order_id,
                "symbol": symbol,
                "orders": orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        contingency_type = _CONTINGENCY_TYPE.get(d["contingencyType"]) or ContingencyType(d["contingencyType"])
        list_order_status = _ORDER_LIST_ORDER_STATUS.get(d["listOrderStatus"]) or OrderListOrderStatus(
            d["listOrderStatus"]
        )
        orders = [OrderListMember.from_dict(item) for item in d["orders"]]

        _instance = cls(
            d["orderListId"],
            contingency_type,
            list_order_status,
            d["listClientOrderId"],
            d["symbol"],
            orders,
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.order_list_member import OrderListMember  # noqa: E402

_CONTINGENCY_TYPE: dict[object, ContingencyType] = {member.value: member for member in ContingencyType}
_ORDER_LIST_ORDER_STATUS: dict[object, OrderListOrderStatus] = {member.value: member for member in OrderListOrderStatus}


_WIRE_NAMES = frozenset({"orderListId", "contingencyType", "listOrderStatus", "listClientOrderId", "symbol", "orders"})
