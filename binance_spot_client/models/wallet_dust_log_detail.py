"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="WalletDustLogDetail")


@_attrs_define
class WalletDustLogDetail(AdditionalProperties[Any]):
    """One asset converted in a dust conversion.

    Attributes:
        trans_id (int): Id of the conversion.
        service_charge_amount (str): Fee charged, in the target asset.
        amount (str): Amount of the small balance converted.
        operate_time (int): Time of the conversion, UTC milliseconds.
        transfered_amount (str): Amount received, in the target asset, after the fee.
        from_asset (str): Asset converted.
        target_asset (str | Unset): Asset received (BNB unless converted to another target).
    """

    trans_id: int
    service_charge_amount: str
    amount: str
    operate_time: int
    transfered_amount: str
    from_asset: str
    target_asset: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def service_charge_amount_decimal(self) -> Decimal:
        """`service_charge_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.service_charge_amount)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def transfered_amount_decimal(self) -> Decimal:
        """`transfered_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.transfered_amount)

    def to_dict(self) -> dict[str, Any]:
        trans_id = self.trans_id

        service_charge_amount = self.service_charge_amount

        amount = self.amount

        operate_time = self.operate_time

        transfered_amount = self.transfered_amount

        from_asset = self.from_asset

        target_asset = self.target_asset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transId": trans_id,
                "serviceChargeAmount": service_charge_amount,
                "amount": amount,
                "operateTime": operate_time,
                "transferedAmount": transfered_amount,
                "fromAsset": from_asset,
            }
        )
        if target_asset is not UNSET:
            field_dict["targetAsset"] = target_asset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["transId"],
            d["serviceChargeAmount"],
            d["amount"],
            d["operateTime"],
            d["transferedAmount"],
            d["fromAsset"],
            d.get("targetAsset", UNSET),
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {"transId", "serviceChargeAmount", "amount", "operateTime", "transferedAmount", "fromAsset", "targetAsset"}
)
