"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.allocation_type import AllocationType
from ..signing import AdditionalProperties

T = TypeVar("T", bound="Allocation")


@_attrs_define
class Allocation(AdditionalProperties[Any]):
    """One allocation received from an order placed through the Smart Order Router.

    Attributes:
        symbol (str): The symbol of the order.
        allocation_id (int): Allocation id.
        allocation_type (AllocationType): How the fills of an order were allocated (SOR for smart order routing).
        order_id (int): Id of the order the allocation belongs to.
        order_list_id (int): Id of that order's order list; -1 when it is not part of one.
        price (str): Allocation price.
        qty (str): Quantity allocated (base asset).
        quote_qty (str): Value allocated (quote asset).
        commission (str): Commission charged for the allocation.
        commission_asset (str): Asset the commission was charged in.
        time (int): Allocation time, in milliseconds since the Unix epoch (UTC).
        is_buyer (bool): Whether the account was the buyer.
        is_maker (bool): Whether the account's side counted as maker.
        is_allocator (bool): Whether the account was the party providing the allocation.
    """

    symbol: str
    allocation_id: int
    allocation_type: AllocationType
    order_id: int
    order_list_id: int
    price: str
    qty: str
    quote_qty: str
    commission: str
    commission_asset: str
    time: int
    is_buyer: bool
    is_maker: bool
    is_allocator: bool
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
    def quote_qty_decimal(self) -> Decimal:
        """`quote_qty` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.quote_qty)

    @property
    def commission_decimal(self) -> Decimal:
        """`commission` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.commission)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        allocation_id = self.allocation_id

        allocation_type = self.allocation_type.value

        order_id = self.order_id

        order_list_id = self.order_list_id

        price = self.price

        qty = self.qty

        quote_qty = self.quote_qty

        commission = self.commission

        commission_asset = self.commission_asset

        time = self.time

        is_buyer = self.is_buyer

        is_maker = self.is_maker

        is_allocator = self.is_allocator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "allocationId": allocation_id,
                "allocationType": allocation_type,
                "orderId": order_id,
                "orderListId": order_list_id,
                "price": price,
                "qty": qty,
                "quoteQty": quote_qty,
                "commission": commission,
                "commissionAsset": commission_asset,
                "time": time,
                "isBuyer": is_buyer,
                "isMaker": is_maker,
                "isAllocator": is_allocator,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        allocation_type = _ALLOCATION_TYPE.get(d["allocationType"]) or AllocationType(d["allocationType"])

        _instance = cls(
            d["symbol"],
            d["allocationId"],
            allocation_type,
            d["orderId"],
            d["orderListId"],
            d["price"],
            d["qty"],
            d["quoteQty"],
            d["commission"],
            d["commissionAsset"],
            d["time"],
            d["isBuyer"],
            d["isMaker"],
            d["isAllocator"],
        )
        if len(d) > 14 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_ALLOCATION_TYPE: dict[object, AllocationType] = {member.value: member for member in AllocationType}

_WIRE_NAMES = frozenset(
    {
        "symbol",
        "allocationId",
        "allocationType",
        "orderId",
        "orderListId",
        "price",
        "qty",
        "quoteQty",
        "commission",
        "commissionAsset",
        "time",
        "isBuyer",
        "isMaker",
        "isAllocator",
    }
)
