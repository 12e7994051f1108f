"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PayTransaction")


@_attrs_define
class PayTransaction(AdditionalProperties[Any]):
    """A Binance Pay transaction.

    Attributes:
        order_type (str): `PAY` merchant payment, `PAY_REFUND` its refund, `C2C` transfer between users, `CRYPTO_BOX`
            crypto box, `CRYPTO_BOX_RF` its refund, `C2C_HOLDING` transfer to a new Binance user, `C2C_HOLDING_RF` its
            refund, `PAYOUT` merchant payout.
        transaction_id (str): Transaction id.
        transaction_time (int): Time of the transaction, UTC milliseconds.
        amount (str): Amount; positive for income, negative for spending.
        currency (str):
        wallet_type (int): Wallet used: 1 funding, 2 spot.
        wallet_types (list[int]): All wallets used, when the payment drew on several.
        funds_detail (list[PayFundsDetail]): Breakdown of the payment by currency.
        payer_info (PayPayerInfo): Who paid.
        receiver_info (PayReceiverInfo): Who received the payment; which contact fields appear depends on the receiver.
    """

    order_type: str
    transaction_id: str
    transaction_time: int
    amount: str
    currency: str
    wallet_type: int
    wallet_types: list[int]
    funds_detail: list[PayFundsDetail]
    payer_info: PayPayerInfo
    receiver_info: PayReceiverInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    def to_dict(self) -> dict[str, Any]:
        order_type = self.order_type

        transaction_id = self.transaction_id

        transaction_time = self.transaction_time

        amount = self.amount

        currency = self.currency

        wallet_type = self.wallet_type

        wallet_types = self.wallet_types

        funds_detail = []
        for funds_detail_item_data in self.funds_detail:
            funds_detail_item = funds_detail_item_data.to_dict()
            funds_detail.append(funds_detail_item)

        payer_info = self.payer_info.to_dict()

        receiver_info = self.receiver_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderType": order_type,
                "transactionId": transaction_id,
                "transactionTime": transaction_time,
                "amount": amount,
                "currency": currency,
                "walletType": wallet_type,
                "walletTypes": wallet_types,
                "fundsDetail": funds_detail,
                "payerInfo": payer_info,
                "receiverInfo": receiver_info,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        wallet_types = d["walletTypes"]
        funds_detail = [PayFundsDetail.from_dict(item) for item in d["fundsDetail"]]
        payer_info = PayPayerInfo.from_dict(d["payerInfo"])
        receiver_info = PayReceiverInfo.from_dict(d["receiverInfo"])

        _instance = cls(
            d["orderType"],
            d["transactionId"],
            d["transactionTime"],
            d["amount"],
            d["currency"],
            d["walletType"],
            wallet_types,
            funds_detail,
            payer_info,
            receiver_info,
        )
        if len(d) > 10 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.pay_funds_detail import PayFundsDetail  # noqa: E402
from ..models.pay_payer_info import PayPayerInfo  # noqa: E402
from ..models.pay_receiver_info import PayReceiverInfo  # noqa: E402

_WIRE_NAMES = frozenset(
    {
        "orderType",
        "transactionId",
        "transactionTime",
        "amount",
        "currency",
        "walletType",
        "walletTypes",
        "fundsDetail",
        "payerInfo",
        "receiverInfo",
    }
)
