"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletDustTransferItem")


@_attrs_define
class WalletDustTransferItem(AdditionalProperties[Any]):
    """The conversion of one small balance.

    Attributes:
        amount (str): Amount converted.
        from_asset (str): Asset converted.
        operate_time (int): Time of the conversion, UTC milliseconds.
        service_charge_amount (str): Fee charged, in the target asset.
        tran_id (int): Id of the conversion.
        transfered_amount (str): Amount received, in the target asset, after the fee.
    """

    amount: str
    from_asset: str
    operate_time: int
    service_charge_amount: str
    tran_id: int
    transfered_amount: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def service_charge_amount_decimal(self) -> Decimal:
        """`service_charge_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.service_charge_amount)

    @property
    def transfered_amount_decimal(self) -> Decimal:
        """`transfered_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.transfered_amount)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        from_asset = self.from_asset

        operate_time = self.operate_time

        service_charge_amount = self.service_charge_amount

        tran_id = self.tran_id

        transfered_amount = self.transfered_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "fromAsset": from_asset,
                "operateTime": operate_time,
                "serviceChargeAmount": service_charge_amount,
                "tranId": tran_id,
                "transferedAmount": transfered_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["amount"],
            d["fromAsset"],
            d["operateTime"],
            d["serviceChargeAmount"],
            d["tranId"],
            d["transferedAmount"],
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"amount", "fromAsset", "operateTime", "serviceChargeAmount", "tranId", "transferedAmount"})
