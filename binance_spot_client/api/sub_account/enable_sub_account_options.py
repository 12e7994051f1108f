"""Enable options for a sub-account: POST /sapi/v1/sub-account/eoptions/enable (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.enable_sub_account_options`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.sub_account_options_enabled import SubAccountOptionsEnabled
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["enableSubAccountOptions"]
ANSWER = AnswerPlan(
    "enableSubAccountOptions",
    {"$ref": "SubAccountOptionsEnabled"},
    schemas='{"SubAccountOptionsEnabled":{"properties":{"email":{"type":"string"},"isEOptionsEnabled":{"type":"boolean"}},"required":["email","isEOptionsEnabled"],"type":"object"}}',
)


def _arguments(
    email: str,
) -> dict[str, object]:
    return {
        "email": email,
    }


def _parse(data: Any) -> SubAccountOptionsEnabled:
    try:
        response_200 = SubAccountOptionsEnabled.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    **options: Unpack[CallOptions],
) -> Response[SubAccountOptionsEnabled]:
    """`Spot.sub_account.enable_sub_account_options`, returning the whole response: status, headers, rate limits and the model."""
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
) -> SubAccountOptionsEnabled:
    """`Spot.sub_account.enable_sub_account_options` as a function of the client."""
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
) -> Response[SubAccountOptionsEnabled]:
    """`Spot.sub_account.enable_sub_account_options` on an async client, returning the whole response."""
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
) -> SubAccountOptionsEnabled:
    """`Spot.sub_account.enable_sub_account_options` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
        ),
        options,
    )
