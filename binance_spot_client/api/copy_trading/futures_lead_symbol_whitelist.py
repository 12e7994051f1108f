"""Symbols open to futures lead trading: GET /sapi/v1/copyTrading/futures/leadSymbol (USER_DATA, weight 20).

The parameters and answer are described on `Spot.copy_trading.futures_lead_symbol_whitelist`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.copy_trading_lead_symbols import CopyTradingLeadSymbols
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["futuresLeadSymbolWhitelist"]
ANSWER = AnswerPlan(
    "futuresLeadSymbolWhitelist",
    {"$ref": "CopyTradingLeadSymbols"},
    schemas='{"CopyTradingLeadSymbol":{"properties":{"baseAsset":{"type":"string"},"quoteAsset":{"type":"string"},"symbol":{"type":"string"}},"required":["symbol","baseAsset","quoteAsset"],"type":"object"},"CopyTradingLeadSymbols":{"properties":{"code":{"type":"string"},"data":{"items":{"$ref":"CopyTradingLeadSymbol"},"type":"array"},"message":{"type":"string"},"success":{"type":"boolean"}},"required":["code","message","data"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> CopyTradingLeadSymbols:
    try:
        response_200 = CopyTradingLeadSymbols.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[CopyTradingLeadSymbols]:
    """`Spot.copy_trading.futures_lead_symbol_whitelist`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> CopyTradingLeadSymbols:
    """`Spot.copy_trading.futures_lead_symbol_whitelist` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[CopyTradingLeadSymbols]:
    """`Spot.copy_trading.futures_lead_symbol_whitelist` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> CopyTradingLeadSymbols:
    """`Spot.copy_trading.futures_lead_symbol_whitelist` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
