"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties, former_attribute

T = TypeVar("T", bound="StakingOnChainRedemptionRecord")


@_attrs_define
class StakingOnChainRedemptionRecord(AdditionalProperties[Any]):
    """One on-chain yields redemption.

    Attributes:
        position_id (str): Position redeemed (sent as text).
        redeem_id (int): Identifier of the redemption.
        time (int): When it was requested, UTC milliseconds.
        asset (str): Asset redeemed.
        lock_period (str): Lock period in days (sent as text).
        amount (str): Amount returned.
        original_amount (str): Amount originally locked.
        type (str): Kind of redemption, such as `NORMAL` or early.
        deliver_date (str): When the amount arrives, UTC milliseconds (sent as text).
        loss_amount (str): Rewards given up by redeeming early.
        is_complete (bool): Whether the redemption has completed.
        reward_asset (str): Asset the rewards were paid in.
        reward_amt (str): Rewards paid for the position.
        status (str): State, such as `PAID`.
    """

    position_id: str
    redeem_id: int
    time: int
    asset: str
    lock_period: str
    amount: str
    original_amount: str
    type: str
    deliver_date: str
    loss_amount: str
    is_complete: bool
    reward_asset: str
    reward_amt: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    @property
    def original_amount_decimal(self) -> Decimal:
        """`original_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.original_amount)

    @property
    def loss_amount_decimal(self) -> Decimal:
        """`loss_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.loss_amount)

    @property
    def reward_amt_decimal(self) -> Decimal:
        """`reward_amt` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.reward_amt)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        position_id = self.position_id

        redeem_id = self.redeem_id

        time = self.time

        asset = self.asset

        lock_period = self.lock_period

        amount = self.amount

        original_amount = self.original_amount

        type = self.type

        deliver_date = self.deliver_date

        loss_amount = self.loss_amount

        is_complete = self.is_complete

        reward_asset = self.reward_asset

        reward_amt = self.reward_amt

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "positionId": position_id,
                "redeemId": redeem_id,
                "time": time,
                "asset": asset,
                "lockPeriod": lock_period,
                "amount": amount,
                "originalAmount": original_amount,
                "type": type,
                "deliverDate": deliver_date,
                "lossAmount": loss_amount,
                "isComplete": is_complete,
                "rewardAsset": reward_asset,
                "rewardAmt": reward_amt,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["positionId"],
            d["redeemId"],
            d["time"],
            d["asset"],
            d["lockPeriod"],
            d["amount"],
            d["originalAmount"],
            d["type"],
            d["deliverDate"],
            d["lossAmount"],
            d["isComplete"],
            d["rewardAsset"],
            d["rewardAmt"],
            d["status"],
        )
        if len(d) > 14 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "positionId",
        "redeemId",
        "time",
        "asset",
        "lockPeriod",
        "amount",
        "originalAmount",
        "type",
        "deliverDate",
        "lossAmount",
        "isComplete",
        "rewardAsset",
        "rewardAmt",
        "status",
    }
)
