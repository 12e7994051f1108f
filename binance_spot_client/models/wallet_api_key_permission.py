"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="WalletApiKeyPermission")


@_attrs_define
class WalletApiKeyPermission(AdditionalProperties[Any]):
    """Permissions of the API key used for the request.

    Attributes:
        ip_restrict (bool): Whether the key only works from whitelisted IP addresses.
        create_time (int): Time the key was created, UTC milliseconds.
        enable_reading (bool): Reading permission.
        enable_withdrawals (bool): Withdrawal permission; needs an IP restriction.
        enable_internal_transfer (bool): Permission to move funds between master and sub-accounts.
        enable_margin (bool): Margin permission.
        enable_futures (bool): Futures permission; keys created before the futures account was opened lack it.
        permits_universal_transfer (bool): Permission to use the universal transfer endpoint.
        enable_vanilla_options (bool): Options trading permission.
        enable_spot_and_margin_trading (bool): Spot and margin trading permission.
        enable_fix_api_trade (bool | Unset): Trading permission over FIX API.
        enable_fix_read_only (bool | Unset): Read-only permission over FIX API.
        enable_portfolio_margin_trading (bool | Unset): Portfolio margin trading permission; keys created before
            portfolio margin was activated lack it.
        trading_authority_expiration_time (int | Unset): When the spot and margin trading permission expires, UTC
            milliseconds; only when an expiry is set.
    """

    ip_restrict: bool
    create_time: int
    enable_reading: bool
    enable_withdrawals: bool
    enable_internal_transfer: bool
    enable_margin: bool
    enable_futures: bool
    permits_universal_transfer: bool
    enable_vanilla_options: bool
    enable_spot_and_margin_trading: bool
    enable_fix_api_trade: bool | Unset = UNSET
    enable_fix_read_only: bool | Unset = UNSET
    enable_portfolio_margin_trading: bool | Unset = UNSET
    trading_authority_expiration_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_restrict = self.ip_restrict

        create_time = self.create_time

        enable_reading = self.enable_reading

        enable_withdrawals = self.enable_withdrawals

        enable_internal_transfer = self.enable_internal_transfer

        enable_margin = self.enable_margin

        enable_futures = self.enable_futures

        permits_universal_transfer = self.permits_universal_transfer

        enable_vanilla_options = self.enable_vanilla_options

        enable_spot_and_margin_trading = self.enable_spot_and_margin_trading

        enable_fix_api_trade = self.enable_fix_api_trade

        enable_fix_read_only = self.enable_fix_read_only

        enable_portfolio_margin_trading = self.enable_portfolio_margin_trading

        trading_authority_expiration_time = self.trading_authority_expiration_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ipRestrict": ip_restrict,
                "createTime": create_time,
                "enableReading": enable_reading,
                "enableWithdrawals": enable_withdrawals,
                "enableInternalTransfer": enable_internal_transfer,
                "enableMargin": enable_margin,
                "enableFutures": enable_futures,
                "permitsUniversalTransfer": permits_universal_transfer,
                "enableVanillaOptions": enable_vanilla_options,
                "enableSpotAndMarginTrading": enable_spot_and_margin_trading,
            }
        )
        if enable_fix_api_trade is not UNSET:
            field_dict["enableFixApiTrade"] = enable_fix_api_trade
        if enable_fix_read_only is not UNSET:
            field_dict["enableFixReadOnly"] = enable_fix_read_only
        if enable_portfolio_margin_trading is not UNSET:
            field_dict["enablePortfolioMarginTrading"] = enable_portfolio_margin_trading
        if trading_authority_expiration_time is not UNSET:
            field_dict["tradingAuthorityExpirationTime"] = trading_authority_expiration_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["ipRestrict"],
            d["createTime"],
            d["enableReading"],
            d["enableWithdrawals"],
            d["enableInternalTransfer"],
            d["enableMargin"],
            d["enableFutures"],
            d["permitsUniversalTransfer"],
            d["enableVanillaOptions"],
            d["enableSpotAndMarginTrading"],
            d.get("enableFixApiTrade", UNSET),
            d.get("enableFixReadOnly", UNSET),
            d.get("enablePortfolioMarginTrading", UNSET),
            d.get("tradingAuthorityExpirationTime", UNSET),
        )
        if len(d) > 10 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "ipRestrict",
        "createTime",
        "enableReading",
        "enableWithdrawals",
        "enableInternalTransfer",
        "enableMargin",
        "enableFutures",
        "permitsUniversalTransfer",
        "enableVanillaOptions",
        "enableSpotAndMarginTrading",
        "enableFixApiTrade",
        "enableFixReadOnly",
        "enablePortfolioMarginTrading",
        "tradingAuthorityExpirationTime",
    }
)
