"""Every exception this package raises, as defined in `binance_spot_client.signing`. Generated; do not edit."""

from .signing import (
    AnswerTooLargeError,
    APIError,
    BinanceError,
    ClientError,
    FilterError,
    IPBannedError,
    MissingExtraError,
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
    "FilterError",
    "IPBannedError",
    "MissingExtraError",
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
