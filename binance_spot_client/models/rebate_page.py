"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="RebatePage")


@_attrs_define
class RebatePage(AdditionalProperties[Any]):
    """A page of rebates.

    Attributes:
        page (int): Page returned.
        total_records (int): Number of rebates matching the query.
        total_page_num (int): Number of pages.
        data (list[RebateRecord]):
    """

    page: int
    total_records: int
    total_page_num: int
    data: list[RebateRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        total_records = self.total_records

        total_page_num = self.total_page_num

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "totalRecords": total_records,
                "totalPageNum": total_page_num,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        data = [RebateRecord.from_dict(item) for item in d["data"]]

        _instance = cls(
            d["page"],
            d["totalRecords"],
            d["totalPageNum"],
            data,
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.rebate_record import RebateRecord  # noqa: E402

_WIRE_NAMES = frozenset({"page", "totalRecords", "totalPageNum", "data"})
