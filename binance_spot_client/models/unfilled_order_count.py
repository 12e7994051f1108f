"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rate_limit_interval import RateLimitInterval
from ..models.rate_limit_type import RateLimitType
from ..signing import AdditionalProperties

T = TypeVar("T", bound="UnfilledOrderCount")


@_attrs_define
class UnfilledOrderCount(AdditionalProperties[Any]):
    """The account's unfilled order count for one rate limit interval.

    Attributes:
        rate_limit_type (RateLimitType): What a rate limiter counts.
        interval (RateLimitInterval): Unit of the window a rate limiter counts over.
        interval_num (int): Number of `interval` units the window lasts.
        limit (int): Maximum number of unfilled orders allowed in the window.
        count (int): Unfilled orders placed in the current window.
    """

    rate_limit_type: RateLimitType
    interval: RateLimitInterval
    interval_num: int
    limit: int
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate_limit_type = self.rate_limit_type.value

        interval = self.interval.value

        interval_num = self.interval_num

        limit = self.limit

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rateLimitType": rate_limit_type,
                "interval": interval,
                "intervalNum": interval_num,
                "limit": limit,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        rate_limit_type = _RATE_LIMIT_TYPE.get(d["rateLimitType"]) or RateLimitType(d["rateLimitType"])
        interval = _RATE_LIMIT_INTERVAL.get(d["interval"]) or RateLimitInterval(d["interval"])

        _instance = cls(
            rate_limit_type,
            interval,
            d["intervalNum"],
            d["limit"],
            d["count"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_RATE_LIMIT_TYPE: dict[object, RateLimitType] = {member.value: member for member in RateLimitType}
_RATE_LIMIT_INTERVAL: dict[object, RateLimitInterval] = {member.value: member for member in RateLimitInterval}

_WIRE_NAMES = frozenset({"rateLimitType", "interval", "intervalNum", "limit", "count"})
