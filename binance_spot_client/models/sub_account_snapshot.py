"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties, former_attribute

T = TypeVar("T", bound="SubAccountSnapshot")


@_attrs_define
class SubAccountSnapshot(AdditionalProperties[Any]):
    """One daily snapshot.

    Attributes:
        data (SubAccountSnapshotData): Content of a snapshot: `balances`/`totalAssetOfBtc` for spot; `marginLevel`, the
            BTC totals and `userAssets` for margin; `assets` and `position` for futures.
        type (str): `spot`, `margin` or `futures`.
        update_time (int): Time of the snapshot, UTC milliseconds.
    """

    data: SubAccountSnapshotData
    type: str
    update_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        type = self.type

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "type": type,
                "updateTime": update_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        data = SubAccountSnapshotData.from_dict(d["data"])

        _instance = cls(
            data,
            d["type"],
            d["updateTime"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_snapshot_data import SubAccountSnapshotData  # noqa: E402

_WIRE_NAMES = frozenset({"data", "type", "updateTime"})
