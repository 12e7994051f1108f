"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimpleEarnBfusdQuota")


@_attrs_define
class SimpleEarnBfusdQuota(AdditionalProperties[Any]):
    """BFUSD subscription and redemption quotas.

    Attributes:
        fast_redemption_quota (SimpleEarnStableFastRedemptionQuota): Limits of the fast redemption route.
        standard_redemption_quota (SimpleEarnStableStandardRedemptionQuota): Limits of the standard redemption route.
        subscription_quota (SimpleEarnBfusdSubscriptionQuota | Unset): What may still be converted into BFUSD.
    """

    fast_redemption_quota: SimpleEarnStableFastRedemptionQuota
    standard_redemption_quota: SimpleEarnStableStandardRedemptionQuota
    subscription_quota: SimpleEarnBfusdSubscriptionQuota | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fast_redemption_quota = self.fast_redemption_quota.to_dict()

        standard_redemption_quota = self.standard_redemption_quota.to_dict()

        subscription_quota: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_quota, Unset):
            subscription_quota = self.subscription_quota.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fastRedemptionQuota": fast_redemption_quota,
                "standardRedemptionQuota": standard_redemption_quota,
            }
        )
        if subscription_quota is not UNSET:
            field_dict["subscriptionQuota"] = subscription_quota

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        fast_redemption_quota = SimpleEarnStableFastRedemptionQuota.from_dict(d["fastRedemptionQuota"])
        standard_redemption_quota = SimpleEarnStableStandardRedemptionQuota.from_dict(d["standardRedemptionQuota"])
        _subscription_quota = d.get("subscriptionQuota", UNSET)
        subscription_quota: SimpleEarnBfusdSubscriptionQuota | Unset = (
            UNSET if _subscription_quota is UNSET else SimpleEarnBfusdSubscriptionQuota.from_dict(_subscription_quota)
        )

        _instance = cls(
            fast_redemption_quota,
            standard_redemption_quota,
            subscription_quota,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.simple_earn_bfusd_subscription_quota import SimpleEarnBfusdSubscriptionQuota  # noqa: E402
from ..models.simple_earn_stable_fast_redemption_quota import SimpleEarnStableFastRedemptionQuota  # noqa: E402
from ..models.simple_earn_stable_standard_redemption_quota import SimpleEarnStableStandardRedemptionQuota  # noqa: E402

_WIRE_NAMES = frozenset({"fastRedemptionQuota", "standardRedemptionQuota", "subscriptionQuota"})
