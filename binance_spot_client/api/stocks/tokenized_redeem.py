"""Redeem tokenized shares for equity: POST /sapi/v1/equity/tokenized/redeem (TRADE, weight 1).

The parameters and answer are described on `Spot.stocks.tokenized_redeem`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.tokenized_convert_ack import TokenizedConvertAck
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["tokenizedRedeem"]
ANSWER = AnswerPlan(
    "tokenizedRedeem",
    {"$ref": "TokenizedConvertAck"},
    schemas='{"TokenizedConvertAck":{"properties":{"issuerRequestId":{"type":"string"},"status":{"type":"string"}},"required":["issuerRequestId","status"],"type":"object"}}',
)


def _arguments(
    tokenized_asset: str,
    tokenized_asset_amount: DecimalLike,
    *,
    client_order_id: str | None = None,
) -> dict[str, object]:
    return {
        "tokenized_asset": tokenized_asset,
        "tokenized_asset_amount": tokenized_asset_amount,
        "client_order_id": client_order_id,
    }


def _parse(data: Any) -> TokenizedConvertAck:
    try:
        response_200 = TokenizedConvertAck.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    tokenized_asset: str,
    tokenized_asset_amount: DecimalLike,
    client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[TokenizedConvertAck]:
    """`Spot.stocks.tokenized_redeem`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            tokenized_asset=tokenized_asset,
            tokenized_asset_amount=tokenized_asset_amount,
            client_order_id=client_order_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    tokenized_asset: str,
    tokenized_asset_amount: DecimalLike,
    client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> TokenizedConvertAck:
    """`Spot.stocks.tokenized_redeem` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            tokenized_asset=tokenized_asset,
            tokenized_asset_amount=tokenized_asset_amount,
            client_order_id=client_order_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    tokenized_asset: str,
    tokenized_asset_amount: DecimalLike,
    client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[TokenizedConvertAck]:
    """`Spot.stocks.tokenized_redeem` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            tokenized_asset=tokenized_asset,
            tokenized_asset_amount=tokenized_asset_amount,
            client_order_id=client_order_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    tokenized_asset: str,
    tokenized_asset_amount: DecimalLike,
    client_order_id: str | None = None,
    **options: Unpack[CallOptions],
) -> TokenizedConvertAck:
    """`Spot.stocks.tokenized_redeem` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            tokenized_asset=tokenized_asset,
            tokenized_asset_amount=tokenized_asset_amount,
            client_order_id=client_order_id,
        ),
        options,
    )
