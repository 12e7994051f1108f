"""List Dual Investment products: GET /sapi/v1/dci/product/list (USER_DATA, weight 1).

The parameters and answer are described on `Spot.dual_investment.dual_investment_product_list`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.dual_investment_option_type import DualInvestmentOptionType
from ...models.dual_investment_product_page import DualInvestmentProductPage
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["dualInvestmentProductList"]
ANSWER = AnswerPlan(
    "dualInvestmentProductList",
    {"$ref": "DualInvestmentProductPage"},
    schemas='{"DualInvestmentProduct":{"properties":{"apr":{"type":"string"},"autoCompoundPlanList":{"items":{"type":"string"},"type":"array"},"canPurchase":{"type":"boolean"},"createTimestamp":{"type":"integer"},"duration":{"type":"integer"},"exercisedCoin":{"type":"string"},"id":{"type":"string"},"investCoin":{"type":"string"},"isAutoCompoundEnable":{"type":"boolean"},"maxAmount":{"type":"string"},"minAmount":{"type":"string"},"optionType":{"type":"string"},"orderId":{"type":"integer"},"purchaseDecimal":{"type":"integer"},"purchaseEndTime":{"type":"integer"},"settleDate":{"type":"integer"},"strikePrice":{"type":"string"}},"required":["id","investCoin","exercisedCoin","strikePrice","duration","settleDate","purchaseDecimal","purchaseEndTime","canPurchase","apr","orderId","minAmount","maxAmount","createTimestamp","optionType","isAutoCompoundEnable","autoCompoundPlanList"],"type":"object"},"DualInvestmentProductPage":{"properties":{"list":{"items":{"$ref":"DualInvestmentProduct"},"type":"array"},"total":{"type":"integer"}},"required":["total","list"],"type":"object"}}',
)


def _arguments(
    option_type: DualInvestmentOptionType | Literal["CALL", "PUT"],
    exercised_coin: str,
    invest_coin: str,
    *,
    page_size: int | None = None,
    page_index: int | None = None,
) -> dict[str, object]:
    return {
        "option_type": option_type,
        "exercised_coin": exercised_coin,
        "invest_coin": invest_coin,
        "page_size": page_size,
        "page_index": page_index,
    }


def _parse(data: Any) -> DualInvestmentProductPage:
    try:
        response_200 = DualInvestmentProductPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    option_type: DualInvestmentOptionType | Literal["CALL", "PUT"],
    exercised_coin: str,
    invest_coin: str,
    page_size: int | None = None,
    page_index: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[DualInvestmentProductPage]:
    """`Spot.dual_investment.dual_investment_product_list`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            option_type=option_type,
            exercised_coin=exercised_coin,
            invest_coin=invest_coin,
            page_size=page_size,
            page_index=page_index,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    option_type: DualInvestmentOptionType | Literal["CALL", "PUT"],
    exercised_coin: str,
    invest_coin: str,
    page_size: int | None = None,
    page_index: int | None = None,
    **options: Unpack[CallOptions],
) -> DualInvestmentProductPage:
    """`Spot.dual_investment.dual_investment_product_list` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            option_type=option_type,
            exercised_coin=exercised_coin,
            invest_coin=invest_coin,
            page_size=page_size,
            page_index=page_index,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    option_type: DualInvestmentOptionType | Literal["CALL", "PUT"],
    exercised_coin: str,
    invest_coin: str,
    page_size: int | None = None,
    page_index: int | None = None,
    **options: Unpack[CallOptions],
) -> Response[DualInvestmentProductPage]:
    """`Spot.dual_investment.dual_investment_product_list` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            option_type=option_type,
            exercised_coin=exercised_coin,
            invest_coin=invest_coin,
            page_size=page_size,
            page_index=page_index,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    option_type: DualInvestmentOptionType | Literal["CALL", "PUT"],
    exercised_coin: str,
    invest_coin: str,
    page_size: int | None = None,
    page_index: int | None = None,
    **options: Unpack[CallOptions],
) -> DualInvestmentProductPage:
    """`Spot.dual_investment.dual_investment_product_list` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            option_type=option_type,
            exercised_coin=exercised_coin,
            invest_coin=invest_coin,
            page_size=page_size,
            page_index=page_index,
        ),
        options,
    )
