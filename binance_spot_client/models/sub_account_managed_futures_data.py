"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountManagedFuturesData")


@_attrs_define
class SubAccountManagedFuturesData(AdditionalProperties[Any]):
    """Futures balances and positions.

    Attributes:
        assets (list[SubAccountManagedFuturesBalance]):
        position (list[SubAccountManagedFuturesPosition]):
    """

    assets: list[SubAccountManagedFuturesBalance]
    position: list[SubAccountManagedFuturesPosition]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assets = []
        for assets_item_data in self.assets:
            assets_item = assets_item_data.to_dict()
            assets.append(assets_item)

        position = []
        for position_item_data in self.position:
            position_item = position_item_data.to_dict()
            position.append(position_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assets": assets,
                "position": position,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        assets = [SubAccountManagedFuturesBalance.from_dict(item) for item in d["assets"]]
        position = [SubAccountManagedFuturesPosition.from_dict(item) for item in d["position"]]

        _instance = cls(
            assets,
            position,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_managed_futures_balance import SubAccountManagedFuturesBalance  # noqa: E402
from ..models.sub_account_managed_futures_position import SubAccountManagedFuturesPosition  # noqa: E402

_WIRE_NAMES = frozenset({"assets", "position"})
