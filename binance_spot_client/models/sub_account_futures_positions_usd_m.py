"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountFuturesPositionsUsdM")


@_attrs_define
class SubAccountFuturesPositionsUsdM(AdditionalProperties[Any]):
    """USDⓈ-M futures positions of a sub-account.

    Attributes:
        future_position_risk_vos (list[SubAccountFuturesPosition]):
    """

    future_position_risk_vos: list[SubAccountFuturesPosition]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        future_position_risk_vos = []
        for future_position_risk_vos_item_data in self.future_position_risk_vos:
            future_position_risk_vos_item = future_position_risk_vos_item_data.to_dict()
            future_position_risk_vos.append(future_position_risk_vos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "futurePositionRiskVos": future_position_risk_vos,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        future_position_risk_vos = [SubAccountFuturesPosition.from_dict(item) for item in d["futurePositionRiskVos"]]

        _instance = cls(
            future_position_risk_vos,
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_futures_position import SubAccountFuturesPosition  # noqa: E402

_WIRE_NAMES = frozenset({"futurePositionRiskVos"})
