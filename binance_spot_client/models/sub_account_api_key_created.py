"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SubAccountApiKeyCreated")


@_attrs_define
class SubAccountApiKeyCreated(AdditionalProperties[Any]):
    """A newly created sub-account API key.

    Attributes:
        api_name (str): Label of the key.
        api_key (str): The API key.
        secret_key (str): Its secret; returned only here, once.
        can_trade (bool): Spot and margin trading allowed.
        can_margin_loan_repay (bool): Margin borrowing and repaying allowed.
        can_futures_trade (bool): Futures trading allowed.
        can_universal_transfer (bool): Universal transfers allowed.
        can_vanilla_options (bool): Vanilla options trading allowed.
        status (int): IP restriction in force: `1` none, `2` trusted IPs, `3` third-party IP list.
        ip_list (list[str] | Unset): Trusted IP addresses, when the key is restricted to them.
    """

    api_name: str
    api_key: str
    secret_key: str
    can_trade: bool
    can_margin_loan_repay: bool
    can_futures_trade: bool
    can_universal_transfer: bool
    can_vanilla_options: bool
    status: int
    ip_list: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_name = self.api_name

        api_key = self.api_key

        secret_key = self.secret_key

        can_trade = self.can_trade

        can_margin_loan_repay = self.can_margin_loan_repay

        can_futures_trade = self.can_futures_trade

        can_universal_transfer = self.can_universal_transfer

        can_vanilla_options = self.can_vanilla_options

        status = self.status

        ip_list: list[str] | Unset = UNSET
        if not isinstance(self.ip_list, Unset):
            ip_list = self.ip_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiName": api_name,
                "apiKey": api_key,
                "secretKey": secret_key,
                "canTrade": can_trade,
                "canMarginLoanRepay": can_margin_loan_repay,
                "canFuturesTrade": can_futures_trade,
                "canUniversalTransfer": can_universal_transfer,
                "canVanillaOptions": can_vanilla_options,
                "status": status,
            }
        )
        if ip_list is not UNSET:
            field_dict["ipList"] = ip_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _ip_list = d.get("ipList", UNSET)
        ip_list: list[str] | Unset = UNSET if _ip_list is UNSET else _ip_list

        _instance = cls(
            d["apiName"],
            d["apiKey"],
            d["secretKey"],
            d["canTrade"],
            d["canMarginLoanRepay"],
            d["canFuturesTrade"],
            d["canUniversalTransfer"],
            d["canVanillaOptions"],
            d["status"],
            ip_list,
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "apiName",
        "apiKey",
        "secretKey",
        "canTrade",
        "canMarginLoanRepay",
        "canFuturesTrade",
        "canUniversalTransfer",
        "canVanillaOptions",
        "status",
        "ipList",
    }
)
