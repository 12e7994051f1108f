"""Spot balances of a sub-account: GET /sapi/v4/sub-account/assets (USER_DATA, weight 60).

The parameters and answer are described on `Spot.sub_account.sub_account_assets`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_assets import SubAccountAssets
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountAssets"]
ANSWER = AnswerPlan(
    "subAccountAssets",
    {"$ref": "SubAccountAssets"},
    schemas='{"SubAccountAssetBalance":{"properties":{"asset":{"type":"string"},"free":{"type":"string"},"freeze":{"type":"string"},"locked":{"type":"string"},"withdrawing":{"type":"string"}},"required":["asset","free","locked"],"type":"object"},"SubAccountAssets":{"properties":{"balances":{"items":{"$ref":"SubAccountAssetBalance"},"type":"array"}},"required":["balances"],"type":"object"}}',
)


def _arguments(
    email: str,
) -> dict[str, object]:
    return {
        "email": email,
    }


def _parse(data: Any) -> SubAccountAssets:
    try:
        response_200 = SubAccountAssets.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    **options: Unpack[CallOptions],
) -> Response[SubAccountAssets]:
    """`Spot.sub_account.sub_account_assets`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    email: str,
    **options: Unpack[CallOptions],
) -> SubAccountAssets:
    """`Spot.sub_account.sub_account_assets` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    **options: Unpack[CallOptions],
) -> Response[SubAccountAssets]:
    """`Spot.sub_account.sub_account_assets` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    **options: Unpack[CallOptions],
) -> SubAccountAssets:
    """`Spot.sub_account.sub_account_assets` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
        ),
        options,
    )
