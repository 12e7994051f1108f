"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PredictionBlocktradeEvents")


@_attrs_define
class PredictionBlocktradeEvents(AdditionalProperties[Any]):
    """A page of blocktrade events.

    Attributes:
        events (list[PredictionBlocktradeEvent]):
        cursor (str | Unset): Pass as `after` for the next page.
    """

    events: list[PredictionBlocktradeEvent]
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        events = [PredictionBlocktradeEvent.from_dict(item) for item in d["events"]]

        _instance = cls(
            events,
            d.get("cursor", UNSET),
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.prediction_blocktrade_event import PredictionBlocktradeEvent  # noqa: E402

_WIRE_NAMES = frozenset({"events", "cursor"})
