"""Redeem an index-linked plan: POST /sapi/v1/lending/auto-invest/redeem (TRADE, weight 1).

The parameters and answer are described on `Spot.auto_invest.redeem_index_linked_plan`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.auto_invest_redemption import AutoInvestRedemption
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["redeemIndexLinkedPlan"]
ANSWER = AnswerPlan(
    "redeemIndexLinkedPlan",
    {"$ref": "AutoInvestRedemption"},
    schemas='{"AutoInvestRedemption":{"properties":{"redemptionId":{"type":"integer"}},"required":["redemptionId"],"type":"object"}}',
)


def _arguments(
    index_id: int,
    redemption_percentage: int,
    *,
    request_id: str | None = None,
) -> dict[str, object]:
    return {
        "index_id": index_id,
        "request_id": request_id,
        "redemption_percentage": redemption_percentage,
    }


def _parse(data: Any) -> AutoInvestRedemption:
    try:
        response_200 = AutoInvestRedemption.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    index_id: int,
    redemption_percentage: int,
    request_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[AutoInvestRedemption]:
    """`Spot.auto_invest.redeem_index_linked_plan`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            index_id=index_id,
            request_id=request_id,
            redemption_percentage=redemption_percentage,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    index_id: int,
    redemption_percentage: int,
    request_id: str | None = None,
    **options: Unpack[CallOptions],
) -> AutoInvestRedemption:
    """`Spot.auto_invest.redeem_index_linked_plan` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            index_id=index_id,
            request_id=request_id,
            redemption_percentage=redemption_percentage,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    index_id: int,
    redemption_percentage: int,
    request_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[AutoInvestRedemption]:
    """`Spot.auto_invest.redeem_index_linked_plan` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            index_id=index_id,
            request_id=request_id,
            redemption_percentage=redemption_percentage,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    index_id: int,
    redemption_percentage: int,
    request_id: str | None = None,
    **options: Unpack[CallOptions],
) -> AutoInvestRedemption:
    """`Spot.auto_invest.redeem_index_linked_plan` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            index_id=index_id,
            request_id=request_id,
            redemption_percentage=redemption_percentage,
        ),
        options,
    )
