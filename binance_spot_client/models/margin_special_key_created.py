"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset, former_attribute

T = TypeVar("T", bound="MarginSpecialKeyCreated")


@_attrs_define
class MarginSpecialKeyCreated(AdditionalProperties[Any]):
    """A newly created margin special key.

    Attributes:
        api_key (str): The new API key.
        type (str): Key type: `HMAC_SHA256`, `RSA` or `Ed25519`.
        secret_key (str | Unset): Its secret; only for HMAC keys (absent when a public key was supplied).
    """

    api_key: str
    type: str
    secret_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        type = self.type

        secret_key = self.secret_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "type": type,
            }
        )
        if secret_key is not UNSET:
            field_dict["secretKey"] = secret_key

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["apiKey"],
            d["type"],
            d.get("secretKey", UNSET),
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"apiKey", "type", "secretKey"})
