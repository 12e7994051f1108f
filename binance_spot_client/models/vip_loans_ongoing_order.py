"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="VipLoansOngoingOrder")


@_attrs_define
class VipLoansOngoingOrder(AdditionalProperties[Any]):
    """
    Attributes:
        order_id (int): Loan order id.
        loan_coin (str): Coin borrowed.
        total_debt (str): Principal and interest still owed.
        loan_rate (str): Interest rate of a fixed-rate loan as decimal text, or `flexible rate` for a flexible loan.
        residual_interest (str): Interest still owed.
        collateral_account_id (str): Collateral account ids, comma-separated.
        collateral_coin (str): Collateral coins, comma-separated.
        current_ltv (str): Current loan-to-value ratio.
        expiration_time (int): When the term ends, UTC milliseconds; 0 for a flexible loan.
        loan_date (str): When the loan started, UTC milliseconds sent as text.
        loan_term (str): Term of the loan, for example `30days`, or `open term` for a flexible loan.
        collateral_value (str | Unset): Locked collateral value in USD. In Binance's 2024 file; no longer in the current
            documentation's example.
        total_collateral_value_after_haircut (str | Unset): Collateral value in USD after Binance's haircut.
        locked_collateral_value (str | Unset): Collateral value in USD locked for this loan.
    """

    order_id: int
    loan_coin: str
    total_debt: str
    loan_rate: str
    residual_interest: str
    collateral_account_id: str
    collateral_coin: str
    current_ltv: str
    expiration_time: int
    loan_date: str
    loan_term: str
    collateral_value: str | Unset = UNSET
    total_collateral_value_after_haircut: str | Unset = UNSET
    locked_collateral_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_debt_decimal(self) -> Decimal:
        """`total_debt` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_debt)

    @property
    def residual_interest_decimal(self) -> Decimal:
        """`residual_interest` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.residual_interest)

    @property
    def current_ltv_decimal(self) -> Decimal:
        """`current_ltv` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.current_ltv)

    @property
    def collateral_value_decimal(self) -> Decimal | Unset:
        """`collateral_value` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.collateral_value, Unset) else Decimal(self.collateral_value)

    @property
    def total_collateral_value_after_haircut_decimal(self) -> Decimal | Unset:
        """`total_collateral_value_after_haircut` as a `Decimal`, parsed from Binance's text on each access."""
        return (
            UNSET
            if isinstance(self.total_collateral_value_after_haircut, Unset)
            else Decimal(self.total_collateral_value_after_haircut)
        )

    @property
    def locked_collateral_value_decimal(self) -> Decimal | Unset:
        """`locked_collateral_value` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.locked_collateral_value, Unset) else Decimal(self.locked_collateral_value)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        loan_coin = self.loan_coin

        total_debt = self.total_debt

        loan_rate = self.loan_rate

        residual_interest = self.residual_interest

        collateral_account_id = self.collateral_account_id

        collateral_coin = self.collateral_coin

        current_ltv = self.current_ltv

        expiration_time = self.expiration_time

        loan_date = self.loan_date

        loan_term = self.loan_term

        collateral_value = self.collateral_value

        total_collateral_value_after_haircut = self.total_collateral_value_after_haircut

        locked_collateral_value = self.locked_collateral_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "loanCoin": loan_coin,
                "totalDebt": total_debt,
                "loanRate": loan_rate,
                "residualInterest": residual_interest,
                "collateralAccountId": collateral_account_id,
                "collateralCoin": collateral_coin,
                "currentLTV": current_ltv,
                "expirationTime": expiration_time,
                "loanDate": loan_date,
                "loanTerm": loan_term,
            }
        )
        if collateral_value is not UNSET:
            field_dict["collateralValue"] = collateral_value
        if total_collateral_value_after_haircut is not UNSET:
            field_dict["totalCollateralValueAfterHaircut"] = total_collateral_value_after_haircut
        if locked_collateral_value is not UNSET:
            field_dict["lockedCollateralValue"] = locked_collateral_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["orderId"],
            d["loanCoin"],
            d["totalDebt"],
            d["loanRate"],
            d["residualInterest"],
            d["collateralAccountId"],
            d["collateralCoin"],
            d["currentLTV"],
            d["expirationTime"],
            d["loanDate"],
            d["loanTerm"],
            d.get("collateralValue", UNSET),
            d.get("totalCollateralValueAfterHaircut", UNSET),
            d.get("lockedCollateralValue", UNSET),
        )
        if len(d) > 11 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "orderId",
        "loanCoin",
        "totalDebt",
        "loanRate",
        "residualInterest",
        "collateralAccountId",
        "collateralCoin",
        "currentLTV",
        "expirationTime",
        "loanDate",
        "loanTerm",
        "collateralValue",
        "totalCollateralValueAfterHaircut",
        "lockedCollateralValue",
    }
)
