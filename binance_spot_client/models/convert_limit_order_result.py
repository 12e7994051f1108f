"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ConvertLimitOrderResult")


@_attrs_define
class ConvertLimitOrderResult(AdditionalProperties[Any]):
    """State of a convert limit order after placing or cancelling it.

    Attributes:
        order_id (int): Id of the order.
        status (str): `PROCESS` after placing, `CANCELED` after cancelling.
        quote_id (str | Unset): Quote id of the order, when Binance returns it.
    """

    order_id: int
    status: str
    quote_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        status = self.status

        quote_id = self.quote_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "status": status,
            }
        )
        if quote_id is not UNSET:
            field_dict["quoteId"] = quote_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["orderId"],
            d["status"],
            d.get("quoteId", UNSET),
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"orderId", "status", "quoteId"})
