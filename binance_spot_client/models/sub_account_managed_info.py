"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SubAccountManagedInfo")


@_attrs_define
class SubAccountManagedInfo(AdditionalProperties[Any]):
    """A managed sub-account.

    Attributes:
        root_user_id (int): User id of the investor's master account.
        managersub_user_id (int): User id of the managed sub-account.
        bind_parent_user_id (int): User id of the trading team's account it is bound to.
        insert_time_stamp (int): Creation time, UTC milliseconds.
        bind_parent_email (str): Email of the trading team's account it is bound to.
        is_sub_user_enabled (bool): Whether the sub-account is enabled.
        is_user_active (bool): Whether its user is active.
        is_margin_enabled (bool): Whether margin is enabled.
        is_future_enabled (bool): Whether futures is enabled.
        is_signed_lvt_risk_agreement (bool): Whether the leveraged token risk agreement is signed.
        email (str | Unset): Email of the managed sub-account.
    """

    root_user_id: int
    managersub_user_id: int
    bind_parent_user_id: int
    insert_time_stamp: int
    bind_parent_email: str
    is_sub_user_enabled: bool
    is_user_active: bool
    is_margin_enabled: bool
    is_future_enabled: bool
    is_signed_lvt_risk_agreement: bool
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        root_user_id = self.root_user_id

        managersub_user_id = self.managersub_user_id

        bind_parent_user_id = self.bind_parent_user_id

        insert_time_stamp = self.insert_time_stamp

        bind_parent_email = self.bind_parent_email

        is_sub_user_enabled = self.is_sub_user_enabled

        is_user_active = self.is_user_active

        is_margin_enabled = self.is_margin_enabled

        is_future_enabled = self.is_future_enabled

        is_signed_lvt_risk_agreement = self.is_signed_lvt_risk_agreement

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rootUserId": root_user_id,
                "managersubUserId": managersub_user_id,
                "bindParentUserId": bind_parent_user_id,
                "insertTimeStamp": insert_time_stamp,
                "bindParentEmail": bind_parent_email,
                "isSubUserEnabled": is_sub_user_enabled,
                "isUserActive": is_user_active,
                "isMarginEnabled": is_margin_enabled,
                "isFutureEnabled": is_future_enabled,
                "isSignedLVTRiskAgreement": is_signed_lvt_risk_agreement,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["rootUserId"],
            d["managersubUserId"],
            d["bindParentUserId"],
            d["insertTimeStamp"],
            d["bindParentEmail"],
            d["isSubUserEnabled"],
            d["isUserActive"],
            d["isMarginEnabled"],
            d["isFutureEnabled"],
            d["isSignedLVTRiskAgreement"],
            d.get("email", UNSET),
        )
        if len(d) > 10 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "rootUserId",
        "managersubUserId",
        "bindParentUserId",
        "insertTimeStamp",
        "bindParentEmail",
        "isSubUserEnabled",
        "isUserActive",
        "isMarginEnabled",
        "isFutureEnabled",
        "isSignedLVTRiskAgreement",
        "email",
    }
)
