"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="AutoInvestPlanStatusChange")


@_attrs_define
class AutoInvestPlanStatusChange(AdditionalProperties[Any]):
    """A plan after a status change.

    Attributes:
        plan_id (int): Identifier of the plan.
        next_execution_date_time (int): Next scheduled investment, UTC milliseconds.
        status (str): State of the plan now.
    """

    plan_id: int
    next_execution_date_time: int
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        next_execution_date_time = self.next_execution_date_time

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "planId": plan_id,
                "nextExecutionDateTime": next_execution_date_time,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["planId"],
            d["nextExecutionDateTime"],
            d["status"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"planId", "nextExecutionDateTime", "status"})
