"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionBlocktradeDetail")


@_attrs_define
class PredictionBlocktradeDetail(AdditionalProperties[Any]):
    """A blocktrade with its order data.

    Attributes:
        order_id (None | str): Identifier of the maker order; null in a preview.
        status (str): State of the blocktrade.
        order_data (PredictionBlocktrade): The order data of an OTC blocktrade.
    """

    order_id: str | None
    status: str
    order_data: PredictionBlocktrade
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id: str | None
        order_id = self.order_id

        status = self.status

        order_data = self.order_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "status": status,
                "orderData": order_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        order_id = _parse_order_id(d["orderId"])
        order_data = PredictionBlocktrade.from_dict(d["orderData"])

        _instance = cls(
            order_id,
            d["status"],
            order_data,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.prediction_blocktrade import PredictionBlocktrade  # noqa: E402


def _parse_order_id(data: object) -> str | None:
    if data is None:
        return data
    return cast(None | str, data)


_WIRE_NAMES = frozenset({"orderId", "status", "orderData"})
