"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountManagedSnapshots")


@_attrs_define
class SubAccountManagedSnapshots(AdditionalProperties[Any]):
    """Snapshots of a managed sub-account.

    Attributes:
        code (int): `200` on success, otherwise an error code.
        msg (str): Error message; empty on success.
        snapshot_vos (list[SubAccountSnapshot]):
    """

    code: int
    msg: str
    snapshot_vos: list[SubAccountSnapshot]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        snapshot_vos = []
        for snapshot_vos_item_data in self.snapshot_vos:
            snapshot_vos_item = snapshot_vos_item_data.to_dict()
            snapshot_vos.append(snapshot_vos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "msg": msg,
                "snapshotVos": snapshot_vos,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        snapshot_vos = [SubAccountSnapshot.from_dict(item) for item in d["snapshotVos"]]

        _instance = cls(
            d["code"],
            d["msg"],
            snapshot_vos,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_snapshot import SubAccountSnapshot  # noqa: E402

_WIRE_NAMES = frozenset({"code", "msg", "snapshotVos"})
