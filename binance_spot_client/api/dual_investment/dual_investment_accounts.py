"""Dual Investment account summary: GET /sapi/v1/dci/product/accounts (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.dual_investment_account import DualInvestmentAccount
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["dualInvestmentAccounts"]


def _arguments() -> dict[str, object]:
    return {}


def _parse_response(response: httpx.Response) -> DualInvestmentAccount:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> DualInvestmentAccount:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = DualInvestmentAccount.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[DualInvestmentAccount]:
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
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[DualInvestmentAccount]:
    """Dual Investment account summary.

    Values the account's Dual Investment holdings in BTC and in USDT.

    GET /sapi/v1/dci/product/accounts · security USER_DATA · weight 1


    Args:
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(OPERATION, _arguments(), recv_window=recv_window, timeout=timeout)
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> DualInvestmentAccount:
    """Dual Investment account summary.

    Values the account's Dual Investment holdings in BTC and in USDT.

    GET /sapi/v1/dci/product/accounts · security USER_DATA · weight 1


    Args:
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        DualInvestmentAccount
    """
    return _parse_response(client.send(OPERATION, _arguments(), recv_window=recv_window, timeout=timeout))


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[DualInvestmentAccount]:
    """Dual Investment account summary.

    Values the account's Dual Investment holdings in BTC and in USDT.

    GET /sapi/v1/dci/product/accounts · security USER_DATA · weight 1


    Args:
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(OPERATION, _arguments(), recv_window=recv_window, timeout=timeout)
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> DualInvestmentAccount:
    """Dual Investment account summary.

    Values the account's Dual Investment holdings in BTC and in USDT.

    GET /sapi/v1/dci/product/accounts · security USER_DATA · weight 1


    Args:
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        DualInvestmentAccount
    """
    return _parse_response(await client.send(OPERATION, _arguments(), recv_window=recv_window, timeout=timeout))
