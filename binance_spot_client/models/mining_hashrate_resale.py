"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset, former_attribute

T = TypeVar("T", bound="MiningHashrateResale")


@_attrs_define
class MiningHashrateResale(AdditionalProperties[Any]):
    """
    Attributes:
        config_id (int): Id of the resale configuration.
        pool_username (str): Mining account the hashrate is transferred from.
        to_pool_username (str): Mining account the hashrate is transferred to.
        algo_name (str): Algorithm of the transferred hashrate.
        hash_rate (int): Hashrate transferred, in the algorithm's unit.
        start_day (int): First day of the resale, as a yyyymmdd number.
        end_day (int): Last day of the resale, as a yyyymmdd number.
        status (int): State: 0 in progress, 1 cancelled, 2 terminated.
        type (int | Unset): Direction of the record: 0 hashrate transferred out, 1 hashrate received. Present in answers
            since Binance added it (not in the 2024 file).
    """

    config_id: int
    pool_username: str
    to_pool_username: str
    algo_name: str
    hash_rate: int
    start_day: int
    end_day: int
    status: int
    type: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        config_id = self.config_id

        pool_username = self.pool_username

        to_pool_username = self.to_pool_username

        algo_name = self.algo_name

        hash_rate = self.hash_rate

        start_day = self.start_day

        end_day = self.end_day

        status = self.status

        type = self.type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configId": config_id,
                "poolUsername": pool_username,
                "toPoolUsername": to_pool_username,
                "algoName": algo_name,
                "hashRate": hash_rate,
                "startDay": start_day,
                "endDay": end_day,
                "status": status,
            }
        )
        if type is not UNSET:
            field_dict["type"] = type

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["configId"],
            d["poolUsername"],
            d["toPoolUsername"],
            d["algoName"],
            d["hashRate"],
            d["startDay"],
            d["endDay"],
            d["status"],
            d.get("type", UNSET),
        )
        if len(d) > 8 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {"configId", "poolUsername", "toPoolUsername", "algoName", "hashRate", "startDay", "endDay", "status", "type"}
)
