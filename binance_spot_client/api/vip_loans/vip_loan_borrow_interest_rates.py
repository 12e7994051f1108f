"""VIP loan borrow rates: GET /sapi/v1/loan/vip/request/interestRate (USER_DATA, weight 400).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.vip_loans_borrow_interest_rate import VipLoansBorrowInterestRate
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["vipLoanBorrowInterestRates"]


def _arguments(
    loan_coin: str,
) -> dict[str, object]:
    return {
        "loan_coin": loan_coin,
    }


def _parse_response(response: httpx.Response) -> list[VipLoansBorrowInterestRate]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[VipLoansBorrowInterestRate]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [VipLoansBorrowInterestRate.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[VipLoansBorrowInterestRate]]:
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
    loan_coin: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[VipLoansBorrowInterestRate]]:
    """VIP loan borrow rates.

    Gives the current flexible borrow rate, daily and yearly, of up to 10 coins.

    GET /sapi/v1/loan/vip/request/interestRate · security USER_DATA · weight 400


    Args:
        loan_coin: Coins to report on, comma-separated (at most 10). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            loan_coin=loan_coin,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    loan_coin: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[VipLoansBorrowInterestRate]:
    """VIP loan borrow rates.

    Gives the current flexible borrow rate, daily and yearly, of up to 10 coins.

    GET /sapi/v1/loan/vip/request/interestRate · security USER_DATA · weight 400


    Args:
        loan_coin: Coins to report on, comma-separated (at most 10). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[VipLoansBorrowInterestRate]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                loan_coin=loan_coin,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    loan_coin: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[VipLoansBorrowInterestRate]]:
    """VIP loan borrow rates.

    Gives the current flexible borrow rate, daily and yearly, of up to 10 coins.

    GET /sapi/v1/loan/vip/request/interestRate · security USER_DATA · weight 400


    Args:
        loan_coin: Coins to report on, comma-separated (at most 10). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            loan_coin=loan_coin,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    loan_coin: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[VipLoansBorrowInterestRate]:
    """VIP loan borrow rates.

    Gives the current flexible borrow rate, daily and yearly, of up to 10 coins.

    GET /sapi/v1/loan/vip/request/interestRate · security USER_DATA · weight 400


    Args:
        loan_coin: Coins to report on, comma-separated (at most 10). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[VipLoansBorrowInterestRate]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                loan_coin=loan_coin,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
