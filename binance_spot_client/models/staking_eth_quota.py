"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StakingEthQuota")


@_attrs_define
class StakingEthQuota:
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
        d = dict(src_dict)
        left_staking_personal_quota = d.pop("leftStakingPersonalQuota")

        left_redemption_personal_quota = d.pop("leftRedemptionPersonalQuota")

        min_stake_amount = d.pop("minStakeAmount", UNSET)

        min_redeem_amount = d.pop("minRedeemAmount", UNSET)

        redeem_period = d.pop("redeemPeriod", UNSET)

        stakeable = d.pop("stakeable", UNSET)

        redeemable = d.pop("redeemable", UNSET)

        commission_fee = d.pop("commissionFee", UNSET)

        calculating = d.pop("calculating", UNSET)

        _instance = cls(
            left_staking_personal_quota=left_staking_personal_quota,
            left_redemption_personal_quota=left_redemption_personal_quota,
            min_stake_amount=min_stake_amount,
            min_redeem_amount=min_redeem_amount,
            redeem_period=redeem_period,
            stakeable=stakeable,
            redeemable=redeemable,
            commission_fee=commission_fee,
            calculating=calculating,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
