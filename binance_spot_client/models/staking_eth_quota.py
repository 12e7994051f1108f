"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="StakingEthQuota")


@_attrs_define
class StakingEthQuota(AdditionalProperties[Any]):
    """The account's ETH staking and redemption allowances.

    Attributes:
        left_staking_personal_quota (str): ETH the account may still stake: the smaller of today's allowance and the
            remaining personal staking quota.
        left_redemption_personal_quota (str): ETH the account may still redeem: the smaller of today's personal
            redemption allowance and the overall redemption limit.
        min_stake_amount (str | Unset): Smallest amount one stake may be.
        min_redeem_amount (str | Unset): Smallest amount one redemption may be.
        redeem_period (int | Unset): Days a redemption takes to arrive.
        stakeable (bool | Unset): Whether staking is open.
        redeemable (bool | Unset): Whether redemption is open.
        commission_fee (str | Unset): Share of rewards Binance keeps, as a fraction.
        calculating (bool | Unset): Whether Binance is computing rewards at the moment.
    """

    left_staking_personal_quota: str
    left_redemption_personal_quota: str
    min_stake_amount: str | Unset = UNSET
    min_redeem_amount: str | Unset = UNSET
    redeem_period: int | Unset = UNSET
    stakeable: bool | Unset = UNSET
    redeemable: bool | Unset = UNSET
    commission_fee: str | Unset = UNSET
    calculating: bool | Unset = UNSET
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
    def min_stake_amount_decimal(self) -> Decimal | Unset:
        """`min_stake_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.min_stake_amount, Unset) else Decimal(self.min_stake_amount)

    @property
    def min_redeem_amount_decimal(self) -> Decimal | Unset:
        """`min_redeem_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.min_redeem_amount, Unset) else Decimal(self.min_redeem_amount)

    @property
    def commission_fee_decimal(self) -> Decimal | Unset:
        """`commission_fee` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.commission_fee, Unset) else Decimal(self.commission_fee)

    def to_dict(self) -> dict[str, Any]:
        left_staking_personal_quota = self.left_staking_personal_quota

        left_redemption_personal_quota = self.left_redemption_personal_quota

        min_stake_amount = self.min_stake_amount

        min_redeem_amount = self.min_redeem_amount

        redeem_period = self.redeem_period

        stakeable = self.stakeable

        redeemable = self.redeemable

        commission_fee = self.commission_fee

        calculating = self.calculating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "leftStakingPersonalQuota": left_staking_personal_quota,
                "leftRedemptionPersonalQuota": left_redemption_personal_quota,
            }
        )
        if min_stake_amount is not UNSET:
            field_dict["minStakeAmount"] = min_stake_amount
        if min_redeem_amount is not UNSET:
            field_dict["minRedeemAmount"] = min_redeem_amount
        if redeem_period is not UNSET:
            field_dict["redeemPeriod"] = redeem_period
        if stakeable is not UNSET:
            field_dict["stakeable"] = stakeable
        if redeemable is not UNSET:
            field_dict["redeemable"] = redeemable
        if commission_fee is not UNSET:
            field_dict["commissionFee"] = commission_fee
        if calculating is not UNSET:
            field_dict["calculating"] = calculating

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["leftStakingPersonalQuota"],
            d["leftRedemptionPersonalQuota"],
            d.get("minStakeAmount", UNSET),
            d.get("minRedeemAmount", UNSET),
            d.get("redeemPeriod", UNSET),
            d.get("stakeable", UNSET),
            d.get("redeemable", UNSET),
            d.get("commissionFee", UNSET),
            d.get("calculating", UNSET),
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
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
        "commissionFee",
        "calculating",
    }
)
