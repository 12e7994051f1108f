"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties, former_attribute

T = TypeVar("T", bound="MiningAccountHashrates")


@_attrs_define
class MiningAccountHashrates(AdditionalProperties[Any]):
    """One hashrate series of a mining account.

    Attributes:
        type (str): Which series this is: `H_hashrate` for hourly points, `D_hashrate` for daily averages.
        user_name (str): Mining account.
        list_ (list[MiningAccountHashratePoint]): The points of the series, oldest first.
    """

    type: str
    user_name: str
    list_: list[MiningAccountHashratePoint]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        type = self.type

        user_name = self.user_name

        list_ = []
        for list_item_data in self.list_:
            list_item = list_item_data.to_dict()
            list_.append(list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type,
                "userName": user_name,
                "list": list_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        list_ = [MiningAccountHashratePoint.from_dict(item) for item in d["list"]]

        _instance = cls(
            d["type"],
            d["userName"],
            list_,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.mining_account_hashrate_point import MiningAccountHashratePoint  # noqa: E402

_WIRE_NAMES = frozenset({"type", "userName", "list"})
