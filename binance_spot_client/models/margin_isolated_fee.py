"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginIsolatedFee")


@_attrs_define
class MarginIsolatedFee(AdditionalProperties[Any]):
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

    @property
    def leverage_decimal(self) -> Decimal:
        """`leverage` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.leverage)

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
        d = src_dict
        data = [MarginIsolatedFeeAsset.from_dict(item) for item in d["data"]]

        _instance = cls(
            d["vipLevel"],
            d["symbol"],
            d["leverage"],
            data,
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.margin_isolated_fee_asset import MarginIsolatedFeeAsset  # noqa: E402

_WIRE_NAMES = frozenset({"vipLevel", "symbol", "leverage", "data"})
