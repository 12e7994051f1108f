"""List Auto-Invest source assets: GET /sapi/v1/lending/auto-invest/source-asset/list (USER_DATA, weight 1).

The parameters and answer are described on `Spot.auto_invest.investment_source_asset_list`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.auto_invest_source_asset_list import AutoInvestSourceAssetList
from ...models.auto_invest_source_type import AutoInvestSourceType
from ...models.auto_invest_usage_type import AutoInvestUsageType
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["investmentSourceAssetList"]
ANSWER = AnswerPlan(
    "investmentSourceAssetList",
    {"$ref": "AutoInvestSourceAssetList"},
    schemas='{"AutoInvestSourceAsset":{"properties":{"assetMaxAmount":{"type":"string"},"assetMinAmount":{"type":"string"},"flexibleAmount":{"type":"string"},"scale":{"type":"string"},"sourceAsset":{"type":"string"}},"required":["sourceAsset","assetMinAmount","assetMaxAmount","scale","flexibleAmount"],"type":"object"},"AutoInvestSourceAssetList":{"properties":{"feeRate":{"type":"string"},"sourceAssets":{"items":{"$ref":"AutoInvestSourceAsset"},"type":"array"},"taxRate":{"type":"string"}},"required":["feeRate","sourceAssets"],"type":"object"}}',
)


def _arguments(
    usage_type: AutoInvestUsageType | Literal["RECURRING", "ONE_TIME"],
    *,
    target_asset: str | None = None,
    index_id: int | None = None,
    flexible_allowed_to_use: bool | None = None,
    source_type: AutoInvestSourceType | Literal["MAIN_SITE", "TR"] | None = None,
) -> dict[str, object]:
    return {
        "target_asset": target_asset,
        "index_id": index_id,
        "usage_type": usage_type,
        "flexible_allowed_to_use": flexible_allowed_to_use,
        "source_type": source_type,
    }


def _parse(data: Any) -> AutoInvestSourceAssetList:
    try:
        response_200 = AutoInvestSourceAssetList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    usage_type: AutoInvestUsageType | Literal["RECURRING", "ONE_TIME"],
    target_asset: str | None = None,
    index_id: int | None = None,
    flexible_allowed_to_use: bool | None = None,
    source_type: AutoInvestSourceType | Literal["MAIN_SITE", "TR"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[AutoInvestSourceAssetList]:
    """`Spot.auto_invest.investment_source_asset_list`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            target_asset=target_asset,
            index_id=index_id,
            usage_type=usage_type,
            flexible_allowed_to_use=flexible_allowed_to_use,
            source_type=source_type,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    usage_type: AutoInvestUsageType | Literal["RECURRING", "ONE_TIME"],
    target_asset: str | None = None,
    index_id: int | None = None,
    flexible_allowed_to_use: bool | None = None,
    source_type: AutoInvestSourceType | Literal["MAIN_SITE", "TR"] | None = None,
    **options: Unpack[CallOptions],
) -> AutoInvestSourceAssetList:
    """`Spot.auto_invest.investment_source_asset_list` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            target_asset=target_asset,
            index_id=index_id,
            usage_type=usage_type,
            flexible_allowed_to_use=flexible_allowed_to_use,
            source_type=source_type,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    usage_type: AutoInvestUsageType | Literal["RECURRING", "ONE_TIME"],
    target_asset: str | None = None,
    index_id: int | None = None,
    flexible_allowed_to_use: bool | None = None,
    source_type: AutoInvestSourceType | Literal["MAIN_SITE", "TR"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[AutoInvestSourceAssetList]:
    """`Spot.auto_invest.investment_source_asset_list` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            target_asset=target_asset,
            index_id=index_id,
            usage_type=usage_type,
            flexible_allowed_to_use=flexible_allowed_to_use,
            source_type=source_type,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    usage_type: AutoInvestUsageType | Literal["RECURRING", "ONE_TIME"],
    target_asset: str | None = None,
    index_id: int | None = None,
    flexible_allowed_to_use: bool | None = None,
    source_type: AutoInvestSourceType | Literal["MAIN_SITE", "TR"] | None = None,
    **options: Unpack[CallOptions],
) -> AutoInvestSourceAssetList:
    """`Spot.auto_invest.investment_source_asset_list` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            target_asset=target_asset,
            index_id=index_id,
            usage_type=usage_type,
            flexible_allowed_to_use=flexible_allowed_to_use,
            source_type=source_type,
        ),
        options,
    )
