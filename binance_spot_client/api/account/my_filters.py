"""Filters relevant to the account: GET /api/v3/myFilters (USER_DATA, weight 40).

The parameters and answer are described on `Spot.my_filters`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ..._sbe_spot import SCHEMA as SBE_SCHEMA
from ...models.my_filters import MyFilters
from ...operations import ANSWER_SCHEMAS, OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["myFilters"]
ANSWER = AnswerPlan(
    "myFilters",
    {"$ref": "MyFilters"},
    ANSWER_SCHEMAS,
    sbe=SBE_SCHEMA,  # answered in SBE as MyFiltersResponse when asked (encoding="sbe")
)


def _arguments(
    symbol: str,
) -> dict[str, object]:
    return {
        "symbol": symbol,
    }


def _parse(data: Any) -> MyFilters:
    try:
        response_200 = MyFilters.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> Response[MyFilters]:
    """`Spot.my_filters`, returning the whole response: status, headers, rate limits and the model."""
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
    symbol: str,
    **options: Unpack[CallOptions],
) -> MyFilters:
    """`Spot.my_filters` as a function of the client."""
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
    symbol: str,
    **options: Unpack[CallOptions],
) -> Response[MyFilters]:
    """`Spot.my_filters` on an async client, returning the whole response."""
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
    symbol: str,
    **options: Unpack[CallOptions],
) -> MyFilters:
    """`Spot.my_filters` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )
