"""Assets of a managed sub-account: GET /sapi/v1/managed-subaccount/asset (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.managed_sub_account_assets`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_managed_asset import SubAccountManagedAsset
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["managedSubAccountAssets"]
ANSWER = AnswerPlan(
    "managedSubAccountAssets",
    {"type": "array", "items": {"$ref": "SubAccountManagedAsset"}},
    schemas='{"SubAccountManagedAsset":{"properties":{"availableBalance":{"type":"string"},"btcValue":{"type":"string"},"coin":{"type":"string"},"inOrder":{"type":"string"},"name":{"type":"string"},"totalBalance":{"type":"string"}},"required":["coin","name","totalBalance","availableBalance","inOrder","btcValue"],"type":"object"}}',
)


def _arguments(
    email: str,
) -> dict[str, object]:
    return {
        "email": email,
    }


def _parse(data: Any) -> list[SubAccountManagedAsset]:
    try:
        response_200 = [SubAccountManagedAsset.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    **options: Unpack[CallOptions],
) -> Response[list[SubAccountManagedAsset]]:
    """`Spot.sub_account.managed_sub_account_assets`, returning the whole response: status, headers, rate limits and the model."""
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
) -> list[SubAccountManagedAsset]:
    """`Spot.sub_account.managed_sub_account_assets` as a function of the client."""
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
) -> Response[list[SubAccountManagedAsset]]:
    """`Spot.sub_account.managed_sub_account_assets` on an async client, returning the whole response."""
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
) -> list[SubAccountManagedAsset]:
    """`Spot.sub_account.managed_sub_account_assets` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
        ),
        options,
    )
