"""Account-level mining earnings: GET /sapi/v1/mining/payment/uid (USER_DATA, weight 5).

The parameters and answer are described on `Spot.mining.mining_account_earnings`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.mining_account_earnings_response import MiningAccountEarningsResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["miningAccountEarnings"]
ANSWER = AnswerPlan(
    "miningAccountEarnings",
    {"$ref": "MiningAccountEarningsResponse"},
    schemas='{"MiningAccountEarning":{"properties":{"amount":{"type":"number"},"coinName":{"type":"string"},"puid":{"type":"integer"},"subName":{"type":"string"},"time":{"type":"integer"},"type":{"type":"integer"}},"required":["time","coinName","type","puid","subName","amount"],"type":"object"},"MiningAccountEarningPage":{"properties":{"accountProfits":{"items":{"$ref":"MiningAccountEarning"},"type":"array"},"pageSize":{"type":"integer"},"totalNum":{"type":"integer"}},"required":["accountProfits","totalNum","pageSize"],"type":"object"},"MiningAccountEarningsResponse":{"properties":{"code":{"type":"integer"},"data":{"$ref":"MiningAccountEarningPage"},"msg":{"type":"string"}},"required":["code","msg","data"],"type":"object"}}',
)


def _arguments(
    algo: str,
    *,
    start_date: TimeLike | None = None,
    end_date: TimeLike | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
) -> dict[str, object]:
    return {
        "algo": algo,
        "start_date": start_date,
        "end_date": end_date,
        "page_index": page_index,
        "page_size": page_size,
    }


def _parse(data: Any) -> MiningAccountEarningsResponse:
    try:
        response_200 = MiningAccountEarningsResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    algo: str,
    start_date: TimeLike | None = None,
    end_date: TimeLike | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[MiningAccountEarningsResponse]:
    """`Spot.mining.mining_account_earnings`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            algo=algo,
            start_date=start_date,
            end_date=end_date,
            page_index=page_index,
            page_size=page_size,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    algo: str,
    start_date: TimeLike | None = None,
    end_date: TimeLike | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> MiningAccountEarningsResponse:
    """`Spot.mining.mining_account_earnings` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            algo=algo,
            start_date=start_date,
            end_date=end_date,
            page_index=page_index,
            page_size=page_size,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    algo: str,
    start_date: TimeLike | None = None,
    end_date: TimeLike | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[MiningAccountEarningsResponse]:
    """`Spot.mining.mining_account_earnings` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            algo=algo,
            start_date=start_date,
            end_date=end_date,
            page_index=page_index,
            page_size=page_size,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    algo: str,
    start_date: TimeLike | None = None,
    end_date: TimeLike | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> MiningAccountEarningsResponse:
    """`Spot.mining.mining_account_earnings` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            algo=algo,
            start_date=start_date,
            end_date=end_date,
            page_index=page_index,
            page_size=page_size,
        ),
        options,
    )
