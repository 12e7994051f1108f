"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionReservedBalances")


@_attrs_define
class PredictionReservedBalances(AdditionalProperties[Any]):
    """Reserved balances, in the order asked for.

    Attributes:
        balances (list[PredictionReservedBalance]):
    """

    balances: list[PredictionReservedBalance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balances = []
        for balances_item_data in self.balances:
            balances_item = balances_item_data.to_dict()
            balances.append(balances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balances": balances,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        balances = [PredictionReservedBalance.from_dict(item) for item in d["balances"]]

        _instance = cls(
            balances,
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.prediction_reserved_balance import PredictionReservedBalance  # noqa: E402

_WIRE_NAMES = frozenset({"balances"})
