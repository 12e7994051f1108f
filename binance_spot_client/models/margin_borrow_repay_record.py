"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset, former_attribute

T = TypeVar("T", bound="MarginBorrowRepayRecord")


@_attrs_define
class MarginBorrowRepayRecord(AdditionalProperties[Any]):
    """One borrow or repay operation.

    Attributes:
        asset (str):
        principal (str): Principal part of the operation.
        status (str): `PENDING` (not yet executed), `CONFIRMED` (done) or `FAILED` (nothing changed in the account).
        timestamp (int): When the operation happened, UTC milliseconds.
        tx_id (int): Transaction id, as returned by the borrow/repay operation.
        type (str | Unset): How the operation was triggered, for example `AUTO` or `MANUAL`; absent from older records.
        isolated_symbol (str | Unset): Isolated pair the operation belongs to; absent for cross margin.
        amount (str | Unset): Total amount borrowed or repaid.
        interest (str | Unset): Interest part of a repayment.
    """

    asset: str
    principal: str
    status: str
    timestamp: int
    tx_id: int
    type: str | Unset = UNSET
    isolated_symbol: str | Unset = UNSET
    amount: str | Unset = UNSET
    interest: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def principal_decimal(self) -> Decimal:
        """`principal` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.principal)

    @property
    def amount_decimal(self) -> Decimal | Unset:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.amount, Unset) else Decimal(self.amount)

    @property
    def interest_decimal(self) -> Decimal | Unset:
        """`interest` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.interest, Unset) else Decimal(self.interest)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        principal = self.principal

        status = self.status

        timestamp = self.timestamp

        tx_id = self.tx_id

        type = self.type

        isolated_symbol = self.isolated_symbol

        amount = self.amount

        interest = self.interest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "principal": principal,
                "status": status,
                "timestamp": timestamp,
                "txId": tx_id,
            }
        )
        if type is not UNSET:
            field_dict["type"] = type
        if isolated_symbol is not UNSET:
            field_dict["isolatedSymbol"] = isolated_symbol
        if amount is not UNSET:
            field_dict["amount"] = amount
        if interest is not UNSET:
            field_dict["interest"] = interest

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["principal"],
            d["status"],
            d["timestamp"],
            d["txId"],
            d.get("type", UNSET),
            d.get("isolatedSymbol", UNSET),
            d.get("amount", UNSET),
            d.get("interest", UNSET),
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {"asset", "principal", "status", "timestamp", "txId", "type", "isolatedSymbol", "amount", "interest"}
)
