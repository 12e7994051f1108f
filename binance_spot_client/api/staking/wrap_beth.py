"""Wrap BETH into WBETH: POST /sapi/v1/eth-staking/wbeth/wrap (TRADE, weight 150).

The parameters and answer are described on `Spot.staking.wrap_beth`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.staking_beth_wrap import StakingBethWrap
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["wrapBeth"]
ANSWER = AnswerPlan(
    "wrapBeth",
    {"$ref": "StakingBethWrap"},
    schemas='{"StakingBethWrap":{"properties":{"exchangeRate":{"type":"string"},"success":{"type":"boolean"},"wbethAmount":{"type":"string"}},"required":["success","wbethAmount","exchangeRate"],"type":"object"}}',
)


def _arguments(
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "amount": amount,
    }


def _parse(data: Any) -> StakingBethWrap:
    try:
        response_200 = StakingBethWrap.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[StakingBethWrap]:
    """`Spot.staking.wrap_beth`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            amount=amount,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> StakingBethWrap:
    """`Spot.staking.wrap_beth` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            amount=amount,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[StakingBethWrap]:
    """`Spot.staking.wrap_beth` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            amount=amount,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> StakingBethWrap:
    """`Spot.staking.wrap_beth` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            amount=amount,
        ),
        options,
    )
