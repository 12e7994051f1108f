"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="MarginLiquidationLoanRepay")


@_attrs_define
class MarginLiquidationLoanRepay(AdditionalProperties[Any]):
    """A repayment of the liquidation loan.

    Attributes:
        repay_id (int): Id of the repayment.
        asset (str):
        amount (str): Amount repaid.
        status (str): `SUCCESS` or `PENDING`.
        create_time (int): When the repayment was made.
    """

    repay_id: int
    asset: str
    amount: str
    status: str
    create_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    def to_dict(self) -> dict[str, Any]:
        repay_id = self.repay_id

        asset = self.asset

        amount = self.amount

        status = self.status

        create_time = self.create_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "repayId": repay_id,
                "asset": asset,
                "amount": amount,
                "status": status,
                "createTime": create_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["repayId"],
            d["asset"],
            d["amount"],
            d["status"],
            d["createTime"],
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"repayId", "asset", "amount", "status", "createTime"})
