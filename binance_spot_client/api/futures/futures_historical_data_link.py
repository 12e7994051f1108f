"""Download links for historical futures order book data: GET /sapi/v1/futures/histDataLink (USER_DATA, weight 200).

The parameters and answer are described on `Spot.futures.futures_historical_data_link`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.futures_hist_data_links import FuturesHistDataLinks
from ...models.futures_hist_data_type import FuturesHistDataType
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["futuresHistoricalDataLink"]
ANSWER = AnswerPlan(
    "futuresHistoricalDataLink",
    {"$ref": "FuturesHistDataLinks"},
    schemas='{"FuturesHistDataLink":{"properties":{"day":{"type":"string"},"url":{"type":"string"}},"required":["day","url"],"type":"object"},"FuturesHistDataLinks":{"properties":{"data":{"items":{"$ref":"FuturesHistDataLink"},"type":"array"}},"required":["data"],"type":"object"}}',
)


def _arguments(
    symbol: str,
    data_type: FuturesHistDataType | Literal["T_DEPTH", "S_DEPTH"],
    start_time: TimeLike,
    end_time: TimeLike,
) -> dict[str, object]:
    return {
        "symbol": symbol,
        "data_type": data_type,
        "start_time": start_time,
        "end_time": end_time,
    }


def _parse(data: Any) -> FuturesHistDataLinks:
    try:
        response_200 = FuturesHistDataLinks.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    symbol: str,
    data_type: FuturesHistDataType | Literal["T_DEPTH", "S_DEPTH"],
    start_time: TimeLike,
    end_time: TimeLike,
    **options: Unpack[CallOptions],
) -> Response[FuturesHistDataLinks]:
    """`Spot.futures.futures_historical_data_link`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            data_type=data_type,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    symbol: str,
    data_type: FuturesHistDataType | Literal["T_DEPTH", "S_DEPTH"],
    start_time: TimeLike,
    end_time: TimeLike,
    **options: Unpack[CallOptions],
) -> FuturesHistDataLinks:
    """`Spot.futures.futures_historical_data_link` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            data_type=data_type,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    symbol: str,
    data_type: FuturesHistDataType | Literal["T_DEPTH", "S_DEPTH"],
    start_time: TimeLike,
    end_time: TimeLike,
    **options: Unpack[CallOptions],
) -> Response[FuturesHistDataLinks]:
    """`Spot.futures.futures_historical_data_link` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            data_type=data_type,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    symbol: str,
    data_type: FuturesHistDataType | Literal["T_DEPTH", "S_DEPTH"],
    start_time: TimeLike,
    end_time: TimeLike,
    **options: Unpack[CallOptions],
) -> FuturesHistDataLinks:
    """`Spot.futures.futures_historical_data_link` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            symbol=symbol,
            data_type=data_type,
            start_time=start_time,
            end_time=end_time,
        ),
        options,
    )
