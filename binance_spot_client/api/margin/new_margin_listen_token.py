"""Create a margin listen token: POST /sapi/v1/userListenToken (USER_STREAM, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_listen_token import MarginListenToken
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["newMarginListenToken"]


def _arguments(
    *,
    symbol: str | None = None,
    is_isolated: bool | None = None,
    validity: int | None = None,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "is_isolated": is_isolated,
        "validity": validity,
    }


def _parse_response(response: httpx.Response) -> MarginListenToken:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginListenToken:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginListenToken.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginListenToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
        rate_limits=RateLimits.from_headers(response.headers),
    )


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str | None = None,
    is_isolated: bool | None = None,
    validity: int | None = None,
    timeout: float | None = None,
) -> Response[MarginListenToken]:
    """Create a margin listen token.

    Creates a token that lets the WebSocket API method `userDataStream.subscribe.listenToken` follow
    the cross margin account, or one isolated account, for a limited time (24 hours by default and
    at most). The subscription is not renewed automatically: request a new token before
    `expirationTime` and subscribe again.

    POST /sapi/v1/userListenToken · security USER_STREAM · weight 1


    Args:
        symbol: Isolated margin pair; required when `isIsolated` is `true`.
        is_isolated: `true` for an isolated margin account; cross margin when omitted.
        validity: Validity of the token in milliseconds; default and maximum 24 hours.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            validity=validity,
        ),
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    symbol: str | None = None,
    is_isolated: bool | None = None,
    validity: int | None = None,
    timeout: float | None = None,
) -> MarginListenToken:
    """Create a margin listen token.

    Creates a token that lets the WebSocket API method `userDataStream.subscribe.listenToken` follow
    the cross margin account, or one isolated account, for a limited time (24 hours by default and
    at most). The subscription is not renewed automatically: request a new token before
    `expirationTime` and subscribe again.

    POST /sapi/v1/userListenToken · security USER_STREAM · weight 1


    Args:
        symbol: Isolated margin pair; required when `isIsolated` is `true`.
        is_isolated: `true` for an isolated margin account; cross margin when omitted.
        validity: Validity of the token in milliseconds; default and maximum 24 hours.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginListenToken
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                validity=validity,
            ),
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    is_isolated: bool | None = None,
    validity: int | None = None,
    timeout: float | None = None,
) -> Response[MarginListenToken]:
    """Create a margin listen token.

    Creates a token that lets the WebSocket API method `userDataStream.subscribe.listenToken` follow
    the cross margin account, or one isolated account, for a limited time (24 hours by default and
    at most). The subscription is not renewed automatically: request a new token before
    `expirationTime` and subscribe again.

    POST /sapi/v1/userListenToken · security USER_STREAM · weight 1


    Args:
        symbol: Isolated margin pair; required when `isIsolated` is `true`.
        is_isolated: `true` for an isolated margin account; cross margin when omitted.
        validity: Validity of the token in milliseconds; default and maximum 24 hours.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            symbol=symbol,
            is_isolated=is_isolated,
            validity=validity,
        ),
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str | None = None,
    is_isolated: bool | None = None,
    validity: int | None = None,
    timeout: float | None = None,
) -> MarginListenToken:
    """Create a margin listen token.

    Creates a token that lets the WebSocket API method `userDataStream.subscribe.listenToken` follow
    the cross margin account, or one isolated account, for a limited time (24 hours by default and
    at most). The subscription is not renewed automatically: request a new token before
    `expirationTime` and subscribe again.

    POST /sapi/v1/userListenToken · security USER_STREAM · weight 1


    Args:
        symbol: Isolated margin pair; required when `isIsolated` is `true`.
        is_isolated: `true` for an isolated margin account; cross margin when omitted.
        validity: Validity of the token in milliseconds; default and maximum 24 hours.
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginListenToken
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                symbol=symbol,
                is_isolated=is_isolated,
                validity=validity,
            ),
            timeout=timeout,
        )
    )
