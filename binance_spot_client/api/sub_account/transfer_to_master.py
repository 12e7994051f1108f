"""Send an asset to the master account (from a sub-account): POST /sapi/v1/sub-account/transfer/subToMaster (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.transfer_to_master`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_transfer_result import SubAccountTransferResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["transferToMaster"]
ANSWER = AnswerPlan(
    "transferToMaster",
    {"$ref": "SubAccountTransferResult"},
    schemas='{"SubAccountTransferResult":{"properties":{"txnId":{"type":"string"}},"required":["txnId"],"type":"object"}}',
)


def _arguments(
    asset: str,
    amount: DecimalLike,
) -> dict[str, object]:
    return {
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
    asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[SubAccountTransferResult]:
    """`Spot.sub_account.transfer_to_master`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            amount=amount,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> SubAccountTransferResult:
    """`Spot.sub_account.transfer_to_master` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            amount=amount,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[SubAccountTransferResult]:
    """`Spot.sub_account.transfer_to_master` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            amount=amount,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> SubAccountTransferResult:
    """`Spot.sub_account.transfer_to_master` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            amount=amount,
        ),
        options,
    )
