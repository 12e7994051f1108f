"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="WalletTravelRuleDepositRecord")


@_attrs_define
class WalletTravelRuleDepositRecord(AdditionalProperties[Any]):
    """One deposit with its travel-rule record.

    Attributes:
        tr_id (int): Travel-rule record id.
        tran_id (int): Wallet transaction id; the id to answer the deposit questionnaire with.
        amount (str): Amount deposited.
        coin (str):
        network (str): Network the deposit arrived on.
        deposit_status (int): Deposit state, with the codes of the plain deposit history (0 pending, 1 success, …).
        travel_rule_status (int): Travel-rule state: 0 completed, 1 pending, 2 failed.
        address (str): Deposit address.
        address_tag (str): Memo or tag of the deposit; empty when none.
        tx_id (str): On-chain transaction id.
        insert_time (int): Time Binance registered the deposit, UTC milliseconds.
        transfer_type (int): 0 on-chain deposit, 1 internal transfer from another Binance account.
        confirm_times (str): Confirmations seen, as `seen/needed`.
        unlock_confirm (int | Unset): Confirmations needed before the funds unlock.
        wallet_type (int | Unset): Wallet credited: 0 spot, 1 funding.
        require_questionnaire (bool | Unset): Whether a deposit questionnaire must still be answered for this deposit.
        questionnaire (None | str | Unset): The questionnaire answers given, as text; null when none were given.
    """

    tr_id: int
    tran_id: int
    amount: str
    coin: str
    network: str
    deposit_status: int
    travel_rule_status: int
    address: str
    address_tag: str
    tx_id: str
    insert_time: int
    transfer_type: int
    confirm_times: str
    unlock_confirm: int | Unset = UNSET
    wallet_type: int | Unset = UNSET
    require_questionnaire: bool | Unset = UNSET
    questionnaire: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    def to_dict(self) -> dict[str, Any]:
        tr_id = self.tr_id

        tran_id = self.tran_id

        amount = self.amount

        coin = self.coin

        network = self.network

        deposit_status = self.deposit_status

        travel_rule_status = self.travel_rule_status

        address = self.address

        address_tag = self.address_tag

        tx_id = self.tx_id

        insert_time = self.insert_time

        transfer_type = self.transfer_type

        confirm_times = self.confirm_times

        unlock_confirm = self.unlock_confirm

        wallet_type = self.wallet_type

        require_questionnaire = self.require_questionnaire

        questionnaire: str | Unset | None
        if isinstance(self.questionnaire, Unset):
            questionnaire = UNSET
        else:
            questionnaire = self.questionnaire

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trId": tr_id,
                "tranId": tran_id,
                "amount": amount,
                "coin": coin,
                "network": network,
                "depositStatus": deposit_status,
                "travelRuleStatus": travel_rule_status,
                "address": address,
                "addressTag": address_tag,
                "txId": tx_id,
                "insertTime": insert_time,
                "transferType": transfer_type,
                "confirmTimes": confirm_times,
            }
        )
        if unlock_confirm is not UNSET:
            field_dict["unlockConfirm"] = unlock_confirm
        if wallet_type is not UNSET:
            field_dict["walletType"] = wallet_type
        if require_questionnaire is not UNSET:
            field_dict["requireQuestionnaire"] = require_questionnaire
        if questionnaire is not UNSET:
            field_dict["questionnaire"] = questionnaire

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _questionnaire = d.get("questionnaire", UNSET)
        questionnaire: str | Unset | None = UNSET if _questionnaire is UNSET else _parse_questionnaire(_questionnaire)

        _instance = cls(
            d["trId"],
            d["tranId"],
            d["amount"],
            d["coin"],
            d["network"],
            d["depositStatus"],
            d["travelRuleStatus"],
            d["address"],
            d["addressTag"],
            d["txId"],
            d["insertTime"],
            d["transferType"],
            d["confirmTimes"],
            d.get("unlockConfirm", UNSET),
            d.get("walletType", UNSET),
            d.get("requireQuestionnaire", UNSET),
            questionnaire,
        )
        if len(d) > 13 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


def _parse_questionnaire(data: object) -> str | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


_WIRE_NAMES = frozenset(
    {
        "trId",
        "tranId",
        "amount",
        "coin",
        "network",
        "depositStatus",
        "travelRuleStatus",
        "address",
        "addressTag",
        "txId",
        "insertTime",
        "transferType",
        "confirmTimes",
        "unlockConfirm",
        "walletType",
        "requireQuestionnaire",
        "questionnaire",
    }
)
