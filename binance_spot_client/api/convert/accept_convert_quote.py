"""Accept a quote: POST /sapi/v1/convert/acceptQuote (TRADE, weight 500).

The parameters and answer are described on `Spot.convert.accept_convert_quote`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.convert_accepted_quote import ConvertAcceptedQuote
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["acceptConvertQuote"]
ANSWER = AnswerPlan(
    "acceptConvertQuote",
    {"$ref": "ConvertAcceptedQuote"},
    schemas='{"ConvertAcceptedQuote":{"properties":{"createTime":{"type":"integer"},"orderId":{"type":"string"},"orderStatus":{"type":"string"}},"required":["orderId","createTime","orderStatus"],"type":"object"}}',
)


def _arguments(
    quote_id: str,
) -> dict[str, object]:
    return {
        "quote_id": quote_id,
    }


def _parse(data: Any) -> ConvertAcceptedQuote:
    try:
        response_200 = ConvertAcceptedQuote.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    quote_id: str,
    **options: Unpack[CallOptions],
) -> Response[ConvertAcceptedQuote]:
    """`Spot.convert.accept_convert_quote`, returning the whole response: status, headers, rate limits and the model."""
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
) -> ConvertAcceptedQuote:
    """`Spot.convert.accept_convert_quote` as a function of the client."""
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
) -> Response[ConvertAcceptedQuote]:
    """`Spot.convert.accept_convert_quote` on an async client, returning the whole response."""
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
) -> ConvertAcceptedQuote:
    """`Spot.convert.accept_convert_quote` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            quote_id=quote_id,
        ),
        options,
    )
