"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_delegation_type import WalletDelegationType
from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletDelegationRecord")


@_attrs_define
class WalletDelegationRecord(AdditionalProperties[Any]):
    """One delegation or undelegation.

    Attributes:
        client_tran_id (str): Transfer id.
        transfer_type (WalletDelegationType): Direction of a custody delegation transfer.
        asset (str):
        amount (str):
        time (int): Time of the transfer, UTC milliseconds.
    """

    client_tran_id: str
    transfer_type: WalletDelegationType
    asset: str
    amount: str
    time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    def to_dict(self) -> dict[str, Any]:
        client_tran_id = self.client_tran_id

        transfer_type = self.transfer_type.value

        asset = self.asset

        amount = self.amount

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientTranId": client_tran_id,
                "transferType": transfer_type,
                "asset": asset,
                "amount": amount,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        transfer_type = _WALLET_DELEGATION_TYPE.get(d["transferType"]) or WalletDelegationType(d["transferType"])

        _instance = cls(
            d["clientTranId"],
            transfer_type,
            d["asset"],
            d["amount"],
            d["time"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WALLET_DELEGATION_TYPE: dict[object, WalletDelegationType] = {member.value: member for member in WalletDelegationType}

_WIRE_NAMES = frozenset({"clientTranId", "transferType", "asset", "amount", "time"})
