"""Dual-token gift card limits: GET /sapi/v1/giftcard/buyCode/token-limit (USER_DATA, weight 1).

The parameters and answer are described on `Spot.gift_card.gift_card_token_limit`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.gift_card_token_limits import GiftCardTokenLimits
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["giftCardTokenLimit"]
ANSWER = AnswerPlan(
    "giftCardTokenLimit",
    {"$ref": "GiftCardTokenLimits"},
    schemas='{"GiftCardTokenLimit":{"properties":{"coin":{"type":"string"},"fromMax":{"type":"string"},"fromMin":{"type":"string"}},"required":["coin","fromMin","fromMax"],"type":"object"},"GiftCardTokenLimits":{"properties":{"code":{"type":"string"},"data":{"items":{"$ref":"GiftCardTokenLimit"},"type":"array"},"message":{"type":"string"},"success":{"type":"boolean"}},"required":["code","message","data","success"],"type":"object"}}',
)


def _arguments(
    base_token: str,
) -> dict[str, object]:
    return {
        "base_token": base_token,
    }


def _parse(data: Any) -> GiftCardTokenLimits:
    try:
        response_200 = GiftCardTokenLimits.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    base_token: str,
    **options: Unpack[CallOptions],
) -> Response[GiftCardTokenLimits]:
    """`Spot.gift_card.gift_card_token_limit`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            base_token=base_token,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    base_token: str,
    **options: Unpack[CallOptions],
) -> GiftCardTokenLimits:
    """`Spot.gift_card.gift_card_token_limit` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            base_token=base_token,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    base_token: str,
    **options: Unpack[CallOptions],
) -> Response[GiftCardTokenLimits]:
    """`Spot.gift_card.gift_card_token_limit` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            base_token=base_token,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    base_token: str,
    **options: Unpack[CallOptions],
) -> GiftCardTokenLimits:
    """`Spot.gift_card.gift_card_token_limit` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            base_token=base_token,
        ),
        options,
    )
