"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="PortfolioMarginSpanAccount")


@_attrs_define
class PortfolioMarginSpanAccount(AdditionalProperties[Any]):
    """Risk figures of a portfolio margin pro SPAN account.

    Attributes:
        uni_mmr (str): Unified maintenance margin ratio.
        account_equity (str): Account equity in USD.
        actual_equity (str): Equity in USD before collateral discounts.
        account_maint_margin (str): Maintenance margin in USD.
        risk_unit_mm_list (list[PortfolioMarginRiskUnit]):
        margin_mm (str): Maintenance margin of the margin positions.
        other_mm (str): Other maintenance margin.
        account_status (str): Account status, as in `portfolioMarginAccount`.
        account_type (str): Account type, `PM_3` for SPAN.
    """

    uni_mmr: str
    account_equity: str
    actual_equity: str
    account_maint_margin: str
    risk_unit_mm_list: list[PortfolioMarginRiskUnit]
    margin_mm: str
    other_mm: str
    account_status: str
    account_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def uni_mmr_decimal(self) -> Decimal:
        """`uni_mmr` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.uni_mmr)

    @property
    def account_equity_decimal(self) -> Decimal:
        """`account_equity` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.account_equity)

    @property
    def actual_equity_decimal(self) -> Decimal:
        """`actual_equity` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.actual_equity)

    @property
    def account_maint_margin_decimal(self) -> Decimal:
        """`account_maint_margin` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.account_maint_margin)

    @property
    def margin_mm_decimal(self) -> Decimal:
        """`margin_mm` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.margin_mm)

    @property
    def other_mm_decimal(self) -> Decimal:
        """`other_mm` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.other_mm)

    def to_dict(self) -> dict[str, Any]:
        uni_mmr = self.uni_mmr

        account_equity = self.account_equity

        actual_equity = self.actual_equity

        account_maint_margin = self.account_maint_margin

        risk_unit_mm_list = []
        for risk_unit_mm_list_item_data in self.risk_unit_mm_list:
            risk_unit_mm_list_item = risk_unit_mm_list_item_data.to_dict()
            risk_unit_mm_list.append(risk_unit_mm_list_item)

        margin_mm = self.margin_mm

        other_mm = self.other_mm

        account_status = self.account_status

        account_type = self.account_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uniMMR": uni_mmr,
                "accountEquity": account_equity,
                "actualEquity": actual_equity,
                "accountMaintMargin": account_maint_margin,
                "riskUnitMMList": risk_unit_mm_list,
                "marginMM": margin_mm,
                "otherMM": other_mm,
                "accountStatus": account_status,
                "accountType": account_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        risk_unit_mm_list = [PortfolioMarginRiskUnit.from_dict(item) for item in d["riskUnitMMList"]]

        _instance = cls(
            d["uniMMR"],
            d["accountEquity"],
            d["actualEquity"],
            d["accountMaintMargin"],
            risk_unit_mm_list,
            d["marginMM"],
            d["otherMM"],
            d["accountStatus"],
            d["accountType"],
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.portfolio_margin_risk_unit import PortfolioMarginRiskUnit  # noqa: E402

_WIRE_NAMES = frozenset(
    {
        "uniMMR",
        "accountEquity",
        "actualEquity",
        "accountMaintMargin",
        "riskUnitMMList",
        "marginMM",
        "otherMM",
        "accountStatus",
        "accountType",
    }
)
