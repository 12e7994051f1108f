"""Mining account hashrate history: GET /sapi/v1/mining/statistics/user/list (USER_DATA, weight 5).

The parameters and answer are described on `Spot.mining.mining_account_hashrate_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.mining_account_hashrate_history_response import MiningAccountHashrateHistoryResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["miningAccountHashrateHistory"]
ANSWER = AnswerPlan(
    "miningAccountHashrateHistory",
    {"$ref": "MiningAccountHashrateHistoryResponse"},
    schemas='{"MiningAccountHashrateHistoryResponse":{"properties":{"code":{"type":"integer"},"data":{"items":{"$ref":"MiningAccountHashrates"},"type":"array"},"msg":{"type":"string"}},"required":["code","msg","data"],"type":"object"},"MiningAccountHashratePoint":{"properties":{"hashrate":{"type":"string"},"reject":{"type":"string"},"time":{"type":"integer"}},"required":["time","hashrate","reject"],"type":"object"},"MiningAccountHashrates":{"properties":{"list":{"items":{"$ref":"MiningAccountHashratePoint"},"type":"array"},"type":{"type":"string"},"userName":{"type":"string"}},"required":["type","userName","list"],"type":"object"}}',
)


def _arguments(
    algo: str,
    user_name: str,
) -> dict[str, object]:
    return {
        "algo": algo,
        "user_name": user_name,
    }


def _parse(data: Any) -> MiningAccountHashrateHistoryResponse:
    try:
        response_200 = MiningAccountHashrateHistoryResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    algo: str,
    user_name: str,
    **options: Unpack[CallOptions],
) -> Response[MiningAccountHashrateHistoryResponse]:
    """`Spot.mining.mining_account_hashrate_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            algo=algo,
            user_name=user_name,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    algo: str,
    user_name: str,
    **options: Unpack[CallOptions],
) -> MiningAccountHashrateHistoryResponse:
    """`Spot.mining.mining_account_hashrate_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            algo=algo,
            user_name=user_name,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    algo: str,
    user_name: str,
    **options: Unpack[CallOptions],
) -> Response[MiningAccountHashrateHistoryResponse]:
    """`Spot.mining.mining_account_hashrate_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            algo=algo,
            user_name=user_name,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    algo: str,
    user_name: str,
    **options: Unpack[CallOptions],
) -> MiningAccountHashrateHistoryResponse:
    """`Spot.mining.mining_account_hashrate_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            algo=algo,
            user_name=user_name,
        ),
        options,
    )
