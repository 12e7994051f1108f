"""The exceptions this package raises (see `binance_spot_client.signing._errors`). Generated; do not edit."""

from .signing import (
    APIError,
    BinanceError,
    ClientError,
    IPBannedError,
    OrderStatusUnknownError,
    ParameterError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    TransportError,
)

__all__ = [
    "APIError",
    "BinanceError",
    "ClientError",
    "IPBannedError",
    "OrderStatusUnknownError",
    "ParameterError",
    "RateLimitError",
    "ResponseValidationError",
    "ServerError",
    "TransportError",
]
