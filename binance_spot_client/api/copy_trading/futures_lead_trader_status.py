"""Whether the caller is a futures lead trader: GET /sapi/v1/copyTrading/futures/userStatus (TRADE, weight 20).

The parameters and answer are described on `Spot.copy_trading.futures_lead_trader_status`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.copy_trading_lead_trader_status import CopyTradingLeadTraderStatus
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["futuresLeadTraderStatus"]
ANSWER = AnswerPlan(
    "futuresLeadTraderStatus",
    {"$ref": "CopyTradingLeadTraderStatus"},
    schemas='{"CopyTradingLeadTraderState":{"properties":{"isLeadTrader":{"type":"boolean"},"time":{"type":"integer"}},"required":["isLeadTrader","time"],"type":"object"},"CopyTradingLeadTraderStatus":{"properties":{"code":{"type":"string"},"data":{"$ref":"CopyTradingLeadTraderState"},"message":{"type":"string"},"success":{"type":"boolean"}},"required":["code","message","data"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> CopyTradingLeadTraderStatus:
    try:
        response_200 = CopyTradingLeadTraderStatus.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[CopyTradingLeadTraderStatus]:
    """`Spot.copy_trading.futures_lead_trader_status`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> CopyTradingLeadTraderStatus:
    """`Spot.copy_trading.futures_lead_trader_status` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[CopyTradingLeadTraderStatus]:
    """`Spot.copy_trading.futures_lead_trader_status` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> CopyTradingLeadTraderStatus:
    """`Spot.copy_trading.futures_lead_trader_status` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
