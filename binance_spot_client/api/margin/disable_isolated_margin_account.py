"""Disable an isolated margin account: DELETE /sapi/v1/margin/isolated/account (TRADE, weight 300).

The parameters and answer are described on `Spot.margin.disable_isolated_margin_account`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_isolated_account_toggle import MarginIsolatedAccountToggle
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["disableIsolatedMarginAccount"]
ANSWER = AnswerPlan(
    "disableIsolatedMarginAccount",
    {"$ref": "MarginIsolatedAccountToggle"},
    schemas='{"MarginIsolatedAccountToggle":{"properties":{"success":{"type":"boolean"},"symbol":{"type":"string"}},"required":["success","symbol"],"type":"object"}}',
)


def _arguments(
    symbol: str,
) -> dict[str, object]:
    return {
        "symbol": symbol,
    }


def _parse(data: Any) -> MarginIsolatedAccountToggle:
    try:
        response_200 = MarginIsolatedAccountToggle.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    **options: Unpack[CallOptions],
) -> Response[MarginIsolatedAccountToggle]:
    """`Spot.margin.disable_isolated_margin_account`, returning the whole response: status, headers, rate limits and the model."""
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
) -> MarginIsolatedAccountToggle:
    """`Spot.margin.disable_isolated_margin_account` as a function of the client."""
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
) -> Response[MarginIsolatedAccountToggle]:
    """`Spot.margin.disable_isolated_margin_account` on an async client, returning the whole response."""
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
) -> MarginIsolatedAccountToggle:
    """`Spot.margin.disable_isolated_margin_account` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
        ),
        options,
    )
