"""Gift card RSA public key: GET /sapi/v1/giftcard/cryptography/rsa-public-key (USER_DATA, weight 1).

The parameters and answer are described on `Spot.gift_card.gift_card_rsa_public_key`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.gift_card_rsa_public_key import GiftCardRsaPublicKey
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["giftCardRsaPublicKey"]
ANSWER = AnswerPlan(
    "giftCardRsaPublicKey",
    {"$ref": "GiftCardRsaPublicKey"},
    schemas='{"GiftCardRsaPublicKey":{"properties":{"code":{"type":"string"},"data":{"type":"string"},"message":{"type":"string"},"success":{"type":"boolean"}},"required":["code","message","data","success"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> GiftCardRsaPublicKey:
    try:
        response_200 = GiftCardRsaPublicKey.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[GiftCardRsaPublicKey]:
    """`Spot.gift_card.gift_card_rsa_public_key`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> GiftCardRsaPublicKey:
    """`Spot.gift_card.gift_card_rsa_public_key` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[GiftCardRsaPublicKey]:
    """`Spot.gift_card.gift_card_rsa_public_key` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> GiftCardRsaPublicKey:
    """`Spot.gift_card.gift_card_rsa_public_key` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
