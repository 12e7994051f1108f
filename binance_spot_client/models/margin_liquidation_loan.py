"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MarginLiquidationLoan")


@_attrs_define
class MarginLiquidationLoan:
    """The cross margin liquidation loan left by a bankruptcy.

    Attributes:
        asset (str): Asset of the loan (USDC).
        amount (str): Original loan amount.
        repaid_amount (str): Amount repaid so far.
        remaining_amount (str): Amount still owed.
    """

    asset: str
    amount: str
    repaid_amount: str
    remaining_amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        amount = self.amount

        repaid_amount = self.repaid_amount

        remaining_amount = self.remaining_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "amount": amount,
                "repaidAmount": repaid_amount,
                "remainingAmount": remaining_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset = d.pop("asset")

        amount = d.pop("amount")

        repaid_amount = d.pop("repaidAmount")

        remaining_amount = d.pop("remainingAmount")

        _instance = cls(
            asset=asset,
            amount=amount,
            repaid_amount=repaid_amount,
            remaining_amount=remaining_amount,
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
