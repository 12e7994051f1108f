"""Account information: GET /api/v3/account (USER_DATA, weight 20).

The parameters and answer are described on `Spot.account`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.account import Account
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure
from ...signing._sbe import SbeSchema

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["account"]


def _sbe_schema() -> SbeSchema:
    """The SBE schema of this answer (AccountResponse), imported on first use: its decoders are a large module."""
    from ..._sbe_spot import SCHEMA

    return SCHEMA


ANSWER = AnswerPlan(
    "account",
    {"$ref": "Account"},
    schemas='{"Account":{"properties":{"accountType":{"type":"string"},"balances":{"items":{"$ref":"Balance"},"type":"array"},"brokered":{"type":"boolean"},"buyerCommission":{"type":"integer"},"canDeposit":{"type":"boolean"},"canTrade":{"type":"boolean"},"canWithdraw":{"type":"boolean"},"commissionRates":{"$ref":"CommissionRates"},"makerCommission":{"type":"integer"},"permissions":{"items":{"$ref":"Permission"},"type":"array"},"preventSor":{"type":"boolean"},"requireSelfTradePrevention":{"type":"boolean"},"sellerCommission":{"type":"integer"},"takerCommission":{"type":"integer"},"uid":{"type":"integer"},"updateTime":{"type":"integer"}},"required":["makerCommission","takerCommission","buyerCommission","sellerCommission","commissionRates","canTrade","canWithdraw","canDeposit","brokered","requireSelfTradePrevention","preventSor","updateTime","accountType","balances","permissions","uid"],"type":"object"},"Balance":{"properties":{"asset":{"type":"string"},"free":{"type":"string"},"locked":{"type":"string"}},"required":["asset","free","locked"],"type":"object"},"CommissionRates":{"properties":{"buyer":{"type":"string"},"maker":{"type":"string"},"seller":{"type":"string"},"taker":{"type":"string"}},"required":["maker","taker","buyer","seller"],"type":"object"},"Permission":{"type":"string"}}',
    sbe=_sbe_schema,  # answered in SBE as AccountResponse when asked (encoding="sbe")
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
