"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DualInvestmentPosition")


@_attrs_define
class DualInvestmentPosition:
    """A Dual Investment position.

    Attributes:
        id (str): Position identifier.
        invest_coin (str): Asset invested.
        exercised_coin (str): Asset paid out if the strike price is reached.
        subscription_amount (str): Amount invested.
        strike_price (str): Strike price.
        duration (int): Term in days.
        settle_date (int): Settlement time, UTC milliseconds.
        purchase_status (str): Position state; see the `status` filter for the values.
        apr (str): Annual percentage rate, as a fraction.
        order_id (int): Quote the position was bought at.
        purchase_end_time (int): Subscription deadline of the product, UTC milliseconds.
        option_type (str): `CALL` or `PUT`.
        auto_compound_plan (str): Auto-compound plan: `NONE`, `STANDARD` or `ADVANCED`.
        subscription_time (int | Unset): When the position was subscribed, UTC milliseconds (added by Binance in 2026).
    """

    id: str
    invest_coin: str
    exercised_coin: str
    subscription_amount: str
    strike_price: str
    duration: int
    settle_date: int
    purchase_status: str
    apr: str
    order_id: int
    purchase_end_time: int
    option_type: str
    auto_compound_plan: str
    subscription_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        invest_coin = self.invest_coin

        exercised_coin = self.exercised_coin

        subscription_amount = self.subscription_amount

        strike_price = self.strike_price

        duration = self.duration

        settle_date = self.settle_date

        purchase_status = self.purchase_status

        apr = self.apr

        order_id = self.order_id

        purchase_end_time = self.purchase_end_time

        option_type = self.option_type

        auto_compound_plan = self.auto_compound_plan

        subscription_time = self.subscription_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "investCoin": invest_coin,
                "exercisedCoin": exercised_coin,
                "subscriptionAmount": subscription_amount,
                "strikePrice": strike_price,
                "duration": duration,
                "settleDate": settle_date,
                "purchaseStatus": purchase_status,
                "apr": apr,
                "orderId": order_id,
                "purchaseEndTime": purchase_end_time,
                "optionType": option_type,
                "autoCompoundPlan": auto_compound_plan,
            }
        )
        if subscription_time is not UNSET:
            field_dict["subscriptionTime"] = subscription_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        invest_coin = d.pop("investCoin")

        exercised_coin = d.pop("exercisedCoin")

        subscription_amount = d.pop("subscriptionAmount")

        strike_price = d.pop("strikePrice")

        duration = d.pop("duration")

        settle_date = d.pop("settleDate")

        purchase_status = d.pop("purchaseStatus")

        apr = d.pop("apr")

        order_id = d.pop("orderId")

        purchase_end_time = d.pop("purchaseEndTime")

        option_type = d.pop("optionType")

        auto_compound_plan = d.pop("autoCompoundPlan")

        subscription_time = d.pop("subscriptionTime", UNSET)

        _instance = cls(
            id=id,
            invest_coin=invest_coin,
            exercised_coin=exercised_coin,
            subscription_amount=subscription_amount,
            strike_price=strike_price,
            duration=duration,
            settle_date=settle_date,
            purchase_status=purchase_status,
            apr=apr,
            order_id=order_id,
            purchase_end_time=purchase_end_time,
            option_type=option_type,
            auto_compound_plan=auto_compound_plan,
            subscription_time=subscription_time,
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
