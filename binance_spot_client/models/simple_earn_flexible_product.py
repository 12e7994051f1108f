"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimpleEarnFlexibleProduct")


@_attrs_define
class SimpleEarnFlexibleProduct(AdditionalProperties[Any]):
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

    @property
    def latest_annual_percentage_rate_decimal(self) -> Decimal:
        """`latest_annual_percentage_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.latest_annual_percentage_rate)

    @property
    def min_purchase_amount_decimal(self) -> Decimal:
        """`min_purchase_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.min_purchase_amount)

    @property
    def air_drop_percentage_rate_decimal(self) -> Decimal | Unset:
        """`air_drop_percentage_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.air_drop_percentage_rate, Unset) else Decimal(self.air_drop_percentage_rate)

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
        d = src_dict
        _tier_annual_percentage_rate = d.get("tierAnnualPercentageRate", UNSET)
        tier_annual_percentage_rate: SimpleEarnTierRates | Unset = (
            UNSET
            if _tier_annual_percentage_rate is UNSET
            else SimpleEarnTierRates.from_dict(_tier_annual_percentage_rate)
        )

        _instance = cls(
            d["asset"],
            d["latestAnnualPercentageRate"],
            d["canPurchase"],
            d["canRedeem"],
            d["isSoldOut"],
            d["hot"],
            d["minPurchaseAmount"],
            d["productId"],
            d["subscriptionStartTime"],
            d["status"],
            tier_annual_percentage_rate,
            d.get("airDropPercentageRate", UNSET),
        )
        if len(d) > 10 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.simple_earn_tier_rates import SimpleEarnTierRates  # noqa: E402

_WIRE_NAMES = frozenset(
    {
        "asset",
        "latestAnnualPercentageRate",
        "canPurchase",
        "canRedeem",
        "isSoldOut",
        "hot",
        "minPurchaseAmount",
        "productId",
        "subscriptionStartTime",
        "status",
        "tierAnnualPercentageRate",
        "airDropPercentageRate",
    }
)
