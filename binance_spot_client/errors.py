"""Every exception this package raises, as defined in `binance_spot_client.signing`. Generated; do not edit."""

from .signing import (
    AnswerTooLargeError,
    APIError,
    BinanceError,
    ClientError,
    IPBannedError,
    OAuthError,
    OAuthStateError,
    OrderStatusUnknownError,
    ParameterError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    TokenRevokedError,
    TransportError,
)

__all__ = [
    "APIError",
    "AnswerTooLargeError",
    "BinanceError",
    "ClientError",
    "IPBannedError",
    "OAuthError",
    "OAuthStateError",
    "OrderStatusUnknownError",
    "ParameterError",
    "RateLimitError",
    "ResponseValidationError",
    "ServerError",
    "TokenRevokedError",
    "TransportError",
]
