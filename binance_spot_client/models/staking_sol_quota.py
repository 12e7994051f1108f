"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingSolQuota")


@_attrs_define
class StakingSolQuota(AdditionalProperties[Any]):
    """The account's SOL staking and redemption allowances.

    Attributes:
        left_staking_personal_quota (str): SOL the account may still stake.
        left_redemption_personal_quota (str): BNSOL the account may still redeem.
        min_stake_amount (str): Smallest amount one stake may be.
        min_redeem_amount (str): Smallest amount one redemption may be.
        redeem_period (int): Days a redemption takes to arrive.
        stakeable (bool): Whether staking is open.
        redeemable (bool): Whether redemption is open.
        sold_out (bool): Whether the staking quota is used up.
        commission_fee (str): Share of rewards Binance keeps, as a fraction.
        next_epoch_time (int): Start of the next Solana epoch, UTC milliseconds.
        calculating (bool): Whether Binance is computing rewards at the moment.
    """

    left_staking_personal_quota: str
    left_redemption_personal_quota: str
    min_stake_amount: str
    min_redeem_amount: str
    redeem_period: int
    stakeable: bool
    redeemable: bool
    sold_out: bool
    commission_fee: str
    next_epoch_time: int
    calculating: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def left_staking_personal_quota_decimal(self) -> Decimal:
        """`left_staking_personal_quota` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.left_staking_personal_quota)

    @property
    def left_redemption_personal_quota_decimal(self) -> Decimal:
        """`left_redemption_personal_quota` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.left_redemption_personal_quota)

    @property
    def min_stake_amount_decimal(self) -> Decimal:
        """`min_stake_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.min_stake_amount)

    @property
    def min_redeem_amount_decimal(self) -> Decimal:
        """`min_redeem_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.min_redeem_amount)

    @property
    def commission_fee_decimal(self) -> Decimal:
        """`commission_fee` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.commission_fee)

    def to_dict(self) -> dict[str, Any]:
        left_staking_personal_quota = self.left_staking_personal_quota

        left_redemption_personal_quota = self.left_redemption_personal_quota

        min_stake_amount = self.min_stake_amount

        min_redeem_amount = self.min_redeem_amount

        redeem_period = self.redeem_period

        stakeable = self.stakeable

        redeemable = self.redeemable

        sold_out = self.sold_out

        commission_fee = self.commission_fee

        next_epoch_time = self.next_epoch_time

        calculating = self.calculating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "leftStakingPersonalQuota": left_staking_personal_quota,
                "leftRedemptionPersonalQuota": left_redemption_personal_quota,
                "minStakeAmount": min_stake_amount,
                "minRedeemAmount": min_redeem_amount,
                "redeemPeriod": redeem_period,
                "stakeable": stakeable,
                "redeemable": redeemable,
                "soldOut": sold_out,
                "commissionFee": commission_fee,
                "nextEpochTime": next_epoch_time,
                "calculating": calculating,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["leftStakingPersonalQuota"],
            d["leftRedemptionPersonalQuota"],
            d["minStakeAmount"],
            d["minRedeemAmount"],
            d["redeemPeriod"],
            d["stakeable"],
            d["redeemable"],
            d["soldOut"],
            d["commissionFee"],
            d["nextEpochTime"],
            d["calculating"],
        )
        if len(d) > 11 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "leftStakingPersonalQuota",
        "leftRedemptionPersonalQuota",
        "minStakeAmount",
        "minRedeemAmount",
        "redeemPeriod",
        "stakeable",
        "redeemable",
        "soldOut",
        "commissionFee",
        "nextEpochTime",
        "calculating",
    }
)
