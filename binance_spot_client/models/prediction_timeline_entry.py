"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionTimelineEntry")


@_attrs_define
class PredictionTimelineEntry(AdditionalProperties[Any]):
    """A neighbouring topic of the same recurring series.

    Attributes:
        market_topic_id (int): Identifier of that topic.
        start_date (int): When it starts, UTC milliseconds.
        end_date (int): When it ends, UTC milliseconds.
    """

    market_topic_id: int
    start_date: int
    end_date: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_topic_id = self.market_topic_id

        start_date = self.start_date

        end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketTopicId": market_topic_id,
                "startDate": start_date,
                "endDate": end_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["marketTopicId"],
            d["startDate"],
            d["endDate"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"marketTopicId", "startDate", "endDate"})
