"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SimpleEarnRwusdQuota")


@_attrs_define
class SimpleEarnRwusdQuota(AdditionalProperties[Any]):
    """RWUSD subscription and redemption quotas.

    Attributes:
        subscription_quota (SimpleEarnRwusdSubscriptionQuota): What may still be converted into RWUSD.
        fast_redemption_quota (SimpleEarnStableFastRedemptionQuota): Limits of the fast redemption route.
        standard_redemption_quota (SimpleEarnStableStandardRedemptionQuota): Limits of the standard redemption route.
        subscribe_enable (bool): Whether subscribing is open.
        redeem_enable (bool): Whether redeeming is open.
    """

    subscription_quota: SimpleEarnRwusdSubscriptionQuota
    fast_redemption_quota: SimpleEarnStableFastRedemptionQuota
    standard_redemption_quota: SimpleEarnStableStandardRedemptionQuota
    subscribe_enable: bool
    redeem_enable: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_quota = self.subscription_quota.to_dict()

        fast_redemption_quota = self.fast_redemption_quota.to_dict()

        standard_redemption_quota = self.standard_redemption_quota.to_dict()

        subscribe_enable = self.subscribe_enable

        redeem_enable = self.redeem_enable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriptionQuota": subscription_quota,
                "fastRedemptionQuota": fast_redemption_quota,
                "standardRedemptionQuota": standard_redemption_quota,
                "subscribeEnable": subscribe_enable,
                "redeemEnable": redeem_enable,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        subscription_quota = SimpleEarnRwusdSubscriptionQuota.from_dict(d["subscriptionQuota"])
        fast_redemption_quota = SimpleEarnStableFastRedemptionQuota.from_dict(d["fastRedemptionQuota"])
        standard_redemption_quota = SimpleEarnStableStandardRedemptionQuota.from_dict(d["standardRedemptionQuota"])

        _instance = cls(
            subscription_quota,
            fast_redemption_quota,
            standard_redemption_quota,
            d["subscribeEnable"],
            d["redeemEnable"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.simple_earn_rwusd_subscription_quota import SimpleEarnRwusdSubscriptionQuota  # noqa: E402
from ..models.simple_earn_stable_fast_redemption_quota import SimpleEarnStableFastRedemptionQuota  # noqa: E402
from ..models.simple_earn_stable_standard_redemption_quota import SimpleEarnStableStandardRedemptionQuota  # noqa: E402

_WIRE_NAMES = frozenset(
    {"subscriptionQuota", "fastRedemptionQuota", "standardRedemptionQuota", "subscribeEnable", "redeemEnable"}
)
