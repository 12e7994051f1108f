"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.auto_invest_plan_asset_holding import AutoInvestPlanAssetHolding


T = TypeVar("T", bound="AutoInvestPlanHoldings")


@_attrs_define
class AutoInvestPlanHoldings:
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
        from ..models.auto_invest_plan_asset_holding import AutoInvestPlanAssetHolding

        d = dict(src_dict)
        plan_id = d.pop("planId")

        plan_type = d.pop("planType")

        edit_allowed = d.pop("editAllowed")

        flexible_allowed_to_use = d.pop("flexibleAllowedToUse")

        creation_date_time = d.pop("creationDateTime")

        first_execution_date_time = d.pop("firstExecutionDateTime")

        next_execution_date_time = d.pop("nextExecutionDateTime")

        status = d.pop("status")

        target_asset = d.pop("targetAsset")

        source_asset = d.pop("sourceAsset")

        plan_value_in_usd = d.pop("planValueInUSD")

        pnl_in_usd = d.pop("pnlInUSD")

        roi = d.pop("roi")

        total_invested_in_usd = d.pop("totalInvestedInUSD")

        details = []
        _details = d.pop("details")
        for details_item_data in _details:
            details_item = AutoInvestPlanAssetHolding.from_dict(details_item_data)

            details.append(details_item)

        _instance = cls(
            plan_id=plan_id,
            plan_type=plan_type,
            edit_allowed=edit_allowed,
            flexible_allowed_to_use=flexible_allowed_to_use,
            creation_date_time=creation_date_time,
            first_execution_date_time=first_execution_date_time,
            next_execution_date_time=next_execution_date_time,
            status=status,
            target_asset=target_asset,
            source_asset=source_asset,
            plan_value_in_usd=plan_value_in_usd,
            pnl_in_usd=pnl_in_usd,
            roi=roi,
            total_invested_in_usd=total_invested_in_usd,
            details=details,
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
