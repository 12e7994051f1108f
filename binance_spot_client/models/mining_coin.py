"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MiningCoin")


@_attrs_define
class MiningCoin(AdditionalProperties[Any]):
    """
    Attributes:
        coin_name (str): Coin symbol.
        coin_id (int): Binance's id of the coin.
        pool_index (int): Position of the coin in Binance Pool's ordering.
        algo_id (int): Id of the algorithm the coin is mined with.
        algo_name (str): Name of the algorithm the coin is mined with.
    """

    coin_name: str
    coin_id: int
    pool_index: int
    algo_id: int
    algo_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin_name = self.coin_name

        coin_id = self.coin_id

        pool_index = self.pool_index

        algo_id = self.algo_id

        algo_name = self.algo_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coinName": coin_name,
                "coinId": coin_id,
                "poolIndex": pool_index,
                "algoId": algo_id,
                "algoName": algo_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["coinName"],
            d["coinId"],
            d["poolIndex"],
            d["algoId"],
            d["algoName"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"coinName", "coinId", "poolIndex", "algoId", "algoName"})
