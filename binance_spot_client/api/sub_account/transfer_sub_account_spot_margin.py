"""Move a sub-account's asset between spot and margin: POST /sapi/v1/sub-account/margin/transfer (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_transfer_result import SubAccountTransferResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["transferSubAccountSpotMargin"]


def _arguments(
    email: str,
    asset: str,
    amount: DecimalLike,
    type_: int,
) -> dict[str, object]:
    return {
        "email": email,
        "asset": asset,
        "amount": amount,
        "type_": type_,
    }


def _parse_response(response: httpx.Response) -> SubAccountTransferResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountTransferResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountTransferResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountTransferResult]:
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
    email: str,
    asset: str,
    amount: DecimalLike,
    type_: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountTransferResult]:
    """Move a sub-account's asset between spot and margin.

    Moves an asset between a sub-account's spot account and its cross margin account; `type` picks
    the direction.

    POST /sapi/v1/sub-account/margin/transfer · security USER_DATA · weight 1


    Args:
        email: Email of the sub-account. Required.
        asset: Asset to move, e.g. `USDT`. Required.
        amount: Amount of the asset to move. Required.
        type_: Direction: `1` spot → margin, `2` margin → spot. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            email=email,
            asset=asset,
            amount=amount,
            type_=type_,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    email: str,
    asset: str,
    amount: DecimalLike,
    type_: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountTransferResult:
    """Move a sub-account's asset between spot and margin.

    Moves an asset between a sub-account's spot account and its cross margin account; `type` picks
    the direction.

    POST /sapi/v1/sub-account/margin/transfer · security USER_DATA · weight 1


    Args:
        email: Email of the sub-account. Required.
        asset: Asset to move, e.g. `USDT`. Required.
        amount: Amount of the asset to move. Required.
        type_: Direction: `1` spot → margin, `2` margin → spot. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountTransferResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                email=email,
                asset=asset,
                amount=amount,
                type_=type_,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    asset: str,
    amount: DecimalLike,
    type_: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountTransferResult]:
    """Move a sub-account's asset between spot and margin.

    Moves an asset between a sub-account's spot account and its cross margin account; `type` picks
    the direction.

    POST /sapi/v1/sub-account/margin/transfer · security USER_DATA · weight 1


    Args:
        email: Email of the sub-account. Required.
        asset: Asset to move, e.g. `USDT`. Required.
        amount: Amount of the asset to move. Required.
        type_: Direction: `1` spot → margin, `2` margin → spot. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            email=email,
            asset=asset,
            amount=amount,
            type_=type_,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    asset: str,
    amount: DecimalLike,
    type_: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountTransferResult:
    """Move a sub-account's asset between spot and margin.

    Moves an asset between a sub-account's spot account and its cross margin account; `type` picks
    the direction.

    POST /sapi/v1/sub-account/margin/transfer · security USER_DATA · weight 1


    Args:
        email: Email of the sub-account. Required.
        asset: Asset to move, e.g. `USDT`. Required.
        amount: Amount of the asset to move. Required.
        type_: Direction: `1` spot → margin, `2` margin → spot. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountTransferResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                email=email,
                asset=asset,
                amount=amount,
                type_=type_,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
