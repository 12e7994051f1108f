"""Margin assets of a managed sub-account: GET /sapi/v1/managed-subaccount/marginAsset (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.managed_sub_account_margin_assets`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.sub_account_managed_margin_assets import SubAccountManagedMarginAssets
from ...models.sub_account_managed_margin_type import SubAccountManagedMarginType
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["managedSubAccountMarginAssets"]
ANSWER = AnswerPlan(
    "managedSubAccountMarginAssets",
    {"$ref": "SubAccountManagedMarginAssets"},
    schemas='{"SubAccountManagedMarginAssets":{"properties":{"marginLevel":{"type":"string"},"totalAssetOfBtc":{"type":"string"},"totalLiabilityOfBtc":{"type":"string"},"totalNetAssetOfBtc":{"type":"string"},"userAssets":{"items":{"$ref":"SubAccountMarginAsset"},"type":"array"}},"required":["marginLevel","totalAssetOfBtc","totalLiabilityOfBtc","totalNetAssetOfBtc","userAssets"],"type":"object"},"SubAccountMarginAsset":{"properties":{"asset":{"type":"string"},"borrowed":{"type":"string"},"free":{"type":"string"},"interest":{"type":"string"},"locked":{"type":"string"},"netAsset":{"type":"string"}},"required":["asset","borrowed","free","interest","locked","netAsset"],"type":"object"}}',
)


def _arguments(
    email: str,
    *,
    account_type: SubAccountManagedMarginType | Literal["MARGIN", "ISOLATED_MARGIN"] | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "account_type": account_type,
    }


def _parse(data: Any) -> SubAccountManagedMarginAssets:
    try:
        response_200 = SubAccountManagedMarginAssets.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    account_type: SubAccountManagedMarginType | Literal["MARGIN", "ISOLATED_MARGIN"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountManagedMarginAssets]:
    """`Spot.sub_account.managed_sub_account_margin_assets`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            account_type=account_type,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    email: str,
    account_type: SubAccountManagedMarginType | Literal["MARGIN", "ISOLATED_MARGIN"] | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountManagedMarginAssets:
    """`Spot.sub_account.managed_sub_account_margin_assets` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
            account_type=account_type,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    account_type: SubAccountManagedMarginType | Literal["MARGIN", "ISOLATED_MARGIN"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountManagedMarginAssets]:
    """`Spot.sub_account.managed_sub_account_margin_assets` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            account_type=account_type,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    account_type: SubAccountManagedMarginType | Literal["MARGIN", "ISOLATED_MARGIN"] | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountManagedMarginAssets:
    """`Spot.sub_account.managed_sub_account_margin_assets` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
            account_type=account_type,
        ),
        options,
    )
