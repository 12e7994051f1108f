"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MiningWorkerDetailResponse")


@_attrs_define
class MiningWorkerDetailResponse(AdditionalProperties[Any]):
    """
    Attributes:
        code (int): Result code; 0 when the request succeeded.
        msg (str): Result message; empty on success.
        data (list[MiningWorkerHashrates]): The worker's hashrate series.
    """

    code: int
    msg: str
    data: list[MiningWorkerHashrates]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "msg": msg,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        data = [MiningWorkerHashrates.from_dict(item) for item in d["data"]]

        _instance = cls(
            d["code"],
            d["msg"],
            data,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.mining_worker_hashrates import MiningWorkerHashrates  # noqa: E402

_WIRE_NAMES = frozenset({"code", "msg", "data"})
