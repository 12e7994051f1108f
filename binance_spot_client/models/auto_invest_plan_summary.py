"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AutoInvestPlanSummary")


@_attrs_define
class AutoInvestPlanSummary(AdditionalProperties[Any]):
    """One Auto-Invest plan as listed.

    Attributes:
        plan_id (int): Identifier of the plan.
        plan_type (str): `SINGLE`, `PORTFOLIO` or `INDEX`.
        edit_allowed (str): Whether the plan can be edited: `true` or `false`, sent as text.
        creation_date_time (int): When the plan was created, UTC milliseconds.
        first_execution_date_time (int): First investment, UTC milliseconds.
        next_execution_date_time (int): Next scheduled investment, UTC milliseconds.
        status (str): State of the plan, such as `ONGOING` or `PAUSED`.
        last_updated_date_time (int): Last change to the plan, UTC milliseconds.
        target_asset (str): Asset bought (the first one for portfolios).
        source_asset (str): Asset the plan pays with.
        total_invested_in_usd (str): Total invested so far, in USD.
        subscription_amount (str): Amount spent at each investment.
        subscription_cycle (str): How often the plan invests.
        subscription_start_day (None | str): Day of the month it invests on (sent as text); null unless monthly.
        subscription_start_weekday (None | str): Day of the week it invests on; null unless weekly.
        subscription_start_time (str): Hour of the day it invests at, UTC (sent as text).
        source_wallet (str): Wallet paid from, such as `SPOT_WALLET`.
        flexible_allowed_to_use (str): Whether the flexible Simple Earn holding may be used: `true` or `false`, sent as
            text.
        total_target_amount (str | Unset): Amount of the target asset bought so far; single-asset plans only.
        plan_value_in_usd (str | Unset): Current value of the plan's holdings, in USD.
        pnl_in_usd (str | Unset): Profit or loss, in USD.
        roi (str | Unset): Return on investment, as a fraction.
    """

    plan_id: int
    plan_type: str
    edit_allowed: str
    creation_date_time: int
    first_execution_date_time: int
    next_execution_date_time: int
    status: str
    last_updated_date_time: int
    target_asset: str
    source_asset: str
    total_invested_in_usd: str
    subscription_amount: str
    subscription_cycle: str
    subscription_start_day: str | None
    subscription_start_weekday: str | None
    subscription_start_time: str
    source_wallet: str
    flexible_allowed_to_use: str
    total_target_amount: str | Unset = UNSET
    plan_value_in_usd: str | Unset = UNSET
    pnl_in_usd: str | Unset = UNSET
    roi: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_invested_in_usd_decimal(self) -> Decimal:
        """`total_invested_in_usd` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_invested_in_usd)

    @property
    def subscription_amount_decimal(self) -> Decimal:
        """`subscription_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.subscription_amount)

    @property
    def total_target_amount_decimal(self) -> Decimal | Unset:
        """`total_target_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.total_target_amount, Unset) else Decimal(self.total_target_amount)

    @property
    def plan_value_in_usd_decimal(self) -> Decimal | Unset:
        """`plan_value_in_usd` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.plan_value_in_usd, Unset) else Decimal(self.plan_value_in_usd)

    @property
    def pnl_in_usd_decimal(self) -> Decimal | Unset:
        """`pnl_in_usd` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.pnl_in_usd, Unset) else Decimal(self.pnl_in_usd)

    @property
    def roi_decimal(self) -> Decimal | Unset:
        """`roi` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.roi, Unset) else Decimal(self.roi)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        plan_type = self.plan_type

        edit_allowed = self.edit_allowed

        creation_date_time = self.creation_date_time

        first_execution_date_time = self.first_execution_date_time

        next_execution_date_time = self.next_execution_date_time

        status = self.status

        last_updated_date_time = self.last_updated_date_time

        target_asset = self.target_asset

        source_asset = self.source_asset

        total_invested_in_usd = self.total_invested_in_usd

        subscription_amount = self.subscription_amount

        subscription_cycle = self.subscription_cycle

        subscription_start_day: str | None
        subscription_start_day = self.subscription_start_day

        subscription_start_weekday: str | None
        subscription_start_weekday = self.subscription_start_weekday

        subscription_start_time = self.subscription_start_time

        source_wallet = self.source_wallet

        flexible_allowed_to_use = self.flexible_allowed_to_use

        total_target_amount = self.total_target_amount

        plan_value_in_usd = self.plan_value_in_usd

        pnl_in_usd = self.pnl_in_usd

        roi = self.roi

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "planId": plan_id,
                "planType": plan_type,
                "editAllowed": edit_allowed,
                "creationDateTime": creation_date_time,
                "firstExecutionDateTime": first_execution_date_time,
                "nextExecutionDateTime": next_execution_date_time,
                "status": status,
                "lastUpdatedDateTime": last_updated_date_time,
                "targetAsset": target_asset,
                "sourceAsset": source_asset,
                "totalInvestedInUSD": total_invested_in_usd,
                "subscriptionAmount": subscription_amount,
                "subscriptionCycle": subscription_cycle,
                "subscriptionStartDay": subscription_start_day,
                "subscriptionStartWeekday": subscription_start_weekday,
                "subscriptionStartTime": subscription_start_time,
                "sourceWallet": source_wallet,
                "flexibleAllowedToUse": flexible_allowed_to_use,
            }
        )
        if total_target_amount is not UNSET:
            field_dict["totalTargetAmount"] = total_target_amount
        if plan_value_in_usd is not UNSET:
            field_dict["planValueInUSD"] = plan_value_in_usd
        if pnl_in_usd is not UNSET:
            field_dict["pnlInUSD"] = pnl_in_usd
        if roi is not UNSET:
            field_dict["roi"] = roi

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        subscription_start_day = _parse_subscription_start_day(d["subscriptionStartDay"])
        subscription_start_weekday = _parse_subscription_start_weekday(d["subscriptionStartWeekday"])

        _instance = cls(
            d["planId"],
            d["planType"],
            d["editAllowed"],
            d["creationDateTime"],
            d["firstExecutionDateTime"],
            d["nextExecutionDateTime"],
            d["status"],
            d["lastUpdatedDateTime"],
            d["targetAsset"],
            d["sourceAsset"],
            d["totalInvestedInUSD"],
            d["subscriptionAmount"],
            d["subscriptionCycle"],
            subscription_start_day,
            subscription_start_weekday,
            d["subscriptionStartTime"],
            d["sourceWallet"],
            d["flexibleAllowedToUse"],
            d.get("totalTargetAmount", UNSET),
            d.get("planValueInUSD", UNSET),
            d.get("pnlInUSD", UNSET),
            d.get("roi", UNSET),
        )
        if len(d) > 18 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


def _parse_subscription_start_day(data: object) -> str | None:
    if data is None:
        return data
    return cast(None | str, data)


def _parse_subscription_start_weekday(data: object) -> str | None:
    if data is None:
        return data
    return cast(None | str, data)


_WIRE_NAMES = frozenset(
    {
        "planId",
        "planType",
        "editAllowed",
        "creationDateTime",
        "firstExecutionDateTime",
        "nextExecutionDateTime",
        "status",
        "lastUpdatedDateTime",
        "targetAsset",
        "sourceAsset",
        "totalInvestedInUSD",
        "subscriptionAmount",
        "subscriptionCycle",
        "subscriptionStartDay",
        "subscriptionStartWeekday",
        "subscriptionStartTime",
        "sourceWallet",
        "flexibleAllowedToUse",
        "totalTargetAmount",
        "planValueInUSD",
        "pnlInUSD",
        "roi",
    }
)
