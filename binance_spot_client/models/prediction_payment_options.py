"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionPaymentOptions")


@_attrs_define
class PredictionPaymentOptions(AdditionalProperties[Any]):
    """Balances of the ways to pay for prediction orders.

    Attributes:
        items (list[PredictionPaymentOption]):
    """

    items: list[PredictionPaymentOption]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        items = [PredictionPaymentOption.from_dict(item) for item in d["items"]]

        _instance = cls(
            items,
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.prediction_payment_option import PredictionPaymentOption  # noqa: E402

_WIRE_NAMES = frozenset({"items"})
