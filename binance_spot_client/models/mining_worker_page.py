"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MiningWorkerPage")


@_attrs_define
class MiningWorkerPage(AdditionalProperties[Any]):
    """
    Attributes:
        worker_datas (list[MiningWorker]): Workers of this page.
        total_num (int): Number of rows over all pages.
        page_size (int): Rows per page of this answer.
    """

    worker_datas: list[MiningWorker]
    total_num: int
    page_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker_datas = []
        for worker_datas_item_data in self.worker_datas:
            worker_datas_item = worker_datas_item_data.to_dict()
            worker_datas.append(worker_datas_item)

        total_num = self.total_num

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workerDatas": worker_datas,
                "totalNum": total_num,
                "pageSize": page_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        worker_datas = [MiningWorker.from_dict(item) for item in d["workerDatas"]]

        _instance = cls(
            worker_datas,
            d["totalNum"],
            d["pageSize"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.mining_worker import MiningWorker  # noqa: E402

_WIRE_NAMES = frozenset({"workerDatas", "totalNum", "pageSize"})
