"""Mint and redeem history: GET /sapi/v1/equity/tokenized/history (USER_DATA, weight 1).

The parameters and answer are described on `Spot.stocks.tokenized_convert_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.tokenized_conversion_page import TokenizedConversionPage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["tokenizedConvertHistory"]
ANSWER = AnswerPlan(
    "tokenizedConvertHistory",
    {"$ref": "TokenizedConversionPage"},
    schemas='{"TokenizedConversion":{"properties":{"convertType":{"$ref":"TokenizedConvertType"},"createdAt":{"type":"integer"},"issuerRequestId":{"type":"string"},"status":{"type":"string"},"tokenizedAsset":{"type":"string"},"tokenizedAssetAmount":{"type":"string"},"underlyingAsset":{"type":"string"},"underlyingAssetAmount":{"type":"string"},"updatedAt":{"type":"integer"}},"required":["underlyingAsset","underlyingAssetAmount","tokenizedAsset","tokenizedAssetAmount","issuerRequestId","convertType","status","createdAt"],"type":"object"},"TokenizedConversionPage":{"properties":{"hasMore":{"type":"boolean"},"nextLastId":{"type":"integer"},"rows":{"items":{"$ref":"TokenizedConversion"},"type":"array"}},"required":["rows","hasMore"],"type":"object"},"TokenizedConvertType":{"type":"string"}}',
)


def _arguments(
    *,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    last_id: int | None = None,
    size: int | None = None,
) -> dict[str, object]:
    return {
        "start_time": start_time,
        "end_time": end_time,
        "last_id": last_id,
        "size": size,
    }


def _parse(data: Any) -> TokenizedConversionPage:
    try:
        response_200 = TokenizedConversionPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    last_id: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[TokenizedConversionPage]:
    """`Spot.stocks.tokenized_convert_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            last_id=last_id,
            size=size,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    last_id: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> TokenizedConversionPage:
    """`Spot.stocks.tokenized_convert_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            last_id=last_id,
            size=size,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    last_id: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[TokenizedConversionPage]:
    """`Spot.stocks.tokenized_convert_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            last_id=last_id,
            size=size,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    last_id: int | None = None,
    size: int | None = None,
    **options: Unpack[CallOptions],
) -> TokenizedConversionPage:
    """`Spot.stocks.tokenized_convert_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            start_time=start_time,
            end_time=end_time,
            last_id=last_id,
            size=size,
        ),
        options,
    )
