"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarginMaxTransferable")


@_attrs_define
class MarginMaxTransferable:
    """How much of an asset can be transferred out of the margin account.

    Attributes:
        amount (str): Largest amount that can be transferred out now.
        borrow_limit (str | Unset): Only in the 2024 description of this answer; current answers carry `amount` alone.
    """

    amount: str
    borrow_limit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        amount = d.pop("amount")

        borrow_limit = d.pop("borrowLimit", UNSET)

        _instance = cls(
            amount=amount,
            borrow_limit=borrow_limit,
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
