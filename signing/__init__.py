"""The hand-written core of binance_spot_client: signing, clock, errors and the HTTP client.

Installed as `binance_spot_client.signing`; the generated package builds on it.
"""

from ._auth import BinanceAuth, RecvWindow, check_recv_window
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
from ._clock import Clock, to_datetime
from ._encoding import decimal_text, encode_query, encode_value
from ._errors import (
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
    error_from_answer,
    error_from_response,
)
from ._limits import RateLimits
from ._logging import redact
from ._oauth import (
    AUTHORIZE_URL,
    TOKEN_URL,
    AuthorizationRequest,
    BinanceLogin,
    OAuthSession,
    OAuthToken,
    pkce_challenge,
)
from ._operation import Operation, OperationIndex, Parameter, SecurityType
from ._parameters import build_query
from ._retry import RetryPolicy
from ._signers import Ed25519Signer, HmacSigner, RsaSigner, Signer, load_private_key, signer_from_private_key

__all__ = [
    "AUTHORIZE_URL",
    "DEFAULT_BASE_URL",
    "DEMO",
    "MAINNET",
    "MARKET_DATA_ONLY",
    "TESTNET",
    "TOKEN_URL",
    "APIError",
    "AsyncSpotClient",
    "AuthorizationRequest",
    "BinanceAuth",
    "BinanceError",
    "BinanceLogin",
    "ClientError",
    "Clock",
    "Ed25519Signer",
    "HmacSigner",
    "IPBannedError",
    "OAuthError",
    "OAuthSession",
    "OAuthStateError",
    "OAuthToken",
    "OrderStatusUnknownError",
    "Operation",
    "OperationIndex",
    "Parameter",
    "ParameterError",
    "RateLimitError",
    "RateLimits",
    "RecvWindow",
    "ResponseValidationError",
    "RetryPolicy",
    "RsaSigner",
    "SecurityType",
    "ServerError",
    "Signer",
    "SpotClient",
    "TokenRevokedError",
    "TransportError",
    "TypeChecks",
    "build_query",
    "check_recv_window",
    "decimal_text",
    "encode_query",
    "encode_value",
    "error_from_answer",
    "error_from_response",
    "load_private_key",
    "pkce_challenge",
    "redact",
    "signer_from_private_key",
    "to_datetime",
]
