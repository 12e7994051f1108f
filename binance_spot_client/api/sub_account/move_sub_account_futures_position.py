"""Move futures positions between accounts: POST /sapi/v1/sub-account/futures/move-position (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Mapping, Sequence
from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.sub_account_move_position_product_type import SubAccountMovePositionProductType
from ...models.sub_account_move_position_result import SubAccountMovePositionResult
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["moveSubAccountFuturesPosition"]


def _arguments(
    from_user_email: str,
    to_user_email: str,
    product_type: SubAccountMovePositionProductType | str,
    order_args: Sequence[Mapping[str, object]],
) -> dict[str, object]:
    return {
        "from_user_email": from_user_email,
        "to_user_email": to_user_email,
        "product_type": product_type,
        "order_args": order_args,
    }


def _parse_response(response: httpx.Response) -> SubAccountMovePositionResult:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> SubAccountMovePositionResult:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = SubAccountMovePositionResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[SubAccountMovePositionResult]:
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
    from_user_email: str,
    to_user_email: str,
    product_type: SubAccountMovePositionProductType | str,
    order_args: Sequence[Mapping[str, object]],
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountMovePositionResult]:
    """Move futures positions between accounts.

    Lets a master account shift open futures positions, at the mark price, from one of its accounts
    to another (master to sub-account, sub-account to master, or between two sub-accounts). Up to 10
    positions move in one call, all of the same product type; if any symbol's total quantity exceeds
    what the source account holds, the whole batch fails. Only for VIP 7-9 masters whose API key has
    trading enabled, only in cross margin mode, with the source account holding the positions; not
    available to managed sub-accounts or for symbols under a reduce-only setting.

    POST /sapi/v1/sub-account/futures/move-position · security USER_DATA · weight 1


    Args:
        from_user_email: Email of the account the positions leave. Required.
        to_user_email: Email of the account that receives the positions. Required.
        product_type: `UM` (USDⓈ-M futures) or `OPTION`; one call cannot mix the two. Required.
        order_args: The positions to move, at most 10. Binance reads them as indexed fields
            (`orderArgs[0].symbol=BTCUSDT`, `orderArgs[0].quantity=0.001`,
            `orderArgs[0].positionSide=BOTH`, then `orderArgs[1].symbol` and so on), not as one JSON
            value. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            from_user_email=from_user_email,
            to_user_email=to_user_email,
            product_type=product_type,
            order_args=order_args,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    from_user_email: str,
    to_user_email: str,
    product_type: SubAccountMovePositionProductType | str,
    order_args: Sequence[Mapping[str, object]],
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountMovePositionResult:
    """Move futures positions between accounts.

    Lets a master account shift open futures positions, at the mark price, from one of its accounts
    to another (master to sub-account, sub-account to master, or between two sub-accounts). Up to 10
    positions move in one call, all of the same product type; if any symbol's total quantity exceeds
    what the source account holds, the whole batch fails. Only for VIP 7-9 masters whose API key has
    trading enabled, only in cross margin mode, with the source account holding the positions; not
    available to managed sub-accounts or for symbols under a reduce-only setting.

    POST /sapi/v1/sub-account/futures/move-position · security USER_DATA · weight 1


    Args:
        from_user_email: Email of the account the positions leave. Required.
        to_user_email: Email of the account that receives the positions. Required.
        product_type: `UM` (USDⓈ-M futures) or `OPTION`; one call cannot mix the two. Required.
        order_args: The positions to move, at most 10. Binance reads them as indexed fields
            (`orderArgs[0].symbol=BTCUSDT`, `orderArgs[0].quantity=0.001`,
            `orderArgs[0].positionSide=BOTH`, then `orderArgs[1].symbol` and so on), not as one JSON
            value. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountMovePositionResult
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                from_user_email=from_user_email,
                to_user_email=to_user_email,
                product_type=product_type,
                order_args=order_args,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    from_user_email: str,
    to_user_email: str,
    product_type: SubAccountMovePositionProductType | str,
    order_args: Sequence[Mapping[str, object]],
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[SubAccountMovePositionResult]:
    """Move futures positions between accounts.

    Lets a master account shift open futures positions, at the mark price, from one of its accounts
    to another (master to sub-account, sub-account to master, or between two sub-accounts). Up to 10
    positions move in one call, all of the same product type; if any symbol's total quantity exceeds
    what the source account holds, the whole batch fails. Only for VIP 7-9 masters whose API key has
    trading enabled, only in cross margin mode, with the source account holding the positions; not
    available to managed sub-accounts or for symbols under a reduce-only setting.

    POST /sapi/v1/sub-account/futures/move-position · security USER_DATA · weight 1


    Args:
        from_user_email: Email of the account the positions leave. Required.
        to_user_email: Email of the account that receives the positions. Required.
        product_type: `UM` (USDⓈ-M futures) or `OPTION`; one call cannot mix the two. Required.
        order_args: The positions to move, at most 10. Binance reads them as indexed fields
            (`orderArgs[0].symbol=BTCUSDT`, `orderArgs[0].quantity=0.001`,
            `orderArgs[0].positionSide=BOTH`, then `orderArgs[1].symbol` and so on), not as one JSON
            value. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            from_user_email=from_user_email,
            to_user_email=to_user_email,
            product_type=product_type,
            order_args=order_args,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    from_user_email: str,
    to_user_email: str,
    product_type: SubAccountMovePositionProductType | str,
    order_args: Sequence[Mapping[str, object]],
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> SubAccountMovePositionResult:
    """Move futures positions between accounts.

    Lets a master account shift open futures positions, at the mark price, from one of its accounts
    to another (master to sub-account, sub-account to master, or between two sub-accounts). Up to 10
    positions move in one call, all of the same product type; if any symbol's total quantity exceeds
    what the source account holds, the whole batch fails. Only for VIP 7-9 masters whose API key has
    trading enabled, only in cross margin mode, with the source account holding the positions; not
    available to managed sub-accounts or for symbols under a reduce-only setting.

    POST /sapi/v1/sub-account/futures/move-position · security USER_DATA · weight 1


    Args:
        from_user_email: Email of the account the positions leave. Required.
        to_user_email: Email of the account that receives the positions. Required.
        product_type: `UM` (USDⓈ-M futures) or `OPTION`; one call cannot mix the two. Required.
        order_args: The positions to move, at most 10. Binance reads them as indexed fields
            (`orderArgs[0].symbol=BTCUSDT`, `orderArgs[0].quantity=0.001`,
            `orderArgs[0].positionSide=BOTH`, then `orderArgs[1].symbol` and so on), not as one JSON
            value. Required.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        SubAccountMovePositionResult
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                from_user_email=from_user_email,
                to_user_email=to_user_email,
                product_type=product_type,
                order_args=order_args,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
