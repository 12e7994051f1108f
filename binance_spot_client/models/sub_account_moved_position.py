"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_side import OrderSide
from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountMovedPosition")


@_attrs_define
class SubAccountMovedPosition(AdditionalProperties[Any]):
    """A futures position moved between two accounts of the same master.

    Attributes:
        from_user_email (str): Email of the account the position left.
        to_user_email (str): Email of the account the position went to.
        product_type (str): `UM` (USDⓈ-M futures).
        symbol (str): Futures symbol.
        price (str): Price of the move (the mark price).
        quantity (str): Quantity moved.
        position_side (str): `BOTH`, `LONG` or `SHORT`.
        side (OrderSide): Direction of an order.
        time_stamp (int): Time of the move, UTC milliseconds.
    """

    from_user_email: str
    to_user_email: str
    product_type: str
    symbol: str
    price: str
    quantity: str
    position_side: str
    side: OrderSide
    time_stamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def price_decimal(self) -> Decimal:
        """`price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.price)

    @property
    def quantity_decimal(self) -> Decimal:
        """`quantity` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.quantity)

    def to_dict(self) -> dict[str, Any]:
        from_user_email = self.from_user_email

        to_user_email = self.to_user_email

        product_type = self.product_type

        symbol = self.symbol

        price = self.price

        quantity = self.quantity

        position_side = self.position_side

        side = self.side.value

        time_stamp = self.time_stamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fromUserEmail": from_user_email,
                "toUserEmail": to_user_email,
                "productType": product_type,
                "symbol": symbol,
                "price": price,
                "quantity": quantity,
                "positionSide": position_side,
                "side": side,
                "timeStamp": time_stamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        side = _ORDER_SIDE.get(d["side"]) or OrderSide(d["side"])

        _instance = cls(
            d["fromUserEmail"],
            d["toUserEmail"],
            d["productType"],
            d["symbol"],
            d["price"],
            d["quantity"],
            d["positionSide"],
            side,
            d["timeStamp"],
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_ORDER_SIDE: dict[object, OrderSide] = {member.value: member for member in OrderSide}

_WIRE_NAMES = frozenset(
    {"fromUserEmail", "toUserEmail", "productType", "symbol", "price", "quantity", "positionSide", "side", "timeStamp"}
)
