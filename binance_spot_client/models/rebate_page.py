"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rebate_record import RebateRecord


T = TypeVar("T", bound="RebatePage")


@_attrs_define
class RebatePage:
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
        from ..models.rebate_record import RebateRecord

        d = dict(src_dict)
        page = d.pop("page")

        total_records = d.pop("totalRecords")

        total_page_num = d.pop("totalPageNum")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = RebateRecord.from_dict(data_item_data)

            data.append(data_item)

        _instance = cls(
            page=page,
            total_records=total_records,
            total_page_num=total_page_num,
            data=data,
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
