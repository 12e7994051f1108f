"""Universal transfer history: GET /sapi/v1/asset/transfer (USER_DATA, weight 1).

The parameters and answer are described on `Spot.wallet.universal_transfer_history`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.wallet_universal_transfer_history import WalletUniversalTransferHistory
from ...models.wallet_universal_transfer_type import WalletUniversalTransferType
from ...operations import OPERATIONS
from ...signing import (
    AnswerPlan,
    AsyncSpotClient,
    CallOptions,
    Endpoint,
    Response,
    SpotClient,
    TimeLike,
    former_keywords,
)
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["universalTransferHistory"]
ANSWER = AnswerPlan(
    "universalTransferHistory",
    {"$ref": "WalletUniversalTransferHistory"},
    schemas='{"WalletUniversalTransferHistory":{"properties":{"rows":{"items":{"$ref":"WalletUniversalTransferRecord"},"type":"array"},"total":{"type":"integer"}},"required":["total"],"type":"object"},"WalletUniversalTransferRecord":{"properties":{"amount":{"type":"string"},"asset":{"type":"string"},"status":{"type":"string"},"timestamp":{"type":"integer"},"tranId":{"type":"integer"},"type":{"$ref":"WalletUniversalTransferType"}},"required":["asset","amount","type","status","tranId","timestamp"],"type":"object"},"WalletUniversalTransferType":{"type":"string"}}',
)


def _arguments(
    type: WalletUniversalTransferType
    | Literal[
        "MAIN_UMFUTURE",
        "MAIN_CMFUTURE",
        "MAIN_MARGIN",
        "UMFUTURE_MAIN",
        "UMFUTURE_MARGIN",
        "CMFUTURE_MAIN",
        "CMFUTURE_MARGIN",
        "MARGIN_MAIN",
        "MARGIN_UMFUTURE",
        "MARGIN_CMFUTURE",
        "ISOLATEDMARGIN_MARGIN",
        "MARGIN_ISOLATEDMARGIN",
        "ISOLATEDMARGIN_ISOLATEDMARGIN",
        "MAIN_FUNDING",
        "FUNDING_MAIN",
        "FUNDING_UMFUTURE",
        "UMFUTURE_FUNDING",
        "MARGIN_FUNDING",
        "FUNDING_MARGIN",
        "FUNDING_CMFUTURE",
        "CMFUTURE_FUNDING",
        "MAIN_OPTION",
        "OPTION_MAIN",
        "UMFUTURE_OPTION",
        "OPTION_UMFUTURE",
        "MARGIN_OPTION",
        "OPTION_MARGIN",
        "FUNDING_OPTION",
        "OPTION_FUNDING",
        "MAIN_PORTFOLIO_MARGIN",
        "PORTFOLIO_MARGIN_MAIN",
    ],
    *,
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    from_symbol: str | None = None,
    to_symbol: str | None = None,
) -> dict[str, object]:
    return {
        "type": type,
        "start_time": start_time,
        "end_time": end_time,
        "current": current,
        "size": size,
        "from_symbol": from_symbol,
        "to_symbol": to_symbol,
    }


def _parse(data: Any) -> WalletUniversalTransferHistory:
    try:
        response_200 = WalletUniversalTransferHistory.from_dict(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


@former_keywords({"type_": "type"})
def sync_detailed(
    *,
    client: SpotClient,
    type: WalletUniversalTransferType
    | Literal[
        "MAIN_UMFUTURE",
        "MAIN_CMFUTURE",
        "MAIN_MARGIN",
        "UMFUTURE_MAIN",
        "UMFUTURE_MARGIN",
        "CMFUTURE_MAIN",
        "CMFUTURE_MARGIN",
        "MARGIN_MAIN",
        "MARGIN_UMFUTURE",
        "MARGIN_CMFUTURE",
        "ISOLATEDMARGIN_MARGIN",
        "MARGIN_ISOLATEDMARGIN",
        "ISOLATEDMARGIN_ISOLATEDMARGIN",
        "MAIN_FUNDING",
        "FUNDING_MAIN",
        "FUNDING_UMFUTURE",
        "UMFUTURE_FUNDING",
        "MARGIN_FUNDING",
        "FUNDING_MARGIN",
        "FUNDING_CMFUTURE",
        "CMFUTURE_FUNDING",
        "MAIN_OPTION",
        "OPTION_MAIN",
        "UMFUTURE_OPTION",
        "OPTION_UMFUTURE",
        "MARGIN_OPTION",
        "OPTION_MARGIN",
        "FUNDING_OPTION",
        "OPTION_FUNDING",
        "MAIN_PORTFOLIO_MARGIN",
        "PORTFOLIO_MARGIN_MAIN",
    ],
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    from_symbol: str | None = None,
    to_symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletUniversalTransferHistory]:
    """`Spot.wallet.universal_transfer_history`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            type=type,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            from_symbol=from_symbol,
            to_symbol=to_symbol,
        ),
        options,
    )


