"""Futures positions of a sub-account (USDⓈ-M or COIN-M): GET /sapi/v2/sub-account/futures/positionRisk (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_futures_positions_coin_m import SubAccountFuturesPositionsCoinM
from ...models.sub_account_futures_positions_usd_m import SubAccountFuturesPositionsUsdM
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountFuturesPositionRiskV2"]


def _arguments(
    email: str,
    futures_type: int,
) -> dict[str, object]:
    return {
        "email": email,
        "futures_type": futures_type,
    }


def _parse_response(response: httpx.Response) -> SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM:
    data = decode_json(response, OPERATION.operation_id)
    try:

        def _parse_response_200(data: object) -> SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SubAccountFuturesPositionsUsdM.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = SubAccountFuturesPositionsCoinM.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(
    response: httpx.Response,
) -> Response[SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM]:
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
    futures_type: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM]:
    """Futures positions of a sub-account (USDⓈ-M or COIN-M).

    Lists the open positions of a sub-account's USDⓈ-M (`futuresType=1`) or COIN-M (`futuresType=2`)
    futures account. The answer holds `futurePositionRiskVos` for USDⓈ-M and
    `deliveryPositionRiskVos` for COIN-M.

    GET /sapi/v2/sub-account/futures/positionRisk · security USER_DATA · weight 1


    Args:
        email: Email of the sub-account. Required.
        futures_type: Which futures account: `1` USDⓈ-M, `2` COIN-M. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            email=email,
            futures_type=futures_type,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    email: str,
    futures_type: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM:
    """Futures positions of a sub-account (USDⓈ-M or COIN-M).

    Lists the open positions of a sub-account's USDⓈ-M (`futuresType=1`) or COIN-M (`futuresType=2`)
    futures account. The answer holds `futurePositionRiskVos` for USDⓈ-M and
    `deliveryPositionRiskVos` for COIN-M.

    GET /sapi/v2/sub-account/futures/positionRisk · security USER_DATA · weight 1


    Args:
        email: Email of the sub-account. Required.
        futures_type: Which futures account: `1` USDⓈ-M, `2` COIN-M. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                email=email,
                futures_type=futures_type,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    futures_type: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM]:
    """Futures positions of a sub-account (USDⓈ-M or COIN-M).

    Lists the open positions of a sub-account's USDⓈ-M (`futuresType=1`) or COIN-M (`futuresType=2`)
    futures account. The answer holds `futurePositionRiskVos` for USDⓈ-M and
    `deliveryPositionRiskVos` for COIN-M.

    GET /sapi/v2/sub-account/futures/positionRisk · security USER_DATA · weight 1


    Args:
        email: Email of the sub-account. Required.
        futures_type: Which futures account: `1` USDⓈ-M, `2` COIN-M. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            email=email,
            futures_type=futures_type,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    futures_type: int,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM:
    """Futures positions of a sub-account (USDⓈ-M or COIN-M).

    Lists the open positions of a sub-account's USDⓈ-M (`futuresType=1`) or COIN-M (`futuresType=2`)
    futures account. The answer holds `futurePositionRiskVos` for USDⓈ-M and
    `deliveryPositionRiskVos` for COIN-M.

    GET /sapi/v2/sub-account/futures/positionRisk · security USER_DATA · weight 1


    Args:
        email: Email of the sub-account. Required.
        futures_type: Which futures account: `1` USDⓈ-M, `2` COIN-M. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                email=email,
                futures_type=futures_type,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
