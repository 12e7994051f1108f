"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionOrderBook")


@_attrs_define
class PredictionOrderBook(AdditionalProperties[Any]):
    """Bids and asks of one outcome token.

    Attributes:
        outcome (str): Outcome the token stands for.
        token_id (str): The outcome token.
        timestamp (int): When the book was read, UTC milliseconds.
        bids (list[PredictionBookLevel]): Buy levels, best first.
        asks (list[PredictionBookLevel]): Sell levels, best first.
    """

    outcome: str
    token_id: str
    timestamp: int
    bids: list[PredictionBookLevel]
    asks: list[PredictionBookLevel]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome

        token_id = self.token_id

        timestamp = self.timestamp

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
                "outcome": outcome,
                "tokenId": token_id,
                "timestamp": timestamp,
                "bids": bids,
                "asks": asks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        bids = [PredictionBookLevel.from_dict(item) for item in d["bids"]]
        asks = [PredictionBookLevel.from_dict(item) for item in d["asks"]]

        _instance = cls(
            d["outcome"],
            d["tokenId"],
            d["timestamp"],
            bids,
            asks,
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.prediction_book_level import PredictionBookLevel  # noqa: E402

_WIRE_NAMES = frozenset({"outcome", "tokenId", "timestamp", "bids", "asks"})
