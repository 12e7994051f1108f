"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountApiKeyPermissions")


@_attrs_define
class SubAccountApiKeyPermissions(AdditionalProperties[Any]):
    """Permissions of a sub-account API key after a change.

    Attributes:
        api_name (str): Label of the key.
        apikey (str): The API key.
        can_trade (bool): Spot and margin trading allowed.
        can_margin_loan_repay (bool): Margin borrowing and repaying allowed.
        can_futures_trade (bool): Futures trading allowed.
        can_universal_transfer (bool): Universal transfers allowed.
        can_vanilla_options (bool): Vanilla options trading allowed.
        timestamp (int): Time of the change, UTC milliseconds.
    """

    api_name: str
    apikey: str
    can_trade: bool
    can_margin_loan_repay: bool
    can_futures_trade: bool
    can_universal_transfer: bool
    can_vanilla_options: bool
    timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(
            {
                "apiName": api_name,
                "apikey": apikey,
                "canTrade": can_trade,
                "canMarginLoanRepay": can_margin_loan_repay,
                "canFuturesTrade": can_futures_trade,
                "canUniversalTransfer": can_universal_transfer,
                "canVanillaOptions": can_vanilla_options,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["apiName"],
            d["apikey"],
            d["canTrade"],
            d["canMarginLoanRepay"],
            d["canFuturesTrade"],
            d["canUniversalTransfer"],
            d["canVanillaOptions"],
            d["timestamp"],
        )
        if len(d) > 8 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
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
