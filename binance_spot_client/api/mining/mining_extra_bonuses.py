"""Extra mining bonuses: GET /sapi/v1/mining/payment/other (USER_DATA, weight 5).

The parameters and answer are described on `Spot.mining.mining_extra_bonuses`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.mining_extra_bonuses_response import MiningExtraBonusesResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient, TimeLike
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["miningExtraBonuses"]
ANSWER = AnswerPlan(
    "miningExtraBonuses",
    {"$ref": "MiningExtraBonusesResponse"},
    schemas='{"MiningExtraBonus":{"properties":{"coinName":{"type":"string"},"profitAmount":{"type":"number"},"status":{"type":"integer"},"time":{"type":"integer"},"type":{"type":"integer"}},"required":["time","coinName","type","profitAmount","status"],"type":"object"},"MiningExtraBonusPage":{"properties":{"otherProfits":{"items":{"$ref":"MiningExtraBonus"},"type":"array"},"pageSize":{"type":"integer"},"totalNum":{"type":"integer"}},"required":["otherProfits","totalNum","pageSize"],"type":"object"},"MiningExtraBonusesResponse":{"properties":{"code":{"type":"integer"},"data":{"$ref":"MiningExtraBonusPage"},"msg":{"type":"string"}},"required":["code","msg","data"],"type":"object"}}',
)


def _arguments(
    algo: str,
    user_name: str,
    *,
    coin: str | None = None,
    start_date: TimeLike | None = None,
    end_date: TimeLike | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
) -> dict[str, object]:
    return {
        "algo": algo,
        "user_name": user_name,
        "coin": coin,
        "start_date": start_date,
        "end_date": end_date,
        "page_index": page_index,
        "page_size": page_size,
    }


def _parse(data: Any) -> MiningExtraBonusesResponse:
    try:
        response_200 = MiningExtraBonusesResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    algo: str,
    user_name: str,
    coin: str | None = None,
    start_date: TimeLike | None = None,
    end_date: TimeLike | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[MiningExtraBonusesResponse]:
    """`Spot.mining.mining_extra_bonuses`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            algo=algo,
            user_name=user_name,
            coin=coin,
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
    user_name: str,
    coin: str | None = None,
    start_date: TimeLike | None = None,
    end_date: TimeLike | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> MiningExtraBonusesResponse:
    """`Spot.mining.mining_extra_bonuses` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            algo=algo,
            user_name=user_name,
            coin=coin,
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
    user_name: str,
    coin: str | None = None,
    start_date: TimeLike | None = None,
    end_date: TimeLike | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[MiningExtraBonusesResponse]:
    """`Spot.mining.mining_extra_bonuses` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            algo=algo,
            user_name=user_name,
            coin=coin,
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
    user_name: str,
    coin: str | None = None,
    start_date: TimeLike | None = None,
    end_date: TimeLike | None = None,
    page_index: int | None = None,
    page_size: int | None = None,
    **options: Unpack[CallOptions],
) -> MiningExtraBonusesResponse:
    """`Spot.mining.mining_extra_bonuses` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            algo=algo,
            user_name=user_name,
            coin=coin,
            start_date=start_date,
            end_date=end_date,
            page_index=page_index,
            page_size=page_size,
        ),
        options,
    )
