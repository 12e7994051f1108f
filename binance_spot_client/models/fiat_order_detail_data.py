"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="FiatOrderDetailData")


@_attrs_define
class FiatOrderDetailData(AdditionalProperties[Any]):
    """State of one fiat order.

    Attributes:
        order_id (str): Order id.
        order_status (str): State of the order, such as `ORDER_INITIAL`.
        amount (str): Order amount.
        fee (str): Fee charged.
        fiat_currency (str): Fiat currency code.
        error_code (str | Unset): Error code when the order failed; empty otherwise.
        error_message (str | Unset): Error text when the order failed; empty otherwise.
        ext (FiatOrderDetailDataExt | Unset): Extra, channel-specific information.
    """

    order_id: str
    order_status: str
    amount: str
    fee: str
    fiat_currency: str
    error_code: str | Unset = UNSET
    error_message: str | Unset = UNSET
    ext: FiatOrderDetailDataExt | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def fee_decimal(self) -> Decimal:
        """`fee` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.fee)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        order_status = self.order_status

        amount = self.amount

        fee = self.fee

        fiat_currency = self.fiat_currency

        error_code = self.error_code

        error_message = self.error_message

        ext: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ext, Unset):
            ext = self.ext.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "orderStatus": order_status,
                "amount": amount,
                "fee": fee,
                "fiatCurrency": fiat_currency,
            }
        )
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if ext is not UNSET:
            field_dict["ext"] = ext

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _ext = d.get("ext", UNSET)
        ext: FiatOrderDetailDataExt | Unset = UNSET if _ext is UNSET else FiatOrderDetailDataExt.from_dict(_ext)

        _instance = cls(
            d["orderId"],
            d["orderStatus"],
            d["amount"],
            d["fee"],
            d["fiatCurrency"],
            d.get("errorCode", UNSET),
            d.get("errorMessage", UNSET),
            ext,
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.fiat_order_detail_data_ext import FiatOrderDetailDataExt  # noqa: E402

_WIRE_NAMES = frozenset({"orderId", "orderStatus", "amount", "fee", "fiatCurrency", "errorCode", "errorMessage", "ext"})
