"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_busd_convert_account_type import WalletBusdConvertAccountType
from ..signing import AdditionalProperties, former_attribute

T = TypeVar("T", bound="WalletBusdConvertRecord")


@_attrs_define
class WalletBusdConvertRecord(AdditionalProperties[Any]):
    """One BUSD conversion.

    Attributes:
        tran_id (int): Transaction id.
        type (int): Binance's code of the conversion kind.
        time (int): Time of the conversion, UTC milliseconds.
        deducted_asset (str): Asset given.
        deducted_amount (str): Amount given.
        target_asset (str): Asset received.
        target_amount (str): Amount received.
        status (str): `S` for success.
        account_type (WalletBusdConvertAccountType): Wallet a BUSD conversion was booked in: `MAIN` the spot wallet,
            `CARD` the funding wallet.
    """

    tran_id: int
    type: int
    time: int
    deducted_asset: str
    deducted_amount: str
    target_asset: str
    target_amount: str
    status: str
    account_type: WalletBusdConvertAccountType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def deducted_amount_decimal(self) -> Decimal:
        """`deducted_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.deducted_amount)

    @property
    def target_amount_decimal(self) -> Decimal:
        """`target_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.target_amount)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        tran_id = self.tran_id

        type = self.type

        time = self.time

        deducted_asset = self.deducted_asset

        deducted_amount = self.deducted_amount

        target_asset = self.target_asset

        target_amount = self.target_amount

        status = self.status

        account_type = self.account_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tranId": tran_id,
                "type": type,
                "time": time,
                "deductedAsset": deducted_asset,
                "deductedAmount": deducted_amount,
                "targetAsset": target_asset,
                "targetAmount": target_amount,
                "status": status,
                "accountType": account_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        account_type = _WALLET_BUSD_CONVERT_ACCOUNT_TYPE.get(d["accountType"]) or WalletBusdConvertAccountType(
            d["accountType"]
        )

        _instance = cls(
            d["tranId"],
            d["type"],
            d["time"],
            d["deductedAsset"],
            d["deductedAmount"],
            d["targetAsset"],
            d["targetAmount"],
            d["status"],
            account_type,
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WALLET_BUSD_CONVERT_ACCOUNT_TYPE: dict[object, WalletBusdConvertAccountType] = {
    member.value: member for member in WalletBusdConvertAccountType
}

_WIRE_NAMES = frozenset(
    {
        "tranId",
        "type",
        "time",
        "deductedAsset",
        "deductedAmount",
        "targetAsset",
        "targetAmount",
        "status",
        "accountType",
    }
)
