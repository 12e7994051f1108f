"""Days of a hashrate resale: GET /sapi/v1/mining/hash-transfer/profit/details (USER_DATA, weight 5).

The parameters and answer are described on `Spot.mining.mining_hashrate_resale_detail`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.mining_hashrate_resale_detail_response import MiningHashrateResaleDetailResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["miningHashrateResaleDetail"]
ANSWER = AnswerPlan(
    "miningHashrateResaleDetail",
    {"$ref": "MiningHashrateResaleDetailResponse"},
    schemas='{"MiningHashrateResaleDay":{"properties":{"algoName":{"type":"string"},"amount":{"type":"number"},"coinName":{"type":"string"},"day":{"type":"integer"},"hashRate":{"type":"integer"},"poolUsername":{"type":"string"},"toPoolUsername":{"type":"string"}},"required":["poolUsername","toPoolUsername","algoName","hashRate","day","amount","coinName"],"type":"object"},"MiningHashrateResaleDayPage":{"properties":{"pageSize":{"type":"integer"},"profitTransferDetails":{"items":{"$ref":"MiningHashrateResaleDay"},"type":"array"},"totalNum":{"type":"integer"}},"required":["profitTransferDetails","totalNum","pageSize"],"type":"object"},"MiningHashrateResaleDetailResponse":{"properties":{"code":{"type":"integer"},"data":{"$ref":"MiningHashrateResaleDayPage"},"msg":{"type":"string"}},"required":["code","msg","data"],"type":"object"}}',
)


def _arguments(
    config_id: int,
    *,
    user_name: str | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
) -> dict[str, object]:
    return {
        "config_id": config_id,
        "user_name": user_name,
        "page_index": page_index,
        "page_size": page_size,
    }


def _parse(data: Any) -> MiningHashrateResaleDetailResponse:
    try:
        response_200 = MiningHashrateResaleDetailResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    config_id: int,
    user_name: str | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[MiningHashrateResaleDetailResponse]:
    """`Spot.mining.mining_hashrate_resale_detail`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            config_id=config_id,
            user_name=user_name,
            page_index=page_index,
            page_size=page_size,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    config_id: int,
    user_name: str | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> MiningHashrateResaleDetailResponse:
    """`Spot.mining.mining_hashrate_resale_detail` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            config_id=config_id,
            user_name=user_name,
            page_index=page_index,
            page_size=page_size,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    config_id: int,
    user_name: str | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[MiningHashrateResaleDetailResponse]:
    """`Spot.mining.mining_hashrate_resale_detail` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            config_id=config_id,
            user_name=user_name,
            page_index=page_index,
            page_size=page_size,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    config_id: int,
    user_name: str | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> MiningHashrateResaleDetailResponse:
    """`Spot.mining.mining_hashrate_resale_detail` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            config_id=config_id,
            user_name=user_name,
            page_index=page_index,
            page_size=page_size,
        ),
        options,
    )
