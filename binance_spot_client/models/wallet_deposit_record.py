"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="WalletDepositRecord")


@_attrs_define
class WalletDepositRecord(AdditionalProperties[Any]):
    """One deposit.

    Attributes:
        amount (str): Amount deposited.
        coin (str):
        network (str): Network the deposit arrived on.
        status (int): 0 pending, 6 credited but not yet withdrawable, 7 wrong deposit, 8 waiting for user confirmation,
            1 success.
        address (str): Deposit address.
        address_tag (str): Memo or tag of the deposit; empty when none.
        tx_id (str): On-chain transaction id.
        insert_time (int): Time Binance registered the deposit, UTC milliseconds.
        transfer_type (int): 0 on-chain deposit, 1 internal transfer from another Binance account.
        unlock_confirm (int | str): Confirmations still needed before the funds unlock; Binance sends a count or a
            `done/needed` text.
        confirm_times (str): Confirmations seen, as `seen/needed`.
        id (str | Unset): Deposit id; use it as `depositId` when applying for credit of a deposit to an expired address.
        complete_time (int | Unset): Time the deposit was completed, UTC milliseconds.
        wallet_type (int | Unset): Wallet credited: 0 spot, 1 funding.
        travel_rule_status (int | Unset): 0 no travel-rule information needed (or already given), 1 travel-rule
            information required before the funds can be used.
        source_address (str | Unset): Address the deposit came from; only with `includeSource=true`.
    """

    amount: str
    coin: str
    network: str
    status: int
    address: str
    address_tag: str
    tx_id: str
    insert_time: int
    transfer_type: int
    unlock_confirm: int | str
    confirm_times: str
    id: str | Unset = UNSET
    complete_time: int | Unset = UNSET
    wallet_type: int | Unset = UNSET
    travel_rule_status: int | Unset = UNSET
    source_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        coin = self.coin

        network = self.network

        status = self.status

        address = self.address

        address_tag = self.address_tag

        tx_id = self.tx_id

        insert_time = self.insert_time

        transfer_type = self.transfer_type

        unlock_confirm: int | str
        unlock_confirm = self.unlock_confirm

        confirm_times = self.confirm_times

        id = self.id

        complete_time = self.complete_time

        wallet_type = self.wallet_type

        travel_rule_status = self.travel_rule_status

        source_address = self.source_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "coin": coin,
                "network": network,
                "status": status,
                "address": address,
                "addressTag": address_tag,
                "txId": tx_id,
                "insertTime": insert_time,
                "transferType": transfer_type,
                "unlockConfirm": unlock_confirm,
                "confirmTimes": confirm_times,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if complete_time is not UNSET:
            field_dict["completeTime"] = complete_time
        if wallet_type is not UNSET:
            field_dict["walletType"] = wallet_type
        if travel_rule_status is not UNSET:
            field_dict["travelRuleStatus"] = travel_rule_status
        if source_address is not UNSET:
            field_dict["sourceAddress"] = source_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        unlock_confirm = _parse_unlock_confirm(d["unlockConfirm"])

        _instance = cls(
            d["amount"],
            d["coin"],
            d["network"],
            d["status"],
            d["address"],
            d["addressTag"],
            d["txId"],
            d["insertTime"],
            d["transferType"],
            unlock_confirm,
            d["confirmTimes"],
            d.get("id", UNSET),
            d.get("completeTime", UNSET),
            d.get("walletType", UNSET),
            d.get("travelRuleStatus", UNSET),
            d.get("sourceAddress", UNSET),
        )
        if len(d) > 11 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


def _parse_unlock_confirm(data: object) -> int | str:
    return cast(int | str, data)


_WIRE_NAMES = frozenset(
    {
        "amount",
        "coin",
        "network",
        "status",
        "address",
        "addressTag",
        "txId",
        "insertTime",
        "transferType",
        "unlockConfirm",
        "confirmTimes",
        "id",
        "completeTime",
        "walletType",
        "travelRuleStatus",
        "sourceAddress",
    }
)
