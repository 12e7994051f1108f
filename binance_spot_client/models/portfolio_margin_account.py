"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PortfolioMarginAccount")


@_attrs_define
class PortfolioMarginAccount:
    """Risk figures of a portfolio margin account.

    Attributes:
        uni_mmr (str): Unified maintenance margin ratio of the account.
        account_equity (str): Account equity in USD.
        actual_equity (str): Equity in USD before collateral discounts.
        account_maint_margin (str): Maintenance margin in USD.
        account_status (str): `NORMAL`, `MARGIN_CALL`, `SUPPLY_MARGIN`, `REDUCE_ONLY`, `ACTIVE_LIQUIDATION`,
            `FORCE_LIQUIDATION` or `BANKRUPTED`.
        account_type (str): `PM_1` for classic portfolio margin, `PM_2` for portfolio margin, `PM_3` for portfolio
            margin pro SPAN.
        account_initial_margin (str | Unset): Initial margin in USD; in current answers only.
        total_available_balance (str | Unset): Available balance in USD; in current answers only.
    """

    uni_mmr: str
    account_equity: str
    actual_equity: str
    account_maint_margin: str
    account_status: str
    account_type: str
    account_initial_margin: str | Unset = UNSET
    total_available_balance: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uni_mmr = self.uni_mmr

        account_equity = self.account_equity

        actual_equity = self.actual_equity

        account_maint_margin = self.account_maint_margin

        account_status = self.account_status

        account_type = self.account_type

        account_initial_margin = self.account_initial_margin

        total_available_balance = self.total_available_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uniMMR": uni_mmr,
                "accountEquity": account_equity,
                "actualEquity": actual_equity,
                "accountMaintMargin": account_maint_margin,
                "accountStatus": account_status,
                "accountType": account_type,
            }
        )
        if account_initial_margin is not UNSET:
            field_dict["accountInitialMargin"] = account_initial_margin
        if total_available_balance is not UNSET:
            field_dict["totalAvailableBalance"] = total_available_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uni_mmr = d.pop("uniMMR")

        account_equity = d.pop("accountEquity")

        actual_equity = d.pop("actualEquity")

        account_maint_margin = d.pop("accountMaintMargin")

        account_status = d.pop("accountStatus")

        account_type = d.pop("accountType")

        account_initial_margin = d.pop("accountInitialMargin", UNSET)

        total_available_balance = d.pop("totalAvailableBalance", UNSET)

        _instance = cls(
            uni_mmr=uni_mmr,
            account_equity=account_equity,
            actual_equity=actual_equity,
            account_maint_margin=account_maint_margin,
            account_status=account_status,
            account_type=account_type,
            account_initial_margin=account_initial_margin,
            total_available_balance=total_available_balance,
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
