"""Create a margin listen token: POST /sapi/v1/userListenToken (USER_STREAM, weight 1).

The parameters and answer are described on `Spot.margin.new_margin_listen_token`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.margin_listen_token import MarginListenToken
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, DurationLike, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newMarginListenToken"]
ANSWER = AnswerPlan(
    "newMarginListenToken",
    {"$ref": "MarginListenToken"},
    schemas='{"MarginListenToken":{"properties":{"expirationTime":{"type":"integer"},"token":{"type":"string"}},"required":["token","expirationTime"],"type":"object"}}',
)


def _arguments(
    *,
    symbol: str | None = None,
    is_isolated: bool | None = None,
    validity: DurationLike | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "is_isolated": is_isolated,
        "validity": validity,
    }


def _parse(data: Any) -> MarginListenToken:
    try:
        response_200 = MarginListenToken.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str | None = None,
    is_isolated: bool | None = None,
    validity: DurationLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginListenToken]:
    """`Spot.margin.new_margin_listen_token`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            validity=validity,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str | None = None,
    is_isolated: bool | None = None,
    validity: DurationLike | None = None,
    **options: Unpack[CallOptions],
) -> MarginListenToken:
    """`Spot.margin.new_margin_listen_token` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            validity=validity,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    is_isolated: bool | None = None,
    validity: DurationLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[MarginListenToken]:
    """`Spot.margin.new_margin_listen_token` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            validity=validity,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    is_isolated: bool | None = None,
    validity: DurationLike | None = None,
    **options: Unpack[CallOptions],
) -> MarginListenToken:
    """`Spot.margin.new_margin_listen_token` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            validity=validity,
        ),
        options,
    )
