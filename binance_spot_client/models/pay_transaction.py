"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pay_funds_detail import PayFundsDetail
    from ..models.pay_payer_info import PayPayerInfo
    from ..models.pay_receiver_info import PayReceiverInfo


T = TypeVar("T", bound="PayTransaction")


@_attrs_define
class PayTransaction:
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
        from ..models.pay_funds_detail import PayFundsDetail
        from ..models.pay_payer_info import PayPayerInfo
        from ..models.pay_receiver_info import PayReceiverInfo

        d = dict(src_dict)
        order_type = d.pop("orderType")

        transaction_id = d.pop("transactionId")

        transaction_time = d.pop("transactionTime")

        amount = d.pop("amount")

        currency = d.pop("currency")

        wallet_type = d.pop("walletType")

        wallet_types = cast(list[int], d.pop("walletTypes"))

        funds_detail = []
        _funds_detail = d.pop("fundsDetail")
        for funds_detail_item_data in _funds_detail:
            funds_detail_item = PayFundsDetail.from_dict(funds_detail_item_data)

            funds_detail.append(funds_detail_item)

        payer_info = PayPayerInfo.from_dict(d.pop("payerInfo"))

        receiver_info = PayReceiverInfo.from_dict(d.pop("receiverInfo"))

        _instance = cls(
            order_type=order_type,
            transaction_id=transaction_id,
            transaction_time=transaction_time,
            amount=amount,
            currency=currency,
            wallet_type=wallet_type,
            wallet_types=wallet_types,
            funds_detail=funds_detail,
            payer_info=payer_info,
            receiver_info=receiver_info,
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
