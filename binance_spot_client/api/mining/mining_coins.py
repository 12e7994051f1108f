"""Minable coins: GET /sapi/v1/mining/pub/coinList (MARKET_DATA, weight 1).

The parameters and answer are described on `Spot.mining.mining_coins`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.mining_coins_response import MiningCoinsResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["miningCoins"]
ANSWER = AnswerPlan(
    "miningCoins",
    {"$ref": "MiningCoinsResponse"},
    schemas='{"MiningCoin":{"properties":{"algoId":{"type":"integer"},"algoName":{"type":"string"},"coinId":{"type":"integer"},"coinName":{"type":"string"},"poolIndex":{"type":"integer"}},"required":["coinName","coinId","poolIndex","algoId","algoName"],"type":"object"},"MiningCoinsResponse":{"properties":{"code":{"type":"integer"},"data":{"items":{"$ref":"MiningCoin"},"type":"array"},"msg":{"type":"string"}},"required":["code","msg","data"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> MiningCoinsResponse:
    try:
        response_200 = MiningCoinsResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[MiningCoinsResponse]:
    """`Spot.mining.mining_coins`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> MiningCoinsResponse:
    """`Spot.mining.mining_coins` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[MiningCoinsResponse]:
    """`Spot.mining.mining_coins` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> MiningCoinsResponse:
    """`Spot.mining.mining_coins` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
