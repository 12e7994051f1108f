"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PortfolioMarginAccount")


@_attrs_define
class PortfolioMarginAccount(AdditionalProperties[Any]):
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
    def account_initial_margin_decimal(self) -> Decimal | Unset:
        """`account_initial_margin` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.account_initial_margin, Unset) else Decimal(self.account_initial_margin)

    @property
    def total_available_balance_decimal(self) -> Decimal | Unset:
        """`total_available_balance` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.total_available_balance, Unset) else Decimal(self.total_available_balance)

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
        d = src_dict

        _instance = cls(
            d["uniMMR"],
            d["accountEquity"],
            d["actualEquity"],
            d["accountMaintMargin"],
            d["accountStatus"],
            d["accountType"],
            d.get("accountInitialMargin", UNSET),
            d.get("totalAvailableBalance", UNSET),
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "uniMMR",
        "accountEquity",
        "actualEquity",
        "accountMaintMargin",
        "accountStatus",
        "accountType",
        "accountInitialMargin",
        "totalAvailableBalance",
    }
)
