"""Enable leveraged tokens for a sub-account: POST /sapi/v1/sub-account/blvt/enable (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_leveraged_tokens_enabled import SubAccountLeveragedTokensEnabled
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["enableSubAccountLeveragedTokens"]


def _arguments(
    email: str,
    enable_blvt: bool,
) -> dict[str, object]:
    return {
        "email": email,
        "enable_blvt": enable_blvt,
    }


def _parse_response(response: httpx.Response) -> SubAccountLeveragedTokensEnabled:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountLeveragedTokensEnabled:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountLeveragedTokensEnabled.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountLeveragedTokensEnabled]:
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
    enable_blvt: bool,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountLeveragedTokensEnabled]:
    """Enable leveraged tokens for a sub-account.

    Enabled leveraged tokens (BLVT) for a sub-account. Retired by Binance.

    POST /sapi/v1/sub-account/blvt/enable · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        email: Email of the sub-account. Required.
        enable_blvt: Must be `true`; it is the only accepted value. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            email=email,
            enable_blvt=enable_blvt,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    email: str,
    enable_blvt: bool,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountLeveragedTokensEnabled:
    """Enable leveraged tokens for a sub-account.

    Enabled leveraged tokens (BLVT) for a sub-account. Retired by Binance.

    POST /sapi/v1/sub-account/blvt/enable · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        email: Email of the sub-account. Required.
        enable_blvt: Must be `true`; it is the only accepted value. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountLeveragedTokensEnabled
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                email=email,
                enable_blvt=enable_blvt,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    enable_blvt: bool,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountLeveragedTokensEnabled]:
    """Enable leveraged tokens for a sub-account.

    Enabled leveraged tokens (BLVT) for a sub-account. Retired by Binance.

    POST /sapi/v1/sub-account/blvt/enable · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        email: Email of the sub-account. Required.
        enable_blvt: Must be `true`; it is the only accepted value. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            email=email,
            enable_blvt=enable_blvt,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    enable_blvt: bool,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountLeveragedTokensEnabled:
    """Enable leveraged tokens for a sub-account.

    Enabled leveraged tokens (BLVT) for a sub-account. Retired by Binance.

    POST /sapi/v1/sub-account/blvt/enable · security USER_DATA · weight 1

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        email: Email of the sub-account. Required.
        enable_blvt: Must be `true`; it is the only accepted value. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountLeveragedTokensEnabled
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                email=email,
                enable_blvt=enable_blvt,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
