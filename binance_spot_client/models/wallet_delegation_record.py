"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_delegation_type import WalletDelegationType

T = TypeVar("T", bound="WalletDelegationRecord")


@_attrs_define
class WalletDelegationRecord:
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
        d = dict(src_dict)
        client_tran_id = d.pop("clientTranId")

        transfer_type = WalletDelegationType(d.pop("transferType"))

        asset = d.pop("asset")

        amount = d.pop("amount")

        time = d.pop("time")

        _instance = cls(
            client_tran_id=client_tran_id,
            transfer_type=transfer_type,
            asset=asset,
            amount=amount,
            time=time,
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
