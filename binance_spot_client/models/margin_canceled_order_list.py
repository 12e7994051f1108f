"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_list_order_status import OrderListOrderStatus
from ..models.order_list_status import OrderListStatus

if TYPE_CHECKING:
    from ..models.margin_canceled_order_list_report import MarginCanceledOrderListReport
    from ..models.margin_order_list_order import MarginOrderListOrder


T = TypeVar("T", bound="MarginCanceledOrderList")


@_attrs_define
class MarginCanceledOrderList:
    """A cancelled margin order list and its orders.

    Attributes:
        order_list_id (int): Order list id.
        contingency_type (str): Kind of list: `OCO`, `OTO` or `OTOCO`.
        list_status_type (OrderListStatus): Status of an order list as a whole (the `listStatusType` field).
        list_order_status (OrderListOrderStatus): Execution state of the orders of an order list (the `listOrderStatus`
            field).
        list_client_order_id (str): Client id of the list.
        transaction_time (int): When the list was placed or last changed.
        symbol (str):
        is_isolated (bool): Whether the list belongs to an isolated margin account.
        orders (list[MarginOrderListOrder]):
        order_reports (list[MarginCanceledOrderListReport]):
    """

    order_list_id: int
    contingency_type: str
    list_status_type: OrderListStatus
    list_order_status: OrderListOrderStatus
    list_client_order_id: str
    transaction_time: int
    symbol: str
    is_isolated: bool
    orders: list[MarginOrderListOrder]
    order_reports: list[MarginCanceledOrderListReport]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_list_id = self.order_list_id

        contingency_type = self.contingency_type

        list_status_type = self.list_status_type.value

        list_order_status = self.list_order_status.value

        list_client_order_id = self.list_client_order_id

        transaction_time = self.transaction_time

        symbol = self.symbol

        is_isolated = self.is_isolated

        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        order_reports = []
        for order_reports_item_data in self.order_reports:
            order_reports_item = order_reports_item_data.to_dict()
            order_reports.append(order_reports_item)

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
                "isIsolated": is_isolated,
                "orders": orders,
                "orderReports": order_reports,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_canceled_order_list_report import MarginCanceledOrderListReport
        from ..models.margin_order_list_order import MarginOrderListOrder

        d = dict(src_dict)
        order_list_id = d.pop("orderListId")

        contingency_type = d.pop("contingencyType")

        list_status_type = OrderListStatus(d.pop("listStatusType"))

        list_order_status = OrderListOrderStatus(d.pop("listOrderStatus"))

        list_client_order_id = d.pop("listClientOrderId")

        transaction_time = d.pop("transactionTime")

        symbol = d.pop("symbol")

        is_isolated = d.pop("isIsolated")

        orders = []
        _orders = d.pop("orders")
        for orders_item_data in _orders:
            orders_item = MarginOrderListOrder.from_dict(orders_item_data)

            orders.append(orders_item)

        order_reports = []
        _order_reports = d.pop("orderReports")
        for order_reports_item_data in _order_reports:
            order_reports_item = MarginCanceledOrderListReport.from_dict(order_reports_item_data)

            order_reports.append(order_reports_item)

        _instance = cls(
            order_list_id=order_list_id,
            contingency_type=contingency_type,
            list_status_type=list_status_type,
            list_order_status=list_order_status,
            list_client_order_id=list_client_order_id,
            transaction_time=transaction_time,
            symbol=symbol,
            is_isolated=is_isolated,
            orders=orders,
            order_reports=order_reports,
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
