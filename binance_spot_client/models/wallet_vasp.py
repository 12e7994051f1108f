"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletVasp")


@_attrs_define
class WalletVasp(AdditionalProperties[Any]):
    """A virtual asset service provider known to the travel rule.

    Attributes:
        vasp_name (str): Display name.
        vasp_code (str): Code naming the provider in questionnaire answers.
    """

    vasp_name: str
    vasp_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vasp_name = self.vasp_name

        vasp_code = self.vasp_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vaspName": vasp_name,
                "vaspCode": vasp_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["vaspName"],
            d["vaspCode"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"vaspName", "vaspCode"})
