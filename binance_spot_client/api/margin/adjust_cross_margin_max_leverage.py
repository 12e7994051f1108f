"""Set cross margin maximum leverage: POST /sapi/v1/margin/max-leverage (USER_DATA, weight 3000).

The parameters and answer are described on `Spot.margin.adjust_cross_margin_max_leverage`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_success import MarginSuccess
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["adjustCrossMarginMaxLeverage"]
ANSWER = AnswerPlan(
    "adjustCrossMarginMaxLeverage",
    {"$ref": "MarginSuccess"},
    schemas='{"MarginSuccess":{"properties":{"success":{"type":"boolean"}},"required":["success"],"type":"object"}}',
)


def _arguments(
    max_leverage: int,
) -> dict[str, object]:
    return {
        "max_leverage": max_leverage,
    }


def _parse(data: Any) -> MarginSuccess:
    try:
        response_200 = MarginSuccess.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    max_leverage: int,
    **options: Unpack[CallOptions],
) -> Response[MarginSuccess]:
    """`Spot.margin.adjust_cross_margin_max_leverage`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            max_leverage=max_leverage,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    max_leverage: int,
    **options: Unpack[CallOptions],
) -> MarginSuccess:
    """`Spot.margin.adjust_cross_margin_max_leverage` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            max_leverage=max_leverage,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    max_leverage: int,
    **options: Unpack[CallOptions],
) -> Response[MarginSuccess]:
    """`Spot.margin.adjust_cross_margin_max_leverage` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            max_leverage=max_leverage,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    max_leverage: int,
    **options: Unpack[CallOptions],
) -> MarginSuccess:
    """`Spot.margin.adjust_cross_margin_max_leverage` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            max_leverage=max_leverage,
        ),
        options,
    )
