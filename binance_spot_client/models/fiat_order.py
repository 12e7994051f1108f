"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="FiatOrder")


@_attrs_define
class FiatOrder(AdditionalProperties[Any]):
    """A fiat deposit or withdrawal.

    Attributes:
        order_no (str): Order id.
        fiat_currency (str): Fiat currency code.
        indicated_amount (str): Amount requested.
        amount (str): Amount actually moved.
        total_fee (str): Fees charged.
        method (str): Payment channel, such as `BankAccount`.
        status (str): `Processing`, `Failed`, `Successful`, `Finished`, `Refunding`, `Refunded`, `Refund Failed`, `Order
            Partial credit Stopped`, `Expired`, …
        create_time (int): Time the order was created, UTC milliseconds.
        update_time (int): Time of the last change, UTC milliseconds.
    """

    order_no: str
    fiat_currency: str
    indicated_amount: str
    amount: str
    total_fee: str
    method: str
    status: str
    create_time: int
    update_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def indicated_amount_decimal(self) -> Decimal:
        """`indicated_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.indicated_amount)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def total_fee_decimal(self) -> Decimal:
        """`total_fee` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_fee)

    def to_dict(self) -> dict[str, Any]:
        order_no = self.order_no

        fiat_currency = self.fiat_currency

        indicated_amount = self.indicated_amount

        amount = self.amount

        total_fee = self.total_fee

        method = self.method

        status = self.status

        create_time = self.create_time

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderNo": order_no,
                "fiatCurrency": fiat_currency,
                "indicatedAmount": indicated_amount,
                "amount": amount,
                "totalFee": total_fee,
                "method": method,
                "status": status,
                "createTime": create_time,
                "updateTime": update_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["orderNo"],
            d["fiatCurrency"],
            d["indicatedAmount"],
            d["amount"],
            d["totalFee"],
            d["method"],
            d["status"],
            d["createTime"],
            d["updateTime"],
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {"orderNo", "fiatCurrency", "indicatedAmount", "amount", "totalFee", "method", "status", "createTime", "updateTime"}
)
