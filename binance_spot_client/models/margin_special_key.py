"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset, former_attribute

T = TypeVar("T", bound="MarginSpecialKey")


@_attrs_define
class MarginSpecialKey(AdditionalProperties[Any]):
    """A margin special (low-latency) API key.

    Attributes:
        api_key (str): The API key.
        ip (str): Allowed IP addresses, comma-separated.
        type (str): Key type: `HMAC_SHA256`, `RSA` or `Ed25519`.
        api_name (str | Unset): Name given to the key.
        permission_mode (str | Unset): `TRADE` or `READ`; meaningful for Ed25519 keys.
    """

    api_key: str
    ip: str
    type: str
    api_name: str | Unset = UNSET
    permission_mode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        ip = self.ip

        type = self.type

        api_name = self.api_name

        permission_mode = self.permission_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "ip": ip,
                "type": type,
            }
        )
        if api_name is not UNSET:
            field_dict["apiName"] = api_name
        if permission_mode is not UNSET:
            field_dict["permissionMode"] = permission_mode

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["apiKey"],
            d["ip"],
            d["type"],
            d.get("apiName", UNSET),
            d.get("permissionMode", UNSET),
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"apiKey", "ip", "type", "apiName", "permissionMode"})
