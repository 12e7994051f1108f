"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.futures_transfer_status import FuturesTransferStatus
from ..signing import AdditionalProperties, former_attribute

T = TypeVar("T", bound="FuturesTransferRecord")


@_attrs_define
class FuturesTransferRecord(AdditionalProperties[Any]):
    """One transfer between the spot wallet and a futures wallet.

    Attributes:
        asset (str): Asset moved.
        tran_id (int): Id of the transfer.
        amount (str): Amount moved.
        type (str): Direction, as the text of the `type` request value (`1`…`4`, see that parameter).
        timestamp (int): Time of the transfer, UTC milliseconds.
        status (FuturesTransferStatus): State of a transfer between the spot and futures wallets.
    """

    asset: str
    tran_id: int
    amount: str
    type: str
    timestamp: int
    status: FuturesTransferStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        tran_id = self.tran_id

        amount = self.amount

        type = self.type

        timestamp = self.timestamp

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "tranId": tran_id,
                "amount": amount,
                "type": type,
                "timestamp": timestamp,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status = _FUTURES_TRANSFER_STATUS.get(d["status"]) or FuturesTransferStatus(d["status"])

        _instance = cls(
            d["asset"],
            d["tranId"],
            d["amount"],
            d["type"],
            d["timestamp"],
            status,
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_FUTURES_TRANSFER_STATUS: dict[object, FuturesTransferStatus] = {
    member.value: member for member in FuturesTransferStatus
}

_WIRE_NAMES = frozenset({"asset", "tranId", "amount", "type", "timestamp", "status"})
