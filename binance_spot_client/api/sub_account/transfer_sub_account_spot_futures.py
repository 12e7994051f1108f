"""Move a sub-account's asset between spot and futures: POST /sapi/v1/sub-account/futures/transfer (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.transfer_sub_account_spot_futures`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_transfer_result import SubAccountTransferResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, former_keywords
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["transferSubAccountSpotFutures"]
ANSWER = AnswerPlan(
    "transferSubAccountSpotFutures",
    {"$ref": "SubAccountTransferResult"},
    schemas='{"SubAccountTransferResult":{"properties":{"txnId":{"type":"string"}},"required":["txnId"],"type":"object"}}',
)


def _arguments(
    email: str,
    asset: str,
    amount: DecimalLike,
    type: int,
) -> dict[str, object]:
    return {
        "email": email,
        "asset": asset,
        "amount": amount,
        "type": type,
    }


def _parse(data: Any) -> SubAccountTransferResult:
    try:
        response_200 = SubAccountTransferResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    asset: str,
    amount: DecimalLike,
    type: int,
    **options: Unpack[CallOptions],
) -> Response[SubAccountTransferResult]:
    """`Spot.sub_account.transfer_sub_account_spot_futures`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            asset=asset,
            amount=amount,
            type=type,
        ),
        options,
    )


@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    email: str,
    asset: str,
    amount: DecimalLike,
    type: int,
    **options: Unpack[CallOptions],
) -> SubAccountTransferResult:
    """`Spot.sub_account.transfer_sub_account_spot_futures` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
            asset=asset,
            amount=amount,
            type=type,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    asset: str,
    amount: DecimalLike,
    type: int,
    **options: Unpack[CallOptions],
) -> Response[SubAccountTransferResult]:
    """`Spot.sub_account.transfer_sub_account_spot_futures` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            asset=asset,
            amount=amount,
            type=type,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    asset: str,
    amount: DecimalLike,
    type: int,
    **options: Unpack[CallOptions],
) -> SubAccountTransferResult:
    """`Spot.sub_account.transfer_sub_account_spot_futures` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
            asset=asset,
            amount=amount,
            type=type,
        ),
        options,
    )
