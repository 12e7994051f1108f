"""The hand-written core of binance_spot_client: signing, clock, errors and the HTTP client.

Installed as `binance_spot_client.signing`; the generated package builds on it.
"""

from ._auth import BinanceAuth, check_recv_window
from ._client import DEFAULT_BASE_URL, AsyncSpotClient, SpotClient
from ._clock import Clock
from ._encoding import decimal_text, encode_query, encode_value
from ._errors import (
    APIError,
    BinanceError,
    ClientError,
    IPBannedError,
    ParameterError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    TransportError,
    error_from_response,
)
from ._operation import Operation, Parameter, SecurityType
from ._parameters import build_query
from ._signers import Ed25519Signer, HmacSigner, RsaSigner, Signer, load_private_key, signer_from_private_key

__all__ = [
    "DEFAULT_BASE_URL",
    "APIError",
    "AsyncSpotClient",
    "BinanceAuth",
    "BinanceError",
    "ClientError",
    "Clock",
    "Ed25519Signer",
    "HmacSigner",
    "IPBannedError",
    "Operation",
    "Parameter",
    "ParameterError",
    "RateLimitError",
    "ResponseValidationError",
    "RsaSigner",
    "SecurityType",
    "ServerError",
    "Signer",
    "SpotClient",
    "TransportError",
    "build_query",
    "check_recv_window",
    "decimal_text",
    "encode_query",
    "encode_value",
    "error_from_response",
    "load_private_key",
    "signer_from_private_key",
]
