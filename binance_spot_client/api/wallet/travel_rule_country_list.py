"""Travel-rule country list: GET /sapi/v1/localentity/country/list (USER_DATA, weight 1).

The parameters and answer are described on `Spot.wallet.travel_rule_country_list`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_travel_rule_country_list import WalletTravelRuleCountryList
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["travelRuleCountryList"]
ANSWER = AnswerPlan(
    "travelRuleCountryList",
    {"$ref": "WalletTravelRuleCountryList"},
    schemas='{"WalletTravelRuleBlockType":{"type":"string"},"WalletTravelRuleCountry":{"properties":{"blockType":{"$ref":"WalletTravelRuleBlockType"},"countryCode":{"type":"string"},"countryName":{"type":"string"},"depositAllowed":{"type":"boolean"},"hasRegionRestrictions":{"type":"boolean"},"withdrawalAllowed":{"type":"boolean"}},"required":["countryCode","countryName","blockType","depositAllowed","withdrawalAllowed","hasRegionRestrictions"],"type":"object"},"WalletTravelRuleCountryList":{"properties":{"countries":{"items":{"$ref":"WalletTravelRuleCountry"},"type":"array"},"lastUpdated":{"type":"integer"}},"required":["countries","lastUpdated"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> WalletTravelRuleCountryList:
    try:
        response_200 = WalletTravelRuleCountryList.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[WalletTravelRuleCountryList]:
    """`Spot.wallet.travel_rule_country_list`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> WalletTravelRuleCountryList:
    """`Spot.wallet.travel_rule_country_list` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[WalletTravelRuleCountryList]:
    """`Spot.wallet.travel_rule_country_list` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> WalletTravelRuleCountryList:
    """`Spot.wallet.travel_rule_country_list` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
