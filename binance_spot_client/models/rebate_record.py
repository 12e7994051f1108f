"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties, former_attribute

T = TypeVar("T", bound="RebateRecord")


@_attrs_define
class RebateRecord(AdditionalProperties[Any]):
    """One rebate credited.

    Attributes:
        asset (str):
        type (int): 1 commission rebate, 2 referral kickback.
        amount (str):
        update_time (int): Time of the rebate, UTC milliseconds.
    """

    asset: str
    type: int
    amount: str
    update_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        type = self.type

        amount = self.amount

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "type": type,
                "amount": amount,
                "updateTime": update_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["asset"],
            d["type"],
            d["amount"],
            d["updateTime"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"asset", "type", "amount", "updateTime"})