@former_keywords({"type_": "type"})
def sync(
    *,
    client: SpotClient,
    type: WalletUniversalTransferType
    | Literal[
        "MAIN_UMFUTURE",
        "MAIN_CMFUTURE",
        "MAIN_MARGIN",
        "UMFUTURE_MAIN",
        "UMFUTURE_MARGIN",
        "CMFUTURE_MAIN",
        "CMFUTURE_MARGIN",
        "MARGIN_MAIN",
        "MARGIN_UMFUTURE",
        "MARGIN_CMFUTURE",
        "ISOLATEDMARGIN_MARGIN",
        "MARGIN_ISOLATEDMARGIN",
        "ISOLATEDMARGIN_ISOLATEDMARGIN",
        "MAIN_FUNDING",
        "FUNDING_MAIN",
        "FUNDING_UMFUTURE",
        "UMFUTURE_FUNDING",
        "MARGIN_FUNDING",
        "FUNDING_MARGIN",
        "FUNDING_CMFUTURE",
        "CMFUTURE_FUNDING",
        "MAIN_OPTION",
        "OPTION_MAIN",
        "UMFUTURE_OPTION",
        "OPTION_UMFUTURE",
        "MARGIN_OPTION",
        "OPTION_MARGIN",
        "FUNDING_OPTION",
        "OPTION_FUNDING",
        "MAIN_PORTFOLIO_MARGIN",
        "PORTFOLIO_MARGIN_MAIN",
    ],
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    from_symbol: str | None = None,
    to_symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> WalletUniversalTransferHistory:
    """`Spot.wallet.universal_transfer_history` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            type=type,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            from_symbol=from_symbol,
            to_symbol=to_symbol,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    type: WalletUniversalTransferType
    | Literal[
        "MAIN_UMFUTURE",
        "MAIN_CMFUTURE",
        "MAIN_MARGIN",
        "UMFUTURE_MAIN",
        "UMFUTURE_MARGIN",
        "CMFUTURE_MAIN",
        "CMFUTURE_MARGIN",
        "MARGIN_MAIN",
        "MARGIN_UMFUTURE",
        "MARGIN_CMFUTURE",
        "ISOLATEDMARGIN_MARGIN",
        "MARGIN_ISOLATEDMARGIN",
        "ISOLATEDMARGIN_ISOLATEDMARGIN",
        "MAIN_FUNDING",
        "FUNDING_MAIN",
        "FUNDING_UMFUTURE",
        "UMFUTURE_FUNDING",
        "MARGIN_FUNDING",
        "FUNDING_MARGIN",
        "FUNDING_CMFUTURE",
        "CMFUTURE_FUNDING",
        "MAIN_OPTION",
        "OPTION_MAIN",
        "UMFUTURE_OPTION",
        "OPTION_UMFUTURE",
        "MARGIN_OPTION",
        "OPTION_MARGIN",
        "FUNDING_OPTION",
        "OPTION_FUNDING",
        "MAIN_PORTFOLIO_MARGIN",
        "PORTFOLIO_MARGIN_MAIN",
    ],
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    from_symbol: str | None = None,
    to_symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> Response[WalletUniversalTransferHistory]:
    """`Spot.wallet.universal_transfer_history` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            type=type,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            from_symbol=from_symbol,
            to_symbol=to_symbol,
        ),
        options,
    )


@former_keywords({"type_": "type"})
async def asyncio(
    *,
    client: AsyncSpotClient,
    type: WalletUniversalTransferType
    | Literal[
        "MAIN_UMFUTURE",
        "MAIN_CMFUTURE",
        "MAIN_MARGIN",
        "UMFUTURE_MAIN",
        "UMFUTURE_MARGIN",
        "CMFUTURE_MAIN",
        "CMFUTURE_MARGIN",
        "MARGIN_MAIN",
        "MARGIN_UMFUTURE",
        "MARGIN_CMFUTURE",
        "ISOLATEDMARGIN_MARGIN",
        "MARGIN_ISOLATEDMARGIN",
        "ISOLATEDMARGIN_ISOLATEDMARGIN",
        "MAIN_FUNDING",
        "FUNDING_MAIN",
        "FUNDING_UMFUTURE",
        "UMFUTURE_FUNDING",
        "MARGIN_FUNDING",
        "FUNDING_MARGIN",
        "FUNDING_CMFUTURE",
        "CMFUTURE_FUNDING",
        "MAIN_OPTION",
        "OPTION_MAIN",
        "UMFUTURE_OPTION",
        "OPTION_UMFUTURE",
        "MARGIN_OPTION",
        "OPTION_MARGIN",
        "FUNDING_OPTION",
        "OPTION_FUNDING",
        "MAIN_PORTFOLIO_MARGIN",
        "PORTFOLIO_MARGIN_MAIN",
    ],
    start_time: TimeLike | None = None,
    end_time: TimeLike | None = None,
    current: int | None = None,
    size: int | None = None,
    from_symbol: str | None = None,
    to_symbol: str | None = None,
    **options: Unpack[CallOptions],
) -> WalletUniversalTransferHistory:
    """`Spot.wallet.universal_transfer_history` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            type=type,
            start_time=start_time,
            end_time=end_time,
            current=current,
            size=size,
            from_symbol=from_symbol,
            to_symbol=to_symbol,
        ),
        options,
    )
