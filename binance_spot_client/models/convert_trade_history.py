"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="ConvertTradeHistory")


@_attrs_define
class ConvertTradeHistory(AdditionalProperties[Any]):
    """Completed conversions in a window.

    Attributes:
        list_ (list[ConvertOrder]):
        start_time (int): Start of the window searched, UTC milliseconds.
        end_time (int): End of the window searched, UTC milliseconds.
        limit (int): Limit applied.
        more_data (bool): Whether more conversions exist in the window than were returned.
    """

    list_: list[ConvertOrder]
    start_time: int
    end_time: int
    limit: int
    more_data: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_ = []
        for list_item_data in self.list_:
            list_item = list_item_data.to_dict()
            list_.append(list_item)

        start_time = self.start_time

        end_time = self.end_time

        limit = self.limit

        more_data = self.more_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list": list_,
                "startTime": start_time,
                "endTime": end_time,
                "limit": limit,
                "moreData": more_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        list_ = [ConvertOrder.from_dict(item) for item in d["list"]]

        _instance = cls(
            list_,
            d["startTime"],
            d["endTime"],
            d["limit"],
            d["moreData"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.convert_order import ConvertOrder  # noqa: E402

_WIRE_NAMES = frozenset({"list", "startTime", "endTime", "limit", "moreData"})
