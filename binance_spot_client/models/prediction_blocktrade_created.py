"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionBlocktradeCreated")


@_attrs_define
class PredictionBlocktradeCreated(AdditionalProperties[Any]):
    """A blocktrade created by the maker.

    Attributes:
        order_id (str): Identifier of the maker order.
        secret_token (str): One-time token to hand to the taker, outside Binance.
    """

    order_id: str
    secret_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        secret_token = self.secret_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "secretToken": secret_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["orderId"],
            d["secretToken"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"orderId", "secretToken"})
