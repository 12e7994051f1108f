"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SubAccountApiKeyInfo")


@_attrs_define
class SubAccountApiKeyInfo(AdditionalProperties[Any]):
    """One API key of a sub-account.

    Attributes:
        email (str | Unset): Email of the sub-account.
        api_name (str | Unset): Label of the key.
        apikey (str | Unset): The API key.
        can_trade (bool | Unset): Spot and margin trading allowed.
        can_margin_loan_repay (bool | Unset): Margin borrowing and repaying allowed.
        can_futures_trade (bool | Unset): Futures trading allowed.
        can_universal_transfer (bool | Unset): Universal transfers allowed.
        can_vanilla_options (bool | Unset): Vanilla options trading allowed.
        timestamp (int | Unset): Time of the last change, UTC milliseconds.
    """

    email: str | Unset = UNSET
    api_name: str | Unset = UNSET
    apikey: str | Unset = UNSET
    can_trade: bool | Unset = UNSET
    can_margin_loan_repay: bool | Unset = UNSET
    can_futures_trade: bool | Unset = UNSET
    can_universal_transfer: bool | Unset = UNSET
    can_vanilla_options: bool | Unset = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        api_name = self.api_name

        apikey = self.apikey

        can_trade = self.can_trade

        can_margin_loan_repay = self.can_margin_loan_repay

        can_futures_trade = self.can_futures_trade

        can_universal_transfer = self.can_universal_transfer

        can_vanilla_options = self.can_vanilla_options

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if api_name is not UNSET:
            field_dict["apiName"] = api_name
        if apikey is not UNSET:
            field_dict["apikey"] = apikey
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
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d.get("email", UNSET),
            d.get("apiName", UNSET),
            d.get("apikey", UNSET),
            d.get("canTrade", UNSET),
            d.get("canMarginLoanRepay", UNSET),
            d.get("canFuturesTrade", UNSET),
            d.get("canUniversalTransfer", UNSET),
            d.get("canVanillaOptions", UNSET),
            d.get("timestamp", UNSET),
        )
        if len(d) > 0 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "email",
        "apiName",
        "apikey",
        "canTrade",
        "canMarginLoanRepay",
        "canFuturesTrade",
        "canUniversalTransfer",
        "canVanillaOptions",
        "timestamp",
    }
)
