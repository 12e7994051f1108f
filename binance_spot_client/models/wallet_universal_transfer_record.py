"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_universal_transfer_type import WalletUniversalTransferType
from ..signing import AdditionalProperties, former_attribute

T = TypeVar("T", bound="WalletUniversalTransferRecord")


@_attrs_define
class WalletUniversalTransferRecord(AdditionalProperties[Any]):
    """One universal transfer.

    Attributes:
        asset (str):
        amount (str):
        type (WalletUniversalTransferType): Source and destination wallets of a universal transfer, as `FROM_TO`.
        status (str): `CONFIRMED`, `PENDING` or `FAILED`.
        tran_id (int): Transaction id.
        timestamp (int): Time of the transfer, UTC milliseconds.
    """

    asset: str
    amount: str
    type: WalletUniversalTransferType
    status: str
    tran_id: int
    timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        amount = self.amount

        type = self.type.value

        status = self.status

        tran_id = self.tran_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "amount": amount,
                "type": type,
                "status": status,
                "tranId": tran_id,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type = _WALLET_UNIVERSAL_TRANSFER_TYPE.get(d["type"]) or WalletUniversalTransferType(d["type"])

        _instance = cls(
            d["asset"],
            d["amount"],
            type,
            d["status"],
            d["tranId"],
            d["timestamp"],
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WALLET_UNIVERSAL_TRANSFER_TYPE: dict[object, WalletUniversalTransferType] = {
    member.value: member for member in WalletUniversalTransferType
}

_WIRE_NAMES = frozenset({"asset", "amount", "type", "status", "tranId", "timestamp"})
