"""Change the permissions of a sub-account API key: POST /sapi/v1/sub-account/subAccountApiPermission (USER_DATA, weight 3000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_api_key_permissions import SubAccountApiKeyPermissions
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["updateSubAccountApiKeyPermission"]


def _arguments(
    email: str,
    sub_account_api_key: str,
    *,
    can_trade: bool | None = None,
    can_margin_loan_repay: bool | None = None,
    can_futures_trade: bool | None = None,
    can_universal_transfer: bool | None = None,
    can_vanilla_options: bool | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "sub_account_api_key": sub_account_api_key,
        "can_trade": can_trade,
        "can_margin_loan_repay": can_margin_loan_repay,
        "can_futures_trade": can_futures_trade,
        "can_universal_transfer": can_universal_transfer,
        "can_vanilla_options": can_vanilla_options,
    }


def _parse_response(response: httpx.Response) -> SubAccountApiKeyPermissions:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountApiKeyPermissions:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountApiKeyPermissions.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountApiKeyPermissions]:
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
    sub_account_api_key: str,
    can_trade: bool | None = None,
    can_margin_loan_repay: bool | None = None,
    can_futures_trade: bool | None = None,
    can_universal_transfer: bool | None = None,
    can_vanilla_options: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountApiKeyPermissions]:
    """Change the permissions of a sub-account API key.

    Turns the trading, margin borrow/repay, futures, universal transfer and vanilla options
    permissions of a sub-account's API key on or off; permissions not sent stay as they are. Not for
    Portfolio Margin retail users or asset management sub-accounts; the caller must pass Binance's
    KYC IP check.

    POST /sapi/v1/sub-account/subAccountApiPermission · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: The sub-account's API key. Required.
        can_trade: Spot and margin trading.
        can_margin_loan_repay: Margin borrowing and repaying.
        can_futures_trade: Futures trading.
        can_universal_transfer: Universal transfers.
        can_vanilla_options: Vanilla options trading.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
            can_trade=can_trade,
            can_margin_loan_repay=can_margin_loan_repay,
            can_futures_trade=can_futures_trade,
            can_universal_transfer=can_universal_transfer,
            can_vanilla_options=can_vanilla_options,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    email: str,
    sub_account_api_key: str,
    can_trade: bool | None = None,
    can_margin_loan_repay: bool | None = None,
    can_futures_trade: bool | None = None,
    can_universal_transfer: bool | None = None,
    can_vanilla_options: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountApiKeyPermissions:
    """Change the permissions of a sub-account API key.

    Turns the trading, margin borrow/repay, futures, universal transfer and vanilla options
    permissions of a sub-account's API key on or off; permissions not sent stay as they are. Not for
    Portfolio Margin retail users or asset management sub-accounts; the caller must pass Binance's
    KYC IP check.

    POST /sapi/v1/sub-account/subAccountApiPermission · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: The sub-account's API key. Required.
        can_trade: Spot and margin trading.
        can_margin_loan_repay: Margin borrowing and repaying.
        can_futures_trade: Futures trading.
        can_universal_transfer: Universal transfers.
        can_vanilla_options: Vanilla options trading.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountApiKeyPermissions
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                email=email,
                sub_account_api_key=sub_account_api_key,
                can_trade=can_trade,
                can_margin_loan_repay=can_margin_loan_repay,
                can_futures_trade=can_futures_trade,
                can_universal_transfer=can_universal_transfer,
                can_vanilla_options=can_vanilla_options,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    sub_account_api_key: str,
    can_trade: bool | None = None,
    can_margin_loan_repay: bool | None = None,
    can_futures_trade: bool | None = None,
    can_universal_transfer: bool | None = None,
    can_vanilla_options: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountApiKeyPermissions]:
    """Change the permissions of a sub-account API key.

    Turns the trading, margin borrow/repay, futures, universal transfer and vanilla options
    permissions of a sub-account's API key on or off; permissions not sent stay as they are. Not for
    Portfolio Margin retail users or asset management sub-accounts; the caller must pass Binance's
    KYC IP check.

    POST /sapi/v1/sub-account/subAccountApiPermission · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: The sub-account's API key. Required.
        can_trade: Spot and margin trading.
        can_margin_loan_repay: Margin borrowing and repaying.
        can_futures_trade: Futures trading.
        can_universal_transfer: Universal transfers.
        can_vanilla_options: Vanilla options trading.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            email=email,
            sub_account_api_key=sub_account_api_key,
            can_trade=can_trade,
            can_margin_loan_repay=can_margin_loan_repay,
            can_futures_trade=can_futures_trade,
            can_universal_transfer=can_universal_transfer,
            can_vanilla_options=can_vanilla_options,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    sub_account_api_key: str,
    can_trade: bool | None = None,
    can_margin_loan_repay: bool | None = None,
    can_futures_trade: bool | None = None,
    can_universal_transfer: bool | None = None,
    can_vanilla_options: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountApiKeyPermissions:
    """Change the permissions of a sub-account API key.

    Turns the trading, margin borrow/repay, futures, universal transfer and vanilla options
    permissions of a sub-account's API key on or off; permissions not sent stay as they are. Not for
    Portfolio Margin retail users or asset management sub-accounts; the caller must pass Binance's
    KYC IP check.

    POST /sapi/v1/sub-account/subAccountApiPermission · security USER_DATA · weight 3000


    Args:
        email: Email of the sub-account. Required.
        sub_account_api_key: The sub-account's API key. Required.
        can_trade: Spot and margin trading.
        can_margin_loan_repay: Margin borrowing and repaying.
        can_futures_trade: Futures trading.
        can_universal_transfer: Universal transfers.
        can_vanilla_options: Vanilla options trading.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountApiKeyPermissions
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                email=email,
                sub_account_api_key=sub_account_api_key,
                can_trade=can_trade,
                can_margin_loan_repay=can_margin_loan_repay,
                can_futures_trade=can_futures_trade,
                can_universal_transfer=can_universal_transfer,
                can_vanilla_options=can_vanilla_options,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
