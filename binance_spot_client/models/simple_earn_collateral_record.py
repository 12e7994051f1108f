"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties, former_attribute

T = TypeVar("T", bound="SimpleEarnCollateralRecord")


@_attrs_define
class SimpleEarnCollateralRecord(AdditionalProperties[Any]):
    """One use of a flexible holding as loan collateral.

    Attributes:
        amount (str): Amount pledged or released.
        product_id (str): Flexible product the collateral sits in.
        asset (str): Asset of the collateral.
        create_time (int): When it happened, UTC milliseconds.
        type (str): What happened to the collateral, such as `REPAY`.
        product_name (str): Display name of the product.
        order_id (int): Identifier of the loan order.
    """

    amount: str
    product_id: str
    asset: str
    create_time: int
    type: str
    product_name: str
    order_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        product_id = self.product_id

        asset = self.asset

        create_time = self.create_time

        type = self.type

        product_name = self.product_name

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "productId": product_id,
                "asset": asset,
                "createTime": create_time,
                "type": type,
                "productName": product_name,
                "orderId": order_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["amount"],
            d["productId"],
            d["asset"],
            d["createTime"],
            d["type"],
            d["productName"],
            d["orderId"],
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"amount", "productId", "asset", "createTime", "type", "productName", "orderId"})
