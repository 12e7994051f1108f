"""Isolated margin accounts: GET /sapi/v1/margin/isolated/account (USER_DATA, weight 10).

The parameters and answer are described on `Spot.margin.isolated_margin_account`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_isolated_account import MarginIsolatedAccount
from ...operations import ANSWER_SCHEMAS, OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["isolatedMarginAccount"]
ANSWER = AnswerPlan(
    "isolatedMarginAccount",
    {"$ref": "MarginIsolatedAccount"},
    ANSWER_SCHEMAS,
)


def _arguments(
    *,
    symbols: str | None = None,
) -> dict[str, object]:
    return {
        "symbols": symbols,
    }


def _parse(data: Any) -> MarginIsolatedAccount:
    try:
        response_200 = MarginIsolatedAccount.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbols: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginIsolatedAccount]:
    """`Spot.margin.isolated_margin_account`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbols=symbols,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbols: str | None = None,
    **options: Unpack[CallOptions],
) -> MarginIsolatedAccount:
    """`Spot.margin.isolated_margin_account` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbols=symbols,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbols: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginIsolatedAccount]:
    """`Spot.margin.isolated_margin_account` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbols=symbols,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbols: str | None = None,
    **options: Unpack[CallOptions],
) -> MarginIsolatedAccount:
    """`Spot.margin.isolated_margin_account` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbols=symbols,
        ),
        options,
    )
