"""Leave margin special key mode: POST /sapi/v1/margin/exit-special-key-mode (TRADE, weight 10).

The parameters and answer are described on `Spot.margin.exit_margin_special_key_mode`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_empty_response import MarginEmptyResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["exitMarginSpecialKeyMode"]
ANSWER = AnswerPlan(
    "exitMarginSpecialKeyMode",
    {"$ref": "MarginEmptyResponse"},
    schemas='{"MarginEmptyResponse":{"properties":{},"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> MarginEmptyResponse:
    try:
        response_200 = MarginEmptyResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[MarginEmptyResponse]:
    """`Spot.margin.exit_margin_special_key_mode`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> MarginEmptyResponse:
    """`Spot.margin.exit_margin_special_key_mode` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[MarginEmptyResponse]:
    """`Spot.margin.exit_margin_special_key_mode` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> MarginEmptyResponse:
    """`Spot.margin.exit_margin_special_key_mode` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
