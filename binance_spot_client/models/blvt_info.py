"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.blvt_basket import BlvtBasket


T = TypeVar("T", bound="BlvtInfo")


@_attrs_define
class BlvtInfo:
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
        from ..models.blvt_basket import BlvtBasket

        d = dict(src_dict)
        token_name = d.pop("tokenName")

        description = d.pop("description")

        underlying = d.pop("underlying")

        token_issued = d.pop("tokenIssued")

        basket = d.pop("basket")

        current_baskets = []
        _current_baskets = d.pop("currentBaskets")
        for current_baskets_item_data in _current_baskets:
            current_baskets_item = BlvtBasket.from_dict(current_baskets_item_data)

            current_baskets.append(current_baskets_item)

        nav = d.pop("nav")

        real_leverage = d.pop("realLeverage")

        funding_rate = d.pop("fundingRate")

        daily_management_fee = d.pop("dailyManagementFee")

        purchase_fee_pct = d.pop("purchaseFeePct")

        daily_purchase_limit = d.pop("dailyPurchaseLimit")

        redeem_fee_pct = d.pop("redeemFeePct")

        daily_redeem_limit = d.pop("dailyRedeemLimit")

        timestamp = d.pop("timestamp")

        _instance = cls(
            token_name=token_name,
            description=description,
            underlying=underlying,
            token_issued=token_issued,
            basket=basket,
            current_baskets=current_baskets,
            nav=nav,
            real_leverage=real_leverage,
            funding_rate=funding_rate,
            daily_management_fee=daily_management_fee,
            purchase_fee_pct=purchase_fee_pct,
            daily_purchase_limit=daily_purchase_limit,
            redeem_fee_pct=redeem_fee_pct,
            daily_redeem_limit=daily_redeem_limit,
            timestamp=timestamp,
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
