"""Credit a deposit to an expired address: POST /sapi/v1/capital/deposit/credit-apply (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_deposit_credit_result import WalletDepositCreditResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["applyDepositCredit"]


def _arguments(
    *,
    deposit_id: int | None = None,
    tx_id: str | None = None,
    sub_account_id: int | None = None,
    sub_user_id: int | None = None,
) -> dict[str, object]:
    return {
        "deposit_id": deposit_id,
        "tx_id": tx_id,
        "sub_account_id": sub_account_id,
        "sub_user_id": sub_user_id,
    }


def _parse_response(response: httpx.Response) -> WalletDepositCreditResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> WalletDepositCreditResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = WalletDepositCreditResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[WalletDepositCreditResult]:
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
    deposit_id: int | None = None,
    tx_id: str | None = None,
    sub_account_id: int | None = None,
    sub_user_id: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletDepositCreditResult]:
    """Credit a deposit to an expired address.

    Asks Binance to credit a deposit that was sent to an address no longer assigned to the account
    ("one click arrival"). Identify the deposit by `depositId` (preferred) or by `txId`.

    POST /sapi/v1/capital/deposit/credit-apply · security USER_DATA · weight 1


    Args:
        deposit_id: Id of the deposit record (the `id` of deposit history); takes precedence over `txId`.
        tx_id: On-chain transaction id of the deposit; used when `depositId` is absent.
        sub_account_id: Sub-account id, for a cloud-mining user's sub-account.
        sub_user_id: Sub-user id, for a sub-account of the caller.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            deposit_id=deposit_id,
            tx_id=tx_id,
            sub_account_id=sub_account_id,
            sub_user_id=sub_user_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    deposit_id: int | None = None,
    tx_id: str | None = None,
    sub_account_id: int | None = None,
    sub_user_id: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletDepositCreditResult:
    """Credit a deposit to an expired address.

    Asks Binance to credit a deposit that was sent to an address no longer assigned to the account
    ("one click arrival"). Identify the deposit by `depositId` (preferred) or by `txId`.

    POST /sapi/v1/capital/deposit/credit-apply · security USER_DATA · weight 1


    Args:
        deposit_id: Id of the deposit record (the `id` of deposit history); takes precedence over `txId`.
        tx_id: On-chain transaction id of the deposit; used when `depositId` is absent.
        sub_account_id: Sub-account id, for a cloud-mining user's sub-account.
        sub_user_id: Sub-user id, for a sub-account of the caller.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletDepositCreditResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                deposit_id=deposit_id,
                tx_id=tx_id,
                sub_account_id=sub_account_id,
                sub_user_id=sub_user_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    deposit_id: int | None = None,
    tx_id: str | None = None,
    sub_account_id: int | None = None,
    sub_user_id: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[WalletDepositCreditResult]:
    """Credit a deposit to an expired address.

    Asks Binance to credit a deposit that was sent to an address no longer assigned to the account
    ("one click arrival"). Identify the deposit by `depositId` (preferred) or by `txId`.

    POST /sapi/v1/capital/deposit/credit-apply · security USER_DATA · weight 1


    Args:
        deposit_id: Id of the deposit record (the `id` of deposit history); takes precedence over `txId`.
        tx_id: On-chain transaction id of the deposit; used when `depositId` is absent.
        sub_account_id: Sub-account id, for a cloud-mining user's sub-account.
        sub_user_id: Sub-user id, for a sub-account of the caller.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            deposit_id=deposit_id,
            tx_id=tx_id,
            sub_account_id=sub_account_id,
            sub_user_id=sub_user_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    deposit_id: int | None = None,
    tx_id: str | None = None,
    sub_account_id: int | None = None,
    sub_user_id: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> WalletDepositCreditResult:
    """Credit a deposit to an expired address.

    Asks Binance to credit a deposit that was sent to an address no longer assigned to the account
    ("one click arrival"). Identify the deposit by `depositId` (preferred) or by `txId`.

    POST /sapi/v1/capital/deposit/credit-apply · security USER_DATA · weight 1


    Args:
        deposit_id: Id of the deposit record (the `id` of deposit history); takes precedence over `txId`.
        tx_id: On-chain transaction id of the deposit; used when `depositId` is absent.
        sub_account_id: Sub-account id, for a cloud-mining user's sub-account.
        sub_user_id: Sub-user id, for a sub-account of the caller.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        WalletDepositCreditResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                deposit_id=deposit_id,
                tx_id=tx_id,
                sub_account_id=sub_account_id,
                sub_user_id=sub_user_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
