"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="DualInvestmentAutoCompoundChange")


@_attrs_define
class DualInvestmentAutoCompoundChange(AdditionalProperties[Any]):
    """Outcome of changing a position's auto-compound plan.

    Attributes:
        position_id (str): Position changed (sent as text).
        auto_compound_plan (str): Plan now set: `NONE`, `STANDARD` or `ADVANCED`.
    """

    position_id: str
    auto_compound_plan: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position_id = self.position_id

        auto_compound_plan = self.auto_compound_plan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "positionId": position_id,
                "autoCompoundPlan": auto_compound_plan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["positionId"],
            d["autoCompoundPlan"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"positionId", "autoCompoundPlan"})
