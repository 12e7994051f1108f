"""Delegation history (master account): GET /sapi/v1/asset/custody/transfer-history (USER_DATA, weight 60).

The parameters and answer are described on `Spot.wallet.delegation_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.wallet_delegation_history import WalletDelegationHistory
from ...models.wallet_delegation_type import WalletDelegationType
from ...operations import OPERATIONS
from ...signing import (
    AnswerPlan,
    AsyncSpotClient,
    CallOptions,
    Endpoint,
    Response,
    SpotClient,
    TimeLike,
    former_keywords,
)
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["delegationHistory"]
ANSWER = AnswerPlan(
    "delegationHistory",
    {"$ref": "WalletDelegationHistory"},
    schemas='{"WalletDelegationHistory":{"properties":{"rows":{"items":{"$ref":"WalletDelegationRecord"},"type":"array"},"total":{"type":"integer"}},"required":["total"],"type":"object"},"WalletDelegationRecord":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"clientTranId":{"type":"string"},"time":{"type":"integer"},"transferType":{"$ref":"WalletDelegationType"}},"required":["clientTranId","transferType","asset","amount","time"],"type":"object"},"WalletDelegationType":{"type":"string"}}',
)


def _arguments(
    email: str,
    start_time: TimeLike,
    end_time: TimeLike,
    *,
    type: WalletDelegationType | Literal["Delegate", "Undelegate"] | None = None,
    asset: str | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "start_time": start_time,
        "end_time": end_time,
        "type": type,
        "asset": asset,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> WalletDelegationHistory:
    try:
        response_200 = WalletDelegationHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    start_time: TimeLike,
    end_time: TimeLike,
    type: WalletDelegationType | Literal["Delegate", "Undelegate"] | None = None,
    asset: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletDelegationHistory]:
    """`Spot.wallet.delegation_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            start_time=start_time,
            end_time=end_time,
            type=type,
            asset=asset,
            current=current,
            size=size,
        ),
        options,
    )


@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    email: str,
    start_time: TimeLike,
    end_time: TimeLike,
    type: WalletDelegationType | Literal["Delegate", "Undelegate"] | None = None,
    asset: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> WalletDelegationHistory:
    """`Spot.wallet.delegation_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
            start_time=start_time,
            end_time=end_time,
            type=type,
            asset=asset,
            current=current,
            size=size,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    start_time: TimeLike,
    end_time: TimeLike,
    type: WalletDelegationType | Literal["Delegate", "Undelegate"] | None = None,
    asset: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletDelegationHistory]:
    """`Spot.wallet.delegation_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            start_time=start_time,
            end_time=end_time,
            type=type,
            asset=asset,
            current=current,
            size=size,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    start_time: TimeLike,
    end_time: TimeLike,
    type: WalletDelegationType | Literal["Delegate", "Undelegate"] | None = None,
    asset: str | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> WalletDelegationHistory:
    """`Spot.wallet.delegation_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
            start_time=start_time,
            end_time=end_time,
            type=type,
            asset=asset,
            current=current,
            size=size,
        ),
        options,
    )
