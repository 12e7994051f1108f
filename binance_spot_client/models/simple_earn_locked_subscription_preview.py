"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimpleEarnLockedSubscriptionPreview")


@_attrs_define
class SimpleEarnLockedSubscriptionPreview(AdditionalProperties[Any]):
    """Estimated outcome of a locked subscription.

    Attributes:
        reward_asset (str): Asset the rewards would be paid in.
        total_reward_amt (str): Estimated rewards over the whole lock period.
        next_pay (str): Estimated amount of the first reward payment.
        next_pay_date (int): Date of the first reward payment, UTC milliseconds.
        value_date (int): When rewards start accruing, UTC milliseconds.
        rewards_end_date (int): When rewards stop accruing, UTC milliseconds.
        deliver_date (int): When the principal comes back, UTC milliseconds.
        next_subscription_date (int): When an automatic renewal would happen, UTC milliseconds.
        extra_reward_asset (str | Unset): Asset of the extra reward, when the product pays one.
        est_total_extra_reward_amt (str | Unset): Estimated extra reward over the lock period.
        boost_reward_asset (str | Unset): Asset of the boost reward, when the product has one (added by Binance in
            2025).
        est_daily_reward_amt (str | Unset): Estimated daily reward (added by Binance in 2025).
    """

    reward_asset: str
    total_reward_amt: str
    next_pay: str
    next_pay_date: int
    value_date: int
    rewards_end_date: int
    deliver_date: int
    next_subscription_date: int
    extra_reward_asset: str | Unset = UNSET
    est_total_extra_reward_amt: str | Unset = UNSET
    boost_reward_asset: str | Unset = UNSET
    est_daily_reward_amt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_reward_amt_decimal(self) -> Decimal:
        """`total_reward_amt` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_reward_amt)

    @property
    def next_pay_decimal(self) -> Decimal:
        """`next_pay` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.next_pay)

    @property
    def est_total_extra_reward_amt_decimal(self) -> Decimal | Unset:
        """`est_total_extra_reward_amt` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.est_total_extra_reward_amt, Unset) else Decimal(self.est_total_extra_reward_amt)

    @property
    def est_daily_reward_amt_decimal(self) -> Decimal | Unset:
        """`est_daily_reward_amt` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.est_daily_reward_amt, Unset) else Decimal(self.est_daily_reward_amt)

    def to_dict(self) -> dict[str, Any]:
        reward_asset = self.reward_asset

        total_reward_amt = self.total_reward_amt

        next_pay = self.next_pay

        next_pay_date = self.next_pay_date

        value_date = self.value_date

        rewards_end_date = self.rewards_end_date

        deliver_date = self.deliver_date

        next_subscription_date = self.next_subscription_date

        extra_reward_asset = self.extra_reward_asset

        est_total_extra_reward_amt = self.est_total_extra_reward_amt

        boost_reward_asset = self.boost_reward_asset

        est_daily_reward_amt = self.est_daily_reward_amt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rewardAsset": reward_asset,
                "totalRewardAmt": total_reward_amt,
                "nextPay": next_pay,
                "nextPayDate": next_pay_date,
                "valueDate": value_date,
                "rewardsEndDate": rewards_end_date,
                "deliverDate": deliver_date,
                "nextSubscriptionDate": next_subscription_date,
            }
        )
        if extra_reward_asset is not UNSET:
            field_dict["extraRewardAsset"] = extra_reward_asset
        if est_total_extra_reward_amt is not UNSET:
            field_dict["estTotalExtraRewardAmt"] = est_total_extra_reward_amt
        if boost_reward_asset is not UNSET:
            field_dict["boostRewardAsset"] = boost_reward_asset
        if est_daily_reward_amt is not UNSET:
            field_dict["estDailyRewardAmt"] = est_daily_reward_amt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["rewardAsset"],
            d["totalRewardAmt"],
            d["nextPay"],
            d["nextPayDate"],
            d["valueDate"],
            d["rewardsEndDate"],
            d["deliverDate"],
            d["nextSubscriptionDate"],
            d.get("extraRewardAsset", UNSET),
            d.get("estTotalExtraRewardAmt", UNSET),
            d.get("boostRewardAsset", UNSET),
            d.get("estDailyRewardAmt", UNSET),
        )
        if len(d) > 8 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "rewardAsset",
        "totalRewardAmt",
        "nextPay",
        "nextPayDate",
        "valueDate",
        "rewardsEndDate",
        "deliverDate",
        "nextSubscriptionDate",
        "extraRewardAsset",
        "estTotalExtraRewardAmt",
        "boostRewardAsset",
        "estDailyRewardAmt",
    }
)
