"""Clear small liabilities: POST /sapi/v1/margin/exchange-small-liability (USER_DATA, weight 3000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.margin_empty_response import MarginEmptyResponse
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginSmallLiabilityExchange"]


def _arguments(
    asset_names: str,
) -> dict[str, object]:
    return {
        "asset_names": asset_names,
    }


def _parse_response(response: httpx.Response) -> MarginEmptyResponse:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> MarginEmptyResponse:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = MarginEmptyResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[MarginEmptyResponse]:
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
    asset_names: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginEmptyResponse]:
    """Clear small liabilities.

    Clears small debts (each worth less than 10 USDT, at most 10 assets) of the cross margin
    account. It can be used once every 6 hours.

    POST /sapi/v1/margin/exchange-small-liability · security USER_DATA · weight 3000


    Args:
        asset_names: Debt assets to clear, comma-separated (for example `BTC,ETH`). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            asset_names=asset_names,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    asset_names: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginEmptyResponse:
    """Clear small liabilities.

    Clears small debts (each worth less than 10 USDT, at most 10 assets) of the cross margin
    account. It can be used once every 6 hours.

    POST /sapi/v1/margin/exchange-small-liability · security USER_DATA · weight 3000


    Args:
        asset_names: Debt assets to clear, comma-separated (for example `BTC,ETH`). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginEmptyResponse
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                asset_names=asset_names,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset_names: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[MarginEmptyResponse]:
    """Clear small liabilities.

    Clears small debts (each worth less than 10 USDT, at most 10 assets) of the cross margin
    account. It can be used once every 6 hours.

    POST /sapi/v1/margin/exchange-small-liability · security USER_DATA · weight 3000


    Args:
        asset_names: Debt assets to clear, comma-separated (for example `BTC,ETH`). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            asset_names=asset_names,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset_names: str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> MarginEmptyResponse:
    """Clear small liabilities.

    Clears small debts (each worth less than 10 USDT, at most 10 assets) of the cross margin
    account. It can be used once every 6 hours.

    POST /sapi/v1/margin/exchange-small-liability · security USER_DATA · weight 3000


    Args:
        asset_names: Debt assets to clear, comma-separated (for example `BTC,ETH`). Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        MarginEmptyResponse
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                asset_names=asset_names,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
