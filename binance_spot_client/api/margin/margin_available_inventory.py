"""Margin available inventory: GET /sapi/v1/margin/available-inventory (USER_DATA, weight 50).

The parameters and answer are described on `Spot.margin.margin_available_inventory`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.margin_account_scope import MarginAccountScope
from ...models.margin_available_inventory import MarginAvailableInventory
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, former_keywords
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["marginAvailableInventory"]
ANSWER = AnswerPlan(
    "marginAvailableInventory",
    {"$ref": "MarginAvailableInventory"},
    schemas='{"MarginAvailableInventory":{"properties":{"assets":{"additionalProperties":{"type":"string"},"type":"object"},"updateTime":{"type":"integer"}},"required":["assets","updateTime"],"type":"object"}}',
)


def _arguments(
    type: MarginAccountScope | Literal["MARGIN", "ISOLATED"],
) -> dict[str, object]:
    return {
        "type": type,
    }


def _parse(data: Any) -> MarginAvailableInventory:
    try:
        response_200 = MarginAvailableInventory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    type: MarginAccountScope | Literal["MARGIN", "ISOLATED"],
    **options: Unpack[CallOptions],
) -> Response[MarginAvailableInventory]:
    """`Spot.margin.margin_available_inventory`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            type=type,
        ),
        options,
    )


@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    type: MarginAccountScope | Literal["MARGIN", "ISOLATED"],
    **options: Unpack[CallOptions],
) -> MarginAvailableInventory:
    """`Spot.margin.margin_available_inventory` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            type=type,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    type: MarginAccountScope | Literal["MARGIN", "ISOLATED"],
    **options: Unpack[CallOptions],
) -> Response[MarginAvailableInventory]:
    """`Spot.margin.margin_available_inventory` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            type=type,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    type: MarginAccountScope | Literal["MARGIN", "ISOLATED"],
    **options: Unpack[CallOptions],
) -> MarginAvailableInventory:
    """`Spot.margin.margin_available_inventory` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            type=type,
        ),
        options,
    )
