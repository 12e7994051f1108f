"""Deposit history V2 (travel rule): GET /sapi/v2/localentity/deposit/history (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.wallet_travel_rule_deposit_record_v2 import WalletTravelRuleDepositRecordV2
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["depositHistoryTravelRuleV2"]


def _arguments(
    *,
    deposit_id: str | None = None,
    tx_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    retrieve_questionnaire: bool | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "deposit_id": deposit_id,
        "tx_id": tx_id,
        "network": network,
        "coin": coin,
        "retrieve_questionnaire": retrieve_questionnaire,
        "start_time": start_time,
        "end_time": end_time,
        "offset": offset,
        "limit": limit,
    }


def _parse_response(response: httpx.Response) -> list[WalletTravelRuleDepositRecordV2]:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> list[WalletTravelRuleDepositRecordV2]:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = [WalletTravelRuleDepositRecordV2.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[list[WalletTravelRuleDepositRecordV2]]:
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
    deposit_id: str | None = None,
    tx_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    retrieve_questionnaire: bool | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[WalletTravelRuleDepositRecordV2]]:
    """Deposit history V2 (travel rule).

    Second version of the travel-rule deposit history, keyed by deposit id, optionally with the
    questionnaire answers given for each deposit. The window defaults to the last 90 days up to now
    and must be shorter than 90 days. The source address Binance reports may be inaccurate on some
    networks; when several exist only the first is returned.

    GET /sapi/v2/localentity/deposit/history · security USER_DATA · weight 1


    Args:
        deposit_id: Wallet deposit ids, comma-separated.
        tx_id: On-chain transaction ids, comma-separated.
        network: Only deposits on this network.
        coin: Only deposits of this coin.
        retrieve_questionnaire: `true` includes each deposit's questionnaire answers in `questionnaire`.
        start_time: Start of the window, UTC milliseconds; 90 days before now when omitted.
        end_time: End of the window, UTC milliseconds; now when omitted.
        offset: Rows to skip. Defaults to 0.
        limit: Rows to return; Binance's SDK gives no bound it enforces here.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            deposit_id=deposit_id,
            tx_id=tx_id,
            network=network,
            coin=coin,
            retrieve_questionnaire=retrieve_questionnaire,
            start_time=start_time,
            end_time=end_time,
            offset=offset,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    deposit_id: str | None = None,
    tx_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    retrieve_questionnaire: bool | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[WalletTravelRuleDepositRecordV2]:
    """Deposit history V2 (travel rule).

    Second version of the travel-rule deposit history, keyed by deposit id, optionally with the
    questionnaire answers given for each deposit. The window defaults to the last 90 days up to now
    and must be shorter than 90 days. The source address Binance reports may be inaccurate on some
    networks; when several exist only the first is returned.

    GET /sapi/v2/localentity/deposit/history · security USER_DATA · weight 1


    Args:
        deposit_id: Wallet deposit ids, comma-separated.
        tx_id: On-chain transaction ids, comma-separated.
        network: Only deposits on this network.
        coin: Only deposits of this coin.
        retrieve_questionnaire: `true` includes each deposit's questionnaire answers in `questionnaire`.
        start_time: Start of the window, UTC milliseconds; 90 days before now when omitted.
        end_time: End of the window, UTC milliseconds; now when omitted.
        offset: Rows to skip. Defaults to 0.
        limit: Rows to return; Binance's SDK gives no bound it enforces here.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[WalletTravelRuleDepositRecordV2]
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                deposit_id=deposit_id,
                tx_id=tx_id,
                network=network,
                coin=coin,
                retrieve_questionnaire=retrieve_questionnaire,
                start_time=start_time,
                end_time=end_time,
                offset=offset,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    deposit_id: str | None = None,
    tx_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    retrieve_questionnaire: bool | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[list[WalletTravelRuleDepositRecordV2]]:
    """Deposit history V2 (travel rule).

    Second version of the travel-rule deposit history, keyed by deposit id, optionally with the
    questionnaire answers given for each deposit. The window defaults to the last 90 days up to now
    and must be shorter than 90 days. The source address Binance reports may be inaccurate on some
    networks; when several exist only the first is returned.

    GET /sapi/v2/localentity/deposit/history · security USER_DATA · weight 1


    Args:
        deposit_id: Wallet deposit ids, comma-separated.
        tx_id: On-chain transaction ids, comma-separated.
        network: Only deposits on this network.
        coin: Only deposits of this coin.
        retrieve_questionnaire: `true` includes each deposit's questionnaire answers in `questionnaire`.
        start_time: Start of the window, UTC milliseconds; 90 days before now when omitted.
        end_time: End of the window, UTC milliseconds; now when omitted.
        offset: Rows to skip. Defaults to 0.
        limit: Rows to return; Binance's SDK gives no bound it enforces here.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            deposit_id=deposit_id,
            tx_id=tx_id,
            network=network,
            coin=coin,
            retrieve_questionnaire=retrieve_questionnaire,
            start_time=start_time,
            end_time=end_time,
            offset=offset,
            limit=limit,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    deposit_id: str | None = None,
    tx_id: str | None = None,
    network: str | None = None,
    coin: str | None = None,
    retrieve_questionnaire: bool | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    offset: int | None = None,
    limit: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> list[WalletTravelRuleDepositRecordV2]:
    """Deposit history V2 (travel rule).

    Second version of the travel-rule deposit history, keyed by deposit id, optionally with the
    questionnaire answers given for each deposit. The window defaults to the last 90 days up to now
    and must be shorter than 90 days. The source address Binance reports may be inaccurate on some
    networks; when several exist only the first is returned.

    GET /sapi/v2/localentity/deposit/history · security USER_DATA · weight 1


    Args:
        deposit_id: Wallet deposit ids, comma-separated.
        tx_id: On-chain transaction ids, comma-separated.
        network: Only deposits on this network.
        coin: Only deposits of this coin.
        retrieve_questionnaire: `true` includes each deposit's questionnaire answers in `questionnaire`.
        start_time: Start of the window, UTC milliseconds; 90 days before now when omitted.
        end_time: End of the window, UTC milliseconds; now when omitted.
        offset: Rows to skip. Defaults to 0.
        limit: Rows to return; Binance's SDK gives no bound it enforces here.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        list[WalletTravelRuleDepositRecordV2]
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                deposit_id=deposit_id,
                tx_id=tx_id,
                network=network,
                coin=coin,
                retrieve_questionnaire=retrieve_questionnaire,
                start_time=start_time,
                end_time=end_time,
                offset=offset,
                limit=limit,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
