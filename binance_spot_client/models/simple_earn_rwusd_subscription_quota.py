"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SimpleEarnRwusdSubscriptionQuota")


@_attrs_define
class SimpleEarnRwusdSubscriptionQuota(AdditionalProperties[Any]):
    """What may still be converted into RWUSD.

    Attributes:
        assets (list[str]): Stablecoins accepted for a subscription.
        left_quota (str): Amount the account may still subscribe.
        minimum (str): Smallest amount per subscription.
    """

    assets: list[str]
    left_quota: str
    minimum: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def left_quota_decimal(self) -> Decimal:
        """`left_quota` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.left_quota)

    @property
    def minimum_decimal(self) -> Decimal:
        """`minimum` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.minimum)

    def to_dict(self) -> dict[str, Any]:
        assets = self.assets

        left_quota = self.left_quota

        minimum = self.minimum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assets": assets,
                "leftQuota": left_quota,
                "minimum": minimum,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        assets = d["assets"]

        _instance = cls(
            assets,
            d["leftQuota"],
            d["minimum"],
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"assets", "leftQuota", "minimum"})
