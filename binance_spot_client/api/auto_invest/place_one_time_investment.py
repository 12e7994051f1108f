"""One-time Auto-Invest purchase: POST /sapi/v1/lending/auto-invest/one-off (TRADE, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from collections.abc import Mapping, Sequence
from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.auto_invest_one_time_transaction import AutoInvestOneTimeTransaction
from ...models.auto_invest_source_type import AutoInvestSourceType
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["placeOneTimeInvestment"]


def _arguments(
    source_type: AutoInvestSourceType | str,
    subscription_amount: DecimalLike,
    source_asset: str,
    *,
    request_id: str | None = None,
    flexible_allowed_to_use: bool | None = None,
    plan_id: int | None = None,
    index_id: int | None = None,
    details: Sequence[Mapping[str, object]] | None = None,
) -> dict[str, object]:
    return {
        "source_type": source_type,
        "request_id": request_id,
        "subscription_amount": subscription_amount,
        "source_asset": source_asset,
        "flexible_allowed_to_use": flexible_allowed_to_use,
        "plan_id": plan_id,
        "index_id": index_id,
        "details": details,
    }


def _parse_response(response: httpx.Response) -> AutoInvestOneTimeTransaction:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> AutoInvestOneTimeTransaction:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = AutoInvestOneTimeTransaction.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[AutoInvestOneTimeTransaction]:
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
    source_type: AutoInvestSourceType | str,
    subscription_amount: DecimalLike,
    source_asset: str,
    request_id: str | None = None,
    flexible_allowed_to_use: bool | None = None,
    plan_id: int | None = None,
    index_id: int | None = None,
    details: Sequence[Mapping[str, object]] | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AutoInvestOneTimeTransaction]:
    """One-time Auto-Invest purchase.

    Buys target assets once, for a new selection given in `details`, for an existing plan (`planId`)
    or for an index (`indexId`). Query the outcome with the one-time transaction status after
    `waitSecond` seconds.

    POST /sapi/v1/lending/auto-invest/one-off · security TRADE · weight 1


    Args:
        source_type: Binance site placing the request. Required.
        request_id: Your own identifier of the request, to query it later; Binance expects the source type
            followed by a unique value, such as `TR12354859`.
        subscription_amount: Amount of the source asset to spend. Required.
        source_asset: Asset to pay with. Required.
        flexible_allowed_to_use: Whether the Simple Earn flexible holding of the source asset may be used when the spot
            balance is short.
        plan_id: Buy as this existing plan would.
        index_id: Buy the assets of this index.
        details: Target assets and their shares, adding up to 100. Binance reads them as indexed fields,
            `details[0].targetAsset=BTC&details[0].percentage=60&details[1].targetAsset=ETH&details[
            1].percentage=40`, not as one JSON value.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            source_type=source_type,
            request_id=request_id,
            subscription_amount=subscription_amount,
            source_asset=source_asset,
            flexible_allowed_to_use=flexible_allowed_to_use,
            plan_id=plan_id,
            index_id=index_id,
            details=details,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    source_type: AutoInvestSourceType | str,
    subscription_amount: DecimalLike,
    source_asset: str,
    request_id: str | None = None,
    flexible_allowed_to_use: bool | None = None,
    plan_id: int | None = None,
    index_id: int | None = None,
    details: Sequence[Mapping[str, object]] | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AutoInvestOneTimeTransaction:
    """One-time Auto-Invest purchase.

    Buys target assets once, for a new selection given in `details`, for an existing plan (`planId`)
    or for an index (`indexId`). Query the outcome with the one-time transaction status after
    `waitSecond` seconds.

    POST /sapi/v1/lending/auto-invest/one-off · security TRADE · weight 1


    Args:
        source_type: Binance site placing the request. Required.
        request_id: Your own identifier of the request, to query it later; Binance expects the source type
            followed by a unique value, such as `TR12354859`.
        subscription_amount: Amount of the source asset to spend. Required.
        source_asset: Asset to pay with. Required.
        flexible_allowed_to_use: Whether the Simple Earn flexible holding of the source asset may be used when the spot
            balance is short.
        plan_id: Buy as this existing plan would.
        index_id: Buy the assets of this index.
        details: Target assets and their shares, adding up to 100. Binance reads them as indexed fields,
            `details[0].targetAsset=BTC&details[0].percentage=60&details[1].targetAsset=ETH&details[
            1].percentage=40`, not as one JSON value.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AutoInvestOneTimeTransaction
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                source_type=source_type,
                request_id=request_id,
                subscription_amount=subscription_amount,
                source_asset=source_asset,
                flexible_allowed_to_use=flexible_allowed_to_use,
                plan_id=plan_id,
                index_id=index_id,
                details=details,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    source_type: AutoInvestSourceType | str,
    subscription_amount: DecimalLike,
    source_asset: str,
    request_id: str | None = None,
    flexible_allowed_to_use: bool | None = None,
    plan_id: int | None = None,
    index_id: int | None = None,
    details: Sequence[Mapping[str, object]] | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[AutoInvestOneTimeTransaction]:
    """One-time Auto-Invest purchase.

    Buys target assets once, for a new selection given in `details`, for an existing plan (`planId`)
    or for an index (`indexId`). Query the outcome with the one-time transaction status after
    `waitSecond` seconds.

    POST /sapi/v1/lending/auto-invest/one-off · security TRADE · weight 1


    Args:
        source_type: Binance site placing the request. Required.
        request_id: Your own identifier of the request, to query it later; Binance expects the source type
            followed by a unique value, such as `TR12354859`.
        subscription_amount: Amount of the source asset to spend. Required.
        source_asset: Asset to pay with. Required.
        flexible_allowed_to_use: Whether the Simple Earn flexible holding of the source asset may be used when the spot
            balance is short.
        plan_id: Buy as this existing plan would.
        index_id: Buy the assets of this index.
        details: Target assets and their shares, adding up to 100. Binance reads them as indexed fields,
            `details[0].targetAsset=BTC&details[0].percentage=60&details[1].targetAsset=ETH&details[
            1].percentage=40`, not as one JSON value.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            source_type=source_type,
            request_id=request_id,
            subscription_amount=subscription_amount,
            source_asset=source_asset,
            flexible_allowed_to_use=flexible_allowed_to_use,
            plan_id=plan_id,
            index_id=index_id,
            details=details,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    source_type: AutoInvestSourceType | str,
    subscription_amount: DecimalLike,
    source_asset: str,
    request_id: str | None = None,
    flexible_allowed_to_use: bool | None = None,
    plan_id: int | None = None,
    index_id: int | None = None,
    details: Sequence[Mapping[str, object]] | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> AutoInvestOneTimeTransaction:
    """One-time Auto-Invest purchase.

    Buys target assets once, for a new selection given in `details`, for an existing plan (`planId`)
    or for an index (`indexId`). Query the outcome with the one-time transaction status after
    `waitSecond` seconds.

    POST /sapi/v1/lending/auto-invest/one-off · security TRADE · weight 1


    Args:
        source_type: Binance site placing the request. Required.
        request_id: Your own identifier of the request, to query it later; Binance expects the source type
            followed by a unique value, such as `TR12354859`.
        subscription_amount: Amount of the source asset to spend. Required.
        source_asset: Asset to pay with. Required.
        flexible_allowed_to_use: Whether the Simple Earn flexible holding of the source asset may be used when the spot
            balance is short.
        plan_id: Buy as this existing plan would.
        index_id: Buy the assets of this index.
        details: Target assets and their shares, adding up to 100. Binance reads them as indexed fields,
            `details[0].targetAsset=BTC&details[0].percentage=60&details[1].targetAsset=ETH&details[
            1].percentage=40`, not as one JSON value.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        AutoInvestOneTimeTransaction
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                source_type=source_type,
                request_id=request_id,
                subscription_amount=subscription_amount,
                source_asset=source_asset,
                flexible_allowed_to_use=flexible_allowed_to_use,
                plan_id=plan_id,
                index_id=index_id,
                details=details,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
