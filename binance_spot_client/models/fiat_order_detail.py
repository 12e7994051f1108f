"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="FiatOrderDetail")


@_attrs_define
class FiatOrderDetail(AdditionalProperties[Any]):
    """Answer carrying one fiat order.

    Attributes:
        code (str): `000000` on success.
        message (str): `success` on success.
        data (FiatOrderDetailData): State of one fiat order.
    """

    code: str
    message: str
    data: FiatOrderDetailData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        data = FiatOrderDetailData.from_dict(d["data"])

        _instance = cls(
            d["code"],
            d["message"],
            data,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.fiat_order_detail_data import FiatOrderDetailData  # noqa: E402

_WIRE_NAMES = frozenset({"code", "message", "data"})
