"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties, former_attribute

T = TypeVar("T", bound="SubAccountManagedFuturesSnapshot")


@_attrs_define
class SubAccountManagedFuturesSnapshot(AdditionalProperties[Any]):
    """Futures state of a managed sub-account.

    Attributes:
        type (str): `FUTURES`.
        update_time (int): Time of the figures, UTC milliseconds.
        data (SubAccountManagedFuturesData): Futures balances and positions.
    """

    type: str
    update_time: int
    data: SubAccountManagedFuturesData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        type = self.type

        update_time = self.update_time

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
                "updateTime": update_time,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        data = SubAccountManagedFuturesData.from_dict(d["data"])

        _instance = cls(
            d["type"],
            d["updateTime"],
            data,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_managed_futures_data import SubAccountManagedFuturesData  # noqa: E402

_WIRE_NAMES = frozenset({"type", "updateTime", "data"})
