"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="AutoInvestRebalance")


@_attrs_define
class AutoInvestRebalance(AdditionalProperties[Any]):
    """One rebalance of an index-linked plan.

    Attributes:
        index_id (int): Index of the plan.
        index_name (str): Name of the index.
        rebalance_id (int): Identifier of the rebalance.
        status (str): State of the rebalance, such as `SUCCESS` or `INIT`.
        rebalance_fee (str): Fee charged.
        rebalance_fee_unit (str): Asset of the fee.
        transaction_details (list[AutoInvestRebalanceTrade]):
    """

    index_id: int
    index_name: str
    rebalance_id: int
    status: str
    rebalance_fee: str
    rebalance_fee_unit: str
    transaction_details: list[AutoInvestRebalanceTrade]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def rebalance_fee_decimal(self) -> Decimal:
        """`rebalance_fee` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.rebalance_fee)

    def to_dict(self) -> dict[str, Any]:
        index_id = self.index_id

        index_name = self.index_name

        rebalance_id = self.rebalance_id

        status = self.status

        rebalance_fee = self.rebalance_fee

        rebalance_fee_unit = self.rebalance_fee_unit

        transaction_details = []
        for transaction_details_item_data in self.transaction_details:
            transaction_details_item = transaction_details_item_data.to_dict()
            transaction_details.append(transaction_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indexId": index_id,
                "indexName": index_name,
                "rebalanceId": rebalance_id,
                "status": status,
                "rebalanceFee": rebalance_fee,
                "rebalanceFeeUnit": rebalance_fee_unit,
                "transactionDetails": transaction_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        transaction_details = [AutoInvestRebalanceTrade.from_dict(item) for item in d["transactionDetails"]]

        _instance = cls(
            d["indexId"],
            d["indexName"],
            d["rebalanceId"],
            d["status"],
            d["rebalanceFee"],
            d["rebalanceFeeUnit"],
            transaction_details,
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.auto_invest_rebalance_trade import AutoInvestRebalanceTrade  # noqa: E402

_WIRE_NAMES = frozenset(
    {"indexId", "indexName", "rebalanceId", "status", "rebalanceFee", "rebalanceFeeUnit", "transactionDetails"}
)
