"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.auto_invest_plan_summary import AutoInvestPlanSummary


T = TypeVar("T", bound="AutoInvestPlanList")


@_attrs_define
class AutoInvestPlanList:
    """The account's plans of one kind with their combined value.

    Attributes:
        plan_value_in_usd (str): Value of all listed plans, in USD.
        plan_value_in_btc (str): Value of all listed plans, in BTC.
        pnl_in_usd (str): Profit or loss of all listed plans, in USD.
        roi (str): Return on investment of all listed plans, as a fraction.
        plans (list[AutoInvestPlanSummary]):
    """

    plan_value_in_usd: str
    plan_value_in_btc: str
    pnl_in_usd: str
    roi: str
    plans: list[AutoInvestPlanSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_value_in_usd = self.plan_value_in_usd

        plan_value_in_btc = self.plan_value_in_btc

        pnl_in_usd = self.pnl_in_usd

        roi = self.roi

        plans = []
        for plans_item_data in self.plans:
            plans_item = plans_item_data.to_dict()
            plans.append(plans_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "planValueInUSD": plan_value_in_usd,
                "planValueInBTC": plan_value_in_btc,
                "pnlInUSD": pnl_in_usd,
                "roi": roi,
                "plans": plans,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_invest_plan_summary import AutoInvestPlanSummary

        d = dict(src_dict)
        plan_value_in_usd = d.pop("planValueInUSD")

        plan_value_in_btc = d.pop("planValueInBTC")

        pnl_in_usd = d.pop("pnlInUSD")

        roi = d.pop("roi")

        plans = []
        _plans = d.pop("plans")
        for plans_item_data in _plans:
            plans_item = AutoInvestPlanSummary.from_dict(plans_item_data)

            plans.append(plans_item)

        _instance = cls(
            plan_value_in_usd=plan_value_in_usd,
            plan_value_in_btc=plan_value_in_btc,
            pnl_in_usd=pnl_in_usd,
            roi=roi,
            plans=plans,
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
