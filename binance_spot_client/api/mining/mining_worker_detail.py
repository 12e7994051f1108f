"""Worker hashrate history: GET /sapi/v1/mining/worker/detail (USER_DATA, weight 5).

The parameters and answer are described on `Spot.mining.mining_worker_detail`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.mining_worker_detail_response import MiningWorkerDetailResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["miningWorkerDetail"]
ANSWER = AnswerPlan(
    "miningWorkerDetail",
    {"$ref": "MiningWorkerDetailResponse"},
    schemas='{"MiningHashratePoint":{"properties":{"hashrate":{"type":"string"},"reject":{"type":"number"},"time":{"type":"integer"}},"required":["time","hashrate","reject"],"type":"object"},"MiningWorkerDetailResponse":{"properties":{"code":{"type":"integer"},"data":{"items":{"$ref":"MiningWorkerHashrates"},"type":"array"},"msg":{"type":"string"}},"required":["code","msg","data"],"type":"object"},"MiningWorkerHashrates":{"properties":{"hashrateDatas":{"items":{"$ref":"MiningHashratePoint"},"type":"array"},"type":{"type":"string"},"workerName":{"type":"string"}},"required":["workerName","type","hashrateDatas"],"type":"object"}}',
)


def _arguments(
    algo: str,
    user_name: str,
    worker_name: str,
) -> dict[str, object]:
    return {
        "algo": algo,
        "user_name": user_name,
        "worker_name": worker_name,
    }


def _parse(data: Any) -> MiningWorkerDetailResponse:
    try:
        response_200 = MiningWorkerDetailResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    algo: str,
    user_name: str,
    worker_name: str,
    **options: Unpack[CallOptions],
) -> Response[MiningWorkerDetailResponse]:
    """`Spot.mining.mining_worker_detail`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            algo=algo,
            user_name=user_name,
            worker_name=worker_name,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    algo: str,
    user_name: str,
    worker_name: str,
    **options: Unpack[CallOptions],
) -> MiningWorkerDetailResponse:
    """`Spot.mining.mining_worker_detail` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            algo=algo,
            user_name=user_name,
            worker_name=worker_name,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    algo: str,
    user_name: str,
    worker_name: str,
    **options: Unpack[CallOptions],
) -> Response[MiningWorkerDetailResponse]:
    """`Spot.mining.mining_worker_detail` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            algo=algo,
            user_name=user_name,
            worker_name=worker_name,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    algo: str,
    user_name: str,
    worker_name: str,
    **options: Unpack[CallOptions],
) -> MiningWorkerDetailResponse:
    """`Spot.mining.mining_worker_detail` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            algo=algo,
            user_name=user_name,
            worker_name=worker_name,
        ),
        options,
    )
