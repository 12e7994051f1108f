"""Leveraged token subscriptions (retired): GET /sapi/v1/blvt/subscribe/record (USER_DATA, weight 1).

The parameters and answer are described on `Spot.blvt.blvt_subscription_record`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.blvt_subscription_record import BlvtSubscriptionRecord
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["blvtSubscriptionRecord"]
ANSWER = AnswerPlan(
    "blvtSubscriptionRecord",
    {"oneOf": [{"type": "array", "items": {"$ref": "BlvtSubscriptionRecord"}}, {"$ref": "BlvtSubscriptionRecord"}]},
    schemas='{"BlvtSubscriptionRecord":{"properties":{"amount":{"type":"string"},"fee":{"type":"string"},"id":{"type":"integer"},"nav":{"type":"string"},"timestamp":{"type":"integer"},"tokenName":{"type":"string"},"totalCharge":{"type":"string"}},"required":["id","tokenName","amount","nav","fee","totalCharge","timestamp"],"type":"object"}}',
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


def _parse(data: Any) -> BlvtSubscriptionRecord | list[BlvtSubscriptionRecord]:
    try:

        def _parse_response_200(data: object) -> BlvtSubscriptionRecord | list[BlvtSubscriptionRecord]:
            try:
                if not isinstance(data, list):
                    raise TypeError()

                response_200_type_0 = [BlvtSubscriptionRecord.from_dict(item) for item in data]

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = BlvtSubscriptionRecord.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(data)

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
) -> Response[BlvtSubscriptionRecord | list[BlvtSubscriptionRecord]]:
    """`Spot.blvt.blvt_subscription_record`, returning the whole response: status, headers, rate limits and the model."""
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
) -> BlvtSubscriptionRecord | list[BlvtSubscriptionRecord]:
    """`Spot.blvt.blvt_subscription_record` as a function of the client."""
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
) -> Response[BlvtSubscriptionRecord | list[BlvtSubscriptionRecord]]:
    """`Spot.blvt.blvt_subscription_record` on an async client, returning the whole response."""
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
) -> BlvtSubscriptionRecord | list[BlvtSubscriptionRecord]:
    """`Spot.blvt.blvt_subscription_record` on an async client, as a function of the client."""
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
