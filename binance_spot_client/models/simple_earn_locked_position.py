"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset, former_attribute

T = TypeVar("T", bound="SimpleEarnLockedPosition")


@_attrs_define
class SimpleEarnLockedPosition(AdditionalProperties[Any]):
    """The account's position in one locked product.

    Attributes:
        position_id (int): Identifier of the locked position.
        project_id (str): Locked product of the position.
        asset (str): Locked asset.
        amount (str): Locked amount.
        purchase_time (int): Subscription time, UTC milliseconds.
        duration (str): Lock period in days (sent as text).
        accrual_days (str): Days of rewards accrued so far (sent as text).
        reward_asset (str): Asset the rewards are paid in.
        apy (str): Annual percentage yield, as a fraction.
        reward_amt (str): Rewards earned so far.
        next_pay (str): Estimated amount of the next reward payment.
        next_pay_date (int): Date of the next reward payment, UTC milliseconds.
        pay_period (str): Days between reward payments (sent as text).
        redeem_amount_early (str): Amount an early redemption would return now.
        rewards_end_date (int): When rewards stop accruing, UTC milliseconds.
        deliver_date (int): When the redeemed principal arrives, UTC milliseconds.
        redeem_period (str): Days a redemption takes to arrive (sent as text).
        redeeming_amt (str): Amount currently being redeemed.
        redeem_to (str): Where the principal goes at maturity: `SPOT` or `FLEXIBLE`.
        partial_amt_deliver_date (int): When a partially redeemed amount arrives, UTC milliseconds.
        can_redeem_early (bool): Whether early redemption is possible.
        can_fast_redemption (bool): Whether fast redemption is possible.
        auto_subscribe (bool): Whether the position is renewed automatically.
        type (str): How the position was opened: `AUTO` (renewal) or `NORMAL`.
        status (str): Position state, such as `HOLDING` or `REDEEMING`.
        can_re_stake (bool): Whether the position can be staked again.
        parent_position_id (int | Unset): Position this one was renewed from, when it is a renewal.
        extra_reward_asset (str | Unset): Asset of the extra reward, when the product pays one.
        extra_reward_apr (str | Unset): APR of the extra reward, as a fraction.
        est_extra_reward_amt (str | Unset): Estimated extra reward, paid when the position matures.
        boost_reward_asset (str | Unset): Asset of the boost reward, when the product has one.
        boost_apr (str | Unset): APR of the boost reward, as a fraction.
        total_boost_reward_amt (str | Unset): Boost rewards earned so far.
    """

    position_id: int
    project_id: str
    asset: str
    amount: str
    purchase_time: int
    duration: str
    accrual_days: str
    reward_asset: str
    apy: str
    reward_amt: str
    next_pay: str
    next_pay_date: int
    pay_period: str
    redeem_amount_early: str
    rewards_end_date: int
    deliver_date: int
    redeem_period: str
    redeeming_amt: str
    redeem_to: str
    partial_amt_deliver_date: int
    can_redeem_early: bool
    can_fast_redemption: bool
    auto_subscribe: bool
    type: str
    status: str
    can_re_stake: bool
    parent_position_id: int | Unset = UNSET
    extra_reward_asset: str | Unset = UNSET
    extra_reward_apr: str | Unset = UNSET
    est_extra_reward_amt: str | Unset = UNSET
    boost_reward_asset: str | Unset = UNSET
    boost_apr: str | Unset = UNSET
    total_boost_reward_amt: str | Unset = UNSET
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
    def redeem_amount_early_decimal(self) -> Decimal:
        """`redeem_amount_early` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.redeem_amount_early)

    @property
    def redeeming_amt_decimal(self) -> Decimal:
        """`redeeming_amt` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.redeeming_amt)

    @property
    def extra_reward_apr_decimal(self) -> Decimal | Unset:
        """`extra_reward_apr` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.extra_reward_apr, Unset) else Decimal(self.extra_reward_apr)

    @property
    def est_extra_reward_amt_decimal(self) -> Decimal | Unset:
        """`est_extra_reward_amt` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.est_extra_reward_amt, Unset) else Decimal(self.est_extra_reward_amt)

    @property
    def boost_apr_decimal(self) -> Decimal | Unset:
        """`boost_apr` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.boost_apr, Unset) else Decimal(self.boost_apr)

    @property
    def total_boost_reward_amt_decimal(self) -> Decimal | Unset:
        """`total_boost_reward_amt` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.total_boost_reward_amt, Unset) else Decimal(self.total_boost_reward_amt)

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

        redeem_amount_early = self.redeem_amount_early

        rewards_end_date = self.rewards_end_date

        deliver_date = self.deliver_date

        redeem_period = self.redeem_period

        redeeming_amt = self.redeeming_amt

        redeem_to = self.redeem_to

        partial_amt_deliver_date = self.partial_amt_deliver_date

        can_redeem_early = self.can_redeem_early

        can_fast_redemption = self.can_fast_redemption

        auto_subscribe = self.auto_subscribe

        type = self.type

        status = self.status

        can_re_stake = self.can_re_stake

        parent_position_id = self.parent_position_id

        extra_reward_asset = self.extra_reward_asset

        extra_reward_apr = self.extra_reward_apr

        est_extra_reward_amt = self.est_extra_reward_amt

        boost_reward_asset = self.boost_reward_asset

        boost_apr = self.boost_apr

        total_boost_reward_amt = self.total_boost_reward_amt

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
                "redeemAmountEarly": redeem_amount_early,
                "rewardsEndDate": rewards_end_date,
                "deliverDate": deliver_date,
                "redeemPeriod": redeem_period,
                "redeemingAmt": redeeming_amt,
                "redeemTo": redeem_to,
                "partialAmtDeliverDate": partial_amt_deliver_date,
                "canRedeemEarly": can_redeem_early,
                "canFastRedemption": can_fast_redemption,
                "autoSubscribe": auto_subscribe,
                "type": type,
                "status": status,
                "canReStake": can_re_stake,
            }
        )
        if parent_position_id is not UNSET:
            field_dict["parentPositionId"] = parent_position_id
        if extra_reward_asset is not UNSET:
            field_dict["extraRewardAsset"] = extra_reward_asset
        if extra_reward_apr is not UNSET:
            field_dict["extraRewardAPR"] = extra_reward_apr
        if est_extra_reward_amt is not UNSET:
            field_dict["estExtraRewardAmt"] = est_extra_reward_amt
        if boost_reward_asset is not UNSET:
            field_dict["boostRewardAsset"] = boost_reward_asset
        if boost_apr is not UNSET:
            field_dict["boostApr"] = boost_apr
        if total_boost_reward_amt is not UNSET:
            field_dict["totalBoostRewardAmt"] = total_boost_reward_amt

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
            d["redeemAmountEarly"],
            d["rewardsEndDate"],
            d["deliverDate"],
            d["redeemPeriod"],
            d["redeemingAmt"],
            d["redeemTo"],
            d["partialAmtDeliverDate"],
            d["canRedeemEarly"],
            d["canFastRedemption"],
            d["autoSubscribe"],
            d["type"],
            d["status"],
            d["canReStake"],
            d.get("parentPositionId", UNSET),
            d.get("extraRewardAsset", UNSET),
            d.get("extraRewardAPR", UNSET),
            d.get("estExtraRewardAmt", UNSET),
            d.get("boostRewardAsset", UNSET),
            d.get("boostApr", UNSET),
            d.get("totalBoostRewardAmt", UNSET),
        )
        if len(d) > 26 and not _WIRE_NAMES.issuperset(d):
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
        "redeemAmountEarly",
        "rewardsEndDate",
        "deliverDate",
        "redeemPeriod",
        "redeemingAmt",
        "redeemTo",
        "partialAmtDeliverDate",
        "canRedeemEarly",
        "canFastRedemption",
        "autoSubscribe",
        "type",
        "status",
        "canReStake",
        "parentPositionId",
        "extraRewardAsset",
        "extraRewardAPR",
        "estExtraRewardAmt",
        "boostRewardAsset",
        "boostApr",
        "totalBoostRewardAmt",
    }
)
