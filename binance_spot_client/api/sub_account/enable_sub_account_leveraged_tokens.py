"""Enable leveraged tokens for a sub-account: POST /sapi/v1/sub-account/blvt/enable (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.enable_sub_account_leveraged_tokens`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_leveraged_tokens_enabled import SubAccountLeveragedTokensEnabled
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["enableSubAccountLeveragedTokens"]
ANSWER = AnswerPlan(
    "enableSubAccountLeveragedTokens",
    {"$ref": "SubAccountLeveragedTokensEnabled"},
    schemas='{"SubAccountLeveragedTokensEnabled":{"properties":{"email":{"type":"string"},"enableBlvt":{"type":"boolean"}},"required":["email","enableBlvt"],"type":"object"}}',
)


def _arguments(
    email: str,
    enable_blvt: bool,
) -> dict[str, object]:
    return {
        "email": email,
        "enable_blvt": enable_blvt,
    }


def _parse(data: Any) -> SubAccountLeveragedTokensEnabled:
    try:
        response_200 = SubAccountLeveragedTokensEnabled.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    enable_blvt: bool,
    **options: Unpack[CallOptions],
) -> Response[SubAccountLeveragedTokensEnabled]:
    """`Spot.sub_account.enable_sub_account_leveraged_tokens`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            enable_blvt=enable_blvt,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    email: str,
    enable_blvt: bool,
    **options: Unpack[CallOptions],
) -> SubAccountLeveragedTokensEnabled:
    """`Spot.sub_account.enable_sub_account_leveraged_tokens` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
            enable_blvt=enable_blvt,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    enable_blvt: bool,
    **options: Unpack[CallOptions],
) -> Response[SubAccountLeveragedTokensEnabled]:
    """`Spot.sub_account.enable_sub_account_leveraged_tokens` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            enable_blvt=enable_blvt,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    enable_blvt: bool,
    **options: Unpack[CallOptions],
) -> SubAccountLeveragedTokensEnabled:
    """`Spot.sub_account.enable_sub_account_leveraged_tokens` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
            enable_blvt=enable_blvt,
        ),
        options,
    )
