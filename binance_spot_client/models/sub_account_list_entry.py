"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SubAccountListEntry")


@_attrs_define
class SubAccountListEntry(AdditionalProperties[Any]):
    """One sub-account of the master account.

    Attributes:
        email (str): Email of the sub-account.
        is_freeze (bool): Whether the sub-account is frozen.
        create_time (int): Creation time, UTC milliseconds.
        is_managed_sub_account (bool): Whether it is a managed sub-account.
        is_asset_management_sub_account (bool): Whether it is an asset management sub-account.
        sub_user_id (int | Unset): User id of the sub-account (current documentation).
        remark (str | Unset): Remark the master account set on the sub-account (current documentation).
    """

    email: str
    is_freeze: bool
    create_time: int
    is_managed_sub_account: bool
    is_asset_management_sub_account: bool
    sub_user_id: int | Unset = UNSET
    remark: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        is_freeze = self.is_freeze

        create_time = self.create_time

        is_managed_sub_account = self.is_managed_sub_account

        is_asset_management_sub_account = self.is_asset_management_sub_account

        sub_user_id = self.sub_user_id

        remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "isFreeze": is_freeze,
                "createTime": create_time,
                "isManagedSubAccount": is_managed_sub_account,
                "isAssetManagementSubAccount": is_asset_management_sub_account,
            }
        )
        if sub_user_id is not UNSET:
            field_dict["subUserId"] = sub_user_id
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["email"],
            d["isFreeze"],
            d["createTime"],
            d["isManagedSubAccount"],
            d["isAssetManagementSubAccount"],
            d.get("subUserId", UNSET),
            d.get("remark", UNSET),
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {"email", "isFreeze", "createTime", "isManagedSubAccount", "isAssetManagementSubAccount", "subUserId", "remark"}
)
