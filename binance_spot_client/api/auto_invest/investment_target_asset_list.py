"""List Auto-Invest target assets: GET /sapi/v1/lending/auto-invest/target-asset/list (USER_DATA, weight 1).

The parameters and answer are described on `Spot.auto_invest.investment_target_asset_list`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.auto_invest_target_asset_list import AutoInvestTargetAssetList
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["investmentTargetAssetList"]
ANSWER = AnswerPlan(
    "investmentTargetAssetList",
    {"$ref": "AutoInvestTargetAssetList"},
    schemas='{"AutoInvestSimulatedRoi":{"properties":{"dimensionUnit":{"type":"string"},"dimensionValue":{"type":"string"},"simulateRoi":{"type":"string"}},"required":["simulateRoi","dimensionValue","dimensionUnit"],"type":"object"},"AutoInvestTargetAsset":{"properties":{"roiAndDimensionTypeList":{"items":{"$ref":"AutoInvestSimulatedRoi"},"type":"array"},"targetAsset":{"type":"string"}},"required":["targetAsset","roiAndDimensionTypeList"],"type":"object"},"AutoInvestTargetAssetList":{"properties":{"autoInvestAssetList":{"items":{"$ref":"AutoInvestTargetAsset"},"type":"array"},"targetAssets":{"items":{"type":"string"},"type":"array"}},"required":["targetAssets","autoInvestAssetList"],"type":"object"}}',
)


def _arguments(
    *,
    target_asset: str | None = None,
    size: int | None = None,
    current: int | None = None,
) -> dict[str, object]:
    return {
        "target_asset": target_asset,
        "size": size,
        "current": current,
    }


def _parse(data: Any) -> AutoInvestTargetAssetList:
    try:
        response_200 = AutoInvestTargetAssetList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    target_asset: str | None = None,
    size: int | None = None,
    current: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[AutoInvestTargetAssetList]:
    """`Spot.auto_invest.investment_target_asset_list`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            target_asset=target_asset,
            size=size,
            current=current,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    target_asset: str | None = None,
    size: int | None = None,
    current: int | None = None,
    **options: Unpack[CallOptions],
) -> AutoInvestTargetAssetList:
    """`Spot.auto_invest.investment_target_asset_list` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            target_asset=target_asset,
            size=size,
            current=current,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    target_asset: str | None = None,
    size: int | None = None,
    current: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[AutoInvestTargetAssetList]:
    """`Spot.auto_invest.investment_target_asset_list` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            target_asset=target_asset,
            size=size,
            current=current,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    target_asset: str | None = None,
    size: int | None = None,
    current: int | None = None,
    **options: Unpack[CallOptions],
) -> AutoInvestTargetAssetList:
    """`Spot.auto_invest.investment_target_asset_list` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            target_asset=target_asset,
            size=size,
            current=current,
        ),
        options,
    )
