"""The hand-written core of binance_spot_client: signing, clock, errors, the HTTP client and the
runtime types the generated modules share.

Installed as `binance_spot_client.signing`; the generated package builds on it, and nothing
here imports the generated package (tests/test_architecture.py holds that rule).
"""

from typing import TYPE_CHECKING, Any

from ._answers import AnswerPlan, type_checks_available
from ._auth import BinanceAuth, RecvWindow, check_recv_window
from ._calls import (
    CallOptions,
    Endpoint,
    Response,
    async_raw_response_wrapper,
    raw_response_wrapper,
)
from ._client import (
    DEFAULT_BASE_URL,
    DEMO,
    MAINNET,
    MARKET_DATA_ONLY,
    TESTNET,
    AsyncSpotClient,
    SpotClient,
    TypeChecks,
)
from ._clock import MAX_CLOCK_OFFSET_MS, Clock, to_datetime
from ._encoding import decimal_text, encode_query, encode_value
from ._errors import (
    AnswerTooLargeError,
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
    ResponseValidationError,
    SbeDecodeError,
    SbeSchemaError,
    ServerError,
    TokenRevokedError,
    TransportError,
    TransportTimeoutError,
    UnknownSbeTemplateError,
    error_from_answer,
    error_from_response,
)
from ._frames import to_pandas
from ._limits import RateLimits
from ._logging import redact
from ._operation import Operation, OperationIndex, Parameter, SecurityType
from ._options import ClientOptionFields, ClientOptions
from ._paging import PageWalk, Paging, aiterate_pages, iterate_pages, to_milliseconds
from ._parameters import build_query
from ._renames import former_attribute, former_keywords, former_name
from ._retry import RetryPolicy
from ._rules import RULES_MAX_AGE, SymbolRules, SymbolRulesCache
from ._sbe import SbeSchemaDeprecatedWarning
from ._signers import Ed25519Signer, HmacSigner, RsaSigner, Signer, load_private_key, signer_from_private_key
from ._times import DurationLike, TimeLike, WindowLike
from ._types import UNSET, AdditionalProperties, EventModel, PlainStruct, PlainUnset, Row, StructModel, Unset, rows_of

if TYPE_CHECKING:
    from ._oauth import (
        AUTHORIZE_URL,
        TOKEN_URL,
        AuthorizationRequest,
        BinanceLogin,
        OAuthSession,
        OAuthToken,
        pkce_challenge,
    )

# Binance Login (OAuth) is imported when one of its names is first asked for: its module, with two
# dataclasses built at import, is a tenth of the core's import, which a client signing with a key
# never uses (bench/README.md, "Cold start").
_OAUTH_NAMES = frozenset(
    {
        "AUTHORIZE_URL",
        "TOKEN_URL",
        "AuthorizationRequest",
        "BinanceLogin",
        "OAuthSession",
        "OAuthToken",
        "pkce_challenge",
    }
)


def __getattr__(name: str) -> Any:
    if name not in _OAUTH_NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import _oauth

    value = getattr(_oauth, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})  # the names imported on first use among them


__all__ = [
    "AUTHORIZE_URL",
    "DEFAULT_BASE_URL",
    "DEMO",
    "MAINNET",
    "MAX_CLOCK_OFFSET_MS",
    "MARKET_DATA_ONLY",
    "TESTNET",
    "TOKEN_URL",
    "UNSET",
    "APIError",
    "AuthenticationError",
    "AdditionalProperties",
    "AnswerTooLargeError",
    "AnswerPlan",
    "AsyncSpotClient",
    "AuthorizationRequest",
    "BinanceAuth",
    "BinanceError",
    "BinanceLogin",
    "CallOptions",
    "ClientOptionFields",
    "ClientOptions",
    "ClientError",
    "ConnectionRefusedTransportError",
    "FilterError",
    "Clock",
    "Ed25519Signer",
    "Endpoint",
    "HmacSigner",
    "IPBannedError",
    "MissingExtraError",
    "OAuthError",
    "OAuthSession",
    "OAuthStateError",
    "OAuthToken",
    "Operation",
    "OperationIndex",
    "OrderStatusUnknownError",
    "PageWalk",
    "Paging",
    "Parameter",
    "ParameterError",
    "PlainStruct",
    "PlainUnset",
    "RateLimitError",
    "RULES_MAX_AGE",
    "RateLimits",
    "RecvWindow",
    "TimeLike",
    "DurationLike",
    "WindowLike",
    "Response",
    "ResponseValidationError",
    "SbeDecodeError",
    "SbeSchemaDeprecatedWarning",
    "SbeSchemaError",
    "RetryPolicy",
    "Row",
    "RsaSigner",
    "SecurityType",
    "ServerError",
    "Signer",
    "SpotClient",
    "StructModel",
    "SymbolRules",
    "SymbolRulesCache",
    "EventModel",
    "TokenRevokedError",
    "TransportError",
    "TransportTimeoutError",
    "UnknownSbeTemplateError",
    "TypeChecks",
    "Unset",
    "aiterate_pages",
    "async_raw_response_wrapper",
    "build_query",
    "check_recv_window",
    "decimal_text",
    "encode_query",
    "encode_value",
    "error_from_answer",
    "error_from_response",
    "iterate_pages",
    "load_private_key",
    "pkce_challenge",
    "former_attribute",
    "former_keywords",
    "former_name",
    "raw_response_wrapper",
    "redact",
    "rows_of",
    "signer_from_private_key",
    "to_datetime",
    "to_pandas",
    "to_milliseconds",
    "type_checks_available",
]
