"""Flexible collateral history: GET /sapi/v1/simple-earn/flexible/history/collateralRecord (USER_DATA, weight 150).

The parameters and answer are described on `Spot.simple_earn.flexible_product_collateral_record`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.simple_earn_collateral_record_page import SimpleEarnCollateralRecordPage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["flexibleProductCollateralRecord"]
ANSWER = AnswerPlan(
    "flexibleProductCollateralRecord",
    {"$ref": "SimpleEarnCollateralRecordPage"},
    schemas='{"SimpleEarnCollateralRecord":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"createTime":{"type":"integer"},"orderId":{"type":"integer"},"productId":{"type":"string"},"productName":{"type":"string"},"type":{"type":"string"}},"required":["amount","productId","asset","createTime","type","productName","orderId"],"type":"object"},"SimpleEarnCollateralRecordPage":{"properties":{"rows":{"items":{"$ref":"SimpleEarnCollateralRecord"},"type":"array"},"total":{"type":"string"}},"required":["rows","total"],"type":"object"}}',
)


def _arguments(
    *,
    product_id: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "product_id": product_id,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
    }


def _parse(data: Any) -> SimpleEarnCollateralRecordPage:
    try:
        response_200 = SimpleEarnCollateralRecordPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    product_id: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnCollateralRecordPage]:
    """`Spot.simple_earn.flexible_product_collateral_record`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    product_id: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnCollateralRecordPage:
    """`Spot.simple_earn.flexible_product_collateral_record` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    product_id: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnCollateralRecordPage]:
    """`Spot.simple_earn.flexible_product_collateral_record` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    product_id: str | None = None,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnCollateralRecordPage:
    """`Spot.simple_earn.flexible_product_collateral_record` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
        ),
        options,
    )
