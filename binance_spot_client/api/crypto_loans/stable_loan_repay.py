"""Repay a stable-rate loan (retired): POST /sapi/v1/loan/repay (TRADE, weight 6000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.crypto_loans_stable_repay_pending import CryptoLoansStableRepayPending
from ...models.crypto_loans_stable_repay_result import CryptoLoansStableRepayResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["stableLoanRepay"]


def _arguments(
    order_id: int,
    amount: DecimalLike,
    *,
    type_: int | None = None,
    collateral_return: bool | None = None,
) -> dict[str, object]:
    return {
        "order_id": order_id,
        "amount": amount,
        "type_": type_,
        "collateral_return": collateral_return,
    }


def _parse_response(response: httpx.Response) -> CryptoLoansStableRepayPending | CryptoLoansStableRepayResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> CryptoLoansStableRepayPending | CryptoLoansStableRepayResult:
    data = decode_json(response, OPERATION.operation_id)
    try:

        def _parse_response_200(data: object) -> CryptoLoansStableRepayPending | CryptoLoansStableRepayResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CryptoLoansStableRepayResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = CryptoLoansStableRepayPending.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[CryptoLoansStableRepayPending | CryptoLoansStableRepayResult]:
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
    order_id: int,
    amount: DecimalLike,
    type_: int | None = None,
    collateral_return: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansStableRepayPending | CryptoLoansStableRepayResult]:
    """Repay a stable-rate loan (retired).

    Repaid part or all of a stable-rate crypto loan, with the borrowed coin or with collateral. The
    answer gave the remaining balances, or only the state while the repayment was still processing.
    Binance retired it on 2024-11-05 together with the other stable-rate loan endpoints.

    POST /sapi/v1/loan/repay · security TRADE · weight 6000

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        order_id: Loan order to repay. Required.
        amount: Amount of the borrowed coin to repay. Required.
        type_: How to repay: 1 with the borrowed coin (default), 2 with collateral.
        collateral_return: Whether collateral no longer needed goes back to the spot account (default true) or
            stays in the loan.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            order_id=order_id,
            amount=amount,
            type_=type_,
            collateral_return=collateral_return,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    order_id: int,
    amount: DecimalLike,
    type_: int | None = None,
    collateral_return: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansStableRepayPending | CryptoLoansStableRepayResult:
    """Repay a stable-rate loan (retired).

    Repaid part or all of a stable-rate crypto loan, with the borrowed coin or with collateral. The
    answer gave the remaining balances, or only the state while the repayment was still processing.
    Binance retired it on 2024-11-05 together with the other stable-rate loan endpoints.

    POST /sapi/v1/loan/repay · security TRADE · weight 6000

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        order_id: Loan order to repay. Required.
        amount: Amount of the borrowed coin to repay. Required.
        type_: How to repay: 1 with the borrowed coin (default), 2 with collateral.
        collateral_return: Whether collateral no longer needed goes back to the spot account (default true) or
            stays in the loan.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansStableRepayPending | CryptoLoansStableRepayResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                order_id=order_id,
                amount=amount,
                type_=type_,
                collateral_return=collateral_return,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    order_id: int,
    amount: DecimalLike,
    type_: int | None = None,
    collateral_return: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[CryptoLoansStableRepayPending | CryptoLoansStableRepayResult]:
    """Repay a stable-rate loan (retired).

    Repaid part or all of a stable-rate crypto loan, with the borrowed coin or with collateral. The
    answer gave the remaining balances, or only the state while the repayment was still processing.
    Binance retired it on 2024-11-05 together with the other stable-rate loan endpoints.

    POST /sapi/v1/loan/repay · security TRADE · weight 6000

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        order_id: Loan order to repay. Required.
        amount: Amount of the borrowed coin to repay. Required.
        type_: How to repay: 1 with the borrowed coin (default), 2 with collateral.
        collateral_return: Whether collateral no longer needed goes back to the spot account (default true) or
            stays in the loan.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            order_id=order_id,
            amount=amount,
            type_=type_,
            collateral_return=collateral_return,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    order_id: int,
    amount: DecimalLike,
    type_: int | None = None,
    collateral_return: bool | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> CryptoLoansStableRepayPending | CryptoLoansStableRepayResult:
    """Repay a stable-rate loan (retired).

    Repaid part or all of a stable-rate crypto loan, with the borrowed coin or with collateral. The
    answer gave the remaining balances, or only the state while the repayment was still processing.
    Binance retired it on 2024-11-05 together with the other stable-rate loan endpoints.

    POST /sapi/v1/loan/repay · security TRADE · weight 6000

    Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


    Args:
        order_id: Loan order to repay. Required.
        amount: Amount of the borrowed coin to repay. Required.
        type_: How to repay: 1 with the borrowed coin (default), 2 with collateral.
        collateral_return: Whether collateral no longer needed goes back to the spot account (default true) or
            stays in the loan.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        CryptoLoansStableRepayPending | CryptoLoansStableRepayResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                order_id=order_id,
                amount=amount,
                type_=type_,
                collateral_return=collateral_return,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
