"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PredictionPosition")


@_attrs_define
class PredictionPosition(AdditionalProperties[Any]):
    """A position in an outcome token.

    Attributes:
        position_id (int): Identifier of the position.
        vendor (str): Venue of the market.
        chain_id (str): Chain of the market.
        token_id (str): Outcome token held.
        collateral_symbol (str): Asset the market is traded in.
        topic_type (str): Shape of the market topic.
        market_topic_id (int): Market topic of the position.
        market_id (int): Market of the position.
        market_topic_title (str): Title of the market topic.
        market_title (str): Title of the market.
        outcome_name (str): Outcome held, e.g. `YES`.
        outcome_index (int): Index of the outcome in its market.
        shares (str): Shares held.
        avg_price (str): Average price paid per share.
        total_cost (str): Total paid for the shares.
        value (str): Current value of the shares.
        current_price (str): Current price per share.
        position_status (str): State of the position, e.g. `OPEN`.
        end_date (int): When the market ends, UTC milliseconds.
        realized_pnl (str): Profit or loss realized.
        pnl (str): Total profit or loss.
        created_time (int): When the position opened, UTC milliseconds.
        updated_time (int): When the position last changed, UTC milliseconds.
        to_win (str | Unset): What the shares pay if the outcome wins; in the position list and settled history only.
        can_claim (bool | Unset): Whether winnings can be claimed now; in the position list only.
        is_winner (bool | Unset): Whether the outcome held won; in the settled history only.
        redeem_status (str | Unset): State of the redemption of the winnings; in the settled history only.
        final_outcome (str | Unset): Outcome the market resolved to; in the settled history only.
        unrealized_pnl (str | Unset): Profit or loss not realized yet; absent from the settled history.
        unrealized_pnl_percent (str | Unset): Unrealized profit or loss in percent; in the position list only.
        claim_amount (str | Unset): Amount claimed or claimable; in the settled history only.
        settled_date (int | Unset): When the market settled, UTC milliseconds; in the settled history only.
    """

    position_id: int
    vendor: str
    chain_id: str
    token_id: str
    collateral_symbol: str
    topic_type: str
    market_topic_id: int
    market_id: int
    market_topic_title: str
    market_title: str
    outcome_name: str
    outcome_index: int
    shares: str
    avg_price: str
    total_cost: str
    value: str
    current_price: str
    position_status: str
    end_date: int
    realized_pnl: str
    pnl: str
    created_time: int
    updated_time: int
    to_win: str | Unset = UNSET
    can_claim: bool | Unset = UNSET
    is_winner: bool | Unset = UNSET
    redeem_status: str | Unset = UNSET
    final_outcome: str | Unset = UNSET
    unrealized_pnl: str | Unset = UNSET
    unrealized_pnl_percent: str | Unset = UNSET
    claim_amount: str | Unset = UNSET
    settled_date: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def shares_decimal(self) -> Decimal:
        """`shares` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.shares)

    @property
    def avg_price_decimal(self) -> Decimal:
        """`avg_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.avg_price)

    @property
    def total_cost_decimal(self) -> Decimal:
        """`total_cost` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_cost)

    @property
    def value_decimal(self) -> Decimal:
        """`value` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.value)

    @property
    def current_price_decimal(self) -> Decimal:
        """`current_price` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.current_price)

    @property
    def realized_pnl_decimal(self) -> Decimal:
        """`realized_pnl` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.realized_pnl)

    @property
    def pnl_decimal(self) -> Decimal:
        """`pnl` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.pnl)

    @property
    def to_win_decimal(self) -> Decimal | Unset:
        """`to_win` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.to_win, Unset) else Decimal(self.to_win)

    @property
    def unrealized_pnl_decimal(self) -> Decimal | Unset:
        """`unrealized_pnl` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.unrealized_pnl, Unset) else Decimal(self.unrealized_pnl)

    @property
    def unrealized_pnl_percent_decimal(self) -> Decimal | Unset:
        """`unrealized_pnl_percent` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.unrealized_pnl_percent, Unset) else Decimal(self.unrealized_pnl_percent)

    @property
    def claim_amount_decimal(self) -> Decimal | Unset:
        """`claim_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.claim_amount, Unset) else Decimal(self.claim_amount)

    def to_dict(self) -> dict[str, Any]:
        position_id = self.position_id

        vendor = self.vendor

        chain_id = self.chain_id

        token_id = self.token_id

        collateral_symbol = self.collateral_symbol

        topic_type = self.topic_type

        market_topic_id = self.market_topic_id

        market_id = self.market_id

        market_topic_title = self.market_topic_title

        market_title = self.market_title

        outcome_name = self.outcome_name

        outcome_index = self.outcome_index

        shares = self.shares

        avg_price = self.avg_price

        total_cost = self.total_cost

        value = self.value

        current_price = self.current_price

        position_status = self.position_status

        end_date = self.end_date

        realized_pnl = self.realized_pnl

        pnl = self.pnl

        created_time = self.created_time

        updated_time = self.updated_time

        to_win = self.to_win

        can_claim = self.can_claim

        is_winner = self.is_winner

        redeem_status = self.redeem_status

        final_outcome = self.final_outcome

        unrealized_pnl = self.unrealized_pnl

        unrealized_pnl_percent = self.unrealized_pnl_percent

        claim_amount = self.claim_amount

        settled_date = self.settled_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "positionId": position_id,
                "vendor": vendor,
                "chainId": chain_id,
                "tokenId": token_id,
                "collateralSymbol": collateral_symbol,
                "topicType": topic_type,
                "marketTopicId": market_topic_id,
                "marketId": market_id,
                "marketTopicTitle": market_topic_title,
                "marketTitle": market_title,
                "outcomeName": outcome_name,
                "outcomeIndex": outcome_index,
                "shares": shares,
                "avgPrice": avg_price,
                "totalCost": total_cost,
                "value": value,
                "currentPrice": current_price,
                "positionStatus": position_status,
                "endDate": end_date,
                "realizedPnl": realized_pnl,
                "pnl": pnl,
                "createdTime": created_time,
                "updatedTime": updated_time,
            }
        )
        if to_win is not UNSET:
            field_dict["toWin"] = to_win
        if can_claim is not UNSET:
            field_dict["canClaim"] = can_claim
        if is_winner is not UNSET:
            field_dict["isWinner"] = is_winner
        if redeem_status is not UNSET:
            field_dict["redeemStatus"] = redeem_status
        if final_outcome is not UNSET:
            field_dict["finalOutcome"] = final_outcome
        if unrealized_pnl is not UNSET:
            field_dict["unrealizedPnl"] = unrealized_pnl
        if unrealized_pnl_percent is not UNSET:
            field_dict["unrealizedPnlPercent"] = unrealized_pnl_percent
        if claim_amount is not UNSET:
            field_dict["claimAmount"] = claim_amount
        if settled_date is not UNSET:
            field_dict["settledDate"] = settled_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["positionId"],
            d["vendor"],
            d["chainId"],
            d["tokenId"],
            d["collateralSymbol"],
            d["topicType"],
            d["marketTopicId"],
            d["marketId"],
            d["marketTopicTitle"],
            d["marketTitle"],
            d["outcomeName"],
            d["outcomeIndex"],
            d["shares"],
            d["avgPrice"],
            d["totalCost"],
            d["value"],
            d["currentPrice"],
            d["positionStatus"],
            d["endDate"],
            d["realizedPnl"],
            d["pnl"],
            d["createdTime"],
            d["updatedTime"],
            d.get("toWin", UNSET),
            d.get("canClaim", UNSET),
            d.get("isWinner", UNSET),
            d.get("redeemStatus", UNSET),
            d.get("finalOutcome", UNSET),
            d.get("unrealizedPnl", UNSET),
            d.get("unrealizedPnlPercent", UNSET),
            d.get("claimAmount", UNSET),
            d.get("settledDate", UNSET),
        )
        if len(d) > 23 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "positionId",
        "vendor",
        "chainId",
        "tokenId",
        "collateralSymbol",
        "topicType",
        "marketTopicId",
        "marketId",
        "marketTopicTitle",
        "marketTitle",
        "outcomeName",
        "outcomeIndex",
        "shares",
        "avgPrice",
        "totalCost",
        "value",
        "currentPrice",
        "positionStatus",
        "endDate",
        "realizedPnl",
        "pnl",
        "createdTime",
        "updatedTime",
        "toWin",
        "canClaim",
        "isWinner",
        "redeemStatus",
        "finalOutcome",
        "unrealizedPnl",
        "unrealizedPnlPercent",
        "claimAmount",
        "settledDate",
    }
)
