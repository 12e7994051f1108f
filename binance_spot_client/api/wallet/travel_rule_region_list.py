"""Travel-rule region list: GET /sapi/v1/localentity/region/list (USER_DATA, weight 1).

The parameters and answer are described on `Spot.wallet.travel_rule_region_list`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_travel_rule_region_list import WalletTravelRuleRegionList
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["travelRuleRegionList"]
ANSWER = AnswerPlan(
    "travelRuleRegionList",
    {"$ref": "WalletTravelRuleRegionList"},
    schemas='{"WalletTravelRuleBlockType":{"type":"string"},"WalletTravelRuleRegion":{"properties":{"blockType":{"$ref":"WalletTravelRuleBlockType"},"depositAllowed":{"type":"boolean"},"regionName":{"type":"string"},"withdrawalAllowed":{"type":"boolean"}},"required":["regionName","blockType","depositAllowed","withdrawalAllowed"],"type":"object"},"WalletTravelRuleRegionList":{"properties":{"countryCode":{"type":"string"},"lastUpdated":{"type":"integer"},"regions":{"items":{"$ref":"WalletTravelRuleRegion"},"type":"array"}},"required":["countryCode","regions","lastUpdated"],"type":"object"}}',
)


def _arguments(
    country_code: str,
) -> dict[str, object]:
    return {
        "country_code": country_code,
    }


def _parse(data: Any) -> WalletTravelRuleRegionList:
    try:
        response_200 = WalletTravelRuleRegionList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    country_code: str,
    **options: Unpack[CallOptions],
) -> Response[WalletTravelRuleRegionList]:
    """`Spot.wallet.travel_rule_region_list`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            country_code=country_code,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    country_code: str,
    **options: Unpack[CallOptions],
) -> WalletTravelRuleRegionList:
    """`Spot.wallet.travel_rule_region_list` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            country_code=country_code,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    country_code: str,
    **options: Unpack[CallOptions],
) -> Response[WalletTravelRuleRegionList]:
    """`Spot.wallet.travel_rule_region_list` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            country_code=country_code,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    country_code: str,
    **options: Unpack[CallOptions],
) -> WalletTravelRuleRegionList:
    """`Spot.wallet.travel_rule_region_list` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            country_code=country_code,
        ),
        options,
    )
