"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FiatDepositBody")


@_attrs_define
class FiatDepositBody:
    """
    Attributes:
        currency (str): Fiat currency to deposit; currently only `BRL`. Example: BRL.
        api_payment_method (str): Payment channel; currently only Pix. Example: Pix.
        amount (float): Amount to deposit, in `currency`; sent as a JSON number written with the exact digits given.
            Example: 30.
        ext (FiatDepositBodyExt | Unset): Extra, channel-specific details for the deposit, passed through as given.
    """

    currency: str
    api_payment_method: str
    amount: float
    ext: FiatDepositBodyExt | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        api_payment_method = self.api_payment_method

        amount = self.amount

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
            }
        )
        if ext is not UNSET:
            field_dict["ext"] = ext

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _ext = d.get("ext", UNSET)
        ext: FiatDepositBodyExt | Unset = UNSET if _ext is UNSET else FiatDepositBodyExt.from_dict(_ext)

        _instance = cls(
            d["currency"],
            d["apiPaymentMethod"],
            d["amount"],
            ext,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
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


from ..models.fiat_deposit_body_ext import FiatDepositBodyExt  # noqa: E402

_WIRE_NAMES = frozenset({"currency", "apiPaymentMethod", "amount", "ext"})
