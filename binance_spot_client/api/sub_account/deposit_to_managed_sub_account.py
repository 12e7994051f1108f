"""Deposit into a managed sub-account: POST /sapi/v1/managed-subaccount/deposit (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.deposit_to_managed_sub_account`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_transfer_id import SubAccountTransferId
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["depositToManagedSubAccount"]
ANSWER = AnswerPlan(
    "depositToManagedSubAccount",
    {"$ref": "SubAccountTransferId"},
    schemas='{"SubAccountTransferId":{"properties":{"tranId":{"type":"integer"}},"required":["tranId"],"type":"object"}}',
)


def _arguments(
    to_email: str,
    asset: str,
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "to_email": to_email,
        "asset": asset,
        "amount": amount,
    }


def _parse(data: Any) -> SubAccountTransferId:
    try:
        response_200 = SubAccountTransferId.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    to_email: str,
    asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[SubAccountTransferId]:
    """`Spot.sub_account.deposit_to_managed_sub_account`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            to_email=to_email,
            asset=asset,
            amount=amount,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    to_email: str,
    asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> SubAccountTransferId:
    """`Spot.sub_account.deposit_to_managed_sub_account` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            to_email=to_email,
            asset=asset,
            amount=amount,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    to_email: str,
    asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[SubAccountTransferId]:
    """`Spot.sub_account.deposit_to_managed_sub_account` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            to_email=to_email,
            asset=asset,
            amount=amount,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    to_email: str,
    asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> SubAccountTransferId:
    """`Spot.sub_account.deposit_to_managed_sub_account` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            to_email=to_email,
            asset=asset,
            amount=amount,
        ),
        options,
    )
