"""Convertible coins: GET /oauth-api/v1/ocbs/support-coins (OAUTH, weight 1).

The parameters and answer are described on `Spot.oauth.convert_coins`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.o_auth_convert_coins_response import OAuthConvertCoinsResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["convertCoins"]
ANSWER = AnswerPlan(
    "convertCoins",
    {"$ref": "OAuthConvertCoinsResponse"},
    schemas='{"OAuthConvertCoin":{"properties":{"assetCode":{"type":"string"},"assetName":{"type":"string"},"freeAsset":{"type":"string"},"logoUrl":{"type":"string"},"order":{"type":"integer"},"size":{"type":"string"},"subSelector":{"items":{"$ref":"OAuthConvertTarget"},"type":"array"}},"required":["assetCode"],"type":"object"},"OAuthConvertCoinsResponse":{"properties":{"code":{"type":"string"},"data":{"items":{"$ref":"OAuthConvertCoin"},"type":"array"},"message":{"type":["string","null"]},"success":{"type":"boolean"}},"required":["code","data","success"],"type":"object"},"OAuthConvertTarget":{"properties":{"assetCode":{"type":"string"},"assetName":{"type":"string"},"dailyMaxLimit":{"type":"string"},"expireTime":{"type":"integer"},"feeCoin":{"type":"string"},"feeRate":{"type":"string"},"feeType":{"type":"integer"},"fixFee":{"type":"string"},"forexRate":{"type":"string"},"hadDailyLimit":{"type":"string"},"logoUrl":{"type":"string"},"needMarket":{"type":"boolean"},"order":{"type":"integer"},"perTimeMaxLimit":{"type":"string"},"perTimeMinLimit":{"type":"string"},"size":{"type":"string"}},"required":["assetCode"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> OAuthConvertCoinsResponse:
    try:
        response_200 = OAuthConvertCoinsResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[OAuthConvertCoinsResponse]:
    """`Spot.oauth.convert_coins`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> OAuthConvertCoinsResponse:
    """`Spot.oauth.convert_coins` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[OAuthConvertCoinsResponse]:
    """`Spot.oauth.convert_coins` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> OAuthConvertCoinsResponse:
    """`Spot.oauth.convert_coins` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
