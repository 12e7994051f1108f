"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SimpleEarnStableFastRedemptionQuota")


@_attrs_define
class SimpleEarnStableFastRedemptionQuota(AdditionalProperties[Any]):
    """Limits of the fast redemption route.

    Attributes:
        left_quota (str): Amount that may still be redeemed through this route.
        minimum (str): Smallest amount per redemption.
        fee (str): Fee rate charged on the redeemed amount.
        free_quota (str): Amount that may still be redeemed without a fee.
    """

    left_quota: str
    minimum: str
    fee: str
    free_quota: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def left_quota_decimal(self) -> Decimal:
        """`left_quota` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.left_quota)

    @property
    def minimum_decimal(self) -> Decimal:
        """`minimum` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.minimum)

    @property
    def fee_decimal(self) -> Decimal:
        """`fee` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.fee)

    @property
    def free_quota_decimal(self) -> Decimal:
        """`free_quota` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.free_quota)

    def to_dict(self) -> dict[str, Any]:
        left_quota = self.left_quota

        minimum = self.minimum

        fee = self.fee

        free_quota = self.free_quota

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "leftQuota": left_quota,
                "minimum": minimum,
                "fee": fee,
                "freeQuota": free_quota,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["leftQuota"],
            d["minimum"],
            d["fee"],
            d["freeQuota"],
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"leftQuota", "minimum", "fee", "freeQuota"})
