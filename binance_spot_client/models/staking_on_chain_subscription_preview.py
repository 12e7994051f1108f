"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingOnChainSubscriptionPreview")


@_attrs_define
class StakingOnChainSubscriptionPreview(AdditionalProperties[Any]):
    """Estimated outcome of an on-chain yields subscription.

    Attributes:
        reward_asset (str): Asset the rewards would be paid in.
        total_reward_amt (str): Estimated rewards over the whole term.
        next_pay (str): Estimated first reward payment.
        next_pay_date (str): Date of the first reward payment, UTC milliseconds (sent as text).
        rewards_pay_date (str): When rewards are paid, UTC milliseconds (sent as text).
        value_date (str): When rewards start accruing, UTC milliseconds (sent as text).
        rewards_end_date (str): When rewards stop accruing, UTC milliseconds (sent as text).
        deliver_date (str): When the principal comes back, UTC milliseconds (sent as text).
        next_subscription_date (str): When an automatic renewal would happen, UTC milliseconds (sent as text).
    """

    reward_asset: str
    total_reward_amt: str
    next_pay: str
    next_pay_date: str
    rewards_pay_date: str
    value_date: str
    rewards_end_date: str
    deliver_date: str
    next_subscription_date: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_reward_amt_decimal(self) -> Decimal:
        """`total_reward_amt` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_reward_amt)

    @property
    def next_pay_decimal(self) -> Decimal:
        """`next_pay` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.next_pay)

    def to_dict(self) -> dict[str, Any]:
        reward_asset = self.reward_asset

        total_reward_amt = self.total_reward_amt

        next_pay = self.next_pay

        next_pay_date = self.next_pay_date

        rewards_pay_date = self.rewards_pay_date

        value_date = self.value_date

        rewards_end_date = self.rewards_end_date

        deliver_date = self.deliver_date

        next_subscription_date = self.next_subscription_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rewardAsset": reward_asset,
                "totalRewardAmt": total_reward_amt,
                "nextPay": next_pay,
                "nextPayDate": next_pay_date,
                "rewardsPayDate": rewards_pay_date,
                "valueDate": value_date,
                "rewardsEndDate": rewards_end_date,
                "deliverDate": deliver_date,
                "nextSubscriptionDate": next_subscription_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["rewardAsset"],
            d["totalRewardAmt"],
            d["nextPay"],
            d["nextPayDate"],
            d["rewardsPayDate"],
            d["valueDate"],
            d["rewardsEndDate"],
            d["deliverDate"],
            d["nextSubscriptionDate"],
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "rewardAsset",
        "totalRewardAmt",
        "nextPay",
        "nextPayDate",
        "rewardsPayDate",
        "valueDate",
        "rewardsEndDate",
        "deliverDate",
        "nextSubscriptionDate",
    }
)
