"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties, former_attribute

T = TypeVar("T", bound="StakingOnChainPosition")


@_attrs_define
class StakingOnChainPosition(AdditionalProperties[Any]):
    """The account's position in one on-chain yields locked product.

    Attributes:
        position_id (str): Identifier of the position (sent as text).
        project_id (str): Product of the position.
        asset (str): Locked asset.
        amount (str): Locked amount.
        purchase_time (str): Subscription time, UTC milliseconds (sent as text).
        duration (str): Lock period in days (sent as text).
        accrual_days (str): Days of rewards accrued so far (sent as text).
        reward_asset (str): Asset the rewards are paid in.
        apy (str): Annual percentage yield, as a fraction.
        reward_amt (str): Rewards earned so far.
        next_pay (str): Estimated amount of the next reward payment.
        next_pay_date (str): Date of the next reward payment, UTC milliseconds (sent as text).
        pay_period (str): Days between reward payments (sent as text).
        rewards_pay_date (str): When rewards are paid, UTC milliseconds (sent as text).
        rewards_end_date (str): When rewards stop accruing, UTC milliseconds (sent as text).
        deliver_date (str): When the principal comes back, UTC milliseconds (sent as text).
        next_subscription_date (str): When an automatic renewal would happen, UTC milliseconds (sent as text).
        redeeming_amt (str): Amount being redeemed.
        redeem_to (str): Where the principal goes at maturity: `SPOT` or `FLEXIBLE`.
        can_redeem_early (bool): Whether early redemption is possible.
        auto_subscribe (bool): Whether the position renews automatically.
        type (str): `AUTO` (renewal) or `NORMAL`.
        status (str): Position state, such as `HOLDING`.
    """

    position_id: str
    project_id: str
    asset: str
    amount: str
    purchase_time: str
    duration: str
    accrual_days: str
    reward_asset: str
    apy: str
    reward_amt: str
    next_pay: str
    next_pay_date: str
    pay_period: str
    rewards_pay_date: str
    rewards_end_date: str
    deliver_date: str
    next_subscription_date: str
    redeeming_amt: str
    redeem_to: str
    can_redeem_early: bool
    auto_subscribe: bool
    type: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def apy_decimal(self) -> Decimal:
        """`apy` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.apy)

    @property
    def reward_amt_decimal(self) -> Decimal:
        """`reward_amt` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.reward_amt)

    @property
    def next_pay_decimal(self) -> Decimal:
        """`next_pay` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.next_pay)

    @property
    def redeeming_amt_decimal(self) -> Decimal:
        """`redeeming_amt` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.redeeming_amt)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        position_id = self.position_id

        project_id = self.project_id

        asset = self.asset

        amount = self.amount

        purchase_time = self.purchase_time

        duration = self.duration

        accrual_days = self.accrual_days

        reward_asset = self.reward_asset

        apy = self.apy

        reward_amt = self.reward_amt

        next_pay = self.next_pay

        next_pay_date = self.next_pay_date

        pay_period = self.pay_period

        rewards_pay_date = self.rewards_pay_date

        rewards_end_date = self.rewards_end_date

        deliver_date = self.deliver_date

        next_subscription_date = self.next_subscription_date

        redeeming_amt = self.redeeming_amt

        redeem_to = self.redeem_to

        can_redeem_early = self.can_redeem_early

        auto_subscribe = self.auto_subscribe

        type = self.type

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "positionId": position_id,
                "projectId": project_id,
                "asset": asset,
                "amount": amount,
                "purchaseTime": purchase_time,
                "duration": duration,
                "accrualDays": accrual_days,
                "rewardAsset": reward_asset,
                "APY": apy,
                "rewardAmt": reward_amt,
                "nextPay": next_pay,
                "nextPayDate": next_pay_date,
                "payPeriod": pay_period,
                "rewardsPayDate": rewards_pay_date,
                "rewardsEndDate": rewards_end_date,
                "deliverDate": deliver_date,
                "nextSubscriptionDate": next_subscription_date,
                "redeemingAmt": redeeming_amt,
                "redeemTo": redeem_to,
                "canRedeemEarly": can_redeem_early,
                "autoSubscribe": auto_subscribe,
                "type": type,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["positionId"],
            d["projectId"],
            d["asset"],
            d["amount"],
            d["purchaseTime"],
            d["duration"],
            d["accrualDays"],
            d["rewardAsset"],
            d["APY"],
            d["rewardAmt"],
            d["nextPay"],
            d["nextPayDate"],
            d["payPeriod"],
            d["rewardsPayDate"],
            d["rewardsEndDate"],
            d["deliverDate"],
            d["nextSubscriptionDate"],
            d["redeemingAmt"],
            d["redeemTo"],
            d["canRedeemEarly"],
            d["autoSubscribe"],
            d["type"],
            d["status"],
        )
        if len(d) > 23 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "positionId",
        "projectId",
        "asset",
        "amount",
        "purchaseTime",
        "duration",
        "accrualDays",
        "rewardAsset",
        "APY",
        "rewardAmt",
        "nextPay",
        "nextPayDate",
        "payPeriod",
        "rewardsPayDate",
        "rewardsEndDate",
        "deliverDate",
        "nextSubscriptionDate",
        "redeemingAmt",
        "redeemTo",
        "canRedeemEarly",
        "autoSubscribe",
        "type",
        "status",
    }
)
