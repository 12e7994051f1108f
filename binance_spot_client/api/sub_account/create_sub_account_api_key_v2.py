"""Create an API key for a sub-account (v2): POST /sapi/v2/sub-account/subAccountApi (TRADE, weight 3000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus
from typing import Literal

import httpx

from ...models.sub_account_api_key_created import SubAccountApiKeyCreated
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["createSubAccountApiKeyV2"]


def _arguments(
    email: str,
    api_name: str,
    status: Literal["1", "2", "3"],
    *,
    can_trade: bool | None = None,
    can_margin_loan_repay: bool | None = None,
    can_futures_trade: bool | None = None,
    can_universal_transfer: bool | None = None,
    can_vanilla_options: bool | None = None,
    can_fix_api_trading: bool | None = None,
    can_fix_api_reading: bool | None = None,
    ip_address: str | None = None,
    third_party_name: str | None = None,
    public_key: str | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "api_name": api_name,
        "status": status,
        "can_trade": can_trade,
        "can_margin_loan_repay": can_margin_loan_repay,
        "can_futures_trade": can_futures_trade,
        "can_universal_transfer": can_universal_transfer,
        "can_vanilla_options": can_vanilla_options,
        "can_fix_api_trading": can_fix_api_trading,
        "can_fix_api_reading": can_fix_api_reading,
        "ip_address": ip_address,
        "third_party_name": third_party_name,
        "public_key": public_key,
    }


def _parse_response(response: httpx.Response) -> SubAccountApiKeyCreated:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountApiKeyCreated:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountApiKeyCreated.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountApiKeyCreated]:
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
    api_name: str,
    status: Literal["1", "2", "3"],
    can_trade: bool | None = None,
    can_margin_loan_repay: bool | None = None,
    can_futures_trade: bool | None = None,
    can_universal_transfer: bool | None = None,
    can_vanilla_options: bool | None = None,
    can_fix_api_trading: bool | None = None,
    can_fix_api_reading: bool | None = None,
    ip_address: str | None = None,
    third_party_name: str | None = None,
    public_key: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountApiKeyCreated]:
    """Create an API key for a sub-account (v2).

    Makes a new API key for one of the master account's sub-accounts, like the v1 call, with two
    more permissions (FIX API trading and reading) and an optional RSA or Ed25519 public key. The
    fields travel in a form-encoded body; Binance refuses `publicKey` in the query string. The
    secret is only returned in this answer. Not for asset management sub-accounts; the caller must
    pass Binance's KYC IP check.

    POST /sapi/v2/sub-account/subAccountApi · security TRADE · weight 3000


    Args:
        email: Email of the sub-account. Required.
        api_name: Label of the new key. Required.
        status: IP restriction: `1` none, `2` trusted IPs only (then send `ipAddress`), `3` third-party
            IP list (then send `thirdPartyName`). Required.
        can_trade: Allow spot and margin trading (default false).
        can_margin_loan_repay: Allow margin borrowing and repaying (default false).
        can_futures_trade: Allow futures trading (default false).
        can_universal_transfer: Allow universal transfers (default false).
        can_vanilla_options: Allow vanilla options trading (default false).
        can_fix_api_trading: Allow trading over the FIX API (default false); only for keys made from an Ed25519
            `publicKey`, other keys get error -9000.
        can_fix_api_reading: Allow reading over the FIX API (default false); only for keys made from an Ed25519
            `publicKey`, other keys get error -9000.
        ip_address: Trusted IP addresses, separated by commas, at most 500 characters; required when
            `status` is `2`.
        third_party_name: Name of the third-party IP list; required when `status` is `3`.
        public_key: RSA or Ed25519 public key, to create an asymmetric key instead of an HMAC one; accepted
            only in the body.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            email=email,
            api_name=api_name,
            status=status,
            can_trade=can_trade,
            can_margin_loan_repay=can_margin_loan_repay,
            can_futures_trade=can_futures_trade,
            can_universal_transfer=can_universal_transfer,
            can_vanilla_options=can_vanilla_options,
            can_fix_api_trading=can_fix_api_trading,
            can_fix_api_reading=can_fix_api_reading,
            ip_address=ip_address,
            third_party_name=third_party_name,
            public_key=public_key,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    email: str,
    api_name: str,
    status: Literal["1", "2", "3"],
    can_trade: bool | None = None,
    can_margin_loan_repay: bool | None = None,
    can_futures_trade: bool | None = None,
    can_universal_transfer: bool | None = None,
    can_vanilla_options: bool | None = None,
    can_fix_api_trading: bool | None = None,
    can_fix_api_reading: bool | None = None,
    ip_address: str | None = None,
    third_party_name: str | None = None,
    public_key: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountApiKeyCreated:
    """Create an API key for a sub-account (v2).

    Makes a new API key for one of the master account's sub-accounts, like the v1 call, with two
    more permissions (FIX API trading and reading) and an optional RSA or Ed25519 public key. The
    fields travel in a form-encoded body; Binance refuses `publicKey` in the query string. The
    secret is only returned in this answer. Not for asset management sub-accounts; the caller must
    pass Binance's KYC IP check.

    POST /sapi/v2/sub-account/subAccountApi · security TRADE · weight 3000


    Args:
        email: Email of the sub-account. Required.
        api_name: Label of the new key. Required.
        status: IP restriction: `1` none, `2` trusted IPs only (then send `ipAddress`), `3` third-party
            IP list (then send `thirdPartyName`). Required.
        can_trade: Allow spot and margin trading (default false).
        can_margin_loan_repay: Allow margin borrowing and repaying (default false).
        can_futures_trade: Allow futures trading (default false).
        can_universal_transfer: Allow universal transfers (default false).
        can_vanilla_options: Allow vanilla options trading (default false).
        can_fix_api_trading: Allow trading over the FIX API (default false); only for keys made from an Ed25519
            `publicKey`, other keys get error -9000.
        can_fix_api_reading: Allow reading over the FIX API (default false); only for keys made from an Ed25519
            `publicKey`, other keys get error -9000.
        ip_address: Trusted IP addresses, separated by commas, at most 500 characters; required when
            `status` is `2`.
        third_party_name: Name of the third-party IP list; required when `status` is `3`.
        public_key: RSA or Ed25519 public key, to create an asymmetric key instead of an HMAC one; accepted
            only in the body.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountApiKeyCreated
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                email=email,
                api_name=api_name,
                status=status,
                can_trade=can_trade,
                can_margin_loan_repay=can_margin_loan_repay,
                can_futures_trade=can_futures_trade,
                can_universal_transfer=can_universal_transfer,
                can_vanilla_options=can_vanilla_options,
                can_fix_api_trading=can_fix_api_trading,
                can_fix_api_reading=can_fix_api_reading,
                ip_address=ip_address,
                third_party_name=third_party_name,
                public_key=public_key,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    api_name: str,
    status: Literal["1", "2", "3"],
    can_trade: bool | None = None,
    can_margin_loan_repay: bool | None = None,
    can_futures_trade: bool | None = None,
    can_universal_transfer: bool | None = None,
    can_vanilla_options: bool | None = None,
    can_fix_api_trading: bool | None = None,
    can_fix_api_reading: bool | None = None,
    ip_address: str | None = None,
    third_party_name: str | None = None,
    public_key: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountApiKeyCreated]:
    """Create an API key for a sub-account (v2).

    Makes a new API key for one of the master account's sub-accounts, like the v1 call, with two
    more permissions (FIX API trading and reading) and an optional RSA or Ed25519 public key. The
    fields travel in a form-encoded body; Binance refuses `publicKey` in the query string. The
    secret is only returned in this answer. Not for asset management sub-accounts; the caller must
    pass Binance's KYC IP check.

    POST /sapi/v2/sub-account/subAccountApi · security TRADE · weight 3000


    Args:
        email: Email of the sub-account. Required.
        api_name: Label of the new key. Required.
        status: IP restriction: `1` none, `2` trusted IPs only (then send `ipAddress`), `3` third-party
            IP list (then send `thirdPartyName`). Required.
        can_trade: Allow spot and margin trading (default false).
        can_margin_loan_repay: Allow margin borrowing and repaying (default false).
        can_futures_trade: Allow futures trading (default false).
        can_universal_transfer: Allow universal transfers (default false).
        can_vanilla_options: Allow vanilla options trading (default false).
        can_fix_api_trading: Allow trading over the FIX API (default false); only for keys made from an Ed25519
            `publicKey`, other keys get error -9000.
        can_fix_api_reading: Allow reading over the FIX API (default false); only for keys made from an Ed25519
            `publicKey`, other keys get error -9000.
        ip_address: Trusted IP addresses, separated by commas, at most 500 characters; required when
            `status` is `2`.
        third_party_name: Name of the third-party IP list; required when `status` is `3`.
        public_key: RSA or Ed25519 public key, to create an asymmetric key instead of an HMAC one; accepted
            only in the body.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            email=email,
            api_name=api_name,
            status=status,
            can_trade=can_trade,
            can_margin_loan_repay=can_margin_loan_repay,
            can_futures_trade=can_futures_trade,
            can_universal_transfer=can_universal_transfer,
            can_vanilla_options=can_vanilla_options,
            can_fix_api_trading=can_fix_api_trading,
            can_fix_api_reading=can_fix_api_reading,
            ip_address=ip_address,
            third_party_name=third_party_name,
            public_key=public_key,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    api_name: str,
    status: Literal["1", "2", "3"],
    can_trade: bool | None = None,
    can_margin_loan_repay: bool | None = None,
    can_futures_trade: bool | None = None,
    can_universal_transfer: bool | None = None,
    can_vanilla_options: bool | None = None,
    can_fix_api_trading: bool | None = None,
    can_fix_api_reading: bool | None = None,
    ip_address: str | None = None,
    third_party_name: str | None = None,
    public_key: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountApiKeyCreated:
    """Create an API key for a sub-account (v2).

    Makes a new API key for one of the master account's sub-accounts, like the v1 call, with two
    more permissions (FIX API trading and reading) and an optional RSA or Ed25519 public key. The
    fields travel in a form-encoded body; Binance refuses `publicKey` in the query string. The
    secret is only returned in this answer. Not for asset management sub-accounts; the caller must
    pass Binance's KYC IP check.

    POST /sapi/v2/sub-account/subAccountApi · security TRADE · weight 3000


    Args:
        email: Email of the sub-account. Required.
        api_name: Label of the new key. Required.
        status: IP restriction: `1` none, `2` trusted IPs only (then send `ipAddress`), `3` third-party
            IP list (then send `thirdPartyName`). Required.
        can_trade: Allow spot and margin trading (default false).
        can_margin_loan_repay: Allow margin borrowing and repaying (default false).
        can_futures_trade: Allow futures trading (default false).
        can_universal_transfer: Allow universal transfers (default false).
        can_vanilla_options: Allow vanilla options trading (default false).
        can_fix_api_trading: Allow trading over the FIX API (default false); only for keys made from an Ed25519
            `publicKey`, other keys get error -9000.
        can_fix_api_reading: Allow reading over the FIX API (default false); only for keys made from an Ed25519
            `publicKey`, other keys get error -9000.
        ip_address: Trusted IP addresses, separated by commas, at most 500 characters; required when
            `status` is `2`.
        third_party_name: Name of the third-party IP list; required when `status` is `3`.
        public_key: RSA or Ed25519 public key, to create an asymmetric key instead of an HMAC one; accepted
            only in the body.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountApiKeyCreated
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                email=email,
                api_name=api_name,
                status=status,
                can_trade=can_trade,
                can_margin_loan_repay=can_margin_loan_repay,
                can_futures_trade=can_futures_trade,
                can_universal_transfer=can_universal_transfer,
                can_vanilla_options=can_vanilla_options,
                can_fix_api_trading=can_fix_api_trading,
                can_fix_api_reading=can_fix_api_reading,
                ip_address=ip_address,
                third_party_name=third_party_name,
                public_key=public_key,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
