"""Maximum borrowable amount: GET /sapi/v1/margin/maxBorrowable (USER_DATA, weight 750).

The parameters and answer are described on `Spot.margin.margin_max_borrowable`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_max_borrowable import MarginMaxBorrowable
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginMaxBorrowable"]
ANSWER = AnswerPlan(
    "marginMaxBorrowable",
    {"$ref": "MarginMaxBorrowable"},
    schemas='{"MarginMaxBorrowable":{"properties":{"amount":{"type":"string"},"borrowLimit":{"type":"string"}},"required":["amount","borrowLimit"],"type":"object"}}',
)


def _arguments(
    asset: str,
    *,
    isolated_symbol: str | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "isolated_symbol": isolated_symbol,
    }


def _parse(data: Any) -> MarginMaxBorrowable:
    try:
        response_200 = MarginMaxBorrowable.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    asset: str,
    isolated_symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginMaxBorrowable]:
    """`Spot.margin.margin_max_borrowable`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            isolated_symbol=isolated_symbol,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    asset: str,
    isolated_symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> MarginMaxBorrowable:
    """`Spot.margin.margin_max_borrowable` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            isolated_symbol=isolated_symbol,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str,
    isolated_symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginMaxBorrowable]:
    """`Spot.margin.margin_max_borrowable` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            isolated_symbol=isolated_symbol,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str,
    isolated_symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> MarginMaxBorrowable:
    """`Spot.margin.margin_max_borrowable` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            isolated_symbol=isolated_symbol,
        ),
        options,
    )
