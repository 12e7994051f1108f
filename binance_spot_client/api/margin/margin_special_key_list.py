"""List margin special keys: GET /sapi/v1/margin/api-key-list (TRADE, weight 1).

The parameters and answer are described on `Spot.margin.margin_special_key_list`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_special_key import MarginSpecialKey
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginSpecialKeyList"]
ANSWER = AnswerPlan(
    "marginSpecialKeyList",
    {"type": "array", "items": {"$ref": "MarginSpecialKey"}},
    schemas='{"MarginSpecialKey":{"properties":{"apiKey":{"type":"string"},"apiName":{"type":"string"},"ip":{"type":"string"},"permissionMode":{"type":"string"},"type":{"type":"string"}},"required":["apiKey","ip","type"],"type":"object"}}',
)


def _arguments(
    *,
    symbol: str | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
    }


def _parse(data: Any) -> list[MarginSpecialKey]:
    try:
        response_200 = [MarginSpecialKey.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginSpecialKey]]:
    """`Spot.margin.margin_special_key_list`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginSpecialKey]:
    """`Spot.margin.margin_special_key_list` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[MarginSpecialKey]]:
    """`Spot.margin.margin_special_key_list` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> list[MarginSpecialKey]:
    """`Spot.margin.margin_special_key_list` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )
