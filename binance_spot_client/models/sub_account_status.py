"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountStatus")


@_attrs_define
class SubAccountStatus(AdditionalProperties[Any]):
    """Status of one sub-account.

    Attributes:
        email (str): Email of the sub-account.
        is_sub_user_enabled (bool): Whether the sub-account is enabled.
        is_user_active (bool): Whether the sub-account's user is active.
        insert_time (int): Creation time of the sub-account, UTC milliseconds.
        is_margin_enabled (bool): Whether its margin account is enabled.
        is_future_enabled (bool): Whether its futures account is enabled.
        mobile (int): Mobile number of the user, as a number.
    """

    email: str
    is_sub_user_enabled: bool
    is_user_active: bool
    insert_time: int
    is_margin_enabled: bool
    is_future_enabled: bool
    mobile: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        is_sub_user_enabled = self.is_sub_user_enabled

        is_user_active = self.is_user_active

        insert_time = self.insert_time

        is_margin_enabled = self.is_margin_enabled

        is_future_enabled = self.is_future_enabled

        mobile = self.mobile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "isSubUserEnabled": is_sub_user_enabled,
                "isUserActive": is_user_active,
                "insertTime": insert_time,
                "isMarginEnabled": is_margin_enabled,
                "isFutureEnabled": is_future_enabled,
                "mobile": mobile,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["email"],
            d["isSubUserEnabled"],
            d["isUserActive"],
            d["insertTime"],
            d["isMarginEnabled"],
            d["isFutureEnabled"],
            d["mobile"],
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {"email", "isSubUserEnabled", "isUserActive", "insertTime", "isMarginEnabled", "isFutureEnabled", "mobile"}
)
