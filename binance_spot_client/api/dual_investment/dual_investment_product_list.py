"""List Dual Investment products: GET /sapi/v1/dci/product/list (USER_DATA, weight 1).

Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from http import HTTPStatus

import httpx

from ...models.dual_investment_option_type import DualInvestmentOptionType
from ...models.dual_investment_product_page import DualInvestmentProductPage
from ...operations import OPERATIONS
from ...signing import AsyncSpotClient, RateLimits, RecvWindow, SpotClient
from ...signing._responses import collector_paused, decode_json, parse_failure
from ...types import Response

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["dualInvestmentProductList"]


def _arguments(
    option_type: DualInvestmentOptionType | str,
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


def _parse_response(response: httpx.Response) -> DualInvestmentProductPage:
    with collector_paused(response):
        return _read(response)


def _read(response: httpx.Response) -> DualInvestmentProductPage:
    data = decode_json(response, OPERATION.operation_id)
    try:
        response_200 = DualInvestmentProductPage.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


def _build_response(response: httpx.Response) -> Response[DualInvestmentProductPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
        rate_limits=RateLimits.from_headers(response.headers),
    )


def sync_detailed(
    *,
    client: SpotClient,
    option_type: DualInvestmentOptionType | str,
    exercised_coin: str,
    invest_coin: str,
    page_size: int | None = None,
    page_index: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[DualInvestmentProductPage]:
    """List Dual Investment products.

    Lists the Dual Investment products and quotes for one direction and asset pair. For a sell-high
    (`CALL`) product the invested asset is the base (for example BNB) and the exercised asset the
    quote (USDT); for a buy-low (`PUT`) product it is the other way round.

    GET /sapi/v1/dci/product/list · security USER_DATA · weight 1


    Args:
        option_type: `CALL` (sell high) or `PUT` (buy low). Required.
        exercised_coin: Asset received if the strike price is reached: the quote asset for `CALL`, the base
            asset for `PUT`. Required.
        invest_coin: Asset invested: the base asset for `CALL`, the quote asset for `PUT`. Required.
        page_size: Rows per page; defaults to 100, between 1 and 100.
        page_index: Page number, counted from 1; defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = client.send(
        OPERATION,
        _arguments(
            option_type=option_type,
            exercised_coin=exercised_coin,
            invest_coin=invest_coin,
            page_size=page_size,
            page_index=page_index,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


def sync(
    *,
    client: SpotClient,
    option_type: DualInvestmentOptionType | str,
    exercised_coin: str,
    invest_coin: str,
    page_size: int | None = None,
    page_index: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> DualInvestmentProductPage:
    """List Dual Investment products.

    Lists the Dual Investment products and quotes for one direction and asset pair. For a sell-high
    (`CALL`) product the invested asset is the base (for example BNB) and the exercised asset the
    quote (USDT); for a buy-low (`PUT`) product it is the other way round.

    GET /sapi/v1/dci/product/list · security USER_DATA · weight 1


    Args:
        option_type: `CALL` (sell high) or `PUT` (buy low). Required.
        exercised_coin: Asset received if the strike price is reached: the quote asset for `CALL`, the base
            asset for `PUT`. Required.
        invest_coin: Asset invested: the base asset for `CALL`, the quote asset for `PUT`. Required.
        page_size: Rows per page; defaults to 100, between 1 and 100.
        page_index: Page number, counted from 1; defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        DualInvestmentProductPage
    """
    return _parse_response(
        client.send(
            OPERATION,
            _arguments(
                option_type=option_type,
                exercised_coin=exercised_coin,
                invest_coin=invest_coin,
                page_size=page_size,
                page_index=page_index,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    option_type: DualInvestmentOptionType | str,
    exercised_coin: str,
    invest_coin: str,
    page_size: int | None = None,
    page_index: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> Response[DualInvestmentProductPage]:
    """List Dual Investment products.

    Lists the Dual Investment products and quotes for one direction and asset pair. For a sell-high
    (`CALL`) product the invested asset is the base (for example BNB) and the exercised asset the
    quote (USDT); for a buy-low (`PUT`) product it is the other way round.

    GET /sapi/v1/dci/product/list · security USER_DATA · weight 1


    Args:
        option_type: `CALL` (sell high) or `PUT` (buy low). Required.
        exercised_coin: Asset received if the strike price is reached: the quote asset for `CALL`, the base
            asset for `PUT`. Required.
        invest_coin: Asset invested: the base asset for `CALL`, the quote asset for `PUT`. Required.
        page_size: Rows per page; defaults to 100, between 1 and 100.
        page_index: Page number, counted from 1; defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        the response with status, headers and the parsed body
    """
    response = await client.send(
        OPERATION,
        _arguments(
            option_type=option_type,
            exercised_coin=exercised_coin,
            invest_coin=invest_coin,
            page_size=page_size,
            page_index=page_index,
        ),
        recv_window=recv_window,
        timeout=timeout,
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncSpotClient,
    option_type: DualInvestmentOptionType | str,
    exercised_coin: str,
    invest_coin: str,
    page_size: int | None = None,
    page_index: int | None = None,
    recv_window: RecvWindow | None = None,
    timeout: float | None = None,
) -> DualInvestmentProductPage:
    """List Dual Investment products.

    Lists the Dual Investment products and quotes for one direction and asset pair. For a sell-high
    (`CALL`) product the invested asset is the base (for example BNB) and the exercised asset the
    quote (USDT); for a buy-low (`PUT`) product it is the other way round.

    GET /sapi/v1/dci/product/list · security USER_DATA · weight 1


    Args:
        option_type: `CALL` (sell high) or `PUT` (buy low). Required.
        exercised_coin: Asset received if the strike price is reached: the quote asset for `CALL`, the base
            asset for `PUT`. Required.
        invest_coin: Asset invested: the base asset for `CALL`, the quote asset for `PUT`. Required.
        page_size: Rows per page; defaults to 100, between 1 and 100.
        page_index: Page number, counted from 1; defaults to 1.
        recv_window: Milliseconds the request stays valid (default: the client's, 5000).
        timeout: Seconds to wait for this call (default: the client's, 10).

    Returns:
        DualInvestmentProductPage
    """
    return _parse_response(
        await client.send(
            OPERATION,
            _arguments(
                option_type=option_type,
                exercised_coin=exercised_coin,
                invest_coin=invest_coin,
                page_size=page_size,
                page_index=page_index,
            ),
            recv_window=recv_window,
            timeout=timeout,
        )
    )
