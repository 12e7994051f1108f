"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_list_order_status import OrderListOrderStatus
from ..models.order_list_status import OrderListStatus
from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="MarginNewOrderList")


@_attrs_define
class MarginNewOrderList(AdditionalProperties[Any]):
    """A new margin order list and its orders.

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
        margin_buy_borrow_amount (str | Unset): Amount borrowed for the list; only when it borrowed.
        margin_buy_borrow_asset (str | Unset): Asset borrowed; only when the list borrowed.
        order_reports (list[MarginOrderListReport] | Unset):
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
    margin_buy_borrow_amount: str | Unset = UNSET
    margin_buy_borrow_asset: str | Unset = UNSET
    order_reports: list[MarginOrderListReport] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def margin_buy_borrow_amount_decimal(self) -> Decimal | Unset:
        """`margin_buy_borrow_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.margin_buy_borrow_amount, Unset) else Decimal(self.margin_buy_borrow_amount)

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

        margin_buy_borrow_amount = self.margin_buy_borrow_amount

        margin_buy_borrow_asset = self.margin_buy_borrow_asset

        order_reports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_reports, Unset):
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
            }
        )
        if margin_buy_borrow_amount is not UNSET:
            field_dict["marginBuyBorrowAmount"] = margin_buy_borrow_amount
        if margin_buy_borrow_asset is not UNSET:
            field_dict["marginBuyBorrowAsset"] = margin_buy_borrow_asset
        if order_reports is not UNSET:
            field_dict["orderReports"] = order_reports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        list_status_type = _ORDER_LIST_STATUS.get(d["listStatusType"]) or OrderListStatus(d["listStatusType"])
        list_order_status = _ORDER_LIST_ORDER_STATUS.get(d["listOrderStatus"]) or OrderListOrderStatus(
            d["listOrderStatus"]
        )
        orders = [MarginOrderListOrder.from_dict(item) for item in d["orders"]]
        _order_reports = d.get("orderReports", UNSET)
        order_reports: list[MarginOrderListReport] | Unset = (
            UNSET if _order_reports is UNSET else [MarginOrderListReport.from_dict(item) for item in _order_reports]
        )

        _instance = cls(
            d["orderListId"],
            d["contingencyType"],
            list_status_type,
            list_order_status,
            d["listClientOrderId"],
            d["transactionTime"],
            d["symbol"],
            d["isIsolated"],
            orders,
            d.get("marginBuyBorrowAmount", UNSET),
            d.get("marginBuyBorrowAsset", UNSET),
            order_reports,
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.margin_order_list_order import MarginOrderListOrder  # noqa: E402
from ..models.margin_order_list_report import MarginOrderListReport  # noqa: E402

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
        "isIsolated",
        "orders",
        "marginBuyBorrowAmount",
        "marginBuyBorrowAsset",
        "orderReports",
    }
)
