"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties, former_attribute

T = TypeVar("T", bound="MiningAccountEarning")


@_attrs_define
class MiningAccountEarning(AdditionalProperties[Any]):
    """
    Attributes:
        time (int): Day of the earning, UTC milliseconds.
        coin_name (str): Coin of the earning.
        type (int): Kind of earning: 0 referral commission, 1 refund, 2 rebate.
        puid (int): Id of the mining sub-account.
        sub_name (str): Name of the mining account.
        amount (float): Amount earned.
    """

    time: int
    coin_name: str
    type: int
    puid: int
    sub_name: str
    amount: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        coin_name = self.coin_name

        type = self.type

        puid = self.puid

        sub_name = self.sub_name

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "coinName": coin_name,
                "type": type,
                "puid": puid,
                "subName": sub_name,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["time"],
            d["coinName"],
            d["type"],
            d["puid"],
            d["subName"],
            d["amount"],
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"time", "coinName", "type", "puid", "subName", "amount"})
