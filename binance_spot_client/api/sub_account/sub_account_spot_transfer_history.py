"""Spot transfer history between master and sub-accounts: GET /sapi/v1/sub-account/sub/transfer/history (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.sub_account_spot_transfer_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_spot_transfer import SubAccountSpotTransfer
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountSpotTransferHistory"]
ANSWER = AnswerPlan(
    "subAccountSpotTransferHistory",
    {"type": "array", "items": {"$ref": "SubAccountSpotTransfer"}},
    schemas='{"SubAccountSpotTransfer":{"properties":{"asset":{"type":"string"},"from":{"type":"string"},"qty":{"type":"string"},"status":{"type":"string"},"time":{"type":"integer"},"to":{"type":"string"},"tranId":{"type":"integer"}},"required":["from","to","asset","qty","status","tranId","time"],"type":"object"}}',
)


def _arguments(
    *,
    from_email: str | None = None,
    to_email: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "from_email": from_email,
        "to_email": to_email,
        "start_time": start_time,
        "end_time": end_time,
        "page": page,
        "limit": limit,
    }


def _parse(data: Any) -> list[SubAccountSpotTransfer]:
    try:
        response_200 = [SubAccountSpotTransfer.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    from_email: str | None = None,
    to_email: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[SubAccountSpotTransfer]]:
    """`Spot.sub_account.sub_account_spot_transfer_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            from_email=from_email,
            to_email=to_email,
            start_time=start_time,
            end_time=end_time,
            page=page,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    from_email: str | None = None,
    to_email: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[SubAccountSpotTransfer]:
    """`Spot.sub_account.sub_account_spot_transfer_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            from_email=from_email,
            to_email=to_email,
            start_time=start_time,
            end_time=end_time,
            page=page,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    from_email: str | None = None,
    to_email: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[SubAccountSpotTransfer]]:
    """`Spot.sub_account.sub_account_spot_transfer_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            from_email=from_email,
            to_email=to_email,
            start_time=start_time,
            end_time=end_time,
            page=page,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    from_email: str | None = None,
    to_email: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[SubAccountSpotTransfer]:
    """`Spot.sub_account.sub_account_spot_transfer_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            from_email=from_email,
            to_email=to_email,
            start_time=start_time,
            end_time=end_time,
            page=page,
            limit=limit,
        ),
        options,
    )
