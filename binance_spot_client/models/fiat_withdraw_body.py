"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FiatWithdrawBody")


@_attrs_define
class FiatWithdrawBody:
    """
    Attributes:
        currency (str): Fiat currency to withdraw, such as `BRL`, `ARS` or `MXN`. Example: BRL.
        api_payment_method (str): Payment channel; currently only `bank_transfer`. Example: bank_transfer.
        amount (float): Amount to withdraw, in `currency`; sent as a JSON number written with the exact digits given.
            Example: 20.
        account_info (FiatWithdrawBodyAccountInfo): The bank account that receives the money; it must already be bound
            to the Binance account. Example: {'accountNumber': '1056894222', 'agency': '1234', 'bankCodeForPix': '222',
            'accountType': 'current'}.
        ext (FiatWithdrawBodyExt | Unset): Extra, channel-specific details for the withdrawal, passed through as given.
    """

    currency: str
    api_payment_method: str
    amount: float
    account_info: FiatWithdrawBodyAccountInfo
    ext: FiatWithdrawBodyExt | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        api_payment_method = self.api_payment_method

        amount = self.amount

        account_info = self.account_info.to_dict()

        ext: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ext, Unset):
            ext = self.ext.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "apiPaymentMethod": api_payment_method,
                "amount": amount,
                "accountInfo": account_info,
            }
        )
        if ext is not UNSET:
            field_dict["ext"] = ext

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        account_info = FiatWithdrawBodyAccountInfo.from_dict(d["accountInfo"])
        _ext = d.get("ext", UNSET)
        ext: FiatWithdrawBodyExt | Unset = UNSET if _ext is UNSET else FiatWithdrawBodyExt.from_dict(_ext)

        _instance = cls(
            d["currency"],
            d["apiPaymentMethod"],
            d["amount"],
            account_info,
            ext,
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
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


from ..models.fiat_withdraw_body_account_info import FiatWithdrawBodyAccountInfo  # noqa: E402
from ..models.fiat_withdraw_body_ext import FiatWithdrawBodyExt  # noqa: E402

_WIRE_NAMES = frozenset({"currency", "apiPaymentMethod", "amount", "accountInfo", "ext"})
