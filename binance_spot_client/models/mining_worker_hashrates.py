"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties, former_attribute

T = TypeVar("T", bound="MiningWorkerHashrates")


@_attrs_define
class MiningWorkerHashrates(AdditionalProperties[Any]):
    """One hashrate series of a worker.

    Attributes:
        worker_name (str): Worker (miner) name.
        type (str): Which series this is: `H_hashrate` for hourly points, `D_hashrate` for daily averages.
        hashrate_datas (list[MiningHashratePoint]): The points of the series, oldest first.
    """

    worker_name: str
    type: str
    hashrate_datas: list[MiningHashratePoint]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        worker_name = self.worker_name

        type = self.type

        hashrate_datas = []
        for hashrate_datas_item_data in self.hashrate_datas:
            hashrate_datas_item = hashrate_datas_item_data.to_dict()
            hashrate_datas.append(hashrate_datas_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workerName": worker_name,
                "type": type,
                "hashrateDatas": hashrate_datas,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        hashrate_datas = [MiningHashratePoint.from_dict(item) for item in d["hashrateDatas"]]

        _instance = cls(
            d["workerName"],
            d["type"],
            hashrate_datas,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.mining_hashrate_point import MiningHashratePoint  # noqa: E402

_WIRE_NAMES = frozenset({"workerName", "type", "hashrateDatas"})
