"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.margin_transfer_direction import MarginTransferDirection
from ..signing import UNSET, AdditionalProperties, Unset, former_attribute

T = TypeVar("T", bound="MarginTransfer")


@_attrs_define
class MarginTransfer(AdditionalProperties[Any]):
    """One transfer into or out of a margin account.

    Attributes:
        amount (str):
        asset (str):
        status (str): State of the transfer, for example `CONFIRMED`.
        timestamp (int): When the transfer happened.
        tx_id (int): Transfer id.
        type (MarginTransferDirection): Direction of a margin transfer: into the margin account (`ROLL_IN`) or out of it
            (`ROLL_OUT`).
        trans_from (str | Unset): Source account, for example `SPOT` or `ISOLATED_MARGIN`; not present on every record.
        trans_to (str | Unset): Destination account; not present on every record.
        from_symbol (str | Unset): Isolated pair the asset left, for transfers between isolated accounts.
        to_symbol (str | Unset): Isolated pair the asset entered, for transfers between isolated accounts.
    """

    amount: str
    asset: str
    status: str
    timestamp: int
    tx_id: int
    type: MarginTransferDirection
    trans_from: str | Unset = UNSET
    trans_to: str | Unset = UNSET
    from_symbol: str | Unset = UNSET
    to_symbol: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        asset = self.asset

        status = self.status

        timestamp = self.timestamp

        tx_id = self.tx_id

        type = self.type.value

        trans_from = self.trans_from

        trans_to = self.trans_to

        from_symbol = self.from_symbol

        to_symbol = self.to_symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "asset": asset,
                "status": status,
                "timestamp": timestamp,
                "txId": tx_id,
                "type": type,
            }
        )
        if trans_from is not UNSET:
            field_dict["transFrom"] = trans_from
        if trans_to is not UNSET:
            field_dict["transTo"] = trans_to
        if from_symbol is not UNSET:
            field_dict["fromSymbol"] = from_symbol
        if to_symbol is not UNSET:
            field_dict["toSymbol"] = to_symbol

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type = _MARGIN_TRANSFER_DIRECTION.get(d["type"]) or MarginTransferDirection(d["type"])

        _instance = cls(
            d["amount"],
            d["asset"],
            d["status"],
            d["timestamp"],
            d["txId"],
            type,
            d.get("transFrom", UNSET),
            d.get("transTo", UNSET),
            d.get("fromSymbol", UNSET),
            d.get("toSymbol", UNSET),
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_MARGIN_TRANSFER_DIRECTION: dict[object, MarginTransferDirection] = {
    member.value: member for member in MarginTransferDirection
}

_WIRE_NAMES = frozenset(
    {"amount", "asset", "status", "timestamp", "txId", "type", "transFrom", "transTo", "fromSymbol", "toSymbol"}
)
