"""Filters relevant to the account: GET /api/v3/myFilters (USER_DATA, weight 40).

The parameters and answer are described on `Spot.my_filters`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.my_filters import MyFilters
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["myFilters"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (MyFiltersResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "myFilters",
    {"$ref": "MyFilters"},
    schemas='{"AssetFilter":{"oneOf":[{"$ref":"MaxAssetFilter"}]},"ExchangeFilter":{"oneOf":[{"$ref":"ExchangeMaxNumOrdersFilter"},{"$ref":"ExchangeMaxNumAlgoOrdersFilter"},{"$ref":"ExchangeMaxNumIcebergOrdersFilter"},{"$ref":"ExchangeMaxNumOrderListsFilter"}]},"ExchangeMaxNumAlgoOrdersFilter":{"properties":{"filterType":{"const":"EXCHANGE_MAX_NUM_ALGO_ORDERS","type":"string"},"maxNumAlgoOrders":{"type":"integer"}},"required":["filterType","maxNumAlgoOrders"],"type":"object"},"ExchangeMaxNumIcebergOrdersFilter":{"properties":{"filterType":{"const":"EXCHANGE_MAX_NUM_ICEBERG_ORDERS","type":"string"},"maxNumIcebergOrders":{"type":"integer"}},"required":["filterType","maxNumIcebergOrders"],"type":"object"},"ExchangeMaxNumOrderListsFilter":{"properties":{"filterType":{"const":"EXCHANGE_MAX_NUM_ORDER_LISTS","type":"string"},"maxNumOrderLists":{"type":"integer"}},"required":["filterType","maxNumOrderLists"],"type":"object"},"ExchangeMaxNumOrdersFilter":{"properties":{"filterType":{"const":"EXCHANGE_MAX_NUM_ORDERS","type":"string"},"maxNumOrders":{"type":"integer"}},"required":["filterType","maxNumOrders"],"type":"object"},"IcebergPartsFilter":{"properties":{"filterType":{"const":"ICEBERG_PARTS","type":"string"},"limit":{"type":"integer"}},"required":["filterType","limit"],"type":"object"},"LotSizeFilter":{"properties":{"filterType":{"const":"LOT_SIZE","type":"string"},"maxQty":{"type":"string"},"minQty":{"type":"string"},"stepSize":{"type":"string"}},"required":["filterType","minQty","maxQty","stepSize"],"type":"object"},"MarketLotSizeFilter":{"properties":{"filterType":{"const":"MARKET_LOT_SIZE","type":"string"},"maxQty":{"type":"string"},"minQty":{"type":"string"},"stepSize":{"type":"string"}},"required":["filterType","minQty","maxQty","stepSize"],"type":"object"},"MaxAssetFilter":{"properties":{"asset":{"type":"string"},"filterType":{"const":"MAX_ASSET","type":"string"},"limit":{"type":"string"}},"required":["filterType","asset","limit"],"type":"object"},"MaxNumAlgoOrdersFilter":{"properties":{"filterType":{"const":"MAX_NUM_ALGO_ORDERS","type":"string"},"maxNumAlgoOrders":{"type":"integer"}},"required":["filterType","maxNumAlgoOrders"],"type":"object"},"MaxNumIcebergOrdersFilter":{"properties":{"filterType":{"const":"MAX_NUM_ICEBERG_ORDERS","type":"string"},"maxNumIcebergOrders":{"type":"integer"}},"required":["filterType","maxNumIcebergOrders"],"type":"object"},"MaxNumOrderAmendsFilter":{"properties":{"filterType":{"const":"MAX_NUM_ORDER_AMENDS","type":"string"},"maxNumOrderAmends":{"type":"integer"}},"required":["filterType","maxNumOrderAmends"],"type":"object"},"MaxNumOrderListsFilter":{"properties":{"filterType":{"const":"MAX_NUM_ORDER_LISTS","type":"string"},"maxNumOrderLists":{"type":"integer"}},"required":["filterType","maxNumOrderLists"],"type":"object"},"MaxNumOrdersFilter":{"properties":{"filterType":{"const":"MAX_NUM_ORDERS","type":"string"},"maxNumOrders":{"type":"integer"}},"required":["filterType","maxNumOrders"],"type":"object"},"MaxPositionFilter":{"properties":{"filterType":{"const":"MAX_POSITION","type":"string"},"maxPosition":{"type":"string"}},"required":["filterType","maxPosition"],"type":"object"},"MinNotionalFilter":{"properties":{"applyToMarket":{"type":"boolean"},"avgPriceMins":{"type":"integer"},"filterType":{"const":"MIN_NOTIONAL","type":"string"},"minNotional":{"type":"string"}},"required":["filterType","minNotional","applyToMarket","avgPriceMins"],"type":"object"},"MyFilters":{"properties":{"assetFilters":{"items":{"$ref":"AssetFilter"},"type":"array"},"exchangeFilters":{"items":{"$ref":"ExchangeFilter"},"type":"array"},"symbolFilters":{"items":{"$ref":"SymbolFilter"},"type":"array"}},"required":["exchangeFilters","symbolFilters","assetFilters"],"type":"object"},"NotionalFilter":{"properties":{"applyMaxToMarket":{"type":"boolean"},"applyMinToMarket":{"type":"boolean"},"avgPriceMins":{"type":"integer"},"filterType":{"const":"NOTIONAL","type":"string"},"maxNotional":{"type":"string"},"minNotional":{"type":"string"}},"required":["filterType","minNotional","applyMinToMarket","maxNotional","applyMaxToMarket","avgPriceMins"],"type":"object"},"PercentPriceBySideFilter":{"properties":{"askMultiplierDown":{"type":"string"},"askMultiplierUp":{"type":"string"},"avgPriceMins":{"type":"integer"},"bidMultiplierDown":{"type":"string"},"bidMultiplierUp":{"type":"string"},"filterType":{"const":"PERCENT_PRICE_BY_SIDE","type":"string"}},"required":["filterType","bidMultiplierUp","bidMultiplierDown","askMultiplierUp","askMultiplierDown","avgPriceMins"],"type":"object"},"PercentPriceFilter":{"properties":{"avgPriceMins":{"type":"integer"},"filterType":{"const":"PERCENT_PRICE","type":"string"},"multiplierDown":{"type":"string"},"multiplierUp":{"type":"string"}},"required":["filterType","multiplierUp","multiplierDown","avgPriceMins"],"type":"object"},"PriceFilter":{"properties":{"filterType":{"const":"PRICE_FILTER","type":"string"},"maxPrice":{"type":"string"},"minPrice":{"type":"string"},"tickSize":{"type":"string"}},"required":["filterType","minPrice","maxPrice","tickSize"],"type":"object"},"SymbolFilter":{"oneOf":[{"$ref":"PriceFilter"},{"$ref":"PercentPriceFilter"},{"$ref":"PercentPriceBySideFilter"},{"$ref":"LotSizeFilter"},{"$ref":"MinNotionalFilter"},{"$ref":"NotionalFilter"},{"$ref":"IcebergPartsFilter"},{"$ref":"MarketLotSizeFilter"},{"$ref":"MaxNumOrdersFilter"},{"$ref":"MaxNumAlgoOrdersFilter"},{"$ref":"MaxNumIcebergOrdersFilter"},{"$ref":"MaxPositionFilter"},{"$ref":"TrailingDeltaFilter"},{"$ref":"MaxNumOrderAmendsFilter"},{"$ref":"MaxNumOrderListsFilter"}]},"TrailingDeltaFilter":{"properties":{"filterType":{"const":"TRAILING_DELTA","type":"string"},"maxTrailingAboveDelta":{"type":"integer"},"maxTrailingBelowDelta":{"type":"integer"},"minTrailingAboveDelta":{"type":"integer"},"minTrailingBelowDelta":{"type":"integer"}},"required":["filterType","minTrailingAboveDelta","maxTrailingAboveDelta","minTrailingBelowDelta","maxTrailingBelowDelta"],"type":"object"}}',
    sbe=_sbe_schema,  # answered in SBE as MyFiltersResponse when asked (encoding="sbe")
)


def _arguments(
    symbol: str,
) -> dict[str, object]:
    return {
        "symbol": symbol,
    }


def _parse(data: Any) -> MyFilters:
    try:
        response_200 = MyFilters.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> Response[MyFilters]:
    """`Spot.my_filters`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> MyFilters:
    """`Spot.my_filters` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> Response[MyFilters]:
    """`Spot.my_filters` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> MyFilters:
    """`Spot.my_filters` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )
