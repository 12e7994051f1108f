"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PredictionQuota")


@_attrs_define
class PredictionQuota(AdditionalProperties[Any]):
    """The caller's daily prediction trading quota.

    Attributes:
        daily_limit (str): Daily limit.
        remaining_daily_limit (str): What is left of it today.
    """

    daily_limit: str
    remaining_daily_limit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def daily_limit_decimal(self) -> Decimal:
        """`daily_limit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.daily_limit)

    @property
    def remaining_daily_limit_decimal(self) -> Decimal:
        """`remaining_daily_limit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.remaining_daily_limit)

    def to_dict(self) -> dict[str, Any]:
        daily_limit = self.daily_limit

        remaining_daily_limit = self.remaining_daily_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dailyLimit": daily_limit,
                "remainingDailyLimit": remaining_daily_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["dailyLimit"],
            d["remainingDailyLimit"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"dailyLimit", "remainingDailyLimit"})
