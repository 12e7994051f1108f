"""Delete margin special keys: DELETE /sapi/v1/margin/apiKey (TRADE, weight 1).

The parameters and answer are described on `Spot.margin.delete_margin_special_key`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_empty_response import MarginEmptyResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["deleteMarginSpecialKey"]
ANSWER = AnswerPlan(
    "deleteMarginSpecialKey",
    {"$ref": "MarginEmptyResponse"},
    schemas='{"MarginEmptyResponse":{"properties":{},"type":"object"}}',
)


def _arguments(
    *,
    api_name: str | None = None,
    symbol: str | None = None,
) -> dict[str, object]:
    return {
        "api_name": api_name,
        "symbol": symbol,
    }


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
    api_name: str | None = None,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginEmptyResponse]:
    """`Spot.margin.delete_margin_special_key`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            api_name=api_name,
            symbol=symbol,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    api_name: str | None = None,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> MarginEmptyResponse:
    """`Spot.margin.delete_margin_special_key` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            api_name=api_name,
            symbol=symbol,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    api_name: str | None = None,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginEmptyResponse]:
    """`Spot.margin.delete_margin_special_key` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            api_name=api_name,
            symbol=symbol,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    api_name: str | None = None,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> MarginEmptyResponse:
    """`Spot.margin.delete_margin_special_key` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            api_name=api_name,
            symbol=symbol,
        ),
        options,
    )
