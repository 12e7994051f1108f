"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset, former_attribute

T = TypeVar("T", bound="MarginCapitalFlow")


@_attrs_define
class MarginCapitalFlow(AdditionalProperties[Any]):
    """One movement of capital in a margin account.

    Attributes:
        id (int): Id of the flow record; pass it as `fromId` to page forward.
        tran_id (int): Id of the transaction behind the flow.
        timestamp (int): When the flow happened.
        asset (str):
        type (str): Kind of flow; one of the values of the `type` parameter.
        amount (str): Amount moved; negative for outflows.
        symbol (str | Unset): Isolated pair of the flow; absent for cross margin.
        note (str | Unset): Set for flows from an institutional loan: `INSTITUTIONAL_LOAN_TRANSFER`,
            `INSTITUTIONAL_LOAN_BORROW` or `INSTITUTIONAL_LOAN_REPAY`.
    """

    id: int
    tran_id: int
    timestamp: int
    asset: str
    type: str
    amount: str
    symbol: str | Unset = UNSET
    note: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tran_id = self.tran_id

        timestamp = self.timestamp

        asset = self.asset

        type = self.type

        amount = self.amount

        symbol = self.symbol

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tranId": tran_id,
                "timestamp": timestamp,
                "asset": asset,
                "type": type,
                "amount": amount,
            }
        )
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["id"],
            d["tranId"],
            d["timestamp"],
            d["asset"],
            d["type"],
            d["amount"],
            d.get("symbol", UNSET),
            d.get("note", UNSET),
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"id", "tranId", "timestamp", "asset", "type", "amount", "symbol", "note"})
