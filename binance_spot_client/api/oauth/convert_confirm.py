"""Confirm a convert quote: POST /oauth-api/v1/ocbs/confirm (OAUTH, weight 1).

The parameters and answer are described on `Spot.oauth.convert_confirm`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.o_auth_convert_confirm_response import OAuthConvertConfirmResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["convertConfirm"]
ANSWER = AnswerPlan(
    "convertConfirm",
    {"$ref": "OAuthConvertConfirmResponse"},
    schemas='{"OAuthConvertConfirm":{"properties":{"feeRate":{"type":"number"},"feeType":{"type":"integer"},"fixFee":{"type":"number"},"fromAsset":{"type":"string"},"obtainAmount":{"type":"number"},"orderId":{"type":"string"},"price":{"type":"number"},"quoteId":{"type":"string"},"sourceAmount":{"type":"number"},"status":{"type":"string"},"toAsset":{"type":"string"},"tradeFee":{"type":"number"}},"required":["quoteId","status"],"type":"object"},"OAuthConvertConfirmResponse":{"properties":{"code":{"type":"string"},"data":{"$ref":"OAuthConvertConfirm"},"message":{"type":["string","null"]},"success":{"type":"boolean"}},"required":["code","data","success"],"type":"object"}}',
)


def _arguments(
    quote_id: str,
) -> dict[str, object]:
    return {
        "quote_id": quote_id,
    }


def _parse(data: Any) -> OAuthConvertConfirmResponse:
    try:
        response_200 = OAuthConvertConfirmResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    quote_id: str,
    **options: Unpack[CallOptions],
) -> Response[OAuthConvertConfirmResponse]:
    """`Spot.oauth.convert_confirm`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            quote_id=quote_id,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    quote_id: str,
    **options: Unpack[CallOptions],
) -> OAuthConvertConfirmResponse:
    """`Spot.oauth.convert_confirm` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            quote_id=quote_id,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    quote_id: str,
    **options: Unpack[CallOptions],
) -> Response[OAuthConvertConfirmResponse]:
    """`Spot.oauth.convert_confirm` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            quote_id=quote_id,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    quote_id: str,
    **options: Unpack[CallOptions],
) -> OAuthConvertConfirmResponse:
    """`Spot.oauth.convert_confirm` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            quote_id=quote_id,
        ),
        options,
    )
