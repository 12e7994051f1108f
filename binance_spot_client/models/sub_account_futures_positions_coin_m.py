"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountFuturesPositionsCoinM")


@_attrs_define
class SubAccountFuturesPositionsCoinM(AdditionalProperties[Any]):
    """COIN-M futures positions of a sub-account.

    Attributes:
        delivery_position_risk_vos (list[SubAccountDeliveryPosition]):
    """

    delivery_position_risk_vos: list[SubAccountDeliveryPosition]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_position_risk_vos = []
        for delivery_position_risk_vos_item_data in self.delivery_position_risk_vos:
            delivery_position_risk_vos_item = delivery_position_risk_vos_item_data.to_dict()
            delivery_position_risk_vos.append(delivery_position_risk_vos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deliveryPositionRiskVos": delivery_position_risk_vos,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        delivery_position_risk_vos = [
            SubAccountDeliveryPosition.from_dict(item) for item in d["deliveryPositionRiskVos"]
        ]

        _instance = cls(
            delivery_position_risk_vos,
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_delivery_position import SubAccountDeliveryPosition  # noqa: E402

_WIRE_NAMES = frozenset({"deliveryPositionRiskVos"})
