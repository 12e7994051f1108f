"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AutoInvestSubscriptionRecord")


@_attrs_define
class AutoInvestSubscriptionRecord(AdditionalProperties[Any]):
    """One purchase made by a plan or a one-time transaction.

    Attributes:
        id (int): Identifier of the transaction.
        target_asset (str): Asset bought.
        plan_type (str): `SINGLE`, `PORTFOLIO` or `INDEX`.
        plan_name (str): Display name of the plan.
        plan_id (int): Plan that made the purchase.
        transaction_date_time (int): When it happened, UTC milliseconds.
        transaction_status (str): `SUCCESS`, `CONVERTING` or `FAILED`.
        source_asset (str): Asset paid with.
        source_asset_amount (str): Amount paid.
        target_asset_amount (str): Amount bought.
        source_wallet (str): Wallet paid from, such as `SPOT_WALLET`.
        flexible_used (str): Whether the flexible Simple Earn holding was used: `true` or `false`, sent as text.
        transaction_fee (str): Fee charged.
        transaction_fee_unit (str): Asset of the fee.
        execution_price (str): Price paid.
        execution_type (str): `RECURRING` or `ONE_TIME`.
        subscription_cycle (str): Cycle of the plan.
        failed_type (str | Unset): Why it failed, such as `INSUFFICIENT_BALANCE`.
    """

    id: int
    target_asset: str
    plan_type: str
    plan_name: str
    plan_id: int
    transaction_date_time: int
    transaction_status: str
    source_asset: str
    source_asset_amount: str
    target_asset_amount: str
    source_wallet: str
    flexible_used: str
    transaction_fee: str
    transaction_fee_unit: str
    execution_price: str
    execution_type: str
    subscription_cycle: str
    failed_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def source_asset_amount_decimal(self) -> Decimal:
        """`source_asset_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.source_asset_amount)

    @property
    def target_asset_amount_decimal(self) -> Decimal:
        """`target_asset_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.target_asset_amount)

    @property
    def transaction_fee_decimal(self) -> Decimal:
        """`transaction_fee` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.transaction_fee)

    @property
    def execution_price_decimal(self) -> Decimal:
        """`execution_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.execution_price)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        target_asset = self.target_asset

        plan_type = self.plan_type

        plan_name = self.plan_name

        plan_id = self.plan_id

        transaction_date_time = self.transaction_date_time

        transaction_status = self.transaction_status

        source_asset = self.source_asset

        source_asset_amount = self.source_asset_amount

        target_asset_amount = self.target_asset_amount

        source_wallet = self.source_wallet

        flexible_used = self.flexible_used

        transaction_fee = self.transaction_fee

        transaction_fee_unit = self.transaction_fee_unit

        execution_price = self.execution_price

        execution_type = self.execution_type

        subscription_cycle = self.subscription_cycle

        failed_type = self.failed_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "targetAsset": target_asset,
                "planType": plan_type,
                "planName": plan_name,
                "planId": plan_id,
                "transactionDateTime": transaction_date_time,
                "transactionStatus": transaction_status,
                "sourceAsset": source_asset,
                "sourceAssetAmount": source_asset_amount,
                "targetAssetAmount": target_asset_amount,
                "sourceWallet": source_wallet,
                "flexibleUsed": flexible_used,
                "transactionFee": transaction_fee,
                "transactionFeeUnit": transaction_fee_unit,
                "executionPrice": execution_price,
                "executionType": execution_type,
                "subscriptionCycle": subscription_cycle,
            }
        )
        if failed_type is not UNSET:
            field_dict["failedType"] = failed_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["id"],
            d["targetAsset"],
            d["planType"],
            d["planName"],
            d["planId"],
            d["transactionDateTime"],
            d["transactionStatus"],
            d["sourceAsset"],
            d["sourceAssetAmount"],
            d["targetAssetAmount"],
            d["sourceWallet"],
            d["flexibleUsed"],
            d["transactionFee"],
            d["transactionFeeUnit"],
            d["executionPrice"],
            d["executionType"],
            d["subscriptionCycle"],
            d.get("failedType", UNSET),
        )
        if len(d) > 17 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "id",
        "targetAsset",
        "planType",
        "planName",
        "planId",
        "transactionDateTime",
        "transactionStatus",
        "sourceAsset",
        "sourceAssetAmount",
        "targetAssetAmount",
        "sourceWallet",
        "flexibleUsed",
        "transactionFee",
        "transactionFeeUnit",
        "executionPrice",
        "executionType",
        "subscriptionCycle",
        "failedType",
    }
)
