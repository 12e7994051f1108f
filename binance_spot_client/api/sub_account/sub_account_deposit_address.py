"""Deposit address of a sub-account: GET /sapi/v1/capital/deposit/subAddress (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.sub_account_deposit_address`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_deposit_address import SubAccountDepositAddress
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountDepositAddress"]
ANSWER = AnswerPlan(
    "subAccountDepositAddress",
    {"$ref": "SubAccountDepositAddress"},
    schemas='{"SubAccountDepositAddress":{"properties":{"address":{"type":"string"},"coin":{"type":"string"},"tag":{"type":"string"},"url":{"type":"string"}},"required":["address","coin","tag","url"],"type":"object"}}',
)


def _arguments(
    email: str,
    coin: str,
    *,
    network: str | None = None,
    amount: DecimalLike | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "coin": coin,
        "network": network,
        "amount": amount,
    }


def _parse(data: Any) -> SubAccountDepositAddress:
    try:
        response_200 = SubAccountDepositAddress.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    coin: str,
    network: str | None = None,
    amount: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountDepositAddress]:
    """`Spot.sub_account.sub_account_deposit_address`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            coin=coin,
            network=network,
            amount=amount,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    email: str,
    coin: str,
    network: str | None = None,
    amount: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountDepositAddress:
    """`Spot.sub_account.sub_account_deposit_address` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
            coin=coin,
            network=network,
            amount=amount,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    coin: str,
    network: str | None = None,
    amount: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountDepositAddress]:
    """`Spot.sub_account.sub_account_deposit_address` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            coin=coin,
            network=network,
            amount=amount,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    coin: str,
    network: str | None = None,
    amount: DecimalLike | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountDepositAddress:
    """`Spot.sub_account.sub_account_deposit_address` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
            coin=coin,
            network=network,
            amount=amount,
        ),
        options,
    )
