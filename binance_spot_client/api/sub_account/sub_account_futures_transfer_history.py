"""Futures transfer history of a sub-account: GET /sapi/v1/sub-account/futures/internalTransfer (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.sub_account_futures_transfer_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_futures_transfer_history import SubAccountFuturesTransferHistory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountFuturesTransferHistory"]
ANSWER = AnswerPlan(
    "subAccountFuturesTransferHistory",
    {"$ref": "SubAccountFuturesTransferHistory"},
    schemas='{"SubAccountFuturesTransfer":{"properties":{"asset":{"type":"string"},"from":{"type":"string"},"qty":{"type":"string"},"time":{"type":"integer"},"to":{"type":"string"},"tranId":{"type":"integer"}},"required":["from","to","asset","qty","tranId","time"],"type":"object"},"SubAccountFuturesTransferHistory":{"properties":{"futuresType":{"type":"integer"},"success":{"type":"boolean"},"transfers":{"items":{"$ref":"SubAccountFuturesTransfer"},"type":"array"}},"required":["success","futuresType","transfers"],"type":"object"}}',
)


def _arguments(
    email: str,
    futures_type: int,
    *,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "futures_type": futures_type,
        "start_time": start_time,
        "end_time": end_time,
        "page": page,
        "limit": limit,
    }


def _parse(data: Any) -> SubAccountFuturesTransferHistory:
    try:
        response_200 = SubAccountFuturesTransferHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    futures_type: int,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesTransferHistory]:
    """`Spot.sub_account.sub_account_futures_transfer_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            futures_type=futures_type,
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
    email: str,
    futures_type: int,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesTransferHistory:
    """`Spot.sub_account.sub_account_futures_transfer_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
            futures_type=futures_type,
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
    email: str,
    futures_type: int,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesTransferHistory]:
    """`Spot.sub_account.sub_account_futures_transfer_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            futures_type=futures_type,
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
    email: str,
    futures_type: int,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesTransferHistory:
    """`Spot.sub_account.sub_account_futures_transfer_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
            futures_type=futures_type,
            start_time=start_time,
            end_time=end_time,
            page=page,
            limit=limit,
        ),
        options,
    )
