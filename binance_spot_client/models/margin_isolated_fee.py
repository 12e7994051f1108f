"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.margin_isolated_fee_asset import MarginIsolatedFeeAsset


T = TypeVar("T", bound="MarginIsolatedFee")


@_attrs_define
class MarginIsolatedFee:
    """Isolated margin borrowing terms of a pair at one VIP level.

    Attributes:
        vip_level (int): VIP level the figures apply to.
        symbol (str):
        leverage (str): Maximum leverage of the pair.
        data (list[MarginIsolatedFeeAsset]):
    """

    vip_level: int
    symbol: str
    leverage: str
    data: list[MarginIsolatedFeeAsset]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vip_level = self.vip_level

        symbol = self.symbol

        leverage = self.leverage

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vipLevel": vip_level,
                "symbol": symbol,
                "leverage": leverage,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.margin_isolated_fee_asset import MarginIsolatedFeeAsset

        d = dict(src_dict)
        vip_level = d.pop("vipLevel")

        symbol = d.pop("symbol")

        leverage = d.pop("leverage")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = MarginIsolatedFeeAsset.from_dict(data_item_data)

            data.append(data_item)

        _instance = cls(
            vip_level=vip_level,
            symbol=symbol,
            leverage=leverage,
            data=data,
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
