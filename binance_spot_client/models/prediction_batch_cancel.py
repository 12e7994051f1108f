"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionBatchCancel")


@_attrs_define
class PredictionBatchCancel(AdditionalProperties[Any]):
    """What a batch cancel did.

    Attributes:
        canceled (list[str]): Orders cancelled.
        failed (list[PredictionCancelFailure]): Orders not cancelled, with the reason.
    """

    canceled: list[str]
    failed: list[PredictionCancelFailure]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        canceled = self.canceled

        failed = []
        for failed_item_data in self.failed:
            failed_item = failed_item_data.to_dict()
            failed.append(failed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "canceled": canceled,
                "failed": failed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        canceled = d["canceled"]
        failed = [PredictionCancelFailure.from_dict(item) for item in d["failed"]]

        _instance = cls(
            canceled,
            failed,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.prediction_cancel_failure import PredictionCancelFailure  # noqa: E402

_WIRE_NAMES = frozenset({"canceled", "failed"})
