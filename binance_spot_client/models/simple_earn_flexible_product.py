"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.simple_earn_tier_rates import SimpleEarnTierRates


T = TypeVar("T", bound="SimpleEarnFlexibleProduct")


@_attrs_define
class SimpleEarnFlexibleProduct:
    """A flexible Simple Earn product.

    Attributes:
        asset (str): Asset the product accepts.
        latest_annual_percentage_rate (str): Current real-time APR, as a fraction.
        can_purchase (bool): Whether the product accepts subscriptions now.
        can_redeem (bool): Whether holdings can be redeemed now.
        is_sold_out (bool): Whether the product's quota is used up.
        hot (bool): Whether Binance features the product.
        min_purchase_amount (str): Smallest amount one subscription may be.
        product_id (str): Product identifier used by the subscribe and redeem calls.
        subscription_start_time (int): When subscriptions open, UTC milliseconds.
        status (str): Product state: `PREHEATING`, `PURCHASING` or `END`.
        tier_annual_percentage_rate (SimpleEarnTierRates | Unset): Annual percentage rates by holding tier: each key
            names a tier by amount range and asset (for example `0-5BTC`), each value is the rate for that tier as a
            fraction (0.05 is 5%).
        air_drop_percentage_rate (str | Unset): APR of the airdrop paid alongside the product, as a fraction.
    """

    asset: str
    latest_annual_percentage_rate: str
    can_purchase: bool
    can_redeem: bool
    is_sold_out: bool
    hot: bool
    min_purchase_amount: str
    product_id: str
    subscription_start_time: int
    status: str
    tier_annual_percentage_rate: SimpleEarnTierRates | Unset = UNSET
    air_drop_percentage_rate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        latest_annual_percentage_rate = self.latest_annual_percentage_rate

        can_purchase = self.can_purchase

        can_redeem = self.can_redeem

        is_sold_out = self.is_sold_out

        hot = self.hot

        min_purchase_amount = self.min_purchase_amount

        product_id = self.product_id

        subscription_start_time = self.subscription_start_time

        status = self.status

        tier_annual_percentage_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tier_annual_percentage_rate, Unset):
            tier_annual_percentage_rate = self.tier_annual_percentage_rate.to_dict()

        air_drop_percentage_rate = self.air_drop_percentage_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "latestAnnualPercentageRate": latest_annual_percentage_rate,
                "canPurchase": can_purchase,
                "canRedeem": can_redeem,
                "isSoldOut": is_sold_out,
                "hot": hot,
                "minPurchaseAmount": min_purchase_amount,
                "productId": product_id,
                "subscriptionStartTime": subscription_start_time,
                "status": status,
            }
        )
        if tier_annual_percentage_rate is not UNSET:
            field_dict["tierAnnualPercentageRate"] = tier_annual_percentage_rate
        if air_drop_percentage_rate is not UNSET:
            field_dict["airDropPercentageRate"] = air_drop_percentage_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simple_earn_tier_rates import SimpleEarnTierRates

        d = dict(src_dict)
        asset = d.pop("asset")

        latest_annual_percentage_rate = d.pop("latestAnnualPercentageRate")

        can_purchase = d.pop("canPurchase")

        can_redeem = d.pop("canRedeem")

        is_sold_out = d.pop("isSoldOut")

        hot = d.pop("hot")

        min_purchase_amount = d.pop("minPurchaseAmount")

        product_id = d.pop("productId")

        subscription_start_time = d.pop("subscriptionStartTime")

        status = d.pop("status")

        _tier_annual_percentage_rate = d.pop("tierAnnualPercentageRate", UNSET)
        tier_annual_percentage_rate: SimpleEarnTierRates | Unset
        if isinstance(_tier_annual_percentage_rate, Unset):
            tier_annual_percentage_rate = UNSET
        else:
            tier_annual_percentage_rate = SimpleEarnTierRates.from_dict(_tier_annual_percentage_rate)

        air_drop_percentage_rate = d.pop("airDropPercentageRate", UNSET)

        _instance = cls(
            asset=asset,
            latest_annual_percentage_rate=latest_annual_percentage_rate,
            can_purchase=can_purchase,
            can_redeem=can_redeem,
            is_sold_out=is_sold_out,
            hot=hot,
            min_purchase_amount=min_purchase_amount,
            product_id=product_id,
            subscription_start_time=subscription_start_time,
            status=status,
            tier_annual_percentage_rate=tier_annual_percentage_rate,
            air_drop_percentage_rate=air_drop_percentage_rate,
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
