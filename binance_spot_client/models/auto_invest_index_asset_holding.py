"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="AutoInvestIndexAssetHolding")


@_attrs_define
class AutoInvestIndexAssetHolding(AdditionalProperties[Any]):
    """One asset held by an index-linked plan.

    Attributes:
        target_asset (str): Asset held.
        average_price_in_usd (str): Average purchase price, in USD.
        total_invested_in_usd (str): Amount spent on it so far, in USD.
        current_invested_in_usd (str): Amount invested in what is still held, in USD.
        purchased_amount (str): Amount bought.
        pnl_in_usd (str): Profit or loss, in USD.
        roi (str): Return on investment, as a fraction.
        percentage (str): Share of the plan, in percent.
        available_amount (str): Amount not yet redeemed.
        redeemed_amount (str): Amount redeemed.
        asset_value_in_usd (str): Current value, in USD.
    """

    target_asset: str
    average_price_in_usd: str
    total_invested_in_usd: str
    current_invested_in_usd: str
    purchased_amount: str
    pnl_in_usd: str
    roi: str
    percentage: str
    available_amount: str
    redeemed_amount: str
    asset_value_in_usd: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def average_price_in_usd_decimal(self) -> Decimal:
        """`average_price_in_usd` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.average_price_in_usd)

    @property
    def total_invested_in_usd_decimal(self) -> Decimal:
        """`total_invested_in_usd` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_invested_in_usd)

    @property
    def current_invested_in_usd_decimal(self) -> Decimal:
        """`current_invested_in_usd` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.current_invested_in_usd)

    @property
    def purchased_amount_decimal(self) -> Decimal:
        """`purchased_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.purchased_amount)

    @property
    def pnl_in_usd_decimal(self) -> Decimal:
        """`pnl_in_usd` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.pnl_in_usd)

    @property
    def roi_decimal(self) -> Decimal:
        """`roi` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.roi)

    @property
    def percentage_decimal(self) -> Decimal:
        """`percentage` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.percentage)

    @property
    def available_amount_decimal(self) -> Decimal:
        """`available_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.available_amount)

    @property
    def redeemed_amount_decimal(self) -> Decimal:
        """`redeemed_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.redeemed_amount)

    @property
    def asset_value_in_usd_decimal(self) -> Decimal:
        """`asset_value_in_usd` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.asset_value_in_usd)

    def to_dict(self) -> dict[str, Any]:
        target_asset = self.target_asset

        average_price_in_usd = self.average_price_in_usd

        total_invested_in_usd = self.total_invested_in_usd

        current_invested_in_usd = self.current_invested_in_usd

        purchased_amount = self.purchased_amount

        pnl_in_usd = self.pnl_in_usd

        roi = self.roi

        percentage = self.percentage

        available_amount = self.available_amount

        redeemed_amount = self.redeemed_amount

        asset_value_in_usd = self.asset_value_in_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targetAsset": target_asset,
                "averagePriceInUSD": average_price_in_usd,
                "totalInvestedInUSD": total_invested_in_usd,
                "currentInvestedInUSD": current_invested_in_usd,
                "purchasedAmount": purchased_amount,
                "pnlInUSD": pnl_in_usd,
                "roi": roi,
                "percentage": percentage,
                "availableAmount": available_amount,
                "redeemedAmount": redeemed_amount,
                "assetValueInUSD": asset_value_in_usd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["targetAsset"],
            d["averagePriceInUSD"],
            d["totalInvestedInUSD"],
            d["currentInvestedInUSD"],
            d["purchasedAmount"],
            d["pnlInUSD"],
            d["roi"],
            d["percentage"],
            d["availableAmount"],
            d["redeemedAmount"],
            d["assetValueInUSD"],
        )
        if len(d) > 11 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "targetAsset",
        "averagePriceInUSD",
        "totalInvestedInUSD",
        "currentInvestedInUSD",
        "purchasedAmount",
        "pnlInUSD",
        "roi",
        "percentage",
        "availableAmount",
        "redeemedAmount",
        "assetValueInUSD",
    }
)
