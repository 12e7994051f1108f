"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MiningWorker")


@_attrs_define
class MiningWorker(AdditionalProperties[Any]):
    """
    Attributes:
        worker_id (str): Worker id (a large number sent as text).
        worker_name (str): Worker (miner) name.
        status (int): Worker state: 1 valid, 2 invalid, 3 no longer valid.
        hash_rate (float): Current hashrate, in the algorithm's unit.
        day_hash_rate (float): Average hashrate over the last 24 hours.
        reject_rate (float): Current share rejection rate.
        last_share_time (int): When the worker last submitted a share, UTC milliseconds.
    """

    worker_id: str
    worker_name: str
    status: int
    hash_rate: float
    day_hash_rate: float
    reject_rate: float
    last_share_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker_id = self.worker_id

        worker_name = self.worker_name

        status = self.status

        hash_rate = self.hash_rate

        day_hash_rate = self.day_hash_rate

        reject_rate = self.reject_rate

        last_share_time = self.last_share_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workerId": worker_id,
                "workerName": worker_name,
                "status": status,
                "hashRate": hash_rate,
                "dayHashRate": day_hash_rate,
                "rejectRate": reject_rate,
                "lastShareTime": last_share_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["workerId"],
            d["workerName"],
            d["status"],
            d["hashRate"],
            d["dayHashRate"],
            d["rejectRate"],
            d["lastShareTime"],
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"workerId", "workerName", "status", "hashRate", "dayHashRate", "rejectRate", "lastShareTime"})
