"""All coins' information: GET /sapi/v1/capital/config/getall (USER_DATA, weight 10).

The parameters and answer are described on `Spot.wallet.all_coins_information`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Unpack

from ...models.wallet_coin_info import WalletCoinInfo
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["allCoinsInformation"]
ANSWER = AnswerPlan(
    "allCoinsInformation",
    {"type": "array", "items": {"$ref": "WalletCoinInfo"}},
    schemas='{"WalletCoinInfo":{"properties":{"coin":{"type":"string"},"depositAllEnable":{"type":"boolean"},"free":{"type":"string"},"freeze":{"type":"string"},"ipoable":{"type":"string"},"ipoing":{"type":"string"},"isLegalMoney":{"type":"boolean"},"locked":{"type":"string"},"name":{"type":"string"},"networkList":{"items":{"$ref":"WalletCoinNetwork"},"type":"array"},"storage":{"type":"string"},"trading":{"type":"boolean"},"withdrawAllEnable":{"type":"boolean"},"withdrawing":{"type":"string"}},"required":["coin","depositAllEnable","withdrawAllEnable","name","free","locked","freeze","withdrawing","ipoing","ipoable","storage","isLegalMoney","trading","networkList"],"type":"object"},"WalletCoinNetwork":{"properties":{"addressRegex":{"type":"string"},"busy":{"type":"boolean"},"coin":{"type":"string"},"contractAddress":{"type":"string"},"contractAddressUrl":{"type":"string"},"denomination":{"type":"integer"},"depositDesc":{"type":"string"},"depositDust":{"type":"string"},"depositEnable":{"type":"boolean"},"estimatedArrivalTime":{"type":"integer"},"isDefault":{"type":"boolean"},"memoRegex":{"type":"string"},"minConfirm":{"type":"integer"},"name":{"type":"string"},"network":{"type":"string"},"resetAddressStatus":{"type":"boolean"},"sameAddress":{"type":"boolean"},"specialTips":{"type":"string"},"specialWithdrawTips":{"type":"string"},"unLockConfirm":{"type":"integer"},"withdrawDesc":{"type":"string"},"withdrawEnable":{"type":"boolean"},"withdrawFee":{"type":"string"},"withdrawIntegerMultiple":{"type":"string"},"withdrawInternalMin":{"type":"string"},"withdrawMax":{"type":"string"},"withdrawMin":{"type":"string"},"withdrawTag":{"type":"boolean"}},"required":["network","coin","withdrawIntegerMultiple","isDefault","depositEnable","withdrawEnable","name","addressRegex","memoRegex","withdrawFee","withdrawMin","withdrawMax","minConfirm","unLockConfirm","sameAddress"],"type":"object"}}',
)


def _arguments() -> dict[str, object]:
    return {}


def _parse(data: Any) -> list[WalletCoinInfo]:
    try:
        response_200 = [WalletCoinInfo.from_dict(item) for item in data]

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[WalletCoinInfo]]:
    """`Spot.wallet.all_coins_information`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(ENDPOINT, _arguments(), options)


def sync(
    *,
    client: SpotClient,
    **options: Unpack[CallOptions],
) -> list[WalletCoinInfo]:
    """`Spot.wallet.all_coins_information` as a function of the client."""
    return client.call(ENDPOINT, _arguments(), options)


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> Response[list[WalletCoinInfo]]:
    """`Spot.wallet.all_coins_information` on an async client, returning the whole response."""
    return await client.call_detailed(ENDPOINT, _arguments(), options)


async def asyncio(
    *,
    client: AsyncSpotClient,
    **options: Unpack[CallOptions],
) -> list[WalletCoinInfo]:
    """`Spot.wallet.all_coins_information` on an async client, as a function of the client."""
    return await client.call(ENDPOINT, _arguments(), options)
