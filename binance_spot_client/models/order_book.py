"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties, rows_of

T = TypeVar("T", bound="OrderBook")


@_attrs_define
class OrderBook(AdditionalProperties[Any]):
    """A snapshot of a symbol's order book.

    Attributes:
        last_update_id (int): Id of the last book update included in the snapshot.
        bids (list[PriceLevel]): Buy levels, best (highest) price first.
        asks (list[PriceLevel]): Sell levels, best (lowest) price first.
    """

    last_update_id: int
    bids: list[PriceLevel]
    asks: list[PriceLevel]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_update_id = self.last_update_id

        bids = []
        for bids_item_data in self.bids:
            bids_item = bids_item_data.to_dict()
            bids.append(bids_item)

        asks = []
        for asks_item_data in self.asks:
            asks_item = asks_item_data.to_dict()
            asks.append(asks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lastUpdateId": last_update_id,
                "bids": bids,
                "asks": asks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        bids = rows_of(PriceLevel, d["bids"], 2)
        asks = rows_of(PriceLevel, d["asks"], 2)

        _instance = cls(
            d["lastUpdateId"],
            bids,
            asks,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.price_level import PriceLevel  # noqa: E402

_WIRE_NAMES = frozenset({"lastUpdateId", "bids", "asks"})
