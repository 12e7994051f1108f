"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginIsolatedAccountLimit")


@_attrs_define
class MarginIsolatedAccountLimit(AdditionalProperties[Any]):
    """Use of the isolated margin account quota.

    Attributes:
        enabled_account (int): Isolated accounts currently enabled.
        max_account (int): Most isolated accounts that can be enabled.
    """

    enabled_account: int
    max_account: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled_account = self.enabled_account

        max_account = self.max_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabledAccount": enabled_account,
                "maxAccount": max_account,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["enabledAccount"],
            d["maxAccount"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"enabledAccount", "maxAccount"})
