"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="DualInvestmentProduct")


@_attrs_define
class DualInvestmentProduct(AdditionalProperties[Any]):
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

    @property
    def strike_price_decimal(self) -> Decimal:
        """`strike_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.strike_price)

    @property
    def apr_decimal(self) -> Decimal:
        """`apr` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.apr)

    @property
    def min_amount_decimal(self) -> Decimal:
        """`min_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.min_amount)

    @property
    def max_amount_decimal(self) -> Decimal:
        """`max_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.max_amount)

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
        d = src_dict
        auto_compound_plan_list = d["autoCompoundPlanList"]

        _instance = cls(
            d["id"],
            d["investCoin"],
            d["exercisedCoin"],
            d["strikePrice"],
            d["duration"],
            d["settleDate"],
            d["purchaseDecimal"],
            d["purchaseEndTime"],
            d["canPurchase"],
            d["apr"],
            d["orderId"],
            d["minAmount"],
            d["maxAmount"],
            d["createTimestamp"],
            d["optionType"],
            d["isAutoCompoundEnable"],
            auto_compound_plan_list,
        )
        if len(d) > 17 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "id",
        "investCoin",
        "exercisedCoin",
        "strikePrice",
        "duration",
        "settleDate",
        "purchaseDecimal",
        "purchaseEndTime",
        "canPurchase",
        "apr",
        "orderId",
        "minAmount",
        "maxAmount",
        "createTimestamp",
        "optionType",
        "isAutoCompoundEnable",
        "autoCompoundPlanList",
    }
)
