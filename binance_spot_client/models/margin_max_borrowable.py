"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginMaxBorrowable")


@_attrs_define
class MarginMaxBorrowable(AdditionalProperties[Any]):
    """How much of an asset the account can still borrow.

    Attributes:
        amount (str): What the account can borrow now, given what the system has available.
        borrow_limit (str): Ceiling set by the account's level.
    """

    amount: str
    borrow_limit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def borrow_limit_decimal(self) -> Decimal:
        """`borrow_limit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.borrow_limit)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        borrow_limit = self.borrow_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "borrowLimit": borrow_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["amount"],
            d["borrowLimit"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"amount", "borrowLimit"})
