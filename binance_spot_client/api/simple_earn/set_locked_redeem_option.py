"""Set a locked position's payout: POST /sapi/v1/simple-earn/locked/setRedeemOption (USER_DATA, weight 50).

The parameters and answer are described on `Spot.simple_earn.set_locked_redeem_option`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.simple_earn_locked_redeem_to import SimpleEarnLockedRedeemTo
from ...models.simple_earn_success import SimpleEarnSuccess
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["setLockedRedeemOption"]
ANSWER = AnswerPlan(
    "setLockedRedeemOption",
    {"$ref": "SimpleEarnSuccess"},
    schemas='{"SimpleEarnSuccess":{"properties":{"success":{"type":"boolean"}},"required":["success"],"type":"object"}}',
)


def _arguments(
    position_id: int,
    redeem_to: SimpleEarnLockedRedeemTo | Literal["SPOT", "FLEXIBLE"],
) -> dict[str, object]:
    return {
        "position_id": position_id,
        "redeem_to": redeem_to,
    }


def _parse(data: Any) -> SimpleEarnSuccess:
    try:
        response_200 = SimpleEarnSuccess.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    position_id: int,
    redeem_to: SimpleEarnLockedRedeemTo | Literal["SPOT", "FLEXIBLE"],
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnSuccess]:
    """`Spot.simple_earn.set_locked_redeem_option`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            redeem_to=redeem_to,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    position_id: int,
    redeem_to: SimpleEarnLockedRedeemTo | Literal["SPOT", "FLEXIBLE"],
    **options: Unpack[CallOptions],
) -> SimpleEarnSuccess:
    """`Spot.simple_earn.set_locked_redeem_option` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            redeem_to=redeem_to,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    position_id: int,
    redeem_to: SimpleEarnLockedRedeemTo | Literal["SPOT", "FLEXIBLE"],
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnSuccess]:
    """`Spot.simple_earn.set_locked_redeem_option` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            redeem_to=redeem_to,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    position_id: int,
    redeem_to: SimpleEarnLockedRedeemTo | Literal["SPOT", "FLEXIBLE"],
    **options: Unpack[CallOptions],
) -> SimpleEarnSuccess:
    """`Spot.simple_earn.set_locked_redeem_option` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            position_id=position_id,
            redeem_to=redeem_to,
        ),
        options,
    )
