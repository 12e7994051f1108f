"""Send an asset to another sub-account (from a sub-account): POST /sapi/v1/sub-account/transfer/subToSub (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.transfer_to_sub_account`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_transfer_result import SubAccountTransferResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["transferToSubAccount"]
ANSWER = AnswerPlan(
    "transferToSubAccount",
    {"$ref": "SubAccountTransferResult"},
    schemas='{"SubAccountTransferResult":{"properties":{"txnId":{"type":"string"}},"required":["txnId"],"type":"object"}}',
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


def _parse(data: Any) -> SubAccountTransferResult:
    try:
        response_200 = SubAccountTransferResult.from_dict(data)

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
) -> Response[SubAccountTransferResult]:
    """`Spot.sub_account.transfer_to_sub_account`, returning the whole response: status, headers, rate limits and the model."""
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
) -> SubAccountTransferResult:
    """`Spot.sub_account.transfer_to_sub_account` as a function of the client."""
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
) -> Response[SubAccountTransferResult]:
    """`Spot.sub_account.transfer_to_sub_account` on an async client, returning the whole response."""
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
) -> SubAccountTransferResult:
    """`Spot.sub_account.transfer_to_sub_account` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            to_email=to_email,
            asset=asset,
            amount=amount,
        ),
        options,
    )
