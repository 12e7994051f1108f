"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountManagedList")


@_attrs_define
class SubAccountManagedList(AdditionalProperties[Any]):
    """A page of managed sub-accounts.

    Attributes:
        total (int): Number of managed sub-accounts over all pages.
        manager_sub_user_info_vo_list (list[SubAccountManagedInfo]):
    """

    total: int
    manager_sub_user_info_vo_list: list[SubAccountManagedInfo]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        manager_sub_user_info_vo_list = []
        for manager_sub_user_info_vo_list_item_data in self.manager_sub_user_info_vo_list:
            manager_sub_user_info_vo_list_item = manager_sub_user_info_vo_list_item_data.to_dict()
            manager_sub_user_info_vo_list.append(manager_sub_user_info_vo_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "managerSubUserInfoVoList": manager_sub_user_info_vo_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        manager_sub_user_info_vo_list = [
            SubAccountManagedInfo.from_dict(item) for item in d["managerSubUserInfoVoList"]
        ]

        _instance = cls(
            d["total"],
            manager_sub_user_info_vo_list,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_managed_info import SubAccountManagedInfo  # noqa: E402

_WIRE_NAMES = frozenset({"total", "managerSubUserInfoVoList"})
