"""BTC value of sub-accounts' spot assets: GET /sapi/v1/sub-account/spotSummary (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.sub_account_spot_summary`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_spot_summary import SubAccountSpotSummary
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountSpotSummary"]
ANSWER = AnswerPlan(
    "subAccountSpotSummary",
    {"$ref": "SubAccountSpotSummary"},
    schemas='{"SubAccountSpotSummary":{"properties":{"masterAccountTotalAsset":{"type":"string"},"spotSubUserAssetBtcVoList":{"items":{"$ref":"SubAccountSpotValue"},"type":"array"},"totalCount":{"type":"integer"}},"required":["totalCount","masterAccountTotalAsset","spotSubUserAssetBtcVoList"],"type":"object"},"SubAccountSpotValue":{"properties":{"email":{"type":"string"},"totalAsset":{"type":"string"}},"required":["email","totalAsset"],"type":"object"}}',
)


def _arguments(
    *,
    email: str | None = None,
    page: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "email": email,
        "page": page,
        "size": size,
    }


def _parse(data: Any) -> SubAccountSpotSummary:
    try:
        response_200 = SubAccountSpotSummary.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str | None = None,
    page: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountSpotSummary]:
    """`Spot.sub_account.sub_account_spot_summary`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            page=page,
            size=size,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    email: str | None = None,
    page: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountSpotSummary:
    """`Spot.sub_account.sub_account_spot_summary` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
            page=page,
            size=size,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str | None = None,
    page: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[SubAccountSpotSummary]:
    """`Spot.sub_account.sub_account_spot_summary` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            page=page,
            size=size,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str | None = None,
    page: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> SubAccountSpotSummary:
    """`Spot.sub_account.sub_account_spot_summary` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
            page=page,
            size=size,
        ),
        options,
    )
