"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountApiIpRestrictionUpdate")


@_attrs_define
class SubAccountApiIpRestrictionUpdate(AdditionalProperties[Any]):
    """IP restriction of a sub-account API key after a change.

    Attributes:
        status (str): Restriction mode now in force: `1`, `2` or `3` (see the request's `status`).
        ip_list (list[str]): Trusted IP addresses; only present when there are some.
        update_time (int): Time of the change, UTC milliseconds.
        api_key (str): The API key.
    """

    status: str
    ip_list: list[str]
    update_time: int
    api_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        ip_list = self.ip_list

        update_time = self.update_time

        api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
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
            d["status"],
            ip_list,
            d["updateTime"],
            d["apiKey"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"status", "ipList", "updateTime", "apiKey"})
