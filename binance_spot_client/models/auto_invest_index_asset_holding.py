"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AutoInvestIndexAssetHolding")


@_attrs_define
class AutoInvestIndexAssetHolding:
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
        d = dict(src_dict)
        target_asset = d.pop("targetAsset")

        average_price_in_usd = d.pop("averagePriceInUSD")

        total_invested_in_usd = d.pop("totalInvestedInUSD")

        current_invested_in_usd = d.pop("currentInvestedInUSD")

        purchased_amount = d.pop("purchasedAmount")

        pnl_in_usd = d.pop("pnlInUSD")

        roi = d.pop("roi")

        percentage = d.pop("percentage")

        available_amount = d.pop("availableAmount")

        redeemed_amount = d.pop("redeemedAmount")

        asset_value_in_usd = d.pop("assetValueInUSD")

        _instance = cls(
            target_asset=target_asset,
            average_price_in_usd=average_price_in_usd,
            total_invested_in_usd=total_invested_in_usd,
            current_invested_in_usd=current_invested_in_usd,
            purchased_amount=purchased_amount,
            pnl_in_usd=pnl_in_usd,
            roi=roi,
            percentage=percentage,
            available_amount=available_amount,
            redeemed_amount=redeemed_amount,
            asset_value_in_usd=asset_value_in_usd,
        )

        _instance.additional_properties = d
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
