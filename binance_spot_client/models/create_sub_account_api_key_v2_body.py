"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sub_account_ip_restriction_status import SubAccountIpRestrictionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSubAccountApiKeyV2Body")


@_attrs_define
class CreateSubAccountApiKeyV2Body:
    """
    Attributes:
        email (str): Email of the sub-account. Example: 123@test.com.
        api_name (str): Label of the new key. Example: my-fix-api.
        status (SubAccountIpRestrictionStatus): IP restriction mode of a sub-account API key.
        can_trade (bool | Unset): Allow spot and margin trading (default false). Default: False.
        can_margin_loan_repay (bool | Unset): Allow margin borrowing and repaying (default false). Default: False.
        can_futures_trade (bool | Unset): Allow futures trading (default false). Default: False.
        can_universal_transfer (bool | Unset): Allow universal transfers (default false). Default: False.
        can_vanilla_options (bool | Unset): Allow vanilla options trading (default false). Default: False.
        can_fix_api_trading (bool | Unset): Allow trading over the FIX API (default false); only for keys made from an
            Ed25519 `publicKey`, other keys get error -9000. Default: False.
        can_fix_api_reading (bool | Unset): Allow reading over the FIX API (default false); only for keys made from an
            Ed25519 `publicKey`, other keys get error -9000. Default: False.
        ip_address (str | Unset): Trusted IP addresses, separated by commas, at most 500 characters; required when
            `status` is `2`.
        third_party_name (str | Unset): Name of the third-party IP list; required when `status` is `3`.
        public_key (str | Unset): RSA or Ed25519 public key, to create an asymmetric key instead of an HMAC one;
            accepted only in the body.
    """

    email: str
    api_name: str
    status: SubAccountIpRestrictionStatus
    can_trade: bool | Unset = False
    can_margin_loan_repay: bool | Unset = False
    can_futures_trade: bool | Unset = False
    can_universal_transfer: bool | Unset = False
    can_vanilla_options: bool | Unset = False
    can_fix_api_trading: bool | Unset = False
    can_fix_api_reading: bool | Unset = False
    ip_address: str | Unset = UNSET
    third_party_name: str | Unset = UNSET
    public_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        api_name = self.api_name

        status = self.status.value

        can_trade = self.can_trade

        can_margin_loan_repay = self.can_margin_loan_repay

        can_futures_trade = self.can_futures_trade

        can_universal_transfer = self.can_universal_transfer

        can_vanilla_options = self.can_vanilla_options

        can_fix_api_trading = self.can_fix_api_trading

        can_fix_api_reading = self.can_fix_api_reading

        ip_address = self.ip_address

        third_party_name = self.third_party_name

        public_key = self.public_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "apiName": api_name,
                "status": status,
            }
        )
        if can_trade is not UNSET:
            field_dict["canTrade"] = can_trade
        if can_margin_loan_repay is not UNSET:
            field_dict["canMarginLoanRepay"] = can_margin_loan_repay
        if can_futures_trade is not UNSET:
            field_dict["canFuturesTrade"] = can_futures_trade
        if can_universal_transfer is not UNSET:
            field_dict["canUniversalTransfer"] = can_universal_transfer
        if can_vanilla_options is not UNSET:
            field_dict["canVanillaOptions"] = can_vanilla_options
        if can_fix_api_trading is not UNSET:
            field_dict["canFixApiTrading"] = can_fix_api_trading
        if can_fix_api_reading is not UNSET:
            field_dict["canFixApiReading"] = can_fix_api_reading
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if third_party_name is not UNSET:
            field_dict["thirdPartyName"] = third_party_name
        if public_key is not UNSET:
            field_dict["publicKey"] = public_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status = _SUB_ACCOUNT_IP_RESTRICTION_STATUS.get(d["status"]) or SubAccountIpRestrictionStatus(d["status"])

        _instance = cls(
            d["email"],
            d["apiName"],
            status,
            d.get("canTrade", UNSET),
            d.get("canMarginLoanRepay", UNSET),
            d.get("canFuturesTrade", UNSET),
            d.get("canUniversalTransfer", UNSET),
            d.get("canVanillaOptions", UNSET),
            d.get("canFixApiTrading", UNSET),
            d.get("canFixApiReading", UNSET),
            d.get("ipAddress", UNSET),
            d.get("thirdPartyName", UNSET),
            d.get("publicKey", UNSET),
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


_SUB_ACCOUNT_IP_RESTRICTION_STATUS: dict[object, SubAccountIpRestrictionStatus] = {
    member.value: member for member in SubAccountIpRestrictionStatus
}

_WIRE_NAMES = frozenset(
    {
        "email",
        "apiName",
        "status",
        "canTrade",
        "canMarginLoanRepay",
        "canFuturesTrade",
        "canUniversalTransfer",
        "canVanillaOptions",
        "canFixApiTrading",
        "canFixApiReading",
        "ipAddress",
        "thirdPartyName",
        "publicKey",
    }
)
