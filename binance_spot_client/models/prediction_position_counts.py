"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionPositionCounts")


@_attrs_define
class PredictionPositionCounts(AdditionalProperties[Any]):
    """How many positions each tab holds.

    Attributes:
        ongoing_count (int): Positions in markets still running.
        ended_count (int): Positions in markets that ended.
        pending_claim_count (int): Positions with winnings not claimed yet.
    """

    ongoing_count: int
    ended_count: int
    pending_claim_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ongoing_count = self.ongoing_count

        ended_count = self.ended_count

        pending_claim_count = self.pending_claim_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ongoingCount": ongoing_count,
                "endedCount": ended_count,
                "pendingClaimCount": pending_claim_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["ongoingCount"],
            d["endedCount"],
            d["pendingClaimCount"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"ongoingCount", "endedCount", "pendingClaimCount"})
