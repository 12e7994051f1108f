"""Send an asset to the master account (from a sub-account): POST /sapi/v1/sub-account/transfer/subToMaster (USER_DATA, weight 1).

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
OPERATION = OPERATIONS["transferToMaster"]


def _arguments(
    asset: str,
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "asset": asset,
        "amount": amount,
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
    asset: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountTransferResult]:
    """Send an asset to the master account (from a sub-account).

    Called with a sub-account's API key: moves an asset from its spot account to the master
    account's spot account.

    POST /sapi/v1/sub-account/transfer/subToMaster · security USER_DATA · weight 1


    Args:
        asset: Asset to move, e.g. `USDT`. Required.
        amount: Amount of the asset to move. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            asset=asset,
            amount=amount,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    asset: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountTransferResult:
    """Send an asset to the master account (from a sub-account).

    Called with a sub-account's API key: moves an asset from its spot account to the master
    account's spot account.

    POST /sapi/v1/sub-account/transfer/subToMaster · security USER_DATA · weight 1


    Args:
        asset: Asset to move, e.g. `USDT`. Required.
        amount: Amount of the asset to move. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountTransferResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset=asset,
                amount=amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountTransferResult]:
    """Send an asset to the master account (from a sub-account).

    Called with a sub-account's API key: moves an asset from its spot account to the master
    account's spot account.

    POST /sapi/v1/sub-account/transfer/subToMaster · security USER_DATA · weight 1


    Args:
        asset: Asset to move, e.g. `USDT`. Required.
        amount: Amount of the asset to move. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            asset=asset,
            amount=amount,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountTransferResult:
    """Send an asset to the master account (from a sub-account).

    Called with a sub-account's API key: moves an asset from its spot account to the master
    account's spot account.

    POST /sapi/v1/sub-account/transfer/subToMaster · security USER_DATA · weight 1


    Args:
        asset: Asset to move, e.g. `USDT`. Required.
        amount: Amount of the asset to move. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountTransferResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset=asset,
                amount=amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
