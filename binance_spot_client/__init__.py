"""Binance Spot API client: typed models and one method per operation, sync and async.

    from binance_spot_client import Spot

    with Spot() as client:
        book = client.depth("BTCUSDT", limit=5)

Generated from spec/ by `python -m generator`; do not edit. The hand-written core
(signing, errors, clock) is `binance_spot_client.signing`.
"""

from ._spot import AsyncSpot, Spot
from .operations import OPERATIONS
from .signing import (
    DEMO,
    MAINNET,
    MARKET_DATA_ONLY,
    TESTNET,
    APIError,
    BinanceError,
    BinanceLogin,
    ClientError,
    FilterError,
    IPBannedError,
    MissingExtraError,
    OAuthError,
    OAuthSession,
    OAuthStateError,
    OrderStatusUnknownError,
    ParameterError,
    RateLimitError,
    RateLimits,
    ResponseValidationError,
    RetryPolicy,
    SecurityType,
    ServerError,
    SymbolRules,
    TokenRevokedError,
    TransportError,
    to_pandas,
)

SPEC_VERSION = "2026.07.0"
"""The version of spec/ this package was generated from."""

__all__ = [
    "DEMO",
    "MAINNET",
    "MARKET_DATA_ONLY",
    "OPERATIONS",
    "SPEC_VERSION",
    "TESTNET",
    "APIError",
    "AsyncSpot",
    "BinanceError",
    "BinanceLogin",
    "ClientError",
    "FilterError",
    "IPBannedError",
    "MissingExtraError",
    "OAuthError",
    "OAuthSession",
    "OAuthStateError",
    "OrderStatusUnknownError",
    "ParameterError",
    "RateLimitError",
    "RateLimits",
    "ResponseValidationError",
    "RetryPolicy",
    "SecurityType",
    "ServerError",
    "Spot",
    "SymbolRules",
    "TokenRevokedError",
    "TransportError",
    "to_pandas",
]
