"""Subscribe to a locked product: POST /sapi/v1/simple-earn/locked/subscribe (TRADE, weight 1).

The parameters and answer are described on `Spot.simple_earn.subscribe_locked_product`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.simple_earn_locked_redeem_to import SimpleEarnLockedRedeemTo
from ...models.simple_earn_locked_subscription import SimpleEarnLockedSubscription
from ...models.simple_earn_source_account import SimpleEarnSourceAccount
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subscribeLockedProduct"]
ANSWER = AnswerPlan(
    "subscribeLockedProduct",
    {"$ref": "SimpleEarnLockedSubscription"},
    schemas='{"SimpleEarnLockedSubscription":{"properties":{"positionId":{"type":"string"},"purchaseId":{"type":"integer"},"success":{"type":"boolean"}},"required":["purchaseId","positionId","success"],"type":"object"}}',
)


def _arguments(
    project_id: str,
    amount: DecimalLike,
    *,
    auto_subscribe: bool | None = None,
    source_account: SimpleEarnSourceAccount | Literal["SPOT", "FUND", "ALL"] | None = None,
    redeem_to: SimpleEarnLockedRedeemTo | Literal["SPOT", "FLEXIBLE"] | None = None,
) -> dict[str, object]:
    return {
        "project_id": project_id,
        "amount": amount,
        "auto_subscribe": auto_subscribe,
        "source_account": source_account,
        "redeem_to": redeem_to,
    }


def _parse(data: Any) -> SimpleEarnLockedSubscription:
    try:
        response_200 = SimpleEarnLockedSubscription.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: SimpleEarnSourceAccount | Literal["SPOT", "FUND", "ALL"] | None = None,
    redeem_to: SimpleEarnLockedRedeemTo | Literal["SPOT", "FLEXIBLE"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnLockedSubscription]:
    """`Spot.simple_earn.subscribe_locked_product`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
            redeem_to=redeem_to,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: SimpleEarnSourceAccount | Literal["SPOT", "FUND", "ALL"] | None = None,
    redeem_to: SimpleEarnLockedRedeemTo | Literal["SPOT", "FLEXIBLE"] | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnLockedSubscription:
    """`Spot.simple_earn.subscribe_locked_product` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
            redeem_to=redeem_to,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: SimpleEarnSourceAccount | Literal["SPOT", "FUND", "ALL"] | None = None,
    redeem_to: SimpleEarnLockedRedeemTo | Literal["SPOT", "FLEXIBLE"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnLockedSubscription]:
    """`Spot.simple_earn.subscribe_locked_product` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
            redeem_to=redeem_to,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    project_id: str,
    amount: DecimalLike,
    auto_subscribe: bool | None = None,
    source_account: SimpleEarnSourceAccount | Literal["SPOT", "FUND", "ALL"] | None = None,
    redeem_to: SimpleEarnLockedRedeemTo | Literal["SPOT", "FLEXIBLE"] | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnLockedSubscription:
    """`Spot.simple_earn.subscribe_locked_product` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            project_id=project_id,
            amount=amount,
            auto_subscribe=auto_subscribe,
            source_account=source_account,
            redeem_to=redeem_to,
        ),
        options,
    )
