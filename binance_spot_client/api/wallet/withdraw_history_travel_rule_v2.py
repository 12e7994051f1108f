"""Withdraw history V2 (travel rule): GET /sapi/v2/localentity/withdraw/history (USER_DATA, weight 18000).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_travel_rule_withdraw_record import WalletTravelRuleWithdrawRecord
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["withdrawHistoryTravelRuleV2"]


def _arguments(
    *,
    tr_id: str | None = None,
    tx_id: str | None = None,
    withdraw_order_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    travel_rule_status: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
) -> dict[str, object]:
    return {
        "tr_id": tr_id,
        "tx_id": tx_id,
        "withdraw_order_id": withdraw_order_id,
        "network": network,
        "coin": coin,
        "travel_rule_status": travel_rule_status,
        "offset": offset,
        "limit": limit,
        "start_time": start_time,
        "end_time": end_time,
    }


def _parse_response(response: httpx.Response) -> list[WalletTravelRuleWithdrawRecord]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[WalletTravelRuleWithdrawRecord]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [WalletTravelRuleWithdrawRecord.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[WalletTravelRuleWithdrawRecord]]:
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
    tr_id: str | None = None,
    tx_id: str | None = None,
    withdraw_order_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    travel_rule_status: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[WalletTravelRuleWithdrawRecord]]:
    """Withdraw history V2 (travel rule).

    Second version of the travel-rule withdrawal history. The window defaults to the last 90 days up
    to now and must be shorter than 90 days; with `withdrawOrderId` (a single id) it must be shorter
    than 7 days and defaults to the last 7 days. At most 45 ids may be given in `trId` or `txId`.
    Withdrawals made through the plain withdraw endpoint may be missing, and rows without
    `withdrawalStatus` can be fetched again by `trId` or `txId` to get it.

    GET /sapi/v2/localentity/withdraw/history · security USER_DATA · weight 18000


    Args:
        tr_id: Travel-rule record ids, comma-separated; at most 45.
        tx_id: On-chain transaction ids, comma-separated; at most 45.
        withdraw_order_id: One of your own withdrawal ids (as given when withdrawing).
        network: Only withdrawals on this network.
        coin: Only withdrawals of this coin.
        travel_rule_status: Only records in this travel-rule state: 0 completed, 1 pending, 2 failed.
        offset: Rows to skip. Defaults to 0.
        limit: Rows to return. Defaults to 1000, at most 1000.
        start_time: Start of the window, UTC milliseconds; 90 days before now when omitted (7 days with
            `withdrawOrderId`).
        end_time: End of the window, UTC milliseconds; now when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            tr_id=tr_id,
            tx_id=tx_id,
            withdraw_order_id=withdraw_order_id,
            network=network,
            coin=coin,
            travel_rule_status=travel_rule_status,
            offset=offset,
            limit=limit,
            start_time=start_time,
            end_time=end_time,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    tr_id: str | None = None,
    tx_id: str | None = None,
    withdraw_order_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    travel_rule_status: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[WalletTravelRuleWithdrawRecord]:
    """Withdraw history V2 (travel rule).

    Second version of the travel-rule withdrawal history. The window defaults to the last 90 days up
    to now and must be shorter than 90 days; with `withdrawOrderId` (a single id) it must be shorter
    than 7 days and defaults to the last 7 days. At most 45 ids may be given in `trId` or `txId`.
    Withdrawals made through the plain withdraw endpoint may be missing, and rows without
    `withdrawalStatus` can be fetched again by `trId` or `txId` to get it.

    GET /sapi/v2/localentity/withdraw/history · security USER_DATA · weight 18000


    Args:
        tr_id: Travel-rule record ids, comma-separated; at most 45.
        tx_id: On-chain transaction ids, comma-separated; at most 45.
        withdraw_order_id: One of your own withdrawal ids (as given when withdrawing).
        network: Only withdrawals on this network.
        coin: Only withdrawals of this coin.
        travel_rule_status: Only records in this travel-rule state: 0 completed, 1 pending, 2 failed.
        offset: Rows to skip. Defaults to 0.
        limit: Rows to return. Defaults to 1000, at most 1000.
        start_time: Start of the window, UTC milliseconds; 90 days before now when omitted (7 days with
            `withdrawOrderId`).
        end_time: End of the window, UTC milliseconds; now when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[WalletTravelRuleWithdrawRecord]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                tr_id=tr_id,
                tx_id=tx_id,
                withdraw_order_id=withdraw_order_id,
                network=network,
                coin=coin,
                travel_rule_status=travel_rule_status,
                offset=offset,
                limit=limit,
                start_time=start_time,
                end_time=end_time,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    tr_id: str | None = None,
    tx_id: str | None = None,
    withdraw_order_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    travel_rule_status: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[WalletTravelRuleWithdrawRecord]]:
    """Withdraw history V2 (travel rule).

    Second version of the travel-rule withdrawal history. The window defaults to the last 90 days up
    to now and must be shorter than 90 days; with `withdrawOrderId` (a single id) it must be shorter
    than 7 days and defaults to the last 7 days. At most 45 ids may be given in `trId` or `txId`.
    Withdrawals made through the plain withdraw endpoint may be missing, and rows without
    `withdrawalStatus` can be fetched again by `trId` or `txId` to get it.

    GET /sapi/v2/localentity/withdraw/history · security USER_DATA · weight 18000


    Args:
        tr_id: Travel-rule record ids, comma-separated; at most 45.
        tx_id: On-chain transaction ids, comma-separated; at most 45.
        withdraw_order_id: One of your own withdrawal ids (as given when withdrawing).
        network: Only withdrawals on this network.
        coin: Only withdrawals of this coin.
        travel_rule_status: Only records in this travel-rule state: 0 completed, 1 pending, 2 failed.
        offset: Rows to skip. Defaults to 0.
        limit: Rows to return. Defaults to 1000, at most 1000.
        start_time: Start of the window, UTC milliseconds; 90 days before now when omitted (7 days with
            `withdrawOrderId`).
        end_time: End of the window, UTC milliseconds; now when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            tr_id=tr_id,
            tx_id=tx_id,
            withdraw_order_id=withdraw_order_id,
            network=network,
            coin=coin,
            travel_rule_status=travel_rule_status,
            offset=offset,
            limit=limit,
            start_time=start_time,
            end_time=end_time,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    tr_id: str | None = None,
    tx_id: str | None = None,
    withdraw_order_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    travel_rule_status: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[WalletTravelRuleWithdrawRecord]:
    """Withdraw history V2 (travel rule).

    Second version of the travel-rule withdrawal history. The window defaults to the last 90 days up
    to now and must be shorter than 90 days; with `withdrawOrderId` (a single id) it must be shorter
    than 7 days and defaults to the last 7 days. At most 45 ids may be given in `trId` or `txId`.
    Withdrawals made through the plain withdraw endpoint may be missing, and rows without
    `withdrawalStatus` can be fetched again by `trId` or `txId` to get it.

    GET /sapi/v2/localentity/withdraw/history · security USER_DATA · weight 18000


    Args:
        tr_id: Travel-rule record ids, comma-separated; at most 45.
        tx_id: On-chain transaction ids, comma-separated; at most 45.
        withdraw_order_id: One of your own withdrawal ids (as given when withdrawing).
        network: Only withdrawals on this network.
        coin: Only withdrawals of this coin.
        travel_rule_status: Only records in this travel-rule state: 0 completed, 1 pending, 2 failed.
        offset: Rows to skip. Defaults to 0.
        limit: Rows to return. Defaults to 1000, at most 1000.
        start_time: Start of the window, UTC milliseconds; 90 days before now when omitted (7 days with
            `withdrawOrderId`).
        end_time: End of the window, UTC milliseconds; now when omitted.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[WalletTravelRuleWithdrawRecord]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                tr_id=tr_id,
                tx_id=tx_id,
                withdraw_order_id=withdraw_order_id,
                network=network,
                coin=coin,
                travel_rule_status=travel_rule_status,
                offset=offset,
                limit=limit,
                start_time=start_time,
                end_time=end_time,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
