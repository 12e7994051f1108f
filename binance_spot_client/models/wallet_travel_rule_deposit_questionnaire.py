"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="WalletTravelRuleDepositQuestionnaire")


@_attrs_define
class WalletTravelRuleDepositQuestionnaire(AdditionalProperties[Any]):
    """Questionnaire answers given for a deposit (V2 history, with `retrieveQuestionnaire=true`).

    Attributes:
        vasp_name (str | Unset): Provider the funds came from, as answered.
        deposit_originator (int | Unset): Who sent the funds, as the code answered in the questionnaire.
    """

    vasp_name: str | Unset = UNSET
    deposit_originator: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vasp_name = self.vasp_name

        deposit_originator = self.deposit_originator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vasp_name is not UNSET:
            field_dict["vaspName"] = vasp_name
        if deposit_originator is not UNSET:
            field_dict["depositOriginator"] = deposit_originator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d.get("vaspName", UNSET),
            d.get("depositOriginator", UNSET),
        )
        if len(d) > 0 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"vaspName", "depositOriginator"})
