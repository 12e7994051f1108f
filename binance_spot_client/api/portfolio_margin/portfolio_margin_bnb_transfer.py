"""Transfer BNB: POST /sapi/v1/portfolio/bnb-transfer (USER_DATA, weight 1500).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.portfolio_margin_transaction_id import PortfolioMarginTransactionId
from ...models.portfolio_margin_transfer_side import PortfolioMarginTransferSide
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["portfolioMarginBnbTransfer"]


def _arguments(
    amount: DecimalLike,
    transfer_side: PortfolioMarginTransferSide | str,
) -> dict[str, object]:
    return {
        "amount": amount,
        "transfer_side": transfer_side,
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
    amount: DecimalLike,
    transfer_side: PortfolioMarginTransferSide | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[PortfolioMarginTransactionId]:
    """Transfer BNB.

    Moves BNB between the margin account and the USDⓈ-M futures account of portfolio margin. At most
    2 calls per 10 minutes, counted on a rolling basis.

    POST /sapi/v1/portfolio/bnb-transfer · security USER_DATA · weight 1500


    Args:
        amount: Amount of BNB to move. Required.
        transfer_side: `TO_UM` into the USDⓈ-M futures account, `FROM_UM` out of it. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            amount=amount,
            transfer_side=transfer_side,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    amount: DecimalLike,
    transfer_side: PortfolioMarginTransferSide | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> PortfolioMarginTransactionId:
    """Transfer BNB.

    Moves BNB between the margin account and the USDⓈ-M futures account of portfolio margin. At most
    2 calls per 10 minutes, counted on a rolling basis.

    POST /sapi/v1/portfolio/bnb-transfer · security USER_DATA · weight 1500


    Args:
        amount: Amount of BNB to move. Required.
        transfer_side: `TO_UM` into the USDⓈ-M futures account, `FROM_UM` out of it. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        PortfolioMarginTransactionId
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                amount=amount,
                transfer_side=transfer_side,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    amount: DecimalLike,
    transfer_side: PortfolioMarginTransferSide | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[PortfolioMarginTransactionId]:
    """Transfer BNB.

    Moves BNB between the margin account and the USDⓈ-M futures account of portfolio margin. At most
    2 calls per 10 minutes, counted on a rolling basis.

    POST /sapi/v1/portfolio/bnb-transfer · security USER_DATA · weight 1500


    Args:
        amount: Amount of BNB to move. Required.
        transfer_side: `TO_UM` into the USDⓈ-M futures account, `FROM_UM` out of it. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            amount=amount,
            transfer_side=transfer_side,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    amount: DecimalLike,
    transfer_side: PortfolioMarginTransferSide | str,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> PortfolioMarginTransactionId:
    """Transfer BNB.

    Moves BNB between the margin account and the USDⓈ-M futures account of portfolio margin. At most
    2 calls per 10 minutes, counted on a rolling basis.

    POST /sapi/v1/portfolio/bnb-transfer · security USER_DATA · weight 1500


    Args:
        amount: Amount of BNB to move. Required.
        transfer_side: `TO_UM` into the USDⓈ-M futures account, `FROM_UM` out of it. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        PortfolioMarginTransactionId
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                amount=amount,
                transfer_side=transfer_side,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
