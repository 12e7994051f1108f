"""Hashrate resale configurations: GET /sapi/v1/mining/hash-transfer/config/details/list (USER_DATA, weight 5).

The parameters and answer are described on `Spot.mining.mining_hashrate_resales`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.mining_hashrate_resales_response import MiningHashrateResalesResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["miningHashrateResales"]
ANSWER = AnswerPlan(
    "miningHashrateResales",
    {"$ref": "MiningHashrateResalesResponse"},
    schemas='{"MiningHashrateResale":{"properties":{"algoName":{"type":"string"},"configId":{"type":"integer"},"endDay":{"type":"integer"},"hashRate":{"type":"integer"},"poolUsername":{"type":"string"},"startDay":{"type":"integer"},"status":{"type":"integer"},"toPoolUsername":{"type":"string"},"type":{"type":"integer"}},"required":["configId","poolUsername","toPoolUsername","algoName","hashRate","startDay","endDay","status"],"type":"object"},"MiningHashrateResalePage":{"properties":{"configDetails":{"items":{"$ref":"MiningHashrateResale"},"type":"array"},"pageSize":{"type":"integer"},"totalNum":{"type":"integer"}},"required":["configDetails","totalNum","pageSize"],"type":"object"},"MiningHashrateResalesResponse":{"properties":{"code":{"type":"integer"},"data":{"$ref":"MiningHashrateResalePage"},"msg":{"type":"string"}},"required":["code","msg","data"],"type":"object"}}',
)


def _arguments(
    *,
    page_index: int | None = None,
    page_size: int | None = None,
) -> dict[str, object]:
    return {
        "page_index": page_index,
        "page_size": page_size,
    }


def _parse(data: Any) -> MiningHashrateResalesResponse:
    try:
        response_200 = MiningHashrateResalesResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    page_index: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[MiningHashrateResalesResponse]:
    """`Spot.mining.mining_hashrate_resales`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            page_index=page_index,
            page_size=page_size,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    page_index: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> MiningHashrateResalesResponse:
    """`Spot.mining.mining_hashrate_resales` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            page_index=page_index,
            page_size=page_size,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    page_index: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[MiningHashrateResalesResponse]:
    """`Spot.mining.mining_hashrate_resales` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            page_index=page_index,
            page_size=page_size,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    page_index: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> MiningHashrateResalesResponse:
    """`Spot.mining.mining_hashrate_resales` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            page_index=page_index,
            page_size=page_size,
        ),
        options,
    )
