"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="VipLoansBorrowResult")


@_attrs_define
class VipLoansBorrowResult(AdditionalProperties[Any]):
    """
    Attributes:
        loan_account_id (str): Account that receives the loan, sent as text.
        request_id (str): Id of the loan application, sent as text.
        loan_coin (str): Coin borrowed.
        is_flexible_rate (str): `Yes` for a flexible-rate loan, `No` for a fixed-rate one.
        loan_amount (str): Amount borrowed.
        collateral_account_id (str): Collateral account ids, comma-separated.
        collateral_coin (str): Collateral coins, comma-separated.
        loan_term (str | Unset): Term in days; only for fixed-rate loans.
    """

    loan_account_id: str
    request_id: str
    loan_coin: str
    is_flexible_rate: str
    loan_amount: str
    collateral_account_id: str
    collateral_coin: str
    loan_term: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def loan_amount_decimal(self) -> Decimal:
        """`loan_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.loan_amount)

    def to_dict(self) -> dict[str, Any]:
        loan_account_id = self.loan_account_id

        request_id = self.request_id

        loan_coin = self.loan_coin

        is_flexible_rate = self.is_flexible_rate

        loan_amount = self.loan_amount

        collateral_account_id = self.collateral_account_id

        collateral_coin = self.collateral_coin

        loan_term = self.loan_term

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loanAccountId": loan_account_id,
                "requestId": request_id,
                "loanCoin": loan_coin,
                "isFlexibleRate": is_flexible_rate,
                "loanAmount": loan_amount,
                "collateralAccountId": collateral_account_id,
                "collateralCoin": collateral_coin,
            }
        )
        if loan_term is not UNSET:
            field_dict["loanTerm"] = loan_term

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["loanAccountId"],
            d["requestId"],
            d["loanCoin"],
            d["isFlexibleRate"],
            d["loanAmount"],
            d["collateralAccountId"],
            d["collateralCoin"],
            d.get("loanTerm", UNSET),
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "loanAccountId",
        "requestId",
        "loanCoin",
        "isFlexibleRate",
        "loanAmount",
        "collateralAccountId",
        "collateralCoin",
        "loanTerm",
    }
)
