"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="WalletWithdrawRecord")


@_attrs_define
class WalletWithdrawRecord(AdditionalProperties[Any]):
    """One withdrawal.

    Attributes:
        id (str): Withdrawal id, as returned by the withdraw endpoint.
        amount (str): Amount withdrawn, fee excluded.
        transaction_fee (str): Fee charged.
        coin (str):
        status (int): 0 email sent, 1 cancelled, 2 awaiting approval, 3 rejected, 4 processing, 5 failure, 6 completed.
        address (str): Destination address.
        tx_id (str): On-chain transaction id; empty until broadcast, or for internal transfers.
        apply_time (str): Time the withdrawal was requested, as UTC text `yyyy-MM-dd HH:mm:ss`.
        transfer_type (int): 0 on-chain withdrawal, 1 internal transfer to another Binance account.
        address_tag (str | Unset): Memo or tag sent with the withdrawal.
        network (str | Unset): Network used; missing for some old withdrawals.
        withdraw_order_id (str | Unset): Your own id for the withdrawal; only when one was given.
        info (str | Unset): Why the withdrawal failed; only for failed ones.
        confirm_no (int | Unset): Confirmations seen on chain.
        wallet_type (int | Unset): Wallet the funds left: 0 spot, 1 funding.
        tx_key (str | Unset): Extra transaction reference some networks use.
        complete_time (str | Unset): Time the withdrawal completed, as UTC text `yyyy-MM-dd HH:mm:ss`.
    """

    id: str
    amount: str
    transaction_fee: str
    coin: str
    status: int
    address: str
    tx_id: str
    apply_time: str
    transfer_type: int
    address_tag: str | Unset = UNSET
    network: str | Unset = UNSET
    withdraw_order_id: str | Unset = UNSET
    info: str | Unset = UNSET
    confirm_no: int | Unset = UNSET
    wallet_type: int | Unset = UNSET
    tx_key: str | Unset = UNSET
    complete_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def transaction_fee_decimal(self) -> Decimal:
        """`transaction_fee` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.transaction_fee)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        transaction_fee = self.transaction_fee

        coin = self.coin

        status = self.status

        address = self.address

        tx_id = self.tx_id

        apply_time = self.apply_time

        transfer_type = self.transfer_type

        address_tag = self.address_tag

        network = self.network

        withdraw_order_id = self.withdraw_order_id

        info = self.info

        confirm_no = self.confirm_no

        wallet_type = self.wallet_type

        tx_key = self.tx_key

        complete_time = self.complete_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "amount": amount,
                "transactionFee": transaction_fee,
                "coin": coin,
                "status": status,
                "address": address,
                "txId": tx_id,
                "applyTime": apply_time,
                "transferType": transfer_type,
            }
        )
        if address_tag is not UNSET:
            field_dict["addressTag"] = address_tag
        if network is not UNSET:
            field_dict["network"] = network
        if withdraw_order_id is not UNSET:
            field_dict["withdrawOrderId"] = withdraw_order_id
        if info is not UNSET:
            field_dict["info"] = info
        if confirm_no is not UNSET:
            field_dict["confirmNo"] = confirm_no
        if wallet_type is not UNSET:
            field_dict["walletType"] = wallet_type
        if tx_key is not UNSET:
            field_dict["txKey"] = tx_key
        if complete_time is not UNSET:
            field_dict["completeTime"] = complete_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["id"],
            d["amount"],
            d["transactionFee"],
            d["coin"],
            d["status"],
            d["address"],
            d["txId"],
            d["applyTime"],
            d["transferType"],
            d.get("addressTag", UNSET),
            d.get("network", UNSET),
            d.get("withdrawOrderId", UNSET),
            d.get("info", UNSET),
            d.get("confirmNo", UNSET),
            d.get("walletType", UNSET),
            d.get("txKey", UNSET),
            d.get("completeTime", UNSET),
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "id",
        "amount",
        "transactionFee",
        "coin",
        "status",
        "address",
        "txId",
        "applyTime",
        "transferType",
        "addressTag",
        "network",
        "withdrawOrderId",
        "info",
        "confirmNo",
        "walletType",
        "txKey",
        "completeTime",
    }
)
