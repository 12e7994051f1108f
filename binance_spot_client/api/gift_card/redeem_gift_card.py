"""Redeem a gift card: POST /sapi/v1/giftcard/redeemCode (USER_DATA, weight 1).

The parameters and answer are described on `Spot.gift_card.redeem_gift_card`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.gift_card_redemption import GiftCardRedemption
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["redeemGiftCard"]
ANSWER = AnswerPlan(
    "redeemGiftCard",
    {"$ref": "GiftCardRedemption"},
    schemas='{"GiftCardRedemption":{"properties":{"code":{"type":"string"},"data":{"$ref":"GiftCardRedemptionData"},"message":{"type":"string"},"success":{"type":"boolean"}},"required":["code","message","data","success"],"type":"object"},"GiftCardRedemptionData":{"properties":{"amount":{"type":"string"},"identityNo":{"type":"string"},"referenceNo":{"type":"string"},"token":{"type":"string"}},"required":["referenceNo","identityNo","token","amount"],"type":"object"}}',
)


def _arguments(
    code: str,
    *,
    external_uid: str | None = None,
) -> dict[str, object]:
    return {
        "code": code,
        "external_uid": external_uid,
    }


def _parse(data: Any) -> GiftCardRedemption:
    try:
        response_200 = GiftCardRedemption.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    code: str,
    external_uid: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[GiftCardRedemption]:
    """`Spot.gift_card.redeem_gift_card`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            code=code,
            external_uid=external_uid,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    code: str,
    external_uid: str | None = None,
    **options: Unpack[CallOptions],
) -> GiftCardRedemption:
    """`Spot.gift_card.redeem_gift_card` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            code=code,
            external_uid=external_uid,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    code: str,
    external_uid: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[GiftCardRedemption]:
    """`Spot.gift_card.redeem_gift_card` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            code=code,
            external_uid=external_uid,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    code: str,
    external_uid: str | None = None,
    **options: Unpack[CallOptions],
) -> GiftCardRedemption:
    """`Spot.gift_card.redeem_gift_card` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            code=code,
            external_uid=external_uid,
        ),
        options,
    )
