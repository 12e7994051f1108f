"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="AutoInvestRedemptionRecord")


@_attrs_define
class AutoInvestRedemptionRecord(AdditionalProperties[Any]):
    """One asset sold by an index-linked plan redemption.

    Attributes:
        index_id (int): Index of the plan.
        index_name (str): Name of the index.
        redemption_id (int): Identifier of the redemption.
        status (str): State of the redemption, such as `SUCCESS`.
        asset (str): Asset sold.
        amount (str): Amount sold.
        redemption_date_time (int): When it happened, UTC milliseconds.
        transaction_fee (str): Fee charged.
        transaction_fee_unit (str): Asset of the fee.
    """

    index_id: int
    index_name: str
    redemption_id: int
    status: str
    asset: str
    amount: str
    redemption_date_time: int
    transaction_fee: str
    transaction_fee_unit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def transaction_fee_decimal(self) -> Decimal:
        """`transaction_fee` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.transaction_fee)

    def to_dict(self) -> dict[str, Any]:
        index_id = self.index_id

        index_name = self.index_name

        redemption_id = self.redemption_id

        status = self.status

        asset = self.asset

        amount = self.amount

        redemption_date_time = self.redemption_date_time

        transaction_fee = self.transaction_fee

        transaction_fee_unit = self.transaction_fee_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indexId": index_id,
                "indexName": index_name,
                "redemptionId": redemption_id,
                "status": status,
                "asset": asset,
                "amount": amount,
                "redemptionDateTime": redemption_date_time,
                "transactionFee": transaction_fee,
                "transactionFeeUnit": transaction_fee_unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["indexId"],
            d["indexName"],
            d["redemptionId"],
            d["status"],
            d["asset"],
            d["amount"],
            d["redemptionDateTime"],
            d["transactionFee"],
            d["transactionFeeUnit"],
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "indexId",
        "indexName",
        "redemptionId",
        "status",
        "asset",
        "amount",
        "redemptionDateTime",
        "transactionFee",
        "transactionFeeUnit",
    }
)
