"""Set the IP list of a margin special key: PUT /sapi/v1/margin/apiKey/ip (TRADE, weight 1).

The parameters and answer are described on `Spot.margin.edit_margin_special_key_ip`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_empty_response import MarginEmptyResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["editMarginSpecialKeyIp"]
ANSWER = AnswerPlan(
    "editMarginSpecialKeyIp",
    {"$ref": "MarginEmptyResponse"},
    schemas='{"MarginEmptyResponse":{"properties":{},"type":"object"}}',
)


def _arguments(
    ip: str,
    *,
    symbol: str | None = None,
) -> dict[str, object]:
    return {
        "ip": ip,
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
    ip: str,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginEmptyResponse]:
    """`Spot.margin.edit_margin_special_key_ip`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            ip=ip,
            symbol=symbol,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    ip: str,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> MarginEmptyResponse:
    """`Spot.margin.edit_margin_special_key_ip` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            ip=ip,
            symbol=symbol,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    ip: str,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginEmptyResponse]:
    """`Spot.margin.edit_margin_special_key_ip` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            ip=ip,
            symbol=symbol,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    ip: str,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> MarginEmptyResponse:
    """`Spot.margin.edit_margin_special_key_ip` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            ip=ip,
            symbol=symbol,
        ),
        options,
    )
