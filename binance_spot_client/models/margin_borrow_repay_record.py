"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarginBorrowRepayRecord")


@_attrs_define
class MarginBorrowRepayRecord:
    """One borrow or repay operation.

    Attributes:
        asset (str):
        principal (str): Principal part of the operation.
        status (str): `PENDING` (not yet executed), `CONFIRMED` (done) or `FAILED` (nothing changed in the account).
        timestamp (int): When the operation happened, UTC milliseconds.
        tx_id (int): Transaction id, as returned by the borrow/repay operation.
        type_ (str | Unset): How the operation was triggered, for example `AUTO` or `MANUAL`; absent from older records.
        isolated_symbol (str | Unset): Isolated pair the operation belongs to; absent for cross margin.
        amount (str | Unset): Total amount borrowed or repaid.
        interest (str | Unset): Interest part of a repayment.
    """

    asset: str
    principal: str
    status: str
    timestamp: int
    tx_id: int
    type_: str | Unset = UNSET
    isolated_symbol: str | Unset = UNSET
    amount: str | Unset = UNSET
    interest: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        principal = self.principal

        status = self.status

        timestamp = self.timestamp

        tx_id = self.tx_id

        type_ = self.type_

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if isolated_symbol is not UNSET:
            field_dict["isolatedSymbol"] = isolated_symbol
        if amount is not UNSET:
            field_dict["amount"] = amount
        if interest is not UNSET:
            field_dict["interest"] = interest

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset = d.pop("asset")

        principal = d.pop("principal")

        status = d.pop("status")

        timestamp = d.pop("timestamp")

        tx_id = d.pop("txId")

        type_ = d.pop("type", UNSET)

        isolated_symbol = d.pop("isolatedSymbol", UNSET)

        amount = d.pop("amount", UNSET)

        interest = d.pop("interest", UNSET)

        _instance = cls(
            asset=asset,
            principal=principal,
            status=status,
            timestamp=timestamp,
            tx_id=tx_id,
            type_=type_,
            isolated_symbol=isolated_symbol,
            amount=amount,
            interest=interest,
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
