"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RebateRecord")


@_attrs_define
class RebateRecord:
    """One rebate credited.

    Attributes:
        asset (str):
        type_ (int): 1 commission rebate, 2 referral kickback.
        amount (str):
        update_time (int): Time of the rebate, UTC milliseconds.
    """

    asset: str
    type_: int
    amount: str
    update_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        type_ = self.type_

        amount = self.amount

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "type": type_,
                "amount": amount,
                "updateTime": update_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset = d.pop("asset")

        type_ = d.pop("type")

        amount = d.pop("amount")

        update_time = d.pop("updateTime")

        _instance = cls(
            asset=asset,
            type_=type_,
            amount=amount,
            update_time=update_time,
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
