"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountLeveragedTokensEnabled")


@_attrs_define
class SubAccountLeveragedTokensEnabled(AdditionalProperties[Any]):
    """Leveraged token state of a sub-account after enabling.

    Attributes:
        email (str): Email of the sub-account.
        enable_blvt (bool): Whether leveraged tokens are now enabled.
    """

    email: str
    enable_blvt: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        enable_blvt = self.enable_blvt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "enableBlvt": enable_blvt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["email"],
            d["enableBlvt"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"email", "enableBlvt"})
