"""Mining algorithms: GET /sapi/v1/mining/pub/algoList (MARKET_DATA, weight 1).

The parameters and answer are described on `Spot.mining.mining_algorithms`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.mining_algorithms_response import MiningAlgorithmsResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["miningAlgorithms"]
ANSWER = AnswerPlan(
    "miningAlgorithms",
    {"$ref": "MiningAlgorithmsResponse"},
    schemas='{"MiningAlgorithm":{"properties":{"algoId":{"type":"integer"},"algoName":{"type":"string"},"poolIndex":{"type":"integer"},"unit":{"type":"string"}},"required":["algoName","algoId","poolIndex","unit"],"type":"object"},"MiningAlgorithmsResponse":{"properties":{"code":{"type":"integer"},"data":{"items":{"$ref":"MiningAlgorithm"},"type":"array"},"msg":{"type":"string"}},"required":["code","msg","data"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> MiningAlgorithmsResponse:
    try:
        response_200 = MiningAlgorithmsResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[MiningAlgorithmsResponse]:
    """`Spot.mining.mining_algorithms`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> MiningAlgorithmsResponse:
    """`Spot.mining.mining_algorithms` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[MiningAlgorithmsResponse]:
    """`Spot.mining.mining_algorithms` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> MiningAlgorithmsResponse:
    """`Spot.mining.mining_algorithms` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
