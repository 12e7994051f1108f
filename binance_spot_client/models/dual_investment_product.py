"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DualInvestmentProduct")


@_attrs_define
class DualInvestmentProduct:
    """A Dual Investment product with its current quote.

    Attributes:
        id (str): Product identifier, needed to subscribe.
        invest_coin (str): Asset invested.
        exercised_coin (str): Asset paid out if the strike price is reached.
        strike_price (str): Strike price.
        duration (int): Term in days.
        settle_date (int): Settlement time, UTC milliseconds.
        purchase_decimal (int): Decimal places allowed in the subscription amount.
        purchase_end_time (int): Last moment to subscribe, UTC milliseconds.
        can_purchase (bool): Whether the product can be subscribed now.
        apr (str): Annual percentage rate, as a fraction.
        order_id (int): Quote identifier, needed to subscribe at this rate.
        min_amount (str): Smallest subscription.
        max_amount (str): Largest subscription.
        create_timestamp (int): When the quote was created, UTC milliseconds.
        option_type (str): `CALL` or `PUT`.
        is_auto_compound_enable (bool): Whether auto-compound plans are available for the product.
        auto_compound_plan_list (list[str]): Auto-compound plans available, such as `STANDARD` and `ADVANCE`.
    """

    id: str
    invest_coin: str
    exercised_coin: str
    strike_price: str
    duration: int
    settle_date: int
    purchase_decimal: int
    purchase_end_time: int
    can_purchase: bool
    apr: str
    order_id: int
    min_amount: str
    max_amount: str
    create_timestamp: int
    option_type: str
    is_auto_compound_enable: bool
    auto_compound_plan_list: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        invest_coin = self.invest_coin

        exercised_coin = self.exercised_coin

        strike_price = self.strike_price

        duration = self.duration

        settle_date = self.settle_date

        purchase_decimal = self.purchase_decimal

        purchase_end_time = self.purchase_end_time

        can_purchase = self.can_purchase

        apr = self.apr

        order_id = self.order_id

        min_amount = self.min_amount

        max_amount = self.max_amount

        create_timestamp = self.create_timestamp

        option_type = self.option_type

        is_auto_compound_enable = self.is_auto_compound_enable

        auto_compound_plan_list = self.auto_compound_plan_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "investCoin": invest_coin,
                "exercisedCoin": exercised_coin,
                "strikePrice": strike_price,
                "duration": duration,
                "settleDate": settle_date,
                "purchaseDecimal": purchase_decimal,
                "purchaseEndTime": purchase_end_time,
                "canPurchase": can_purchase,
                "apr": apr,
                "orderId": order_id,
                "minAmount": min_amount,
                "maxAmount": max_amount,
                "createTimestamp": create_timestamp,
                "optionType": option_type,
                "isAutoCompoundEnable": is_auto_compound_enable,
                "autoCompoundPlanList": auto_compound_plan_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        invest_coin = d.pop("investCoin")

        exercised_coin = d.pop("exercisedCoin")

        strike_price = d.pop("strikePrice")

        duration = d.pop("duration")

        settle_date = d.pop("settleDate")

        purchase_decimal = d.pop("purchaseDecimal")

        purchase_end_time = d.pop("purchaseEndTime")

        can_purchase = d.pop("canPurchase")

        apr = d.pop("apr")

        order_id = d.pop("orderId")

        min_amount = d.pop("minAmount")

        max_amount = d.pop("maxAmount")

        create_timestamp = d.pop("createTimestamp")

        option_type = d.pop("optionType")

        is_auto_compound_enable = d.pop("isAutoCompoundEnable")

        auto_compound_plan_list = cast(list[str], d.pop("autoCompoundPlanList"))

        _instance = cls(
            id=id,
            invest_coin=invest_coin,
            exercised_coin=exercised_coin,
            strike_price=strike_price,
            duration=duration,
            settle_date=settle_date,
            purchase_decimal=purchase_decimal,
            purchase_end_time=purchase_end_time,
            can_purchase=can_purchase,
            apr=apr,
            order_id=order_id,
            min_amount=min_amount,
            max_amount=max_amount,
            create_timestamp=create_timestamp,
            option_type=option_type,
            is_auto_compound_enable=is_auto_compound_enable,
            auto_compound_plan_list=auto_compound_plan_list,
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
