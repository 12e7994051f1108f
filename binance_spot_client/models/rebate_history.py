"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties, former_attribute

T = TypeVar("T", bound="RebateHistory")


@_attrs_define
class RebateHistory(AdditionalProperties[Any]):
    """Spot rebate history.

    Attributes:
        status (str): `OK` on success.
        type (str): Binance's answer category, `GENERAL`.
        code (str): `000000000` on success.
        data (RebatePage): A page of rebates.
    """

    status: str
    type: str
    code: str
    data: RebatePage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        type = self.type

        code = self.code

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "type": type,
                "code": code,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        data = RebatePage.from_dict(d["data"])

        _instance = cls(
            d["status"],
            d["type"],
            d["code"],
            data,
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.rebate_page import RebatePage  # noqa: E402

_WIRE_NAMES = frozenset({"status", "type", "code", "data"})
