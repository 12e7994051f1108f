"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="ConvertAcceptedQuote")


@_attrs_define
class ConvertAcceptedQuote(AdditionalProperties[Any]):
    """The conversion order created by accepting a quote.

    Attributes:
        order_id (str): Id of the conversion order (a string here, a number in order status).
        create_time (int): Time the order was created, UTC milliseconds.
        order_status (str): `PROCESS`, `ACCEPT_SUCCESS`, `SUCCESS` or `FAIL`.
    """

    order_id: str
    create_time: int
    order_status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        create_time = self.create_time

        order_status = self.order_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "createTime": create_time,
                "orderStatus": order_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["orderId"],
            d["createTime"],
            d["orderStatus"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"orderId", "createTime", "orderStatus"})
