"""Futures positions of a sub-account (USDⓈ-M or COIN-M): GET /sapi/v2/sub-account/futures/positionRisk (USER_DATA, weight 1).

The parameters and answer are described on `Spot.sub_account.sub_account_futures_position_risk_v2`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack, overload

from ...models.sub_account_futures_positions_coin_m import SubAccountFuturesPositionsCoinM
from ...models.sub_account_futures_positions_usd_m import SubAccountFuturesPositionsUsdM
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["subAccountFuturesPositionRiskV2"]
ANSWER = AnswerPlan(
    "subAccountFuturesPositionRiskV2",
    {"oneOf": [{"$ref": "SubAccountFuturesPositionsUsdM"}, {"$ref": "SubAccountFuturesPositionsCoinM"}]},
    schemas='{"SubAccountDeliveryPosition":{"properties":{"entryPrice":{"type":"string"},"isAutoAddMargin":{"type":"string"},"isolated":{"type":"string"},"isolatedMargin":{"type":"string"},"isolatedWallet":{"type":"string"},"leverage":{"type":"string"},"markPrice":{"type":"string"},"positionAmount":{"type":"string"},"positionSide":{"type":"string"},"symbol":{"type":"string"},"unrealizedProfit":{"type":"string"}},"required":["entryPrice","markPrice","leverage","isolated","isolatedWallet","isolatedMargin","isAutoAddMargin","positionSide","positionAmount","symbol","unrealizedProfit"],"type":"object"},"SubAccountFuturesPosition":{"properties":{"entryPrice":{"type":"string"},"leverage":{"type":"string"},"liquidationPrice":{"type":"string"},"markPrice":{"type":"string"},"maxNotional":{"type":"string"},"positionAmount":{"type":"string"},"symbol":{"type":"string"},"unrealizedProfit":{"type":"string"}},"required":["entryPrice","leverage","maxNotional","liquidationPrice","markPrice","positionAmount","symbol","unrealizedProfit"],"type":"object"},"SubAccountFuturesPositionsCoinM":{"properties":{"deliveryPositionRiskVos":{"items":{"$ref":"SubAccountDeliveryPosition"},"type":"array"}},"required":["deliveryPositionRiskVos"],"type":"object"},"SubAccountFuturesPositionsUsdM":{"properties":{"futurePositionRiskVos":{"items":{"$ref":"SubAccountFuturesPosition"},"type":"array"}},"required":["futurePositionRiskVos"],"type":"object"}}',
)


def _arguments(
    email: str,
    futures_type: int,
) -> dict[str, object]:
    return {
        "email": email,
        "futures_type": futures_type,
    }


def _parse(data: Any) -> SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM:
    try:

        def _parse_response_200(data: object) -> SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SubAccountFuturesPositionsUsdM.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = SubAccountFuturesPositionsCoinM.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@overload
def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    futures_type: Literal[1],
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesPositionsUsdM]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    futures_type: Literal[2],
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesPositionsCoinM]: ...
@overload
def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    futures_type: int,
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM]: ...
def sync_detailed(
    *,
    client: SpotClient,
    email: str,
    futures_type: int,
    **options: Unpack[CallOptions],
) -> Response[Any]:
    """`Spot.sub_account.sub_account_futures_position_risk_v2`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            futures_type=futures_type,
        ),
        options,
    )


@overload
def sync(
    *,
    client: SpotClient,
    email: str,
    futures_type: Literal[1],
    **options: Unpack[CallOptions],
) -> SubAccountFuturesPositionsUsdM: ...
@overload
def sync(
    *,
    client: SpotClient,
    email: str,
    futures_type: Literal[2],
    **options: Unpack[CallOptions],
) -> SubAccountFuturesPositionsCoinM: ...
@overload
def sync(
    *,
    client: SpotClient,
    email: str,
    futures_type: int,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM: ...
def sync(
    *,
    client: SpotClient,
    email: str,
    futures_type: int,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM:
    """`Spot.sub_account.sub_account_futures_position_risk_v2` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            email=email,
            futures_type=futures_type,
        ),
        options,
    )


@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    futures_type: Literal[1],
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesPositionsUsdM]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    futures_type: Literal[2],
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesPositionsCoinM]: ...
@overload
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    futures_type: int,
    **options: Unpack[CallOptions],
) -> Response[SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM]: ...
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    email: str,
    futures_type: int,
    **options: Unpack[CallOptions],
) -> Response[Any]:
    """`Spot.sub_account.sub_account_futures_position_risk_v2` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            email=email,
            futures_type=futures_type,
        ),
        options,
    )


@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    futures_type: Literal[1],
    **options: Unpack[CallOptions],
) -> SubAccountFuturesPositionsUsdM: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    futures_type: Literal[2],
    **options: Unpack[CallOptions],
) -> SubAccountFuturesPositionsCoinM: ...
@overload
async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    futures_type: int,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM: ...
async def asyncio(
    *,
    client: AsyncSpotClient,
    email: str,
    futures_type: int,
    **options: Unpack[CallOptions],
) -> SubAccountFuturesPositionsCoinM | SubAccountFuturesPositionsUsdM:
    """`Spot.sub_account.sub_account_futures_position_risk_v2` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            email=email,
            futures_type=futures_type,
        ),
        options,
    )
