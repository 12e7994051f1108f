"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="VipLoansApplication")


@_attrs_define
class VipLoansApplication(AdditionalProperties[Any]):
    """
    Attributes:
        loan_account_id (str): Account that receives the loan, sent as text.
        order_id (str): Loan order id, sent as text.
        request_id (str): Id of the application, sent as text.
        loan_coin (str): Coin borrowed.
        loan_amount (str): Amount applied for.
        collateral_account_id (str): Collateral account ids, comma-separated.
        collateral_coin (str): Collateral coins, comma-separated.
        loan_term (str): Term in days.
        status (str): State of the application or loan: `Accruing_Interest`, `Overdue`, `Liquidating`, `Repaying`,
            `Repaid`, `Liquidated`, `Pending` or `Failed`.
        loan_date (str | Unset): When the loan started, UTC milliseconds sent as text; in answers since Binance added it
            (not in the 2024 file).
    """

    loan_account_id: str
    order_id: str
    request_id: str
    loan_coin: str
    loan_amount: str
    collateral_account_id: str
    collateral_coin: str
    loan_term: str
    status: str
    loan_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def loan_amount_decimal(self) -> Decimal:
        """`loan_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.loan_amount)

    def to_dict(self) -> dict[str, Any]:
        loan_account_id = self.loan_account_id

        order_id = self.order_id

        request_id = self.request_id

        loan_coin = self.loan_coin

        loan_amount = self.loan_amount

        collateral_account_id = self.collateral_account_id

        collateral_coin = self.collateral_coin

        loan_term = self.loan_term

        status = self.status

        loan_date = self.loan_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loanAccountId": loan_account_id,
                "orderId": order_id,
                "requestId": request_id,
                "loanCoin": loan_coin,
                "loanAmount": loan_amount,
                "collateralAccountId": collateral_account_id,
                "collateralCoin": collateral_coin,
                "loanTerm": loan_term,
                "status": status,
            }
        )
        if loan_date is not UNSET:
            field_dict["loanDate"] = loan_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["loanAccountId"],
            d["orderId"],
            d["requestId"],
            d["loanCoin"],
            d["loanAmount"],
            d["collateralAccountId"],
            d["collateralCoin"],
            d["loanTerm"],
            d["status"],
            d.get("loanDate", UNSET),
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "loanAccountId",
        "orderId",
        "requestId",
        "loanCoin",
        "loanAmount",
        "collateralAccountId",
        "collateralCoin",
        "loanTerm",
        "status",
        "loanDate",
    }
)
