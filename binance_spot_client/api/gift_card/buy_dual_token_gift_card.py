"""Buy a dual-token gift card: POST /sapi/v1/giftcard/buyCode (TRADE, weight 1).

The parameters and answer are described on `Spot.gift_card.buy_dual_token_gift_card`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.gift_card_code_result import GiftCardCodeResult
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["buyDualTokenGiftCard"]
ANSWER = AnswerPlan(
    "buyDualTokenGiftCard",
    {"$ref": "GiftCardCodeResult"},
    schemas='{"GiftCardCodeData":{"properties":{"code":{"type":"string"},"expiredTime":{"type":"integer"},"referenceNo":{"type":"string"}},"required":["referenceNo","code","expiredTime"],"type":"object"},"GiftCardCodeResult":{"properties":{"code":{"type":"string"},"data":{"$ref":"GiftCardCodeData"},"message":{"type":"string"},"success":{"type":"boolean"}},"required":["code","message","data","success"],"type":"object"}}',
)


def _arguments(
    base_token: str,
    face_token: str,
    base_token_amount: DecimalLike,
) -> dict[str, object]:
    return {
        "base_token": base_token,
        "face_token": face_token,
        "base_token_amount": base_token_amount,
    }


def _parse(data: Any) -> GiftCardCodeResult:
    try:
        response_200 = GiftCardCodeResult.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    base_token: str,
    face_token: str,
    base_token_amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[GiftCardCodeResult]:
    """`Spot.gift_card.buy_dual_token_gift_card`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            base_token=base_token,
            face_token=face_token,
            base_token_amount=base_token_amount,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    base_token: str,
    face_token: str,
    base_token_amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> GiftCardCodeResult:
    """`Spot.gift_card.buy_dual_token_gift_card` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            base_token=base_token,
            face_token=face_token,
            base_token_amount=base_token_amount,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    base_token: str,
    face_token: str,
    base_token_amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[GiftCardCodeResult]:
    """`Spot.gift_card.buy_dual_token_gift_card` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            base_token=base_token,
            face_token=face_token,
            base_token_amount=base_token_amount,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    base_token: str,
    face_token: str,
    base_token_amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> GiftCardCodeResult:
    """`Spot.gift_card.buy_dual_token_gift_card` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            base_token=base_token,
            face_token=face_token,
            base_token_amount=base_token_amount,
        ),
        options,
    )
