"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PredictionMarket")


@_attrs_define
class PredictionMarket(AdditionalProperties[Any]):
    """One market of a topic.

    Attributes:
        market_id (int): Identifier of the market.
        title (str): Title of the market.
        question (str): The question the market asks.
        status (str): State of the market, e.g. `REGISTERED`.
        trading_status (str): Whether it trades now, e.g. `OPEN`.
        outcomes (list[PredictionOutcome]):
        external_id (str | Unset): The venue's identifier of the market.
        description (str | Unset): How the market resolves.
        condition_id (str | Unset): On-chain condition of the market.
        trade_volume (str | Unset): Traded volume.
        liquidity (str | Unset): Liquidity available.
        decimal_precision (int | Unset): Decimal places of the market's prices.
    """

    market_id: int
    title: str
    question: str
    status: str
    trading_status: str
    outcomes: list[PredictionOutcome]
    external_id: str | Unset = UNSET
    description: str | Unset = UNSET
    condition_id: str | Unset = UNSET
    trade_volume: str | Unset = UNSET
    liquidity: str | Unset = UNSET
    decimal_precision: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def trade_volume_decimal(self) -> Decimal | Unset:
        """`trade_volume` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.trade_volume, Unset) else Decimal(self.trade_volume)

    @property
    def liquidity_decimal(self) -> Decimal | Unset:
        """`liquidity` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.liquidity, Unset) else Decimal(self.liquidity)

    def to_dict(self) -> dict[str, Any]:
        market_id = self.market_id

        title = self.title

        question = self.question

        status = self.status

        trading_status = self.trading_status

        outcomes = []
        for outcomes_item_data in self.outcomes:
            outcomes_item = outcomes_item_data.to_dict()
            outcomes.append(outcomes_item)

        external_id = self.external_id

        description = self.description

        condition_id = self.condition_id

        trade_volume = self.trade_volume

        liquidity = self.liquidity

        decimal_precision = self.decimal_precision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketId": market_id,
                "title": title,
                "question": question,
                "status": status,
                "tradingStatus": trading_status,
                "outcomes": outcomes,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if description is not UNSET:
            field_dict["description"] = description
        if condition_id is not UNSET:
            field_dict["conditionId"] = condition_id
        if trade_volume is not UNSET:
            field_dict["tradeVolume"] = trade_volume
        if liquidity is not UNSET:
            field_dict["liquidity"] = liquidity
        if decimal_precision is not UNSET:
            field_dict["decimalPrecision"] = decimal_precision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        outcomes = [PredictionOutcome.from_dict(item) for item in d["outcomes"]]

        _instance = cls(
            d["marketId"],
            d["title"],
            d["question"],
            d["status"],
            d["tradingStatus"],
            outcomes,
            d.get("externalId", UNSET),
            d.get("description", UNSET),
            d.get("conditionId", UNSET),
            d.get("tradeVolume", UNSET),
            d.get("liquidity", UNSET),
            d.get("decimalPrecision", UNSET),
        )
        if len(d) > 6 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.prediction_outcome import PredictionOutcome  # noqa: E402

_WIRE_NAMES = frozenset(
    {
        "marketId",
        "title",
        "question",
        "status",
        "tradingStatus",
        "outcomes",
        "externalId",
        "description",
        "conditionId",
        "tradeVolume",
        "liquidity",
        "decimalPrecision",
    }
)
