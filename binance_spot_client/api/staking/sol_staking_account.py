"""SOL staking account: GET /sapi/v1/sol-staking/account (USER_DATA, weight 150).

The parameters and answer are described on `Spot.staking.sol_staking_account`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.staking_sol_account import StakingSolAccount
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["solStakingAccount"]
ANSWER = AnswerPlan(
    "solStakingAccount",
    {"$ref": "StakingSolAccount"},
    schemas='{"StakingSolAccount":{"properties":{"bnsolAmount":{"type":"string"},"holdingInSOL":{"type":"string"},"thirtyDaysProfitInSOL":{"type":"string"}},"required":["bnsolAmount","holdingInSOL","thirtyDaysProfitInSOL"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> StakingSolAccount:
    try:
        response_200 = StakingSolAccount.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[StakingSolAccount]:
    """`Spot.staking.sol_staking_account`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> StakingSolAccount:
    """`Spot.staking.sol_staking_account` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[StakingSolAccount]:
    """`Spot.staking.sol_staking_account` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> StakingSolAccount:
    """`Spot.staking.sol_staking_account` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
