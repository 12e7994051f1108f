"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WalletDustTransferItem")


@_attrs_define
class WalletDustTransferItem:
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
        d = dict(src_dict)
        amount = d.pop("amount")

        from_asset = d.pop("fromAsset")

        operate_time = d.pop("operateTime")

        service_charge_amount = d.pop("serviceChargeAmount")

        tran_id = d.pop("tranId")

        transfered_amount = d.pop("transferedAmount")

        _instance = cls(
            amount=amount,
            from_asset=from_asset,
            operate_time=operate_time,
            service_charge_amount=service_charge_amount,
            tran_id=tran_id,
            transfered_amount=transfered_amount,
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
