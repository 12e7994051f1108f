"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_side import OrderSide
from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SubAccountMovePositionOrder")


@_attrs_define
class SubAccountMovePositionOrder(AdditionalProperties[Any]):
    """Outcome of moving one position.

    Attributes:
        from_user_email (str): Email of the account the position left.
        to_user_email (str): Email of the account the position went to.
        product_type (str): `UM` or `OPTION`.
        symbol (str): Symbol of the position.
        price_type (str): Price used for the move; `MARK_PRICE`.
        price (str): Price of the move.
        quantity (str): Quantity moved.
        side (OrderSide): Direction of an order.
        success (bool): Whether this position was moved.
        position_side (None | str | Unset): `BOTH`, `LONG` or `SHORT`; null for options.
    """

    from_user_email: str
    to_user_email: str
    product_type: str
    symbol: str
    price_type: str
    price: str
    quantity: str
    side: OrderSide
    success: bool
    position_side: str | Unset | None = UNSET
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

        price_type = self.price_type

        price = self.price

        quantity = self.quantity

        side = self.side.value

        success = self.success

        position_side: str | Unset | None
        if isinstance(self.position_side, Unset):
            position_side = UNSET
        else:
            position_side = self.position_side

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fromUserEmail": from_user_email,
                "toUserEmail": to_user_email,
                "productType": product_type,
                "symbol": symbol,
                "priceType": price_type,
                "price": price,
                "quantity": quantity,
                "side": side,
                "success": success,
            }
        )
        if position_side is not UNSET:
            field_dict["positionSide"] = position_side

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        side = _ORDER_SIDE.get(d["side"]) or OrderSide(d["side"])
        _position_side = d.get("positionSide", UNSET)
        position_side: str | Unset | None = UNSET if _position_side is UNSET else _parse_position_side(_position_side)

        _instance = cls(
            d["fromUserEmail"],
            d["toUserEmail"],
            d["productType"],
            d["symbol"],
            d["priceType"],
            d["price"],
            d["quantity"],
            side,
            d["success"],
            position_side,
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_ORDER_SIDE: dict[object, OrderSide] = {member.value: member for member in OrderSide}


def _parse_position_side(data: object) -> str | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


_WIRE_NAMES = frozenset(
    {
        "fromUserEmail",
        "toUserEmail",
        "productType",
        "symbol",
        "priceType",
        "price",
        "quantity",
        "side",
        "success",
        "positionSide",
    }
)
