"""Verify a gift card: GET /sapi/v1/giftcard/verify (USER_DATA, weight 1).

The parameters and answer are described on `Spot.gift_card.verify_gift_card`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.gift_card_verification import GiftCardVerification
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["verifyGiftCard"]
ANSWER = AnswerPlan(
    "verifyGiftCard",
    {"$ref": "GiftCardVerification"},
    schemas='{"GiftCardVerification":{"properties":{"code":{"type":"string"},"data":{"$ref":"GiftCardVerificationData"},"message":{"type":"string"},"success":{"type":"boolean"}},"required":["code","message","data","success"],"type":"object"},"GiftCardVerificationData":{"properties":{"amount":{"type":"string"},"token":{"type":"string"},"valid":{"type":"boolean"}},"required":["valid","token","amount"],"type":"object"}}',
)


def _arguments(
    reference_no: str,
) -> dict[str, object]:
    return {
        "reference_no": reference_no,
    }


def _parse(data: Any) -> GiftCardVerification:
    try:
        response_200 = GiftCardVerification.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    reference_no: str,
    **options: Unpack[CallOptions],
) -> Response[GiftCardVerification]:
    """`Spot.gift_card.verify_gift_card`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            reference_no=reference_no,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    reference_no: str,
    **options: Unpack[CallOptions],
) -> GiftCardVerification:
    """`Spot.gift_card.verify_gift_card` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            reference_no=reference_no,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    reference_no: str,
    **options: Unpack[CallOptions],
) -> Response[GiftCardVerification]:
    """`Spot.gift_card.verify_gift_card` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            reference_no=reference_no,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    reference_no: str,
    **options: Unpack[CallOptions],
) -> GiftCardVerification:
    """`Spot.gift_card.verify_gift_card` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            reference_no=reference_no,
        ),
        options,
    )
