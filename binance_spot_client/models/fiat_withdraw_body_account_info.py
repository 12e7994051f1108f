"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FiatWithdrawBodyAccountInfo")


@_attrs_define
class FiatWithdrawBodyAccountInfo:
    """The bank account that receives the money; it must already be bound to the Binance account.

    Example:
        {'accountNumber': '1056894222', 'agency': '1234', 'bankCodeForPix': '222', 'accountType': 'current'}

    Attributes:
        account_number (str): Number of the receiving bank account (the CBU/CVU in Argentina, the CLABE in Mexico).
        agency (str | Unset): Bank branch (agency) code, without any check digit after a hyphen (`123` for `123-4`).
        bank_code_for_pix (str | Unset): Code of the bank, used to route the transfer over Pix.
        account_type (str | Unset): Kind of account, such as `current` (checking) or `saving`.
    """

    account_number: str
    agency: str | Unset = UNSET
    bank_code_for_pix: str | Unset = UNSET
    account_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_number = self.account_number

        agency = self.agency

        bank_code_for_pix = self.bank_code_for_pix

        account_type = self.account_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountNumber": account_number,
            }
        )
        if agency is not UNSET:
            field_dict["agency"] = agency
        if bank_code_for_pix is not UNSET:
            field_dict["bankCodeForPix"] = bank_code_for_pix
        if account_type is not UNSET:
            field_dict["accountType"] = account_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["accountNumber"],
            d.get("agency", UNSET),
            d.get("bankCodeForPix", UNSET),
            d.get("accountType", UNSET),
        )
        if len(d) > 1 and not _WIRE_NAMES.issuperset(d):
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


_WIRE_NAMES = frozenset({"accountNumber", "agency", "bankCodeForPix", "accountType"})
