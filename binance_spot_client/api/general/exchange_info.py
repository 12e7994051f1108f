"""Exchange information: GET /api/v3/exchangeInfo (NONE, weight 20).

The parameters and answer are described on `Spot.exchange_info`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.exchange_info import ExchangeInfo
from ...models.symbol_status import SymbolStatus
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["exchangeInfo"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (ExchangeInfoResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "exchangeInfo",
    {"$ref": "ExchangeInfo"},
    schemas='{"ExchangeFilter":{"oneOf":[{"$ref":"ExchangeMaxNumOrdersFilter"},{"$ref":"ExchangeMaxNumAlgoOrdersFilter"},{"$ref":"ExchangeMaxNumIcebergOrdersFilter"},{"$ref":"ExchangeMaxNumOrderListsFilter"}]},"ExchangeInfo":{"properties":{"exchangeFilters":{"items":{"$ref":"ExchangeFilter"},"type":"array"},"rateLimits":{"items":{"$ref":"RateLimit"},"type":"array"},"serverTime":{"type":"integer"},"sors":{"items":{"$ref":"SorInfo"},"type":"array"},"symbols":{"items":{"$ref":"SymbolInfo"},"type":"array"},"timezone":{"type":"string"}},"required":["timezone","serverTime","rateLimits","exchangeFilters","symbols"],"type":"object"},"ExchangeMaxNumAlgoOrdersFilter":{"properties":{"filterType":{"const":"EXCHANGE_MAX_NUM_ALGO_ORDERS","type":"string"},"maxNumAlgoOrders":{"type":"integer"}},"required":["filterType","maxNumAlgoOrders"],"type":"object"},"ExchangeMaxNumIcebergOrdersFilter":{"properties":{"filterType":{"const":"EXCHANGE_MAX_NUM_ICEBERG_ORDERS","type":"string"},"maxNumIcebergOrders":{"type":"integer"}},"required":["filterType","maxNumIcebergOrders"],"type":"object"},"ExchangeMaxNumOrderListsFilter":{"properties":{"filterType":{"const":"EXCHANGE_MAX_NUM_ORDER_LISTS","type":"string"},"maxNumOrderLists":{"type":"integer"}},"required":["filterType","maxNumOrderLists"],"type":"object"},"ExchangeMaxNumOrdersFilter":{"properties":{"filterType":{"const":"EXCHANGE_MAX_NUM_ORDERS","type":"string"},"maxNumOrders":{"type":"integer"}},"required":["filterType","maxNumOrders"],"type":"object"},"IcebergPartsFilter":{"properties":{"filterType":{"const":"ICEBERG_PARTS","type":"string"},"limit":{"type":"integer"}},"required":["filterType","limit"],"type":"object"},"LotSizeFilter":{"properties":{"filterType":{"const":"LOT_SIZE","type":"string"},"maxQty":{"type":"string"},"minQty":{"type":"string"},"stepSize":{"type":"string"}},"required":["filterType","minQty","maxQty","stepSize"],"type":"object"},"MarketLotSizeFilter":{"properties":{"filterType":{"const":"MARKET_LOT_SIZE","type":"string"},"maxQty":{"type":"string"},"minQty":{"type":"string"},"stepSize":{"type":"string"}},"required":["filterType","minQty","maxQty","stepSize"],"type":"object"},"MaxNumAlgoOrdersFilter":{"properties":{"filterType":{"const":"MAX_NUM_ALGO_ORDERS","type":"string"},"maxNumAlgoOrders":{"type":"integer"}},"required":["filterType","maxNumAlgoOrders"],"type":"object"},"MaxNumIcebergOrdersFilter":{"properties":{"filterType":{"const":"MAX_NUM_ICEBERG_ORDERS","type":"string"},"maxNumIcebergOrders":{"type":"integer"}},"required":["filterType","maxNumIcebergOrders"],"type":"object"},"MaxNumOrderAmendsFilter":{"properties":{"filterType":{"const":"MAX_NUM_ORDER_AMENDS","type":"string"},"maxNumOrderAmends":{"type":"integer"}},"required":["filterType","maxNumOrderAmends"],"type":"object"},"MaxNumOrderListsFilter":{"properties":{"filterType":{"const":"MAX_NUM_ORDER_LISTS","type":"string"},"maxNumOrderLists":{"type":"integer"}},"required":["filterType","maxNumOrderLists"],"type":"object"},"MaxNumOrdersFilter":{"properties":{"filterType":{"const":"MAX_NUM_ORDERS","type":"string"},"maxNumOrders":{"type":"integer"}},"required":["filterType","maxNumOrders"],"type":"object"},"MaxPositionFilter":{"properties":{"filterType":{"const":"MAX_POSITION","type":"string"},"maxPosition":{"type":"string"}},"required":["filterType","maxPosition"],"type":"object"},"MinNotionalFilter":{"properties":{"applyToMarket":{"type":"boolean"},"avgPriceMins":{"type":"integer"},"filterType":{"const":"MIN_NOTIONAL","type":"string"},"minNotional":{"type":"string"}},"required":["filterType","minNotional","applyToMarket","avgPriceMins"],"type":"object"},"NotionalFilter":{"properties":{"applyMaxToMarket":{"type":"boolean"},"applyMinToMarket":{"type":"boolean"},"avgPriceMins":{"type":"integer"},"filterType":{"const":"NOTIONAL","type":"string"},"maxNotional":{"type":"string"},"minNotional":{"type":"string"}},"required":["filterType","minNotional","applyMinToMarket","maxNotional","applyMaxToMarket","avgPriceMins"],"type":"object"},"OrderType":{"type":"string"},"PercentPriceBySideFilter":{"properties":{"askMultiplierDown":{"type":"string"},"askMultiplierUp":{"type":"string"},"avgPriceMins":{"type":"integer"},"bidMultiplierDown":{"type":"string"},"bidMultiplierUp":{"type":"string"},"filterType":{"const":"PERCENT_PRICE_BY_SIDE","type":"string"}},"required":["filterType","bidMultiplierUp","bidMultiplierDown","askMultiplierUp","askMultiplierDown","avgPriceMins"],"type":"object"},"PercentPriceFilter":{"properties":{"avgPriceMins":{"type":"integer"},"filterType":{"const":"PERCENT_PRICE","type":"string"},"multiplierDown":{"type":"string"},"multiplierUp":{"type":"string"}},"required":["filterType","multiplierUp","multiplierDown","avgPriceMins"],"type":"object"},"Permission":{"type":"string"},"PriceFilter":{"properties":{"filterType":{"const":"PRICE_FILTER","type":"string"},"maxPrice":{"type":"string"},"minPrice":{"type":"string"},"tickSize":{"type":"string"}},"required":["filterType","minPrice","maxPrice","tickSize"],"type":"object"},"RateLimit":{"properties":{"interval":{"$ref":"RateLimitInterval"},"intervalNum":{"type":"integer"},"limit":{"type":"integer"},"rateLimitType":{"$ref":"RateLimitType"}},"required":["rateLimitType","interval","intervalNum","limit"],"type":"object"},"RateLimitInterval":{"type":"string"},"RateLimitType":{"type":"string"},"SelfTradePreventionMode":{"type":"string"},"SorInfo":{"properties":{"baseAsset":{"type":"string"},"symbols":{"items":{"type":"string"},"type":"array"}},"required":["baseAsset","symbols"],"type":"object"},"SymbolFilter":{"oneOf":[{"$ref":"PriceFilter"},{"$ref":"PercentPriceFilter"},{"$ref":"PercentPriceBySideFilter"},{"$ref":"LotSizeFilter"},{"$ref":"MinNotionalFilter"},{"$ref":"NotionalFilter"},{"$ref":"IcebergPartsFilter"},{"$ref":"MarketLotSizeFilter"},{"$ref":"MaxNumOrdersFilter"},{"$ref":"MaxNumAlgoOrdersFilter"},{"$ref":"MaxNumIcebergOrdersFilter"},{"$ref":"MaxPositionFilter"},{"$ref":"TrailingDeltaFilter"},{"$ref":"MaxNumOrderAmendsFilter"},{"$ref":"MaxNumOrderListsFilter"}]},"SymbolInfo":{"properties":{"allowTrailingStop":{"type":"boolean"},"allowedSelfTradePreventionModes":{"items":{"$ref":"SelfTradePreventionMode"},"type":"array"},"amendAllowed":{"type":"boolean"},"baseAsset":{"type":"string"},"baseAssetPrecision":{"type":"integer"},"baseCommissionPrecision":{"type":"integer"},"cancelReplaceAllowed":{"type":"boolean"},"defaultSelfTradePreventionMode":{"$ref":"SelfTradePreventionMode"},"filters":{"items":{"$ref":"SymbolFilter"},"type":"array"},"icebergAllowed":{"type":"boolean"},"isMarginTradingAllowed":{"type":"boolean"},"isSpotTradingAllowed":{"type":"boolean"},"ocoAllowed":{"type":"boolean"},"opoAllowed":{"type":"boolean","x-binance-added":"2025-12"},"orderTypes":{"items":{"$ref":"OrderType"},"type":"array"},"otoAllowed":{"type":"boolean"},"pegInstructionsAllowed":{"type":"boolean"},"permissionSets":{"items":{"items":{"$ref":"Permission"},"type":"array"},"type":"array"},"permissions":{"items":{"$ref":"Permission"},"type":"array"},"quoteAsset":{"type":"string"},"quoteAssetPrecision":{"type":"integer"},"quoteCommissionPrecision":{"type":"integer"},"quoteOrderQtyMarketAllowed":{"type":"boolean"},"quotePrecision":{"type":"integer"},"status":{"$ref":"SymbolStatus"},"symbol":{"type":"string"}},"required":["symbol","status","baseAsset","baseAssetPrecision","quoteAsset","quotePrecision","quoteAssetPrecision","baseCommissionPrecision","quoteCommissionPrecision","orderTypes","icebergAllowed","ocoAllowed","otoAllowed","opoAllowed","quoteOrderQtyMarketAllowed","allowTrailingStop","cancelReplaceAllowed","amendAllowed","pegInstructionsAllowed","isSpotTradingAllowed","isMarginTradingAllowed","filters","permissions","permissionSets","defaultSelfTradePreventionMode","allowedSelfTradePreventionModes"],"type":"object"},"SymbolStatus":{"type":"string"},"TrailingDeltaFilter":{"properties":{"filterType":{"const":"TRAILING_DELTA","type":"string"},"maxTrailingAboveDelta":{"type":"integer"},"maxTrailingBelowDelta":{"type":"integer"},"minTrailingAboveDelta":{"type":"integer"},"minTrailingBelowDelta":{"type":"integer"}},"required":["filterType","minTrailingAboveDelta","maxTrailingAboveDelta","minTrailingBelowDelta","maxTrailingBelowDelta"],"type":"object"}}',
    fast=(ExchangeInfo,),
    sbe=_sbe_schema,  # answered in SBE as ExchangeInfoResponse when asked (encoding="sbe")
)


def _arguments(
    *,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    permissions: Sequence[str] | None = None,
    show_permission_sets: bool | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "symbols": symbols,
        "permissions": permissions,
        "show_permission_sets": show_permission_sets,
        "symbol_status": symbol_status,
    }


def _parse(data: Any) -> ExchangeInfo:
    try:
        response_200 = ExchangeInfo.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    permissions: Sequence[str] | None = None,
    show_permission_sets: bool | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[ExchangeInfo]:
    """`Spot.exchange_info`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            permissions=permissions,
            show_permission_sets=show_permission_sets,
            symbol_status=symbol_status,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    permissions: Sequence[str] | None = None,
    show_permission_sets: bool | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> ExchangeInfo:
    """`Spot.exchange_info` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            permissions=permissions,
            show_permission_sets=show_permission_sets,
            symbol_status=symbol_status,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    permissions: Sequence[str] | None = None,
    show_permission_sets: bool | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[ExchangeInfo]:
    """`Spot.exchange_info` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            permissions=permissions,
            show_permission_sets=show_permission_sets,
            symbol_status=symbol_status,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    symbols: Sequence[str] | None = None,
    permissions: Sequence[str] | None = None,
    show_permission_sets: bool | None = None,
    symbol_status: SymbolStatus | Literal["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"] | None = None,
    **options: Unpack[CallOptions],
) -> ExchangeInfo:
    """`Spot.exchange_info` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            symbols=symbols,
            permissions=permissions,
            show_permission_sets=show_permission_sets,
            symbol_status=symbol_status,
        ),
        options,
    )
