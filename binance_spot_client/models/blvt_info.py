"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="BlvtInfo")


@_attrs_define
class BlvtInfo(AdditionalProperties[Any]):
    """A leveraged token and its current state.

    Attributes:
        token_name (str):
        description (str):
        underlying (str): Underlying asset.
        token_issued (str): Tokens in circulation.
        basket (str): Summary of the futures basket.
        current_baskets (list[BlvtBasket]):
        nav (str): Net asset value per token.
        real_leverage (str): Effective leverage.
        funding_rate (str): Funding rate.
        daily_management_fee (str): Daily management fee rate.
        purchase_fee_pct (str): Subscription fee rate.
        daily_purchase_limit (str): Daily subscription limit.
        redeem_fee_pct (str): Redemption fee rate.
        daily_redeem_limit (str): Daily redemption limit.
        timestamp (int): Time of the figures, UTC milliseconds.
    """

    token_name: str
    description: str
    underlying: str
    token_issued: str
    basket: str
    current_baskets: list[BlvtBasket]
    nav: str
    real_leverage: str
    funding_rate: str
    daily_management_fee: str
    purchase_fee_pct: str
    daily_purchase_limit: str
    redeem_fee_pct: str
    daily_redeem_limit: str
    timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def token_issued_decimal(self) -> Decimal:
        """`token_issued` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.token_issued)

    @property
    def nav_decimal(self) -> Decimal:
        """`nav` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.nav)

    @property
    def real_leverage_decimal(self) -> Decimal:
        """`real_leverage` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.real_leverage)

    @property
    def funding_rate_decimal(self) -> Decimal:
        """`funding_rate` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.funding_rate)

    @property
    def daily_management_fee_decimal(self) -> Decimal:
        """`daily_management_fee` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.daily_management_fee)

    @property
    def purchase_fee_pct_decimal(self) -> Decimal:
        """`purchase_fee_pct` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.purchase_fee_pct)

    @property
    def daily_purchase_limit_decimal(self) -> Decimal:
        """`daily_purchase_limit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.daily_purchase_limit)

    @property
    def redeem_fee_pct_decimal(self) -> Decimal:
        """`redeem_fee_pct` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.redeem_fee_pct)

    @property
    def daily_redeem_limit_decimal(self) -> Decimal:
        """`daily_redeem_limit` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.daily_redeem_limit)

    def to_dict(self) -> dict[str, Any]:
        token_name = self.token_name

        description = self.description

        underlying = self.underlying

        token_issued = self.token_issued

        basket = self.basket

        current_baskets = []
        for current_baskets_item_data in self.current_baskets:
            current_baskets_item = current_baskets_item_data.to_dict()
            current_baskets.append(current_baskets_item)

        nav = self.nav

        real_leverage = self.real_leverage

        funding_rate = self.funding_rate

        daily_management_fee = self.daily_management_fee

        purchase_fee_pct = self.purchase_fee_pct

        daily_purchase_limit = self.daily_purchase_limit

        redeem_fee_pct = self.redeem_fee_pct

        daily_redeem_limit = self.daily_redeem_limit

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokenName": token_name,
                "description": description,
                "underlying": underlying,
                "tokenIssued": token_issued,
                "basket": basket,
                "currentBaskets": current_baskets,
                "nav": nav,
                "realLeverage": real_leverage,
                "fundingRate": funding_rate,
                "dailyManagementFee": daily_management_fee,
                "purchaseFeePct": purchase_fee_pct,
                "dailyPurchaseLimit": daily_purchase_limit,
                "redeemFeePct": redeem_fee_pct,
                "dailyRedeemLimit": daily_redeem_limit,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        current_baskets = [BlvtBasket.from_dict(item) for item in d["currentBaskets"]]

        _instance = cls(
            d["tokenName"],
            d["description"],
            d["underlying"],
            d["tokenIssued"],
            d["basket"],
            current_baskets,
            d["nav"],
            d["realLeverage"],
            d["fundingRate"],
            d["dailyManagementFee"],
            d["purchaseFeePct"],
            d["dailyPurchaseLimit"],
            d["redeemFeePct"],
            d["dailyRedeemLimit"],
            d["timestamp"],
        )
        if len(d) > 15 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.blvt_basket import BlvtBasket  # noqa: E402

_WIRE_NAMES = frozenset(
    {
        "tokenName",
        "description",
        "underlying",
        "tokenIssued",
        "basket",
        "currentBaskets",
        "nav",
        "realLeverage",
        "fundingRate",
        "dailyManagementFee",
        "purchaseFeePct",
        "dailyPurchaseLimit",
        "redeemFeePct",
        "dailyRedeemLimit",
        "timestamp",
    }
)
