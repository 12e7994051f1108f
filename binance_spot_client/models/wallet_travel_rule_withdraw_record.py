"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="WalletTravelRuleWithdrawRecord")


@_attrs_define
class WalletTravelRuleWithdrawRecord(AdditionalProperties[Any]):
    """One withdrawal with its travel-rule record.

    Attributes:
        id (str): Binance's withdrawal id.
        tr_id (int): Travel-rule record id.
        amount (str): Amount withdrawn.
        coin (str):
        travel_rule_status (int): Travel-rule state: 0 completed, 1 pending, 2 failed.
        address (str): Destination address.
        tx_id (str): On-chain transaction id.
        apply_time (str): Time the withdrawal was requested, as UTC text `yyyy-MM-dd HH:mm:ss`.
        transfer_type (int): 0 on-chain withdrawal, 1 internal transfer to another Binance account.
        transaction_fee (str | Unset): Fee charged.
        withdrawal_status (int | Unset): Withdrawal state, as in the plain withdrawal history (0 email sent, 1
            cancelled, 2 awaiting approval, 3 rejected, 4 processing, 5 failure, 6 completed); missing on some rows of the
            V2 history.
        address_tag (str | Unset): Memo or tag sent with the withdrawal; only when one was given.
        network (str | Unset): Network used; missing for some old withdrawals.
        withdraw_order_id (str | Unset): Your own id for the withdrawal; only when one was given.
        info (str | Unset): Why the withdrawal failed; empty otherwise.
        confirm_no (int | Unset): Confirmations seen on chain.
        wallet_type (int | Unset): Wallet the funds left: 0 spot, 1 funding.
        tx_key (str | Unset): Extra transaction reference some networks use.
        questionnaire (str | Unset): The questionnaire answers given with the withdrawal, as text.
        complete_time (str | Unset): Time the withdrawal completed, as UTC text `yyyy-MM-dd HH:mm:ss`.
    """

    id: str
    tr_id: int
    amount: str
    coin: str
    travel_rule_status: int
    address: str
    tx_id: str
    apply_time: str
    transfer_type: int
    transaction_fee: str | Unset = UNSET
    withdrawal_status: int | Unset = UNSET
    address_tag: str | Unset = UNSET
    network: str | Unset = UNSET
    withdraw_order_id: str | Unset = UNSET
    info: str | Unset = UNSET
    confirm_no: int | Unset = UNSET
    wallet_type: int | Unset = UNSET
    tx_key: str | Unset = UNSET
    questionnaire: str | Unset = UNSET
    complete_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def transaction_fee_decimal(self) -> Decimal | Unset:
        """`transaction_fee` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.transaction_fee, Unset) else Decimal(self.transaction_fee)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tr_id = self.tr_id

        amount = self.amount

        coin = self.coin

        travel_rule_status = self.travel_rule_status

        address = self.address

        tx_id = self.tx_id

        apply_time = self.apply_time

        transfer_type = self.transfer_type

        transaction_fee = self.transaction_fee

        withdrawal_status = self.withdrawal_status

        address_tag = self.address_tag

        network = self.network

        withdraw_order_id = self.withdraw_order_id

        info = self.info

        confirm_no = self.confirm_no

        wallet_type = self.wallet_type

        tx_key = self.tx_key

        questionnaire = self.questionnaire

        complete_time = self.complete_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "trId": tr_id,
                "amount": amount,
                "coin": coin,
                "travelRuleStatus": travel_rule_status,
                "address": address,
                "txId": tx_id,
                "applyTime": apply_time,
                "transferType": transfer_type,
            }
        )
        if transaction_fee is not UNSET:
            field_dict["transactionFee"] = transaction_fee
        if withdrawal_status is not UNSET:
            field_dict["withdrawalStatus"] = withdrawal_status
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
        if questionnaire is not UNSET:
            field_dict["questionnaire"] = questionnaire
        if complete_time is not UNSET:
            field_dict["completeTime"] = complete_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["id"],
            d["trId"],
            d["amount"],
            d["coin"],
            d["travelRuleStatus"],
            d["address"],
            d["txId"],
            d["applyTime"],
            d["transferType"],
            d.get("transactionFee", UNSET),
            d.get("withdrawalStatus", UNSET),
            d.get("addressTag", UNSET),
            d.get("network", UNSET),
            d.get("withdrawOrderId", UNSET),
            d.get("info", UNSET),
            d.get("confirmNo", UNSET),
            d.get("walletType", UNSET),
            d.get("txKey", UNSET),
            d.get("questionnaire", UNSET),
            d.get("completeTime", UNSET),
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "id",
        "trId",
        "amount",
        "coin",
        "travelRuleStatus",
        "address",
        "txId",
        "applyTime",
        "transferType",
        "transactionFee",
        "withdrawalStatus",
        "addressTag",
        "network",
        "withdrawOrderId",
        "info",
        "confirmNo",
        "walletType",
        "txKey",
        "questionnaire",
        "completeTime",
    }
)
