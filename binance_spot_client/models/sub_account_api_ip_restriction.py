"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountApiIpRestriction")


@_attrs_define
class SubAccountApiIpRestriction(AdditionalProperties[Any]):
    """IP restriction of a sub-account API key.

    Attributes:
        ip_restrict (str): `true` when the key only works from the listed IPs (sent as text).
        ip_list (list[str]): Trusted IP addresses (and, in the 2024 file, third-party list names).
        update_time (int): Time of the last change, UTC milliseconds.
        api_key (str): The API key.
    """

    ip_restrict: str
    ip_list: list[str]
    update_time: int
    api_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_restrict = self.ip_restrict

        ip_list = self.ip_list

        update_time = self.update_time

        api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ipRestrict": ip_restrict,
                "ipList": ip_list,
                "updateTime": update_time,
                "apiKey": api_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        ip_list = d["ipList"]

        _instance = cls(
            d["ipRestrict"],
            ip_list,
            d["updateTime"],
            d["apiKey"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"ipRestrict", "ipList", "updateTime", "apiKey"})
