"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VipLoansOngoingOrder")


@_attrs_define
class VipLoansOngoingOrder:
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
        d = dict(src_dict)
        order_id = d.pop("orderId")

        loan_coin = d.pop("loanCoin")

        total_debt = d.pop("totalDebt")

        loan_rate = d.pop("loanRate")

        residual_interest = d.pop("residualInterest")

        collateral_account_id = d.pop("collateralAccountId")

        collateral_coin = d.pop("collateralCoin")

        current_ltv = d.pop("currentLTV")

        expiration_time = d.pop("expirationTime")

        loan_date = d.pop("loanDate")

        loan_term = d.pop("loanTerm")

        collateral_value = d.pop("collateralValue", UNSET)

        total_collateral_value_after_haircut = d.pop("totalCollateralValueAfterHaircut", UNSET)

        locked_collateral_value = d.pop("lockedCollateralValue", UNSET)

        _instance = cls(
            order_id=order_id,
            loan_coin=loan_coin,
            total_debt=total_debt,
            loan_rate=loan_rate,
            residual_interest=residual_interest,
            collateral_account_id=collateral_account_id,
            collateral_coin=collateral_coin,
            current_ltv=current_ltv,
            expiration_time=expiration_time,
            loan_date=loan_date,
            loan_term=loan_term,
            collateral_value=collateral_value,
            total_collateral_value_after_haircut=total_collateral_value_after_haircut,
            locked_collateral_value=locked_collateral_value,
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
