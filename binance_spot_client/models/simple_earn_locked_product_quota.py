"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SimpleEarnLockedProductQuota")


@_attrs_define
class SimpleEarnLockedProductQuota(AdditionalProperties[Any]):
    """Subscription limits of a locked product.

    Attributes:
        total_personal_quota (str): Most one account may hold in the product.
        minimum (str): Smallest amount one subscription may be.
    """

    total_personal_quota: str
    minimum: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_personal_quota_decimal(self) -> Decimal:
        """`total_personal_quota` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_personal_quota)

    @property
    def minimum_decimal(self) -> Decimal:
        """`minimum` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.minimum)

    def to_dict(self) -> dict[str, Any]:
        total_personal_quota = self.total_personal_quota

        minimum = self.minimum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalPersonalQuota": total_personal_quota,
                "minimum": minimum,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["totalPersonalQuota"],
            d["minimum"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"totalPersonalQuota", "minimum"})
