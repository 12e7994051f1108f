"""Target asset ROI history: GET /sapi/v1/lending/auto-invest/target-asset/roi/list (USER_DATA, weight 1).

The parameters and answer are described on `Spot.auto_invest.target_asset_roi_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.auto_invest_roi_period import AutoInvestRoiPeriod
from ...models.auto_invest_roi_point import AutoInvestRoiPoint
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["targetAssetRoiHistory"]
ANSWER = AnswerPlan(
    "targetAssetRoiHistory",
    {"type": "array", "items": {"$ref": "AutoInvestRoiPoint"}},
    schemas='{"AutoInvestRoiPoint":{"properties":{"date":{"type":"string"},"simulateRoi":{"type":"string"}},"required":["date","simulateRoi"],"type":"object"}}',
)


def _arguments(
    target_asset: str,
    his_roi_type: AutoInvestRoiPeriod
    | Literal["FIVE_YEAR", "THREE_YEAR", "ONE_YEAR", "SIX_MONTH", "THREE_MONTH", "SEVEN_DAY"],
) -> dict[str, object]:
    return {
        "target_asset": target_asset,
        "his_roi_type": his_roi_type,
    }


def _parse(data: Any) -> list[AutoInvestRoiPoint]:
    try:
        response_200 = [AutoInvestRoiPoint.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    target_asset: str,
    his_roi_type: AutoInvestRoiPeriod
    | Literal["FIVE_YEAR", "THREE_YEAR", "ONE_YEAR", "SIX_MONTH", "THREE_MONTH", "SEVEN_DAY"],
    **options: Unpack[CallOptions],
) -> Response[list[AutoInvestRoiPoint]]:
    """`Spot.auto_invest.target_asset_roi_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            target_asset=target_asset,
            his_roi_type=his_roi_type,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    target_asset: str,
    his_roi_type: AutoInvestRoiPeriod
    | Literal["FIVE_YEAR", "THREE_YEAR", "ONE_YEAR", "SIX_MONTH", "THREE_MONTH", "SEVEN_DAY"],
    **options: Unpack[CallOptions],
) -> list[AutoInvestRoiPoint]:
    """`Spot.auto_invest.target_asset_roi_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            target_asset=target_asset,
            his_roi_type=his_roi_type,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    target_asset: str,
    his_roi_type: AutoInvestRoiPeriod
    | Literal["FIVE_YEAR", "THREE_YEAR", "ONE_YEAR", "SIX_MONTH", "THREE_MONTH", "SEVEN_DAY"],
    **options: Unpack[CallOptions],
) -> Response[list[AutoInvestRoiPoint]]:
    """`Spot.auto_invest.target_asset_roi_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            target_asset=target_asset,
            his_roi_type=his_roi_type,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    target_asset: str,
    his_roi_type: AutoInvestRoiPeriod
    | Literal["FIVE_YEAR", "THREE_YEAR", "ONE_YEAR", "SIX_MONTH", "THREE_MONTH", "SEVEN_DAY"],
    **options: Unpack[CallOptions],
) -> list[AutoInvestRoiPoint]:
    """`Spot.auto_invest.target_asset_roi_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            target_asset=target_asset,
            his_roi_type=his_roi_type,
        ),
        options,
    )
