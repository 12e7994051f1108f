"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="MarginMaxTransferable")


@_attrs_define
class MarginMaxTransferable(AdditionalProperties[Any]):
    """How much of an asset can be transferred out of the margin account.

    Attributes:
        amount (str): Largest amount that can be transferred out now.
        borrow_limit (str | Unset): Only in the 2024 description of this answer; current answers carry `amount` alone.
    """

    amount: str
    borrow_limit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def borrow_limit_decimal(self) -> Decimal | Unset:
        """`borrow_limit` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.borrow_limit, Unset) else Decimal(self.borrow_limit)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        borrow_limit = self.borrow_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if borrow_limit is not UNSET:
            field_dict["borrowLimit"] = borrow_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["amount"],
            d.get("borrowLimit", UNSET),
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"amount", "borrowLimit"})
