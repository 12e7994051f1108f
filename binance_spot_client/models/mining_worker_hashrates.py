"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mining_hashrate_point import MiningHashratePoint


T = TypeVar("T", bound="MiningWorkerHashrates")


@_attrs_define
class MiningWorkerHashrates:
    """One hashrate series of a worker.

    Attributes:
        worker_name (str): Worker (miner) name.
        type_ (str): Which series this is: `H_hashrate` for hourly points, `D_hashrate` for daily averages.
        hashrate_datas (list[MiningHashratePoint]): The points of the series, oldest first.
    """

    worker_name: str
    type_: str
    hashrate_datas: list[MiningHashratePoint]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker_name = self.worker_name

        type_ = self.type_

        hashrate_datas = []
        for hashrate_datas_item_data in self.hashrate_datas:
            hashrate_datas_item = hashrate_datas_item_data.to_dict()
            hashrate_datas.append(hashrate_datas_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workerName": worker_name,
                "type": type_,
                "hashrateDatas": hashrate_datas,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mining_hashrate_point import MiningHashratePoint

        d = dict(src_dict)
        worker_name = d.pop("workerName")

        type_ = d.pop("type")

        hashrate_datas = []
        _hashrate_datas = d.pop("hashrateDatas")
        for hashrate_datas_item_data in _hashrate_datas:
            hashrate_datas_item = MiningHashratePoint.from_dict(hashrate_datas_item_data)

            hashrate_datas.append(hashrate_datas_item)

        _instance = cls(
            worker_name=worker_name,
            type_=type_,
            hashrate_datas=hashrate_datas,
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
