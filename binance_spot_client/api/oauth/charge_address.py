"""Deposit address: GET /oauth-api/v1/get-charge-address (OAUTH, weight 1).

The parameters and answer are described on `Spot.oauth.charge_address`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.o_auth_charge_address_response import OAuthChargeAddressResponse
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["chargeAddress"]
ANSWER = AnswerPlan(
    "chargeAddress",
    {"$ref": "OAuthChargeAddressResponse"},
    schemas='{"OAuthChargeAddress":{"properties":{"address":{"type":"string"},"coin":{"type":"string"},"tag":{"type":"string"},"time":{"type":"integer"},"url":{"type":"string"}},"required":["coin","address"],"type":"object"},"OAuthChargeAddressResponse":{"properties":{"code":{"type":"string"},"data":{"$ref":"OAuthChargeAddress"},"message":{"type":["string","null"]},"success":{"type":"boolean"}},"required":["code","data","success"],"type":"object"}}',
)


def _arguments(
    coin: str,
    network: str,
) -> dict[str, object]:
    return {
        "coin": coin,
        "network": network,
    }


def _parse(data: Any) -> OAuthChargeAddressResponse:
    try:
        response_200 = OAuthChargeAddressResponse.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    coin: str,
    network: str,
    **options: Unpack[CallOptions],
) -> Response[OAuthChargeAddressResponse]:
    """`Spot.oauth.charge_address`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            coin=coin,
            network=network,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    coin: str,
    network: str,
    **options: Unpack[CallOptions],
) -> OAuthChargeAddressResponse:
    """`Spot.oauth.charge_address` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            coin=coin,
            network=network,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    coin: str,
    network: str,
    **options: Unpack[CallOptions],
) -> Response[OAuthChargeAddressResponse]:
    """`Spot.oauth.charge_address` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            coin=coin,
            network=network,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    coin: str,
    network: str,
    **options: Unpack[CallOptions],
) -> OAuthChargeAddressResponse:
    """`Spot.oauth.charge_address` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            coin=coin,
            network=network,
        ),
        options,
    )
