"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="AutoInvestPlanHoldings")


@_attrs_define
class AutoInvestPlanHoldings(AdditionalProperties[Any]):
    """Holdings of one plan, asset by asset.

    Attributes:
        plan_id (int): Identifier of the plan.
        plan_type (str): `SINGLE`, `PORTFOLIO` or `INDEX`.
        edit_allowed (str): Whether the plan can be edited: `true` or `false`, sent as text.
        flexible_allowed_to_use (str): Whether the flexible Simple Earn holding may be used: `true` or `false`, sent as
            text.
        creation_date_time (int): When the plan was created, UTC milliseconds.
        first_execution_date_time (int): First investment, UTC milliseconds.
        next_execution_date_time (int): Next scheduled investment, UTC milliseconds.
        status (str): State of the plan.
        target_asset (str): Asset bought (the first one for portfolios).
        source_asset (str): Asset the plan pays with.
        plan_value_in_usd (str): Current value of the holdings, in USD.
        pnl_in_usd (str): Profit or loss, in USD.
        roi (str): Return on investment, as a fraction.
        total_invested_in_usd (str): Total invested so far, in USD.
        details (list[AutoInvestPlanAssetHolding]):
    """

    plan_id: int
    plan_type: str
    edit_allowed: str
    flexible_allowed_to_use: str
    creation_date_time: int
    first_execution_date_time: int
    next_execution_date_time: int
    status: str
    target_asset: str
    source_asset: str
    plan_value_in_usd: str
    pnl_in_usd: str
    roi: str
    total_invested_in_usd: str
    details: list[AutoInvestPlanAssetHolding]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def plan_value_in_usd_decimal(self) -> Decimal:
        """`plan_value_in_usd` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.plan_value_in_usd)

    @property
    def pnl_in_usd_decimal(self) -> Decimal:
        """`pnl_in_usd` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.pnl_in_usd)

    @property
    def roi_decimal(self) -> Decimal:
        """`roi` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.roi)

    @property
    def total_invested_in_usd_decimal(self) -> Decimal:
        """`total_invested_in_usd` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_invested_in_usd)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        plan_type = self.plan_type

        edit_allowed = self.edit_allowed

        flexible_allowed_to_use = self.flexible_allowed_to_use

        creation_date_time = self.creation_date_time

        first_execution_date_time = self.first_execution_date_time

        next_execution_date_time = self.next_execution_date_time

        status = self.status

        target_asset = self.target_asset

        source_asset = self.source_asset

        plan_value_in_usd = self.plan_value_in_usd

        pnl_in_usd = self.pnl_in_usd

        roi = self.roi

        total_invested_in_usd = self.total_invested_in_usd

        details = []
        for details_item_data in self.details:
            details_item = details_item_data.to_dict()
            details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "planId": plan_id,
                "planType": plan_type,
                "editAllowed": edit_allowed,
                "flexibleAllowedToUse": flexible_allowed_to_use,
                "creationDateTime": creation_date_time,
                "firstExecutionDateTime": first_execution_date_time,
                "nextExecutionDateTime": next_execution_date_time,
                "status": status,
                "targetAsset": target_asset,
                "sourceAsset": source_asset,
                "planValueInUSD": plan_value_in_usd,
                "pnlInUSD": pnl_in_usd,
                "roi": roi,
                "totalInvestedInUSD": total_invested_in_usd,
                "details": details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        details = [AutoInvestPlanAssetHolding.from_dict(item) for item in d["details"]]

        _instance = cls(
            d["planId"],
            d["planType"],
            d["editAllowed"],
            d["flexibleAllowedToUse"],
            d["creationDateTime"],
            d["firstExecutionDateTime"],
            d["nextExecutionDateTime"],
            d["status"],
            d["targetAsset"],
            d["sourceAsset"],
            d["planValueInUSD"],
            d["pnlInUSD"],
            d["roi"],
            d["totalInvestedInUSD"],
            details,
        )
        if len(d) > 15 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.auto_invest_plan_asset_holding import AutoInvestPlanAssetHolding  # noqa: E402

_WIRE_NAMES = frozenset(
    {
        "planId",
        "planType",
        "editAllowed",
        "flexibleAllowedToUse",
        "creationDateTime",
        "firstExecutionDateTime",
        "nextExecutionDateTime",
        "status",
        "targetAsset",
        "sourceAsset",
        "planValueInUSD",
        "pnlInUSD",
        "roi",
        "totalInvestedInUSD",
        "details",
    }
)
