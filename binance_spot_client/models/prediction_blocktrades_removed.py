"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionBlocktradesRemoved")


@_attrs_define
class PredictionBlocktradesRemoved(AdditionalProperties[Any]):
    """What removing blocktrades did.

    Attributes:
        removed (list[str]): Blocktrades cancelled.
        noop (list[str]): Blocktrades already final, left as they were.
    """

    removed: list[str]
    noop: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        removed = self.removed

        noop = self.noop

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "removed": removed,
                "noop": noop,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        removed = d["removed"]
        noop = d["noop"]

        _instance = cls(
            removed,
            noop,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"removed", "noop"})
