"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="AutoInvestPlanList")


@_attrs_define
class AutoInvestPlanList(AdditionalProperties[Any]):
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

    @property
    def plan_value_in_usd_decimal(self) -> Decimal:
        """`plan_value_in_usd` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.plan_value_in_usd)

    @property
    def plan_value_in_btc_decimal(self) -> Decimal:
        """`plan_value_in_btc` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.plan_value_in_btc)

    @property
    def pnl_in_usd_decimal(self) -> Decimal:
        """`pnl_in_usd` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.pnl_in_usd)

    @property
    def roi_decimal(self) -> Decimal:
        """`roi` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.roi)

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
        d = src_dict
        plans = [AutoInvestPlanSummary.from_dict(item) for item in d["plans"]]

        _instance = cls(
            d["planValueInUSD"],
            d["planValueInBTC"],
            d["pnlInUSD"],
            d["roi"],
            plans,
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.auto_invest_plan_summary import AutoInvestPlanSummary  # noqa: E402

_WIRE_NAMES = frozenset({"planValueInUSD", "planValueInBTC", "pnlInUSD", "roi", "plans"})
