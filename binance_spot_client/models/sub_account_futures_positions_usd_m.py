"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sub_account_futures_position import SubAccountFuturesPosition


T = TypeVar("T", bound="SubAccountFuturesPositionsUsdM")


@_attrs_define
class SubAccountFuturesPositionsUsdM:
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
        from ..models.sub_account_futures_position import SubAccountFuturesPosition

        d = dict(src_dict)
        future_position_risk_vos = []
        _future_position_risk_vos = d.pop("futurePositionRiskVos")
        for future_position_risk_vos_item_data in _future_position_risk_vos:
            future_position_risk_vos_item = SubAccountFuturesPosition.from_dict(future_position_risk_vos_item_data)

            future_position_risk_vos.append(future_position_risk_vos_item)

        _instance = cls(
            future_position_risk_vos=future_position_risk_vos,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
