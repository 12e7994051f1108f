"""Binance Spot API client: typed models and one method per operation, sync and async.

    from binance_spot_client import Spot

    with Spot() as client:
        book = client.depth("BTCUSDT", limit=5)

Generated from spec/ by `python -m generator`; do not edit. The hand-written core
(signing, errors, clock) is `binance_spot_client.signing`.
"""

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _installed_version

from ._spot import AsyncSpot, Spot
from .operations import OPERATIONS
from .signing import (
    DEMO,
    MAINNET,
    MARKET_DATA_ONLY,
    TESTNET,
    APIError,
    AuthenticationError,
    BinanceError,
    BinanceLogin,
    ClientError,
    ConnectionRefusedTransportError,
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
    TransportTimeoutError,
    to_pandas,
)

try:
    __version__: str = _installed_version("binance-spot-client")
except PackageNotFoundError:  # a source tree on sys.path that pip never installed
    __version__ = "0+unknown"
"""The installed distribution's version (pyproject.toml's, bumped by `python -m generator diff --changelog`)."""

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
    "AuthenticationError",
    "AsyncSpot",
    "BinanceError",
    "BinanceLogin",
    "ClientError",
    "ConnectionRefusedTransportError",
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
    "TransportTimeoutError",
    "__version__",
    "to_pandas",
]
