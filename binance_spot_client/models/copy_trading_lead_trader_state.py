"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="CopyTradingLeadTraderState")


@_attrs_define
class CopyTradingLeadTraderState(AdditionalProperties[Any]):
    """Lead trader state of the caller.

    Attributes:
        is_lead_trader (bool): True when the account is a futures lead trader.
        time (int): Server time of the answer, UTC milliseconds.
    """

    is_lead_trader: bool
    time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_lead_trader = self.is_lead_trader

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isLeadTrader": is_lead_trader,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["isLeadTrader"],
            d["time"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"isLeadTrader", "time"})
