"""Redeem from a flexible product: POST /sapi/v1/simple-earn/flexible/redeem (TRADE, weight 1).

The parameters and answer are described on `Spot.simple_earn.redeem_flexible_product`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.simple_earn_redeem_destination import SimpleEarnRedeemDestination
from ...models.simple_earn_redemption import SimpleEarnRedemption
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["redeemFlexibleProduct"]
ANSWER = AnswerPlan(
    "redeemFlexibleProduct",
    {"$ref": "SimpleEarnRedemption"},
    schemas='{"SimpleEarnRedemption":{"properties":{"redeemId":{"type":"integer"},"success":{"type":"boolean"}},"required":["redeemId","success"],"type":"object"}}',
)


def _arguments(
    product_id: str,
    *,
    redeem_all: bool | None = None,
    amount: DecimalLike | None = None,
    dest_account: SimpleEarnRedeemDestination | Literal["SPOT", "FUND"] | None = None,
) -> dict[str, object]:
    return {
        "product_id": product_id,
        "redeem_all": redeem_all,
        "amount": amount,
        "dest_account": dest_account,
    }


def _parse(data: Any) -> SimpleEarnRedemption:
    try:
        response_200 = SimpleEarnRedemption.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    product_id: str,
    redeem_all: bool | None = None,
    amount: DecimalLike | None = None,
    dest_account: SimpleEarnRedeemDestination | Literal["SPOT", "FUND"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnRedemption]:
    """`Spot.simple_earn.redeem_flexible_product`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            redeem_all=redeem_all,
            amount=amount,
            dest_account=dest_account,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    product_id: str,
    redeem_all: bool | None = None,
    amount: DecimalLike | None = None,
    dest_account: SimpleEarnRedeemDestination | Literal["SPOT", "FUND"] | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnRedemption:
    """`Spot.simple_earn.redeem_flexible_product` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            redeem_all=redeem_all,
            amount=amount,
            dest_account=dest_account,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    product_id: str,
    redeem_all: bool | None = None,
    amount: DecimalLike | None = None,
    dest_account: SimpleEarnRedeemDestination | Literal["SPOT", "FUND"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[SimpleEarnRedemption]:
    """`Spot.simple_earn.redeem_flexible_product` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            redeem_all=redeem_all,
            amount=amount,
            dest_account=dest_account,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    product_id: str,
    redeem_all: bool | None = None,
    amount: DecimalLike | None = None,
    dest_account: SimpleEarnRedeemDestination | Literal["SPOT", "FUND"] | None = None,
    **options: Unpack[CallOptions],
) -> SimpleEarnRedemption:
    """`Spot.simple_earn.redeem_flexible_product` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            product_id=product_id,
            redeem_all=redeem_all,
            amount=amount,
            dest_account=dest_account,
        ),
        options,
    )
