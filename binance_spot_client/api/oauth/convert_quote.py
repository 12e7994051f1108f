"""Convert quote: POST /oauth-api/v1/ocbs/quote (OAUTH, weight 1).

The parameters and answer are described on `Spot.oauth.convert_quote`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.o_auth_convert_quote_response import OAuthConvertQuoteResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["convertQuote"]
ANSWER = AnswerPlan(
    "convertQuote",
    {"$ref": "OAuthConvertQuoteResponse"},
    schemas='{"OAuthConvertQuote":{"properties":{"quoteId":{"type":"string"},"quotePrice":{"type":"string"},"railFee":{"type":"string"},"showPrice":{"type":"string"},"totalAmount":{"type":"string"},"totalFee":{"type":"string"},"tradeFee":{"type":"string"}},"required":["quoteId","quotePrice"],"type":"object"},"OAuthConvertQuoteResponse":{"properties":{"code":{"type":"string"},"data":{"$ref":"OAuthConvertQuote"},"message":{"type":["string","null"]},"success":{"type":"boolean"}},"required":["code","data","success"],"type":"object"}}',
)


def _arguments(
    from_asset: str,
    to_asset: str,
    base_asset: str,
    amount: DecimalLike,
) -> dict[str, object]:
    return {
        "from_asset": from_asset,
        "to_asset": to_asset,
        "base_asset": base_asset,
        "amount": amount,
    }


def _parse(data: Any) -> OAuthConvertQuoteResponse:
    try:
        response_200 = OAuthConvertQuoteResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    from_asset: str,
    to_asset: str,
    base_asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[OAuthConvertQuoteResponse]:
    """`Spot.oauth.convert_quote`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            from_asset=from_asset,
            to_asset=to_asset,
            base_asset=base_asset,
            amount=amount,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    from_asset: str,
    to_asset: str,
    base_asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> OAuthConvertQuoteResponse:
    """`Spot.oauth.convert_quote` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            from_asset=from_asset,
            to_asset=to_asset,
            base_asset=base_asset,
            amount=amount,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    from_asset: str,
    to_asset: str,
    base_asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> Response[OAuthConvertQuoteResponse]:
    """`Spot.oauth.convert_quote` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            from_asset=from_asset,
            to_asset=to_asset,
            base_asset=base_asset,
            amount=amount,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    from_asset: str,
    to_asset: str,
    base_asset: str,
    amount: DecimalLike,
    **options: Unpack[CallOptions],
) -> OAuthConvertQuoteResponse:
    """`Spot.oauth.convert_quote` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            from_asset=from_asset,
            to_asset=to_asset,
            base_asset=base_asset,
            amount=amount,
        ),
        options,
    )
