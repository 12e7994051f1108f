"""Set auto-repay of futures negative balance: POST /sapi/v1/portfolio/repay-futures-switch (USER_DATA, weight 1500).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.portfolio_margin_message import PortfolioMarginMessage
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["changePortfolioMarginAutoRepayFutures"]


def _arguments(
    auto_repay: bool,
) -> dict[str, object]:
    return {
        "auto_repay": auto_repay,
    }


def _parse_response(response: httpx.Response) -> PortfolioMarginMessage:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> PortfolioMarginMessage:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = PortfolioMarginMessage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[PortfolioMarginMessage]:
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
    auto_repay: bool,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[PortfolioMarginMessage]:
    """Set auto-repay of futures negative balance.

    Turns the automatic repayment of futures negative balances on (the default) or off.

    POST /sapi/v1/portfolio/repay-futures-switch · security USER_DATA · weight 1500


    Args:
        auto_repay: `true` to repay futures negative balances automatically, `false` to stop. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            auto_repay=auto_repay,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    auto_repay: bool,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> PortfolioMarginMessage:
    """Set auto-repay of futures negative balance.

    Turns the automatic repayment of futures negative balances on (the default) or off.

    POST /sapi/v1/portfolio/repay-futures-switch · security USER_DATA · weight 1500


    Args:
        auto_repay: `true` to repay futures negative balances automatically, `false` to stop. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        PortfolioMarginMessage
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                auto_repay=auto_repay,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    auto_repay: bool,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[PortfolioMarginMessage]:
    """Set auto-repay of futures negative balance.

    Turns the automatic repayment of futures negative balances on (the default) or off.

    POST /sapi/v1/portfolio/repay-futures-switch · security USER_DATA · weight 1500


    Args:
        auto_repay: `true` to repay futures negative balances automatically, `false` to stop. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            auto_repay=auto_repay,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    auto_repay: bool,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> PortfolioMarginMessage:
    """Set auto-repay of futures negative balance.

    Turns the automatic repayment of futures negative balances on (the default) or off.

    POST /sapi/v1/portfolio/repay-futures-switch · security USER_DATA · weight 1500


    Args:
        auto_repay: `true` to repay futures negative balances automatically, `false` to stop. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        PortfolioMarginMessage
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                auto_repay=auto_repay,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
