"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_side import OrderSide
from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="C2CTrade")


@_attrs_define
class C2CTrade(AdditionalProperties[Any]):
    """A peer-to-peer (C2C) trade.

    Attributes:
        order_number (str): Order id.
        adv_no (str): Id of the advertisement traded against.
        trade_type (OrderSide): Direction of an order.
        asset (str): Crypto asset traded.
        fiat (str): Fiat currency code.
        fiat_symbol (str): Symbol of the fiat currency.
        amount (str): Crypto amount.
        total_price (str): Fiat amount paid.
        unit_price (str): Price per unit of crypto, in fiat.
        order_status (str): `PENDING`, `TRADING`, `BUYER_PAYED`, `DISTRIBUTING`, `COMPLETED`, `IN_APPEAL`, `CANCELLED`
            or `CANCELLED_BY_SYSTEM`.
        create_time (int): Time the order was created, UTC milliseconds.
        commission (str): Fee charged to the account, in crypto.
        counter_part_nick_name (str): Masked nickname of the counterparty.
        advertisement_role (str): `MAKER` when the account posted the advertisement, `TAKER` otherwise.
        pay_method_name (str | Unset): Payment method used.
        additional_kyc_verify (int | Unset): Whether extra KYC verification was required (1) or not (0).
        taker_commission_rate (str | Unset): Fee rate charged to the taker.
        taker_commission (str | Unset): Fee charged to the taker.
        taker_amount (str | Unset): Amount the taker receives after the fee.
    """

    order_number: str
    adv_no: str
    trade_type: OrderSide
    asset: str
    fiat: str
    fiat_symbol: str
    amount: str
    total_price: str
    unit_price: str
    order_status: str
    create_time: int
    commission: str
    counter_part_nick_name: str
    advertisement_role: str
    pay_method_name: str | Unset = UNSET
    additional_kyc_verify: int | Unset = UNSET
    taker_commission_rate: str | Unset = UNSET
    taker_commission: str | Unset = UNSET
    taker_amount: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def total_price_decimal(self) -> Decimal:
        """`total_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_price)

    @property
    def unit_price_decimal(self) -> Decimal:
        """`unit_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.unit_price)

    @property
    def commission_decimal(self) -> Decimal:
        """`commission` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.commission)

    @property
    def taker_commission_rate_decimal(self) -> Decimal | Unset:
        """`taker_commission_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.taker_commission_rate, Unset) else Decimal(self.taker_commission_rate)

    @property
    def taker_commission_decimal(self) -> Decimal | Unset:
        """`taker_commission` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.taker_commission, Unset) else Decimal(self.taker_commission)

    @property
    def taker_amount_decimal(self) -> Decimal | Unset:
        """`taker_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.taker_amount, Unset) else Decimal(self.taker_amount)

    def to_dict(self) -> dict[str, Any]:
        order_number = self.order_number

        adv_no = self.adv_no

        trade_type = self.trade_type.value

        asset = self.asset

        fiat = self.fiat

        fiat_symbol = self.fiat_symbol

        amount = self.amount

        total_price = self.total_price

        unit_price = self.unit_price

        order_status = self.order_status

        create_time = self.create_time

        commission = self.commission

        counter_part_nick_name = self.counter_part_nick_name

        advertisement_role = self.advertisement_role

        pay_method_name = self.pay_method_name

        additional_kyc_verify = self.additional_kyc_verify

        taker_commission_rate = self.taker_commission_rate

        taker_commission = self.taker_commission

        taker_amount = self.taker_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderNumber": order_number,
                "advNo": adv_no,
                "tradeType": trade_type,
                "asset": asset,
                "fiat": fiat,
                "fiatSymbol": fiat_symbol,
                "amount": amount,
                "totalPrice": total_price,
                "unitPrice": unit_price,
                "orderStatus": order_status,
                "createTime": create_time,
                "commission": commission,
                "counterPartNickName": counter_part_nick_name,
                "advertisementRole": advertisement_role,
            }
        )
        if pay_method_name is not UNSET:
            field_dict["payMethodName"] = pay_method_name
        if additional_kyc_verify is not UNSET:
            field_dict["additionalKycVerify"] = additional_kyc_verify
        if taker_commission_rate is not UNSET:
            field_dict["takerCommissionRate"] = taker_commission_rate
        if taker_commission is not UNSET:
            field_dict["takerCommission"] = taker_commission
        if taker_amount is not UNSET:
            field_dict["takerAmount"] = taker_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        trade_type = _ORDER_SIDE.get(d["tradeType"]) or OrderSide(d["tradeType"])

        _instance = cls(
            d["orderNumber"],
            d["advNo"],
            trade_type,
            d["asset"],
            d["fiat"],
            d["fiatSymbol"],
            d["amount"],
            d["totalPrice"],
            d["unitPrice"],
            d["orderStatus"],
            d["createTime"],
            d["commission"],
            d["counterPartNickName"],
            d["advertisementRole"],
            d.get("payMethodName", UNSET),
            d.get("additionalKycVerify", UNSET),
            d.get("takerCommissionRate", UNSET),
            d.get("takerCommission", UNSET),
            d.get("takerAmount", UNSET),
        )
        if len(d) > 14 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_ORDER_SIDE: dict[object, OrderSide] = {member.value: member for member in OrderSide}

_WIRE_NAMES = frozenset(
    {
        "orderNumber",
        "advNo",
        "tradeType",
        "asset",
        "fiat",
        "fiatSymbol",
        "amount",
        "totalPrice",
        "unitPrice",
        "orderStatus",
        "createTime",
        "commission",
        "counterPartNickName",
        "advertisementRole",
        "payMethodName",
        "additionalKycVerify",
        "takerCommissionRate",
        "takerCommission",
        "takerAmount",
    }
)
