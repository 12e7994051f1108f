"""Status of one mint or redeem: GET /sapi/v1/equity/tokenized/convert-status (USER_DATA, weight 1).

The parameters and answer are described on `Spot.stocks.tokenized_convert_status`.
Generated from spec/ by `python -m generator`; do not edit.
"""

from decimal import Decimal
from typing import Any, Literal, Unpack

from ...models.tokenized_conversion import TokenizedConversion
from ...models.tokenized_conversion_unknown import TokenizedConversionUnknown
from ...models.tokenized_convert_type import TokenizedConvertType
from ...operations import OPERATIONS
from ...signing import AnswerPlan, AsyncSpotClient, CallOptions, Endpoint, Response, SpotClient
from ...signing._responses import parse_failure

DecimalLike = str | int | float | Decimal
OPERATION = OPERATIONS["tokenizedConvertStatus"]
ANSWER = AnswerPlan(
    "tokenizedConvertStatus",
    {"oneOf": [{"$ref": "TokenizedConversion"}, {"$ref": "TokenizedConversionUnknown"}]},
    schemas='{"TokenizedConversion":{"properties":{"convertType":{"$ref":"TokenizedConvertType"},"createdAt":{"type":"integer"},"issuerRequestId":{"type":"string"},"status":{"type":"string"},"tokenizedAsset":{"type":"string"},"tokenizedAssetAmount":{"type":"string"},"underlyingAsset":{"type":"string"},"underlyingAssetAmount":{"type":"string"},"updatedAt":{"type":"integer"}},"required":["underlyingAsset","underlyingAssetAmount","tokenizedAsset","tokenizedAssetAmount","issuerRequestId","convertType","status","createdAt"],"type":"object"},"TokenizedConversionUnknown":{"properties":{},"type":"object"},"TokenizedConvertType":{"type":"string"}}',
)


def _arguments(
    issuer_request_id: str,
    convert_type: TokenizedConvertType | Literal["MINT", "REDEEM"],
) -> dict[str, object]:
    return {
        "issuer_request_id": issuer_request_id,
        "convert_type": convert_type,
    }


def _parse(data: Any) -> TokenizedConversion | TokenizedConversionUnknown:
    try:

        def _parse_response_200(data: object) -> TokenizedConversion | TokenizedConversionUnknown:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TokenizedConversion.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = TokenizedConversionUnknown.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(data)

    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise parse_failure(OPERATION.operation_id, exc, data) from exc
    return response_200


ENDPOINT = Endpoint(OPERATION, ANSWER, _parse)


def sync_detailed(
    *,
    client: SpotClient,
    issuer_request_id: str,
    convert_type: TokenizedConvertType | Literal["MINT", "REDEEM"],
    **options: Unpack[CallOptions],
) -> Response[TokenizedConversion | TokenizedConversionUnknown]:
    """`Spot.stocks.tokenized_convert_status`, returning the whole response: status, headers, rate limits and the model."""
    return client.call_detailed(
        ENDPOINT,
        _arguments(
            issuer_request_id=issuer_request_id,
            convert_type=convert_type,
        ),
        options,
    )


def sync(
    *,
    client: SpotClient,
    issuer_request_id: str,
    convert_type: TokenizedConvertType | Literal["MINT", "REDEEM"],
    **options: Unpack[CallOptions],
) -> TokenizedConversion | TokenizedConversionUnknown:
    """`Spot.stocks.tokenized_convert_status` as a function of the client."""
    return client.call(
        ENDPOINT,
        _arguments(
            issuer_request_id=issuer_request_id,
            convert_type=convert_type,
        ),
        options,
    )


async def asyncio_detailed(
    *,
    client: AsyncSpotClient,
    issuer_request_id: str,
    convert_type: TokenizedConvertType | Literal["MINT", "REDEEM"],
    **options: Unpack[CallOptions],
) -> Response[TokenizedConversion | TokenizedConversionUnknown]:
    """`Spot.stocks.tokenized_convert_status` on an async client, returning the whole response."""
    return await client.call_detailed(
        ENDPOINT,
        _arguments(
            issuer_request_id=issuer_request_id,
            convert_type=convert_type,
        ),
        options,
    )


async def asyncio(
    *,
    client: AsyncSpotClient,
    issuer_request_id: str,
    convert_type: TokenizedConvertType | Literal["MINT", "REDEEM"],
    **options: Unpack[CallOptions],
) -> TokenizedConversion | TokenizedConversionUnknown:
    """`Spot.stocks.tokenized_convert_status` on an async client, as a function of the client."""
    return await client.call(
        ENDPOINT,
        _arguments(
            issuer_request_id=issuer_request_id,
            convert_type=convert_type,
        ),
        options,
    )
