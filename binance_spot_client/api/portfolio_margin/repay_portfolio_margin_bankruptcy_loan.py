"""Repay the bankruptcy loan: POST /sapi/v1/portfolio/repay (USER_DATA, weight 3000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.portfolio_margin_repay_source import PortfolioMarginRepaySource
from ...models.portfolio_margin_transaction_id import PortfolioMarginTransactionId
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["repayPortfolioMarginBankruptcyLoan"]


def _arguments(
    *,
    from_: PortfolioMarginRepaySource | str | None = None,
) -> dict[str, object]:
    return {
        "from_": from_,
    }


def _parse_response(response: httpx.Response) -> PortfolioMarginTransactionId:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> PortfolioMarginTransactionId:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = PortfolioMarginTransactionId.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[PortfolioMarginTransactionId]:
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
    from_: PortfolioMarginRepaySource | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[PortfolioMarginTransactionId]:
    """Repay the bankruptcy loan.

    Repays the bankruptcy loan of the portfolio margin account from the spot or margin wallet.

    POST /sapi/v1/portfolio/repay · security USER_DATA · weight 3000


    Args:
        from_: Wallet to repay from: `SPOT` (default) or `MARGIN`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            from_=from_,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    from_: PortfolioMarginRepaySource | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> PortfolioMarginTransactionId:
    """Repay the bankruptcy loan.

    Repays the bankruptcy loan of the portfolio margin account from the spot or margin wallet.

    POST /sapi/v1/portfolio/repay · security USER_DATA · weight 3000


    Args:
        from_: Wallet to repay from: `SPOT` (default) or `MARGIN`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        PortfolioMarginTransactionId
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                from_=from_,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    from_: PortfolioMarginRepaySource | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[PortfolioMarginTransactionId]:
    """Repay the bankruptcy loan.

    Repays the bankruptcy loan of the portfolio margin account from the spot or margin wallet.

    POST /sapi/v1/portfolio/repay · security USER_DATA · weight 3000


    Args:
        from_: Wallet to repay from: `SPOT` (default) or `MARGIN`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            from_=from_,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    from_: PortfolioMarginRepaySource | str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> PortfolioMarginTransactionId:
    """Repay the bankruptcy loan.

    Repays the bankruptcy loan of the portfolio margin account from the spot or margin wallet.

    POST /sapi/v1/portfolio/repay · security USER_DATA · weight 3000


    Args:
        from_: Wallet to repay from: `SPOT` (default) or `MARGIN`.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        PortfolioMarginTransactionId
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                from_=from_,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
