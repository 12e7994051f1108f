"""Mining account statistics: GET /sapi/v1/mining/statistics/user/status (USER_DATA, weight 5).

The parameters and answer are described on `Spot.mining.mining_account_statistics`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.mining_account_statistics_response import MiningAccountStatisticsResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["miningAccountStatistics"]
ANSWER = AnswerPlan(
    "miningAccountStatistics",
    {"$ref": "MiningAccountStatisticsResponse"},
    schemas='{"MiningAccountStatistics":{"properties":{"algo":{"type":"string"},"dayHashRate":{"type":"string"},"fifteenMinHashRate":{"type":"string"},"invalidNum":{"type":"integer"},"profitToday":{"$ref":"MiningCoinAmounts"},"profitYesterday":{"$ref":"MiningCoinAmounts"},"unit":{"type":"string"},"userName":{"type":"string"},"validNum":{"type":"integer"}},"required":["fifteenMinHashRate","dayHashRate","validNum","invalidNum","profitToday","profitYesterday","userName","unit","algo"],"type":"object"},"MiningAccountStatisticsResponse":{"properties":{"code":{"type":"integer"},"data":{"$ref":"MiningAccountStatistics"},"msg":{"type":"string"}},"required":["code","msg","data"],"type":"object"},"MiningCoinAmounts":{"additionalProperties":{"type":"string"},"properties":{"BCH":{"type":"string"},"BSV":{"type":"string"},"BTC":{"type":"string"}},"type":"object"}}',
)


def _arguments(
    algo: str,
    user_name: str,
) -> dict[str, object]:
    return {
        "algo": algo,
        "user_name": user_name,
    }


def _parse(data: Any) -> MiningAccountStatisticsResponse:
    try:
        response_200 = MiningAccountStatisticsResponse.from_dict(data)

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
) -> Response[MiningAccountStatisticsResponse]:
    """`Spot.mining.mining_account_statistics`, returning the whole response: status, headers, rate limits and the model."""
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
) -> MiningAccountStatisticsResponse:
    """`Spot.mining.mining_account_statistics` as a function of the client."""
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
) -> Response[MiningAccountStatisticsResponse]:
    """`Spot.mining.mining_account_statistics` on an async client, returning the whole response."""
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
) -> MiningAccountStatisticsResponse:
    """`Spot.mining.mining_account_statistics` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            algo=algo,
            user_name=user_name,
        ),
        options,
    )
