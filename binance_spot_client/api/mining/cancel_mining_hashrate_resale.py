"""Cancel a hashrate resale: POST /sapi/v1/mining/hash-transfer/config/cancel (USER_DATA, weight 5).

The parameters and answer are described on `Spot.mining.cancel_mining_hashrate_resale`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.mining_cancel_hashrate_resale_response import MiningCancelHashrateResaleResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["cancelMiningHashrateResale"]
ANSWER = AnswerPlan(
    "cancelMiningHashrateResale",
    {"$ref": "MiningCancelHashrateResaleResponse"},
    schemas='{"MiningCancelHashrateResaleResponse":{"properties":{"code":{"type":"integer"},"data":{"type":"boolean"},"msg":{"type":"string"}},"required":["code","msg","data"],"type":"object"}}',
)


def _arguments(
    config_id: int,
    user_name: str,
) -> dict[str, object]:
    return {
        "config_id": config_id,
        "user_name": user_name,
    }


def _parse(data: Any) -> MiningCancelHashrateResaleResponse:
    try:
        response_200 = MiningCancelHashrateResaleResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    config_id: int,
    user_name: str,
    **options: Unpack[CallOptions],
) -> Response[MiningCancelHashrateResaleResponse]:
    """`Spot.mining.cancel_mining_hashrate_resale`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            config_id=config_id,
            user_name=user_name,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    config_id: int,
    user_name: str,
    **options: Unpack[CallOptions],
) -> MiningCancelHashrateResaleResponse:
    """`Spot.mining.cancel_mining_hashrate_resale` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            config_id=config_id,
            user_name=user_name,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    config_id: int,
    user_name: str,
    **options: Unpack[CallOptions],
) -> Response[MiningCancelHashrateResaleResponse]:
    """`Spot.mining.cancel_mining_hashrate_resale` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            config_id=config_id,
            user_name=user_name,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    config_id: int,
    user_name: str,
    **options: Unpack[CallOptions],
) -> MiningCancelHashrateResaleResponse:
    """`Spot.mining.cancel_mining_hashrate_resale` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            config_id=config_id,
            user_name=user_name,
        ),
        options,
    )
