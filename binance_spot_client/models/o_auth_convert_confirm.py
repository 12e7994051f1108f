"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="OAuthConvertConfirm")


@_attrs_define
class OAuthConvertConfirm(AdditionalProperties[Any]):
    """Amounts, fee and price here are JSON numbers, not strings.

    Attributes:
        quote_id (str):
        status (str): e.g. SUCCESS or FAIL.
        order_id (str | Unset):
        from_asset (str | Unset):
        to_asset (str | Unset):
        source_amount (float | Unset): Amount of fromAsset given.
        obtain_amount (float | Unset): Amount of toAsset received.
        trade_fee (float | Unset):
        price (float | Unset):
        fee_type (int | Unset):
        fee_rate (float | Unset):
        fix_fee (float | Unset):
    """

    quote_id: str
    status: str
    order_id: str | Unset = UNSET
    from_asset: str | Unset = UNSET
    to_asset: str | Unset = UNSET
    source_amount: float | Unset = UNSET
    obtain_amount: float | Unset = UNSET
    trade_fee: float | Unset = UNSET
    price: float | Unset = UNSET
    fee_type: int | Unset = UNSET
    fee_rate: float | Unset = UNSET
    fix_fee: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quote_id = self.quote_id

        status = self.status

        order_id = self.order_id

        from_asset = self.from_asset

        to_asset = self.to_asset

        source_amount = self.source_amount

        obtain_amount = self.obtain_amount

        trade_fee = self.trade_fee

        price = self.price

        fee_type = self.fee_type

        fee_rate = self.fee_rate

        fix_fee = self.fix_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quoteId": quote_id,
                "status": status,
            }
        )
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if from_asset is not UNSET:
            field_dict["fromAsset"] = from_asset
        if to_asset is not UNSET:
            field_dict["toAsset"] = to_asset
        if source_amount is not UNSET:
            field_dict["sourceAmount"] = source_amount
        if obtain_amount is not UNSET:
            field_dict["obtainAmount"] = obtain_amount
        if trade_fee is not UNSET:
            field_dict["tradeFee"] = trade_fee
        if price is not UNSET:
            field_dict["price"] = price
        if fee_type is not UNSET:
            field_dict["feeType"] = fee_type
        if fee_rate is not UNSET:
            field_dict["feeRate"] = fee_rate
        if fix_fee is not UNSET:
            field_dict["fixFee"] = fix_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["quoteId"],
            d["status"],
            d.get("orderId", UNSET),
            d.get("fromAsset", UNSET),
            d.get("toAsset", UNSET),
            d.get("sourceAmount", UNSET),
            d.get("obtainAmount", UNSET),
            d.get("tradeFee", UNSET),
            d.get("price", UNSET),
            d.get("feeType", UNSET),
            d.get("feeRate", UNSET),
            d.get("fixFee", UNSET),
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "quoteId",
        "status",
        "orderId",
        "fromAsset",
        "toAsset",
        "sourceAmount",
        "obtainAmount",
        "tradeFee",
        "price",
        "feeType",
        "feeRate",
        "fixFee",
    }
)
