"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionPositionByToken")


@_attrs_define
class PredictionPositionByToken(AdditionalProperties[Any]):
    """The caller's position in one outcome token.

    Attributes:
        position (PredictionPosition): A position in an outcome token.
    """

    position: PredictionPosition
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position = self.position.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position": position,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        position = PredictionPosition.from_dict(d["position"])

        _instance = cls(
            position,
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.prediction_position import PredictionPosition  # noqa: E402

_WIRE_NAMES = frozenset({"position"})
