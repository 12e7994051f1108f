"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PredictionMarketDetail")


@_attrs_define
class PredictionMarketDetail(AdditionalProperties[Any]):
    """Everything about one prediction market topic.

    Attributes:
        market_topic_id (int): Identifier of the market topic.
        vendor (str): Venue the markets trade on, e.g. `PREDICT_FUN`.
        chain_id (str): Chain the markets settle on.
        slug (str): Short readable key of the topic.
        title (str): Title of the topic.
        question (str): The question the topic asks.
        description (str): How the topic resolves.
        topic_type (str): Shape of the topic, e.g. `FLAT`.
        chart_type (str): Kind of chart the topic uses, e.g. `CRYPTO_UP_DOWN`.
        participant_count (int): Number of people who traded the topic.
        collateral (str): Asset the topic is traded in.
        trade_volume (str): Traded volume.
        liquidity (str): Liquidity available.
        start_date (int): When trading starts, UTC milliseconds.
        end_date (int): When trading ends, UTC milliseconds.
        status (str): State of the topic, e.g. `REGISTERED`.
        timeline (list[PredictionTimelineEntry]): Other topics of the same series.
        markets (list[PredictionMarket]): Markets of the topic.
        image_url (str | Unset): Picture of the topic; not in search results.
        symbol (str | Unset): Spot symbol the topic follows, when it follows one.
        fee_rate_bps (int | Unset): Trading fee in basis points; not in search results.
        slippage_bps (int | Unset): Default slippage in basis points; not in search results.
        is_yield_bearing (bool | Unset): Whether the collateral earns yield; not in search results.
        published_at (int | Unset): When the topic was published, UTC milliseconds; not in search results.
        variant_data (PredictionVariantData | Unset): Facts specific to the kind of topic; for an up-or-down topic, its
            prices and price feed.
    """

    market_topic_id: int
    vendor: str
    chain_id: str
    slug: str
    title: str
    question: str
    description: str
    topic_type: str
    chart_type: str
    participant_count: int
    collateral: str
    trade_volume: str
    liquidity: str
    start_date: int
    end_date: int
    status: str
    timeline: list[PredictionTimelineEntry]
    markets: list[PredictionMarket]
    image_url: str | Unset = UNSET
    symbol: str | Unset = UNSET
    fee_rate_bps: int | Unset = UNSET
    slippage_bps: int | Unset = UNSET
    is_yield_bearing: bool | Unset = UNSET
    published_at: int | Unset = UNSET
    variant_data: PredictionVariantData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def trade_volume_decimal(self) -> Decimal:
        """`trade_volume` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.trade_volume)

    @property
    def liquidity_decimal(self) -> Decimal:
        """`liquidity` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.liquidity)

    def to_dict(self) -> dict[str, Any]:
        market_topic_id = self.market_topic_id

        vendor = self.vendor

        chain_id = self.chain_id

        slug = self.slug

        title = self.title

        question = self.question

        description = self.description

        topic_type = self.topic_type

        chart_type = self.chart_type

        participant_count = self.participant_count

        collateral = self.collateral

        trade_volume = self.trade_volume

        liquidity = self.liquidity

        start_date = self.start_date

        end_date = self.end_date

        status = self.status

        timeline = []
        for timeline_item_data in self.timeline:
            timeline_item = timeline_item_data.to_dict()
            timeline.append(timeline_item)

        markets = []
        for markets_item_data in self.markets:
            markets_item = markets_item_data.to_dict()
            markets.append(markets_item)

        image_url = self.image_url

        symbol = self.symbol

        fee_rate_bps = self.fee_rate_bps

        slippage_bps = self.slippage_bps

        is_yield_bearing = self.is_yield_bearing

        published_at = self.published_at

        variant_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variant_data, Unset):
            variant_data = self.variant_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketTopicId": market_topic_id,
                "vendor": vendor,
                "chainId": chain_id,
                "slug": slug,
                "title": title,
                "question": question,
                "description": description,
                "topicType": topic_type,
                "chartType": chart_type,
                "participantCount": participant_count,
                "collateral": collateral,
                "tradeVolume": trade_volume,
                "liquidity": liquidity,
                "startDate": start_date,
                "endDate": end_date,
                "status": status,
                "timeline": timeline,
                "markets": markets,
            }
        )
        if image_url is not UNSET:
            field_dict["imageUrl"] = image_url
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if fee_rate_bps is not UNSET:
            field_dict["feeRateBps"] = fee_rate_bps
        if slippage_bps is not UNSET:
            field_dict["slippageBps"] = slippage_bps
        if is_yield_bearing is not UNSET:
            field_dict["isYieldBearing"] = is_yield_bearing
        if published_at is not UNSET:
            field_dict["publishedAt"] = published_at
        if variant_data is not UNSET:
            field_dict["variantData"] = variant_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        timeline = [PredictionTimelineEntry.from_dict(item) for item in d["timeline"]]
        markets = [PredictionMarket.from_dict(item) for item in d["markets"]]
        _variant_data = d.get("variantData", UNSET)
        variant_data: PredictionVariantData | Unset = (
            UNSET if _variant_data is UNSET else PredictionVariantData.from_dict(_variant_data)
        )

        _instance = cls(
            d["marketTopicId"],
            d["vendor"],
            d["chainId"],
            d["slug"],
            d["title"],
            d["question"],
            d["description"],
            d["topicType"],
            d["chartType"],
            d["participantCount"],
            d["collateral"],
            d["tradeVolume"],
            d["liquidity"],
            d["startDate"],
            d["endDate"],
            d["status"],
            timeline,
            markets,
            d.get("imageUrl", UNSET),
            d.get("symbol", UNSET),
            d.get("feeRateBps", UNSET),
            d.get("slippageBps", UNSET),
            d.get("isYieldBearing", UNSET),
            d.get("publishedAt", UNSET),
            variant_data,
        )
        if len(d) > 18 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.prediction_market import PredictionMarket  # noqa: E402
from ..models.prediction_timeline_entry import PredictionTimelineEntry  # noqa: E402
from ..models.prediction_variant_data import PredictionVariantData  # noqa: E402

_WIRE_NAMES = frozenset(
    {
        "marketTopicId",
        "vendor",
        "chainId",
        "slug",
        "title",
        "question",
        "description",
        "topicType",
        "chartType",
        "participantCount",
        "collateral",
        "tradeVolume",
        "liquidity",
        "startDate",
        "endDate",
        "status",
        "timeline",
        "markets",
        "imageUrl",
        "symbol",
        "feeRateBps",
        "slippageBps",
        "isYieldBearing",
        "publishedAt",
        "variantData",
    }
)
