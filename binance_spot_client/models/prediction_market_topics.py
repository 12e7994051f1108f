"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionMarketTopics")


@_attrs_define
class PredictionMarketTopics(AdditionalProperties[Any]):
    """A page of prediction market topics.

    Attributes:
        market_topics (list[PredictionMarketTopic]):
        total (int): Number of topics matching.
        offset (int): Records skipped.
        limit (int): Page size.
        has_more (bool): Whether more pages follow.
    """

    market_topics: list[PredictionMarketTopic]
    total: int
    offset: int
    limit: int
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_topics = []
        for market_topics_item_data in self.market_topics:
            market_topics_item = market_topics_item_data.to_dict()
            market_topics.append(market_topics_item)

        total = self.total

        offset = self.offset

        limit = self.limit

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketTopics": market_topics,
                "total": total,
                "offset": offset,
                "limit": limit,
                "hasMore": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        market_topics = [PredictionMarketTopic.from_dict(item) for item in d["marketTopics"]]

        _instance = cls(
            market_topics,
            d["total"],
            d["offset"],
            d["limit"],
            d["hasMore"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.prediction_market_topic import PredictionMarketTopic  # noqa: E402

_WIRE_NAMES = frozenset({"marketTopics", "total", "offset", "limit", "hasMore"})
