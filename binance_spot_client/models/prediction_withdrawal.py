"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionWithdrawal")


@_attrs_define
class PredictionWithdrawal(AdditionalProperties[Any]):
    """A withdrawal to the caller's prediction wallet that was started.

    Attributes:
        id (str): Identifier of the withdrawal.
        wallet_id (str): Wallet the money goes to.
        wallet_address (str): Address the money goes to.
        transfer_id (str): Identifier of the transfer.
    """

    id: str
    wallet_id: str
    wallet_address: str
    transfer_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        wallet_id = self.wallet_id

        wallet_address = self.wallet_address

        transfer_id = self.transfer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "walletId": wallet_id,
                "walletAddress": wallet_address,
                "transferId": transfer_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["id"],
            d["walletId"],
            d["walletAddress"],
            d["transferId"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"id", "walletId", "walletAddress", "transferId"})
