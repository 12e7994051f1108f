"""Repay the liquidation loan: POST /sapi/v1/margin/liquidation-loan/repay (USER_DATA, weight 100).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_liquidation_loan_repay import MarginLiquidationLoanRepay
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["repayMarginLiquidationLoan"]


def _arguments(
    asset: str,
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "asset": asset,
        "amount": amount,
    }


def _parse_response(response: httpx.Response) -> MarginLiquidationLoanRepay:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginLiquidationLoanRepay:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginLiquidationLoanRepay.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginLiquidationLoanRepay]:
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
) -> Response[MarginLiquidationLoanRepay]:
    """Repay the liquidation loan.

    Repays part or all of the cross margin liquidation loan from the spot wallet. The amount must be
    positive and no more than what is owed; the repayment fails if the spot wallet lacks the funds.

    POST /sapi/v1/margin/liquidation-loan/repay · security USER_DATA · weight 100


    Args:
        asset: Asset to repay with, for example `USDC`. Required.
        amount: Amount to repay; positive and at most the remaining loan. Required.
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
) -> MarginLiquidationLoanRepay:
    """Repay the liquidation loan.

    Repays part or all of the cross margin liquidation loan from the spot wallet. The amount must be
    positive and no more than what is owed; the repayment fails if the spot wallet lacks the funds.

    POST /sapi/v1/margin/liquidation-loan/repay · security USER_DATA · weight 100


    Args:
        asset: Asset to repay with, for example `USDC`. Required.
        amount: Amount to repay; positive and at most the remaining loan. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginLiquidationLoanRepay
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
) -> Response[MarginLiquidationLoanRepay]:
    """Repay the liquidation loan.

    Repays part or all of the cross margin liquidation loan from the spot wallet. The amount must be
    positive and no more than what is owed; the repayment fails if the spot wallet lacks the funds.

    POST /sapi/v1/margin/liquidation-loan/repay · security USER_DATA · weight 100


    Args:
        asset: Asset to repay with, for example `USDC`. Required.
        amount: Amount to repay; positive and at most the remaining loan. Required.
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
) -> MarginLiquidationLoanRepay:
    """Repay the liquidation loan.

    Repays part or all of the cross margin liquidation loan from the spot wallet. The amount must be
    positive and no more than what is owed; the repayment fails if the spot wallet lacks the funds.

    POST /sapi/v1/margin/liquidation-loan/repay · security USER_DATA · weight 100


    Args:
        asset: Asset to repay with, for example `USDC`. Required.
        amount: Amount to repay; positive and at most the remaining loan. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginLiquidationLoanRepay
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
