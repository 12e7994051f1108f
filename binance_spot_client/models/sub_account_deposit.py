"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SubAccountDeposit")


@_attrs_define
class SubAccountDeposit(AdditionalProperties[Any]):
    """A deposit into a sub-account.

    Attributes:
        amount (str): Amount deposited.
        coin (str): Coin.
        network (str): Network used.
        status (int): `0` pending, `6` credited but not withdrawable, `7` wrong deposit, `8` waiting for user
            confirmation, `1` success.
        address (str): Deposit address.
        address_tag (str): Memo or tag; empty when none.
        tx_id (str): Transaction id on the network.
        insert_time (int): Time the deposit was recorded, UTC milliseconds.
        transfer_type (int): `0` external deposit, `1` internal transfer.
        confirm_times (str): Confirmations so far over confirmations needed, e.g. `12/12`.
        id (str | Unset): Id of the deposit (current documentation).
        unlock_confirm (int | Unset): Confirmations needed before the deposit can be withdrawn (current documentation).
        wallet_type (int | Unset): `0` spot wallet, `1` funding wallet (current documentation).
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
    confirm_times: str
    id: str | Unset = UNSET
    unlock_confirm: int | Unset = UNSET
    wallet_type: int | Unset = UNSET
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

        confirm_times = self.confirm_times

        id = self.id

        unlock_confirm = self.unlock_confirm

        wallet_type = self.wallet_type

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
                "confirmTimes": confirm_times,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if unlock_confirm is not UNSET:
            field_dict["unlockConfirm"] = unlock_confirm
        if wallet_type is not UNSET:
            field_dict["walletType"] = wallet_type
        if source_address is not UNSET:
            field_dict["sourceAddress"] = source_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

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
            d["confirmTimes"],
            d.get("id", UNSET),
            d.get("unlockConfirm", UNSET),
            d.get("walletType", UNSET),
            d.get("sourceAddress", UNSET),
        )
        if len(d) > 10 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


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
        "confirmTimes",
        "id",
        "unlockConfirm",
        "walletType",
        "sourceAddress",
    }
)
