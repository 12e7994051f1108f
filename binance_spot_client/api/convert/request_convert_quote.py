"""Request a quote: POST /sapi/v1/convert/getQuote (TRADE, weight 200).

The parameters and answer are described on `Spot.convert.request_convert_quote`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.convert_quote import ConvertQuote
from ...models.convert_quote_valid_time import ConvertQuoteValidTime
from ...models.convert_wallet_type import ConvertWalletType
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["requestConvertQuote"]
ANSWER = AnswerPlan(
    "requestConvertQuote",
    {"$ref": "ConvertQuote"},
    schemas='{"ConvertQuote":{"properties":{"fromAmount":{"type":"string"},"inverseRatio":{"type":"string"},"quoteId":{"type":"string"},"ratio":{"type":"string"},"toAmount":{"type":"string"},"validTimestamp":{"type":"integer"}},"required":["ratio","inverseRatio","validTimestamp","toAmount","fromAmount"],"type":"object"}}',
)


def _arguments(
    from_asset: str,
    to_asset: str,
    *,
    from_amount: DecimalLike | None = None,
    to_amount: DecimalLike | None = None,
    wallet_type: ConvertWalletType
    | Literal["SPOT", "FUNDING", "EARN", "SPOT_FUNDING", "FUNDING_EARN", "SPOT_FUNDING_EARN", "SPOT_EARN"]
    | None = None,
    valid_time: ConvertQuoteValidTime | Literal["10s", "30s", "1m"] | None = None,
) -> dict[str, object]:
    return {
        "from_asset": from_asset,
        "to_asset": to_asset,
        "from_amount": from_amount,
        "to_amount": to_amount,
        "wallet_type": wallet_type,
        "valid_time": valid_time,
    }


def _parse(data: Any) -> ConvertQuote:
    try:
        response_200 = ConvertQuote.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    from_asset: str,
    to_asset: str,
    from_amount: DecimalLike | None = None,
    to_amount: DecimalLike | None = None,
    wallet_type: ConvertWalletType
    | Literal["SPOT", "FUNDING", "EARN", "SPOT_FUNDING", "FUNDING_EARN", "SPOT_FUNDING_EARN", "SPOT_EARN"]
    | None = None,
    valid_time: ConvertQuoteValidTime | Literal["10s", "30s", "1m"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[ConvertQuote]:
    """`Spot.convert.request_convert_quote`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            from_asset=from_asset,
            to_asset=to_asset,
            from_amount=from_amount,
            to_amount=to_amount,
            wallet_type=wallet_type,
            valid_time=valid_time,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    from_asset: str,
    to_asset: str,
    from_amount: DecimalLike | None = None,
    to_amount: DecimalLike | None = None,
    wallet_type: ConvertWalletType
    | Literal["SPOT", "FUNDING", "EARN", "SPOT_FUNDING", "FUNDING_EARN", "SPOT_FUNDING_EARN", "SPOT_EARN"]
    | None = None,
    valid_time: ConvertQuoteValidTime | Literal["10s", "30s", "1m"] | None = None,
    **options: Unpack[CallOptions],
) -> ConvertQuote:
    """`Spot.convert.request_convert_quote` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            from_asset=from_asset,
            to_asset=to_asset,
            from_amount=from_amount,
            to_amount=to_amount,
            wallet_type=wallet_type,
            valid_time=valid_time,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    from_asset: str,
    to_asset: str,
    from_amount: DecimalLike | None = None,
    to_amount: DecimalLike | None = None,
    wallet_type: ConvertWalletType
    | Literal["SPOT", "FUNDING", "EARN", "SPOT_FUNDING", "FUNDING_EARN", "SPOT_FUNDING_EARN", "SPOT_EARN"]
    | None = None,
    valid_time: ConvertQuoteValidTime | Literal["10s", "30s", "1m"] | None = None,
    **options: Unpack[CallOptions],
) -> Response[ConvertQuote]:
    """`Spot.convert.request_convert_quote` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            from_asset=from_asset,
            to_asset=to_asset,
            from_amount=from_amount,
            to_amount=to_amount,
            wallet_type=wallet_type,
            valid_time=valid_time,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    from_asset: str,
    to_asset: str,
    from_amount: DecimalLike | None = None,
    to_amount: DecimalLike | None = None,
    wallet_type: ConvertWalletType
    | Literal["SPOT", "FUNDING", "EARN", "SPOT_FUNDING", "FUNDING_EARN", "SPOT_FUNDING_EARN", "SPOT_EARN"]
    | None = None,
    valid_time: ConvertQuoteValidTime | Literal["10s", "30s", "1m"] | None = None,
    **options: Unpack[CallOptions],
) -> ConvertQuote:
    """`Spot.convert.request_convert_quote` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            from_asset=from_asset,
            to_asset=to_asset,
            from_amount=from_amount,
            to_amount=to_amount,
            wallet_type=wallet_type,
            valid_time=valid_time,
        ),
        options,
    )
