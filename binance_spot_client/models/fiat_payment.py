"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="FiatPayment")


@_attrs_define
class FiatPayment(AdditionalProperties[Any]):
    """A purchase or sale of crypto with fiat.

    Attributes:
        order_no (str): Order id.
        source_amount (str): Fiat amount of the trade.
        fiat_currency (str): Fiat currency code.
        obtain_amount (str): Crypto amount of the trade.
        crypto_currency (str): Crypto asset traded.
        total_fee (str): Fee charged.
        price (str): Price of the crypto, in the fiat currency.
        status (str): `Processing`, `Completed`, `Failed` or `Refunded`.
        create_time (int): Time the order was created, UTC milliseconds.
        update_time (int): Time of the last change, UTC milliseconds.
        payment_method (str | Unset): How a purchase was paid (`Cash Balance`, `Credit Card`, `Online Banking`, `Bank
            Transfer`); only for purchases (`transactionType=0`).
    """

    order_no: str
    source_amount: str
    fiat_currency: str
    obtain_amount: str
    crypto_currency: str
    total_fee: str
    price: str
    status: str
    create_time: int
    update_time: int
    payment_method: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def source_amount_decimal(self) -> Decimal:
        """`source_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.source_amount)

    @property
    def obtain_amount_decimal(self) -> Decimal:
        """`obtain_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.obtain_amount)

    @property
    def total_fee_decimal(self) -> Decimal:
        """`total_fee` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_fee)

    @property
    def price_decimal(self) -> Decimal:
        """`price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.price)

    def to_dict(self) -> dict[str, Any]:
        order_no = self.order_no

        source_amount = self.source_amount

        fiat_currency = self.fiat_currency

        obtain_amount = self.obtain_amount

        crypto_currency = self.crypto_currency

        total_fee = self.total_fee

        price = self.price

        status = self.status

        create_time = self.create_time

        update_time = self.update_time

        payment_method = self.payment_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderNo": order_no,
                "sourceAmount": source_amount,
                "fiatCurrency": fiat_currency,
                "obtainAmount": obtain_amount,
                "cryptoCurrency": crypto_currency,
                "totalFee": total_fee,
                "price": price,
                "status": status,
                "createTime": create_time,
                "updateTime": update_time,
            }
        )
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["orderNo"],
            d["sourceAmount"],
            d["fiatCurrency"],
            d["obtainAmount"],
            d["cryptoCurrency"],
            d["totalFee"],
            d["price"],
            d["status"],
            d["createTime"],
            d["updateTime"],
            d.get("paymentMethod", UNSET),
        )
        if len(d) > 10 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "orderNo",
        "sourceAmount",
        "fiatCurrency",
        "obtainAmount",
        "cryptoCurrency",
        "totalFee",
        "price",
        "status",
        "createTime",
        "updateTime",
        "paymentMethod",
    }
)
