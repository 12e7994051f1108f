"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DualInvestmentPosition")


@_attrs_define
class DualInvestmentPosition(AdditionalProperties[Any]):
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

    @property
    def subscription_amount_decimal(self) -> Decimal:
        """`subscription_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.subscription_amount)

    @property
    def strike_price_decimal(self) -> Decimal:
        """`strike_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.strike_price)

    @property
    def apr_decimal(self) -> Decimal:
        """`apr` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.apr)

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
        d = src_dict

        _instance = cls(
            d["id"],
            d["investCoin"],
            d["exercisedCoin"],
            d["subscriptionAmount"],
            d["strikePrice"],
            d["duration"],
            d["settleDate"],
            d["purchaseStatus"],
            d["apr"],
            d["orderId"],
            d["purchaseEndTime"],
            d["optionType"],
            d["autoCompoundPlan"],
            d.get("subscriptionTime", UNSET),
        )
        if len(d) > 13 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "id",
        "investCoin",
        "exercisedCoin",
        "subscriptionAmount",
        "strikePrice",
        "duration",
        "settleDate",
        "purchaseStatus",
        "apr",
        "orderId",
        "purchaseEndTime",
        "optionType",
        "autoCompoundPlan",
        "subscriptionTime",
    }
)
