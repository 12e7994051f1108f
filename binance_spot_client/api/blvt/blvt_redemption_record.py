"""Leveraged token redemptions (retired): GET /sapi/v1/blvt/redeem/record (USER_DATA, weight 1).

The parameters and answer are described on `Spot.blvt.blvt_redemption_record`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.blvt_redemption_record import BlvtRedemptionRecord
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["blvtRedemptionRecord"]
ANSWER = AnswerPlan(
    "blvtRedemptionRecord",
    {"type": "array", "items": {"$ref": "BlvtRedemptionRecord"}},
    schemas='{"BlvtRedemptionRecord":{"properties":{"amount":{"type":"string"},"fee":{"type":"string"},"id":{"type":"integer"},"nav":{"type":"string"},"netProceed":{"type":"string"},"timestamp":{"type":"integer"},"tokenName":{"type":"string"}},"required":["id","tokenName","amount","nav","fee","netProceed","timestamp"],"type":"object"}}',
)


def _arguments(
    *,
    token_name: str | None = None,
    id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
) -> dict[str, object]:
    return {
        "token_name": token_name,
        "id": id,
        "start_time": start_time,
        "end_time": end_time,
        "limit": limit,
    }


def _parse(data: Any) -> list[BlvtRedemptionRecord]:
    try:
        response_200 = [BlvtRedemptionRecord.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    token_name: str | None = None,
    id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[BlvtRedemptionRecord]]:
    """`Spot.blvt.blvt_redemption_record`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            token_name=token_name,
            id=id,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    token_name: str | None = None,
    id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[BlvtRedemptionRecord]:
    """`Spot.blvt.blvt_redemption_record` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            token_name=token_name,
            id=id,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    token_name: str | None = None,
    id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[list[BlvtRedemptionRecord]]:
    """`Spot.blvt.blvt_redemption_record` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            token_name=token_name,
            id=id,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    token_name: str | None = None,
    id: int | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    limit: int | None = None,
    **options: Unpack[CallOptions],
) -> list[BlvtRedemptionRecord]:
    """`Spot.blvt.blvt_redemption_record` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            token_name=token_name,
            id=id,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        ),
        options,
    )
