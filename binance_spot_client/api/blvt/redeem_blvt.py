"""Redeem a leveraged token (retired): POST /sapi/v1/blvt/redeem (USER_DATA, weight 1).

The parameters and answer are described on `Spot.blvt.redeem_blvt`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.blvt_redemption import BlvtRedemption
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["redeemBlvt"]
ANSWER = AnswerPlan(
    "redeemBlvt",
    {"$ref": "BlvtRedemption"},
    schemas='{"BlvtRedemption":{"properties":{"amount":{"type":"string"},"id":{"type":"integer"},"redeemAmount":{"type":"string"},"status":{"type":"string"},"timestamp":{"type":"integer"},"tokenName":{"type":"string"}},"required":["id","status","tokenName","redeemAmount","amount","timestamp"],"type":"object"}}',
)


def _arguments(
    token_name: str,
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "token_name": token_name,
        "amount": amount,
    }


def _parse(data: Any) -> BlvtRedemption:
    try:
        response_200 = BlvtRedemption.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    token_name: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[BlvtRedemption]:
    """`Spot.blvt.redeem_blvt`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            token_name=token_name,
            amount=amount,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    token_name: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> BlvtRedemption:
    """`Spot.blvt.redeem_blvt` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            token_name=token_name,
            amount=amount,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    token_name: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[BlvtRedemption]:
    """`Spot.blvt.redeem_blvt` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            token_name=token_name,
            amount=amount,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    token_name: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> BlvtRedemption:
    """`Spot.blvt.redeem_blvt` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            token_name=token_name,
            amount=amount,
        ),
        options,
    )
