"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SimpleEarnYieldArenaActivities")


@_attrs_define
class SimpleEarnYieldArenaActivities(AdditionalProperties[Any]):
    """Yield Arena campaigns open to the account.

    Attributes:
        activities (list[SimpleEarnYieldArenaActivity]):
    """

    activities: list[SimpleEarnYieldArenaActivity]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activities = []
        for activities_item_data in self.activities:
            activities_item = activities_item_data.to_dict()
            activities.append(activities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activities": activities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        activities = [SimpleEarnYieldArenaActivity.from_dict(item) for item in d["activities"]]

        _instance = cls(
            activities,
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.simple_earn_yield_arena_activity import SimpleEarnYieldArenaActivity  # noqa: E402

_WIRE_NAMES = frozenset({"activities"})
