"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DualInvestmentSubscription")


@_attrs_define
class DualInvestmentSubscription(AdditionalProperties[Any]):
    """Outcome of a Dual Investment subscription.

    Attributes:
        position_id (int): Identifier of the new position.
        invest_coin (str): Asset invested.
        exercised_coin (str): Asset paid out if the strike price is reached.
        subscription_amount (str): Amount invested.
        duration (int): Term in days.
        strike_price (str): Strike price.
        settle_date (int): Settlement time, UTC milliseconds.
        purchase_status (str): Purchase state, such as `PURCHASE_SUCCESS`.
        apr (str): Annual percentage rate obtained, as a fraction.
        order_id (int): Quote the subscription used.
        purchase_time (int): When the subscription was made, UTC milliseconds.
        option_type (str): `CALL` or `PUT`.
        auto_compound_plan (str | Unset): Auto-compound plan of the position; absent when none is set.
    """

    position_id: int
    invest_coin: str
    exercised_coin: str
    subscription_amount: str
    duration: int
    strike_price: str
    settle_date: int
    purchase_status: str
    apr: str
    order_id: int
    purchase_time: int
    option_type: str
    auto_compound_plan: str | Unset = UNSET
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
        position_id = self.position_id

        invest_coin = self.invest_coin

        exercised_coin = self.exercised_coin

        subscription_amount = self.subscription_amount

        duration = self.duration

        strike_price = self.strike_price

        settle_date = self.settle_date

        purchase_status = self.purchase_status

        apr = self.apr

        order_id = self.order_id

        purchase_time = self.purchase_time

        option_type = self.option_type

        auto_compound_plan = self.auto_compound_plan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "positionId": position_id,
                "investCoin": invest_coin,
                "exercisedCoin": exercised_coin,
                "subscriptionAmount": subscription_amount,
                "duration": duration,
                "strikePrice": strike_price,
                "settleDate": settle_date,
                "purchaseStatus": purchase_status,
                "apr": apr,
                "orderId": order_id,
                "purchaseTime": purchase_time,
                "optionType": option_type,
            }
        )
        if auto_compound_plan is not UNSET:
            field_dict["autoCompoundPlan"] = auto_compound_plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["positionId"],
            d["investCoin"],
            d["exercisedCoin"],
            d["subscriptionAmount"],
            d["duration"],
            d["strikePrice"],
            d["settleDate"],
            d["purchaseStatus"],
            d["apr"],
            d["orderId"],
            d["purchaseTime"],
            d["optionType"],
            d.get("autoCompoundPlan", UNSET),
        )
        if len(d) > 12 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "positionId",
        "investCoin",
        "exercisedCoin",
        "subscriptionAmount",
        "duration",
        "strikePrice",
        "settleDate",
        "purchaseStatus",
        "apr",
        "orderId",
        "purchaseTime",
        "optionType",
        "autoCompoundPlan",
    }
)
