"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionRedeemBatch")


@_attrs_define
class PredictionRedeemBatch(AdditionalProperties[Any]):
    """Redemptions started by a batch redeem.

    Attributes:
        batch_id (str): Identifier of the batch.
        results (list[PredictionRedeemResult]):
    """

    batch_id: str
    results: list[PredictionRedeemResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batchId": batch_id,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        results = [PredictionRedeemResult.from_dict(item) for item in d["results"]]

        _instance = cls(
            d["batchId"],
            results,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.prediction_redeem_result import PredictionRedeemResult  # noqa: E402

_WIRE_NAMES = frozenset({"batchId", "results"})
