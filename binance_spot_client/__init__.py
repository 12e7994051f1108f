"""Binance Spot API client: typed models and one method per operation, sync and async.

    from binance_spot_client import Spot

    with Spot() as client:
        book = client.depth("BTCUSDT", limit=5)

Generated from spec/ by `python -m generator`; do not edit. The hand-written core
(signing, errors, clock) is `binance_spot_client.signing`.
"""

from typing import TYPE_CHECKING

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
    ClientError,
    ConnectionRefusedTransportError,
    FilterError,
    IPBannedError,
    MissingExtraError,
    OAuthError,
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

if TYPE_CHECKING:
    from .signing import BinanceLogin, OAuthSession

# Binance Login's names, imported from the core when first asked for (see signing/__init__.py).
_FROM_CORE_ON_USE = frozenset({"BinanceLogin", "OAuthSession"})

__version__: str
"""The installed distribution's version (pyproject.toml's, bumped by `python -m generator diff --changelog`)."""


def __getattr__(name: str) -> object:
    """`__version__`, read from the installed metadata when first asked for, and Binance Login's names.

    importlib.metadata costs tens of milliseconds and 0.4 MB to import, which a client that never
    asks for its version should not pay.
    """
    if name in _FROM_CORE_ON_USE:
        from . import signing

        value: object = getattr(signing, name)
        globals()[name] = value
        return value
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("binance-spot-client")
    except PackageNotFoundError:  # a source tree on sys.path that pip never installed
        found = "0+unknown"
    globals()["__version__"] = found
    return found


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})  # the names imported on first use among them


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
