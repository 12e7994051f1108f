"""Account information: GET /api/v3/account (USER_DATA, weight 20).

The parameters and answer are described on `Spot.account`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ..._sbe_spot import SCHEMA as SBE_SCHEMA
from ...models.account import Account
from ...operations import ANSWER_SCHEMAS, OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["account"]
ANSWER = AnswerPlan(
    "account",
    {"$ref": "Account"},
    ANSWER_SCHEMAS,
    sbe=SBE_SCHEMA,  # answered in SBE as AccountResponse when asked (encoding="sbe")
)


def _arguments(
    *,
    omit_zero_balances: bool | None = None,
) -> dict[str, object]:
    return {
        "omit_zero_balances": omit_zero_balances,
    }


def _parse(data: Any) -> Account:
    try:
        response_200 = Account.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    omit_zero_balances: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[Account]:
    """`Spot.account`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            omit_zero_balances=omit_zero_balances,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    omit_zero_balances: bool | None = None,
    **options: Unpack[CallOptions],
) -> Account:
    """`Spot.account` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            omit_zero_balances=omit_zero_balances,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    omit_zero_balances: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[Account]:
    """`Spot.account` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            omit_zero_balances=omit_zero_balances,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    omit_zero_balances: bool | None = None,
    **options: Unpack[CallOptions],
) -> Account:
    """`Spot.account` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            omit_zero_balances=omit_zero_balances,
        ),
        options,
    )
