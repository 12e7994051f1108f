"""Index details: GET /sapi/v1/lending/auto-invest/index/info (USER_DATA, weight 1).

The parameters and answer are described on `Spot.auto_invest.investment_index_info`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.auto_invest_index_info import AutoInvestIndexInfo
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["investmentIndexInfo"]
ANSWER = AnswerPlan(
    "investmentIndexInfo",
    {"$ref": "AutoInvestIndexInfo"},
    schemas='{"AutoInvestIndexAllocation":{"properties":{"allocation":{"type":"string"},"targetAsset":{"type":"string"}},"required":["targetAsset","allocation"],"type":"object"},"AutoInvestIndexInfo":{"properties":{"assetAllocation":{"items":{"$ref":"AutoInvestIndexAllocation"},"type":"array"},"indexId":{"type":"integer"},"indexName":{"type":"string"},"status":{"type":"string"}},"required":["indexId","indexName","status","assetAllocation"],"type":"object"}}',
)


def _arguments(
    index_id: int,
) -> dict[str, object]:
    return {
        "index_id": index_id,
    }


def _parse(data: Any) -> AutoInvestIndexInfo:
    try:
        response_200 = AutoInvestIndexInfo.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    index_id: int,
    **options: Unpack[CallOptions],
) -> Response[AutoInvestIndexInfo]:
    """`Spot.auto_invest.investment_index_info`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            index_id=index_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    index_id: int,
    **options: Unpack[CallOptions],
) -> AutoInvestIndexInfo:
    """`Spot.auto_invest.investment_index_info` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            index_id=index_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    index_id: int,
    **options: Unpack[CallOptions],
) -> Response[AutoInvestIndexInfo]:
    """`Spot.auto_invest.investment_index_info` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            index_id=index_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    index_id: int,
    **options: Unpack[CallOptions],
) -> AutoInvestIndexInfo:
    """`Spot.auto_invest.investment_index_info` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            index_id=index_id,
        ),
        options,
    )
