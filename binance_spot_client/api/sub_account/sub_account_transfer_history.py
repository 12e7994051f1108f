"""Transfer history of the calling sub-account: GET /sapi/v1/sub-account/transfer/subUserHistory (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.sub_account_transfer_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_own_transfer import SubAccountOwnTransfer
from ...operations import OPERATIONS
from ...signing import (
    AnswerPlan,
    AsyncSpotClient,
    CallOptions,
    Endpoint,
    Response,
    SpotClient,
    TimeLike,
    former_keywords,
)
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountTransferHistory"]
ANSWER = AnswerPlan(
    "subAccountTransferHistory",
    {"type": "array", "items": {"$ref": "SubAccountOwnTransfer"}},
    schemas='{"SubAccountOwnTransfer":{"properties":{"asset":{"type":"string"},"counterParty":{"type":"string"},"email":{"type":"string"},"fromAccountType":{"type":"string"},"qty":{"type":"string"},"status":{"type":"string"},"time":{"type":"integer"},"toAccountType":{"type":"string"},"tranId":{"type":"integer"},"type":{"type":"integer"}},"required":["counterParty","email","type","asset","qty","fromAccountType","toAccountType","status","tranId","time"],"type":"object"}}',
)


def _arguments(
    *,
    asset: str | None = None,
    type: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    return_fail_history: bool | None = None,
) -> dict[str, object]:
    return {
        "asset": asset,
        "type": type,
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
        "return_fail_history": return_fail_history,
    }


def _parse(data: Any) -> list[SubAccountOwnTransfer]:
    try:
        response_200 = [SubAccountOwnTransfer.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    asset: str | None = None,
    type: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    return_fail_history: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[SubAccountOwnTransfer]]:
    """`Spot.sub_account.sub_account_transfer_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            type=type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            return_fail_history=return_fail_history,
        ),
        options,
    )


@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    asset: str | None = None,
    type: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    return_fail_history: bool | None = None,
    **options: Unpack[CallOptions],
) -> list[SubAccountOwnTransfer]:
    """`Spot.sub_account.sub_account_transfer_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            type=type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            return_fail_history=return_fail_history,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    type: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    return_fail_history: bool | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[SubAccountOwnTransfer]]:
    """`Spot.sub_account.sub_account_transfer_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            asset=asset,
            type=type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            return_fail_history=return_fail_history,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    asset: str | None = None,
    type: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    return_fail_history: bool | None = None,
    **options: Unpack[CallOptions],
) -> list[SubAccountOwnTransfer]:
    """`Spot.sub_account.sub_account_transfer_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            asset=asset,
            type=type,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
            return_fail_history=return_fail_history,
        ),
        options,
    )
