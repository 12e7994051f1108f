"""Futures accounts of all sub-accounts, summarized (USDⓈ-M or COIN-M): GET /sapi/v2/sub-account/futures/accountSummary (USER_DATA, weight 10).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_futures_summary_coin_m import SubAccountFuturesSummaryCoinM
from ...models.sub_account_futures_summary_usd_m import SubAccountFuturesSummaryUsdM
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountFuturesSummaryV2"]


def _arguments(
    futures_type: int,
    *,
    page: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "futures_type": futures_type,
        "page": page,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM:
    data = decode_json(response, OPERATION.operation_id)
    try:

        def _parse_response_200(data: object) -> SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SubAccountFuturesSummaryUsdM.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = SubAccountFuturesSummaryCoinM.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM]:
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
    futures_type: int,
    page: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM]:
    """Futures accounts of all sub-accounts, summarized (USDⓈ-M or COIN-M).

    Returns margin totals of the USDⓈ-M (`futuresType=1`) or COIN-M (`futuresType=2`) futures
    accounts of the sub-accounts, overall and per sub-account, one page at a time. The COIN-M
    example is assembled from Binance's field examples.

    GET /sapi/v2/sub-account/futures/accountSummary · security USER_DATA · weight 10


    Args:
        futures_type: Which futures account: `1` USDⓈ-M, `2` COIN-M. Required.
        page: Page number, starting at 1 (default 1).
        limit: Sub-accounts per page (default 10, at most 20).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            futures_type=futures_type,
            page=page,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    futures_type: int,
    page: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM:
    """Futures accounts of all sub-accounts, summarized (USDⓈ-M or COIN-M).

    Returns margin totals of the USDⓈ-M (`futuresType=1`) or COIN-M (`futuresType=2`) futures
    accounts of the sub-accounts, overall and per sub-account, one page at a time. The COIN-M
    example is assembled from Binance's field examples.

    GET /sapi/v2/sub-account/futures/accountSummary · security USER_DATA · weight 10


    Args:
        futures_type: Which futures account: `1` USDⓈ-M, `2` COIN-M. Required.
        page: Page number, starting at 1 (default 1).
        limit: Sub-accounts per page (default 10, at most 20).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                futures_type=futures_type,
                page=page,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    futures_type: int,
    page: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM]:
    """Futures accounts of all sub-accounts, summarized (USDⓈ-M or COIN-M).

    Returns margin totals of the USDⓈ-M (`futuresType=1`) or COIN-M (`futuresType=2`) futures
    accounts of the sub-accounts, overall and per sub-account, one page at a time. The COIN-M
    example is assembled from Binance's field examples.

    GET /sapi/v2/sub-account/futures/accountSummary · security USER_DATA · weight 10


    Args:
        futures_type: Which futures account: `1` USDⓈ-M, `2` COIN-M. Required.
        page: Page number, starting at 1 (default 1).
        limit: Sub-accounts per page (default 10, at most 20).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            futures_type=futures_type,
            page=page,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    futures_type: int,
    page: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM:
    """Futures accounts of all sub-accounts, summarized (USDⓈ-M or COIN-M).

    Returns margin totals of the USDⓈ-M (`futuresType=1`) or COIN-M (`futuresType=2`) futures
    accounts of the sub-accounts, overall and per sub-account, one page at a time. The COIN-M
    example is assembled from Binance's field examples.

    GET /sapi/v2/sub-account/futures/accountSummary · security USER_DATA · weight 10


    Args:
        futures_type: Which futures account: `1` USDⓈ-M, `2` COIN-M. Required.
        page: Page number, starting at 1 (default 1).
        limit: Sub-accounts per page (default 10, at most 20).
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountFuturesSummaryCoinM | SubAccountFuturesSummaryUsdM
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                futures_type=futures_type,
                page=page,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
