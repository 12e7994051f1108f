"""Universal transfer history: GET /sapi/v1/sub-account/universalTransfer (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.sub_account_universal_transfer_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_universal_transfer_history import SubAccountUniversalTransferHistory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountUniversalTransferHistory"]
ANSWER = AnswerPlan(
    "subAccountUniversalTransferHistory",
    {"$ref": "SubAccountUniversalTransferHistory"},
    schemas='{"SubAccountUniversalTransferHistory":{"properties":{"result":{"items":{"$ref":"SubAccountUniversalTransferRecord"},"type":"array"},"totalCount":{"type":"integer"}},"required":["result","totalCount"],"type":"object"},"SubAccountUniversalTransferRecord":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"clientTranId":{"type":"string"},"createTimeStamp":{"type":"integer"},"fromAccountType":{"type":"string"},"fromEmail":{"type":"string"},"status":{"type":"string"},"toAccountType":{"type":"string"},"toEmail":{"type":"string"},"tranId":{"type":"integer"}},"required":["tranId","fromEmail","toEmail","asset","amount","createTimeStamp","fromAccountType","toAccountType","status"],"type":"object"}}',
)


def _arguments(
    *,
    from_email: str | None = None,
    to_email: str | None = None,
    client_tran_id: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "from_email": from_email,
        "to_email": to_email,
        "client_tran_id": client_tran_id,
        "start_time": start_time,
        "end_time": end_time,
        "page": page,
        "limit": limit,
    }


def _parse(data: Any) -> SubAccountUniversalTransferHistory:
    try:
        response_200 = SubAccountUniversalTransferHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    from_email: str | None = None,
    to_email: str | None = None,
    client_tran_id: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountUniversalTransferHistory]:
    """`Spot.sub_account.sub_account_universal_transfer_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            from_email=from_email,
            to_email=to_email,
            client_tran_id=client_tran_id,
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
    client_tran_id: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountUniversalTransferHistory:
    """`Spot.sub_account.sub_account_universal_transfer_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            from_email=from_email,
            to_email=to_email,
            client_tran_id=client_tran_id,
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
    client_tran_id: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountUniversalTransferHistory]:
    """`Spot.sub_account.sub_account_universal_transfer_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            from_email=from_email,
            to_email=to_email,
            client_tran_id=client_tran_id,
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
    client_tran_id: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    page: int | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountUniversalTransferHistory:
    """`Spot.sub_account.sub_account_universal_transfer_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            from_email=from_email,
            to_email=to_email,
            client_tran_id=client_tran_id,
            start_time=start_time,
            end_time=end_time,
            page=page,
            limit=limit,
        ),
        options,
    )
