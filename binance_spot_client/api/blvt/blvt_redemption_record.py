"""Leveraged token redemptions (retired): GET /sapi/v1/blvt/redeem/record (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.blvt_redemption_record import BlvtRedemptionRecord
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["blvtRedemptionRecord"]


def _arguments(
    *,
    token_name: str | None = None,
    id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "token_name": token_name,
        "id": id,
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> list[BlvtRedemptionRecord]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[BlvtRedemptionRecord]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [BlvtRedemptionRecord.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[BlvtRedemptionRecord]]:
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
    token_name: str | None = None,
    id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[BlvtRedemptionRecord]]:
    """Leveraged token redemptions (retired).

    Listed the account's leveraged token redemptions of the last 90 days.

    GET /sapi/v1/blvt/redeem/record · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        token_name: Leveraged token, such as `BTCUP` or `BTCDOWN`.
        id: Only the record with this id.
        start_time: Start of the window, UTC milliseconds.
        end_time: End of the window, UTC milliseconds.
        limit: Number of records. Defaults to 1000; at most 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            token_name=token_name,
            id=id,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    token_name: str | None = None,
    id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[BlvtRedemptionRecord]:
    """Leveraged token redemptions (retired).

    Listed the account's leveraged token redemptions of the last 90 days.

    GET /sapi/v1/blvt/redeem/record · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        token_name: Leveraged token, such as `BTCUP` or `BTCDOWN`.
        id: Only the record with this id.
        start_time: Start of the window, UTC milliseconds.
        end_time: End of the window, UTC milliseconds.
        limit: Number of records. Defaults to 1000; at most 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[BlvtRedemptionRecord]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                token_name=token_name,
                id=id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    token_name: str | None = None,
    id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[BlvtRedemptionRecord]]:
    """Leveraged token redemptions (retired).

    Listed the account's leveraged token redemptions of the last 90 days.

    GET /sapi/v1/blvt/redeem/record · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        token_name: Leveraged token, such as `BTCUP` or `BTCDOWN`.
        id: Only the record with this id.
        start_time: Start of the window, UTC milliseconds.
        end_time: End of the window, UTC milliseconds.
        limit: Number of records. Defaults to 1000; at most 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            token_name=token_name,
            id=id,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    token_name: str | None = None,
    id: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[BlvtRedemptionRecord]:
    """Leveraged token redemptions (retired).

    Listed the account's leveraged token redemptions of the last 90 days.

    GET /sapi/v1/blvt/redeem/record · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        token_name: Leveraged token, such as `BTCUP` or `BTCDOWN`.
        id: Only the record with this id.
        start_time: Start of the window, UTC milliseconds.
        end_time: End of the window, UTC milliseconds.
        limit: Number of records. Defaults to 1000; at most 1000.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[BlvtRedemptionRecord]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                token_name=token_name,
                id=id,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
