"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.crypto_loans_income_type import CryptoLoansIncomeType
from ..signing import AdditionalProperties, former_attribute

T = TypeVar("T", bound="CryptoLoansIncome")


@_attrs_define
class CryptoLoansIncome(AdditionalProperties[Any]):
    """
    Attributes:
        asset (str): Coin moved.
        type (CryptoLoansIncomeType): Kind of crypto loan asset movement.
        amount (str): Amount moved.
        timestamp (int): When it happened, UTC milliseconds.
        tran_id (str): Transaction id (a number sent as text).
    """

    asset: str
    type: CryptoLoansIncomeType
    amount: str
    timestamp: int
    tran_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        type = self.type.value

        amount = self.amount

        timestamp = self.timestamp

        tran_id = self.tran_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "type": type,
                "amount": amount,
                "timestamp": timestamp,
                "tranId": tran_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type = _CRYPTO_LOANS_INCOME_TYPE.get(d["type"]) or CryptoLoansIncomeType(d["type"])

        _instance = cls(
            d["asset"],
            type,
            d["amount"],
            d["timestamp"],
            d["tranId"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_CRYPTO_LOANS_INCOME_TYPE: dict[object, CryptoLoansIncomeType] = {
    member.value: member for member in CryptoLoansIncomeType
}

_WIRE_NAMES = frozenset({"asset", "type", "amount", "timestamp", "tranId"})
