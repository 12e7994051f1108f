"""Transfer between futures accounts of master and sub-accounts: POST /sapi/v1/sub-account/futures/internalTransfer (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_futures_internal_transfer_result import SubAccountFuturesInternalTransferResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["transferSubAccountFutures"]


def _arguments(
    from_email: str,
    to_email: str,
    futures_type: int,
    asset: str,
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "from_email": from_email,
        "to_email": to_email,
        "futures_type": futures_type,
        "asset": asset,
        "amount": amount,
    }


def _parse_response(response: httpx.Response) -> SubAccountFuturesInternalTransferResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountFuturesInternalTransferResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountFuturesInternalTransferResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountFuturesInternalTransferResult]:
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
    from_email: str,
    to_email: str,
    futures_type: int,
    asset: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountFuturesInternalTransferResult]:
    """Transfer between futures accounts of master and sub-accounts.

    Moves an asset from the USDⓈ-M or COIN-M futures account of one account to the same kind of
    futures account of another account under the same master. The sending futures wallet needs
    enough margin balance; a master account may make at most 2000 such transfers a minute.

    POST /sapi/v1/sub-account/futures/internalTransfer · security USER_DATA · weight 1


    Args:
        from_email: Email of the sending account. Required.
        to_email: Email of the receiving account. Required.
        futures_type: Which futures account: `1` USDⓈ-M, `2` COIN-M. Required.
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
            from_email=from_email,
            to_email=to_email,
            futures_type=futures_type,
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
    from_email: str,
    to_email: str,
    futures_type: int,
    asset: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountFuturesInternalTransferResult:
    """Transfer between futures accounts of master and sub-accounts.

    Moves an asset from the USDⓈ-M or COIN-M futures account of one account to the same kind of
    futures account of another account under the same master. The sending futures wallet needs
    enough margin balance; a master account may make at most 2000 such transfers a minute.

    POST /sapi/v1/sub-account/futures/internalTransfer · security USER_DATA · weight 1


    Args:
        from_email: Email of the sending account. Required.
        to_email: Email of the receiving account. Required.
        futures_type: Which futures account: `1` USDⓈ-M, `2` COIN-M. Required.
        asset: Asset to move, e.g. `USDT`. Required.
        amount: Amount of the asset to move. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountFuturesInternalTransferResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                from_email=from_email,
                to_email=to_email,
                futures_type=futures_type,
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
    from_email: str,
    to_email: str,
    futures_type: int,
    asset: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountFuturesInternalTransferResult]:
    """Transfer between futures accounts of master and sub-accounts.

    Moves an asset from the USDⓈ-M or COIN-M futures account of one account to the same kind of
    futures account of another account under the same master. The sending futures wallet needs
    enough margin balance; a master account may make at most 2000 such transfers a minute.

    POST /sapi/v1/sub-account/futures/internalTransfer · security USER_DATA · weight 1


    Args:
        from_email: Email of the sending account. Required.
        to_email: Email of the receiving account. Required.
        futures_type: Which futures account: `1` USDⓈ-M, `2` COIN-M. Required.
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
            from_email=from_email,
            to_email=to_email,
            futures_type=futures_type,
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
    from_email: str,
    to_email: str,
    futures_type: int,
    asset: str,
    amount: DecimalLike,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountFuturesInternalTransferResult:
    """Transfer between futures accounts of master and sub-accounts.

    Moves an asset from the USDⓈ-M or COIN-M futures account of one account to the same kind of
    futures account of another account under the same master. The sending futures wallet needs
    enough margin balance; a master account may make at most 2000 such transfers a minute.

    POST /sapi/v1/sub-account/futures/internalTransfer · security USER_DATA · weight 1


    Args:
        from_email: Email of the sending account. Required.
        to_email: Email of the receiving account. Required.
        futures_type: Which futures account: `1` USDⓈ-M, `2` COIN-M. Required.
        asset: Asset to move, e.g. `USDT`. Required.
        amount: Amount of the asset to move. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountFuturesInternalTransferResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                from_email=from_email,
                to_email=to_email,
                futures_type=futures_type,
                asset=asset,
                amount=amount,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
