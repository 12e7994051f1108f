"""Resell hashrate: POST /sapi/v1/mining/hash-transfer/config (USER_DATA, weight 5).

The parameters and answer are described on `Spot.mining.resell_mining_hashrate`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.mining_resell_hashrate_response import MiningResellHashrateResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["resellMiningHashrate"]
ANSWER = AnswerPlan(
    "resellMiningHashrate",
    {"$ref": "MiningResellHashrateResponse"},
    schemas='{"MiningResellHashrateResponse":{"properties":{"code":{"type":"integer"},"data":{"type":"integer"},"msg":{"type":"string"}},"required":["code","msg","data"],"type":"object"}}',
)


def _arguments(
    user_name: str,
    algo: str,
    start_date: TimeLike,
    end_date: TimeLike,
    to_pool_user: str,
    hash_rate: int,
) -> dict[str, object]:
    return {
        "user_name": user_name,
        "algo": algo,
        "start_date": start_date,
        "end_date": end_date,
        "to_pool_user": to_pool_user,
        "hash_rate": hash_rate,
    }


def _parse(data: Any) -> MiningResellHashrateResponse:
    try:
        response_200 = MiningResellHashrateResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    user_name: str,
    algo: str,
    start_date: TimeLike,
    end_date: TimeLike,
    to_pool_user: str,
    hash_rate: int,
    **options: Unpack[CallOptions],
) -> Response[MiningResellHashrateResponse]:
    """`Spot.mining.resell_mining_hashrate`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            user_name=user_name,
            algo=algo,
            start_date=start_date,
            end_date=end_date,
            to_pool_user=to_pool_user,
            hash_rate=hash_rate,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    user_name: str,
    algo: str,
    start_date: TimeLike,
    end_date: TimeLike,
    to_pool_user: str,
    hash_rate: int,
    **options: Unpack[CallOptions],
) -> MiningResellHashrateResponse:
    """`Spot.mining.resell_mining_hashrate` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            user_name=user_name,
            algo=algo,
            start_date=start_date,
            end_date=end_date,
            to_pool_user=to_pool_user,
            hash_rate=hash_rate,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    user_name: str,
    algo: str,
    start_date: TimeLike,
    end_date: TimeLike,
    to_pool_user: str,
    hash_rate: int,
    **options: Unpack[CallOptions],
) -> Response[MiningResellHashrateResponse]:
    """`Spot.mining.resell_mining_hashrate` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            user_name=user_name,
            algo=algo,
            start_date=start_date,
            end_date=end_date,
            to_pool_user=to_pool_user,
            hash_rate=hash_rate,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    user_name: str,
    algo: str,
    start_date: TimeLike,
    end_date: TimeLike,
    to_pool_user: str,
    hash_rate: int,
    **options: Unpack[CallOptions],
) -> MiningResellHashrateResponse:
    """`Spot.mining.resell_mining_hashrate` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            user_name=user_name,
            algo=algo,
            start_date=start_date,
            end_date=end_date,
            to_pool_user=to_pool_user,
            hash_rate=hash_rate,
        ),
        options,
    )
