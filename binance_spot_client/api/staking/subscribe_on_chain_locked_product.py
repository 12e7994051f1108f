"""Subscribe to an on-chain yields product: POST /sapi/v1/onchain-yields/locked/subscribe (TRADE, weight 200).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.staking_on_chain_redeem_to import StakingOnChainRedeemTo
from ...models.staking_on_chain_source_account import StakingOnChainSourceAccount
from ...models.staking_on_chain_subscription import StakingOnChainSubscription
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subscribeOnChainLockedProduct"]


def _arguments(
    project_id: str,
    amount: DecimalLike,
    *,
    auto_subscribe: bool | None = None,
    source_account: StakingOnChainSourceAccount | str | None = None,
    redeem_to: StakingOnChainRedeemTo | str | None = None,
    channel_id: str | None = None,
    client_id: str | None = None,
) -> dict[str, object]:
    return {
        "project_id": project_id,
        "amount": amount,
        "auto_subscribe": auto_subscribe,
        "source_account": source_account,
        "redeem_to": redeem_to,
        "channel_id": channel_id,
        "client_id": client_id,
    }


def _parse_response(response: httpx.Response) -> StakingOnChainSubscription:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> StakingOnChainSubscription:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = StakingOnChainSubscription.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[StakingOnChainSubscription]:
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
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: StakingOnChainSourceAccount | str | None = None,
    redeem_to: StakingOnChainRedeemTo | str | None = None,
    channel_id: str | None = None,
    client_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[StakingOnChainSubscription]:
    """Subscribe to an on-chain yields product.

    Locks `amount` in an on-chain yields product and opens a position. The API key needs the spot
    and margin trading permission.

    POST /sapi/v1/onchain-yields/locked/subscribe · security TRADE · weight 200


    Args:
        project_id: Product to subscribe to. Required.
        amount: Amount to lock. Required.
        auto_subscribe: Whether the position renews automatically at maturity; defaults to true.
        source_account: Wallet to pay from; defaults to `SPOT`.
        redeem_to: Where the principal goes at maturity.
        channel_id: Channel identifier Binance may assign to partners.
        client_id: Your own identifier of the subscription, shown in the subscription history.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
            redeem_to=redeem_to,
            channel_id=channel_id,
            client_id=client_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: StakingOnChainSourceAccount | str | None = None,
    redeem_to: StakingOnChainRedeemTo | str | None = None,
    channel_id: str | None = None,
    client_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> StakingOnChainSubscription:
    """Subscribe to an on-chain yields product.

    Locks `amount` in an on-chain yields product and opens a position. The API key needs the spot
    and margin trading permission.

    POST /sapi/v1/onchain-yields/locked/subscribe · security TRADE · weight 200


    Args:
        project_id: Product to subscribe to. Required.
        amount: Amount to lock. Required.
        auto_subscribe: Whether the position renews automatically at maturity; defaults to true.
        source_account: Wallet to pay from; defaults to `SPOT`.
        redeem_to: Where the principal goes at maturity.
        channel_id: Channel identifier Binance may assign to partners.
        client_id: Your own identifier of the subscription, shown in the subscription history.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        StakingOnChainSubscription
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                project_id=project_id,
                amount=amount,
                auto_subscribe=auto_subscribe,
                source_account=source_account,
                redeem_to=redeem_to,
                channel_id=channel_id,
                client_id=client_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: StakingOnChainSourceAccount | str | None = None,
    redeem_to: StakingOnChainRedeemTo | str | None = None,
    channel_id: str | None = None,
    client_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[StakingOnChainSubscription]:
    """Subscribe to an on-chain yields product.

    Locks `amount` in an on-chain yields product and opens a position. The API key needs the spot
    and margin trading permission.

    POST /sapi/v1/onchain-yields/locked/subscribe · security TRADE · weight 200


    Args:
        project_id: Product to subscribe to. Required.
        amount: Amount to lock. Required.
        auto_subscribe: Whether the position renews automatically at maturity; defaults to true.
        source_account: Wallet to pay from; defaults to `SPOT`.
        redeem_to: Where the principal goes at maturity.
        channel_id: Channel identifier Binance may assign to partners.
        client_id: Your own identifier of the subscription, shown in the subscription history.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
            redeem_to=redeem_to,
            channel_id=channel_id,
            client_id=client_id,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: StakingOnChainSourceAccount | str | None = None,
    redeem_to: StakingOnChainRedeemTo | str | None = None,
    channel_id: str | None = None,
    client_id: str | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> StakingOnChainSubscription:
    """Subscribe to an on-chain yields product.

    Locks `amount` in an on-chain yields product and opens a position. The API key needs the spot
    and margin trading permission.

    POST /sapi/v1/onchain-yields/locked/subscribe · security TRADE · weight 200


    Args:
        project_id: Product to subscribe to. Required.
        amount: Amount to lock. Required.
        auto_subscribe: Whether the position renews automatically at maturity; defaults to true.
        source_account: Wallet to pay from; defaults to `SPOT`.
        redeem_to: Where the principal goes at maturity.
        channel_id: Channel identifier Binance may assign to partners.
        client_id: Your own identifier of the subscription, shown in the subscription history.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        StakingOnChainSubscription
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                project_id=project_id,
                amount=amount,
                auto_subscribe=auto_subscribe,
                source_account=source_account,
                redeem_to=redeem_to,
                channel_id=channel_id,
                client_id=client_id,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
