"""Set a locked position's payout (GET form): GET /sapi/v1/simple-earn/locked/setRedeemOption (USER_DATA, weight 50).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.simple_earn_locked_redeem_to import SimpleEarnLockedRedeemTo
from ...models.simple_earn_success import SimpleEarnSuccess
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["setLockedRedeemOptionWithGet"]


def _arguments(
    position_id: int,
    *,
    redeem_to: SimpleEarnLockedRedeemTo | str | None = None,
) -> dict[str, object]:
    return {
        "position_id": position_id,
        "redeem_to": redeem_to,
    }


def _parse_response(response: httpx.Response) -> SimpleEarnSuccess:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SimpleEarnSuccess:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SimpleEarnSuccess.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SimpleEarnSuccess]:
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
    position_id: int,
    redeem_to: SimpleEarnLockedRedeemTo | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SimpleEarnSuccess]:
    """Set a locked position's payout (GET form).

    The GET form of setting where a locked position's principal goes at maturity, as Binance's 2024
    OpenAPI file describes it. Use `setLockedRedeemOption` (POST) instead.

    GET /sapi/v1/simple-earn/locked/setRedeemOption · security USER_DATA · weight 50

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        position_id: Locked position to change. Required.
        redeem_to: Where the principal goes at maturity; the 2024 file gives `FLEXIBLE` as the default.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            position_id=position_id,
            redeem_to=redeem_to,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    position_id: int,
    redeem_to: SimpleEarnLockedRedeemTo | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SimpleEarnSuccess:
    """Set a locked position's payout (GET form).

    The GET form of setting where a locked position's principal goes at maturity, as Binance's 2024
    OpenAPI file describes it. Use `setLockedRedeemOption` (POST) instead.

    GET /sapi/v1/simple-earn/locked/setRedeemOption · security USER_DATA · weight 50

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        position_id: Locked position to change. Required.
        redeem_to: Where the principal goes at maturity; the 2024 file gives `FLEXIBLE` as the default.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SimpleEarnSuccess
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                position_id=position_id,
                redeem_to=redeem_to,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    position_id: int,
    redeem_to: SimpleEarnLockedRedeemTo | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SimpleEarnSuccess]:
    """Set a locked position's payout (GET form).

    The GET form of setting where a locked position's principal goes at maturity, as Binance's 2024
    OpenAPI file describes it. Use `setLockedRedeemOption` (POST) instead.

    GET /sapi/v1/simple-earn/locked/setRedeemOption · security USER_DATA · weight 50

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        position_id: Locked position to change. Required.
        redeem_to: Where the principal goes at maturity; the 2024 file gives `FLEXIBLE` as the default.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            position_id=position_id,
            redeem_to=redeem_to,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    position_id: int,
    redeem_to: SimpleEarnLockedRedeemTo | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SimpleEarnSuccess:
    """Set a locked position's payout (GET form).

    The GET form of setting where a locked position's principal goes at maturity, as Binance's 2024
    OpenAPI file describes it. Use `setLockedRedeemOption` (POST) instead.

    GET /sapi/v1/simple-earn/locked/setRedeemOption · security USER_DATA · weight 50

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        position_id: Locked position to change. Required.
        redeem_to: Where the principal goes at maturity; the 2024 file gives `FLEXIBLE` as the default.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SimpleEarnSuccess
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                position_id=position_id,
                redeem_to=redeem_to,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
