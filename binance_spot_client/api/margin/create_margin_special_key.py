"""Create a margin special key: POST /sapi/v1/margin/apiKey (TRADE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_special_key_created import MarginSpecialKeyCreated
from ...models.margin_special_key_permission import MarginSpecialKeyPermission
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["createMarginSpecialKey"]


def _arguments(
    api_name: str,
    *,
    symbol: str | None = None,
    ip: str | None = None,
    public_key: str | None = None,
    permission_mode: MarginSpecialKeyPermission | str | None = None,
) -> dict[str, object]:
    return {
        "api_name": api_name,
        "symbol": symbol,
        "ip": ip,
        "public_key": public_key,
        "permission_mode": permission_mode,
    }


def _parse_response(response: httpx.Response) -> MarginSpecialKeyCreated:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginSpecialKeyCreated:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginSpecialKeyCreated.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginSpecialKeyCreated]:
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
    api_name: str,
    symbol: str | None = None,
    ip: str | None = None,
    public_key: str | None = None,
    permission_mode: MarginSpecialKeyPermission | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginSpecialKeyCreated]:
    """Create a margin special key.

    Creates a special (low-latency) API key for the cross margin account, or for the isolated
    account of `symbol`; the key is then used on the spot /api/v3 endpoints. Sending `publicKey`
    creates an RSA or Ed25519 key, otherwise an HMAC key with a secret. Margin special keys (low-
    latency trading) are open to VIP 7 and above, or on agreement with Binance.

    POST /sapi/v1/margin/apiKey · security TRADE · weight 1


    Args:
        api_name: Name of the key. Required.
        symbol: Isolated margin pair the key trades; leave it out for cross margin.
        ip: Allowed IP addresses, comma-separated, at most 30.
        public_key: RSA or Ed25519 public key (PKCS#8) to register instead of generating an HMAC secret.
        permission_mode: Ed25519 keys only: `TRADE` (default) or `READ`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            api_name=api_name,
            symbol=symbol,
            ip=ip,
            public_key=public_key,
            permission_mode=permission_mode,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    api_name: str,
    symbol: str | None = None,
    ip: str | None = None,
    public_key: str | None = None,
    permission_mode: MarginSpecialKeyPermission | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginSpecialKeyCreated:
    """Create a margin special key.

    Creates a special (low-latency) API key for the cross margin account, or for the isolated
    account of `symbol`; the key is then used on the spot /api/v3 endpoints. Sending `publicKey`
    creates an RSA or Ed25519 key, otherwise an HMAC key with a secret. Margin special keys (low-
    latency trading) are open to VIP 7 and above, or on agreement with Binance.

    POST /sapi/v1/margin/apiKey · security TRADE · weight 1


    Args:
        api_name: Name of the key. Required.
        symbol: Isolated margin pair the key trades; leave it out for cross margin.
        ip: Allowed IP addresses, comma-separated, at most 30.
        public_key: RSA or Ed25519 public key (PKCS#8) to register instead of generating an HMAC secret.
        permission_mode: Ed25519 keys only: `TRADE` (default) or `READ`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginSpecialKeyCreated
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                api_name=api_name,
                symbol=symbol,
                ip=ip,
                public_key=public_key,
                permission_mode=permission_mode,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    api_name: str,
    symbol: str | None = None,
    ip: str | None = None,
    public_key: str | None = None,
    permission_mode: MarginSpecialKeyPermission | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginSpecialKeyCreated]:
    """Create a margin special key.

    Creates a special (low-latency) API key for the cross margin account, or for the isolated
    account of `symbol`; the key is then used on the spot /api/v3 endpoints. Sending `publicKey`
    creates an RSA or Ed25519 key, otherwise an HMAC key with a secret. Margin special keys (low-
    latency trading) are open to VIP 7 and above, or on agreement with Binance.

    POST /sapi/v1/margin/apiKey · security TRADE · weight 1


    Args:
        api_name: Name of the key. Required.
        symbol: Isolated margin pair the key trades; leave it out for cross margin.
        ip: Allowed IP addresses, comma-separated, at most 30.
        public_key: RSA or Ed25519 public key (PKCS#8) to register instead of generating an HMAC secret.
        permission_mode: Ed25519 keys only: `TRADE` (default) or `READ`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            api_name=api_name,
            symbol=symbol,
            ip=ip,
            public_key=public_key,
            permission_mode=permission_mode,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    api_name: str,
    symbol: str | None = None,
    ip: str | None = None,
    public_key: str | None = None,
    permission_mode: MarginSpecialKeyPermission | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginSpecialKeyCreated:
    """Create a margin special key.

    Creates a special (low-latency) API key for the cross margin account, or for the isolated
    account of `symbol`; the key is then used on the spot /api/v3 endpoints. Sending `publicKey`
    creates an RSA or Ed25519 key, otherwise an HMAC key with a secret. Margin special keys (low-
    latency trading) are open to VIP 7 and above, or on agreement with Binance.

    POST /sapi/v1/margin/apiKey · security TRADE · weight 1


    Args:
        api_name: Name of the key. Required.
        symbol: Isolated margin pair the key trades; leave it out for cross margin.
        ip: Allowed IP addresses, comma-separated, at most 30.
        public_key: RSA or Ed25519 public key (PKCS#8) to register instead of generating an HMAC secret.
        permission_mode: Ed25519 keys only: `TRADE` (default) or `READ`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginSpecialKeyCreated
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                api_name=api_name,
                symbol=symbol,
                ip=ip,
                public_key=public_key,
                permission_mode=permission_mode,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
