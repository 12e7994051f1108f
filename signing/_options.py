"""The client's settings: one frozen object shared by `Spot`, `AsyncSpot` and the WebSocket clients.

`ClientOptions` holds every setting that is a plain value; what holds state (credentials, the
clock, an OAuth session, the HTTP transport) is given to a client beside it. Constructors take
the options as keyword arguments (`Spot(key, secret, recv_window=3000)`), typed once here as
`ClientOptionFields`, or whole (`Spot(key, secret, options=ClientOptions(...))`), and
`client.with_options(...)` gives a copy with some of them changed that shares the connection
pool, the clock and the local rate-limit guard.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Literal, TypedDict

from ._auth import RecvWindow, check_recv_window
from ._errors import ParameterError
from ._operation import Operation, SecurityType
from ._orders import new_client_order_id
from ._retry import RetryPolicy
from ._sbe import Encoding
from ._times import duration_in

__all__ = [
    "DEFAULT_MAX_ANSWER_BYTES",
    "DEFAULT_MAX_CONNECTIONS",
    "DEFAULT_MAX_DECOMPRESSION_RATIO",
    "DEFAULT_TIMEOUT",
    "DEMO",
    "MAINNET",
    "MARKET_DATA_ONLY",
    "TESTNET",
    "ClientOptionFields",
    "ClientOptions",
    "Seconds",
    "TypeChecks",
]

MAINNET = (
    "https://api.binance.com",
    "https://api-gcp.binance.com",
    "https://api1.binance.com",
    "https://api2.binance.com",
    "https://api3.binance.com",
    "https://api4.binance.com",
)
MARKET_DATA_ONLY = ("https://data-api.binance.vision",)
TESTNET = ("https://testnet.binance.vision",)
DEMO = ("https://demo-api.binance.com",)
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_CONNECTIONS = 20
# exchangeInfo with every symbol is 10-15 MB of JSON; the caps leave it room to grow.
DEFAULT_MAX_ANSWER_BYTES = 32 * 1024 * 1024
DEFAULT_MAX_DECOMPRESSION_RATIO = 100

TypeChecks = Literal["account", "all", "off"]
# Answers about the user's own account, orders and funds: small, and where a wrong type costs money.
_ACCOUNT_SECURITY = frozenset({SecurityType.TRADE, SecurityType.USER_DATA, SecurityType.OAUTH})
"""Which answers have their JSON types checked against the spec before they become models:
those of account operations (TRADE, USER_DATA, Binance Login; the default), all, or none."""


class ClientOptionFields(TypedDict, total=False):
    """`ClientOptions`' fields as keyword arguments of the constructors and of `with_options`."""

    base_url: str | Sequence[str]
    recv_window: RecvWindow
    timeout: Seconds
    microseconds: bool
    retry: RetryPolicy
    time_sync_interval: Seconds | None
    client_order_id: Callable[[], str]
    type_checks: TypeChecks
    proxy: str | None
    verify: Any
    http2: bool
    max_connections: int
    max_answer_bytes: int
    max_decompression_ratio: int
    encoding: Encoding
    sbe_schema: str | None


Seconds = float | timedelta
"""A duration the client waits: seconds, or a timedelta."""


def check_seconds(name: str, value: object) -> float:
    """`value` (seconds or a timedelta) as a positive number of seconds, or a ParameterError naming `name`."""
    if isinstance(value, timedelta):
        value = float(duration_in(name, value, "s"))
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ParameterError(name, f"must be a positive number of seconds, not {value!r}")
    return value


def check_encoding(value: object) -> None:
    if value not in ("json", "sbe"):
        raise ParameterError("encoding", f"must be 'json' or 'sbe', not {value!r}")


@dataclass(frozen=True, kw_only=True, slots=True)
class ClientOptions:
    """Every plain setting of a client, checked when the object is made."""

    base_url: str | Sequence[str] = MAINNET
    """A base URL, or several to fail over between (reads move on to the next when one fails)."""
    recv_window: RecvWindow = 5000
    """Milliseconds a signed request stays valid: above 0, at most 60000, up to three decimals (or a timedelta)."""
    timeout: float = DEFAULT_TIMEOUT
    """Seconds to wait for a call (connect, each read and write, a pooled connection); the keyword arguments
    of the clients also take a timedelta."""
    microseconds: bool = False
    """Ask for microsecond timestamps (`X-MBX-TIME-UNIT: MICROSECOND`) and sign in microseconds."""
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    """How reads are retried; orders never are."""
    time_sync_interval: float | None = None
    """Seconds between clock syncs before signed calls; None syncs only after a -1021."""
    client_order_id: Callable[[], str] = new_client_order_id
    """Makes the `newClientOrderId` of orders sent without one, so an unknown outcome can be looked up."""
    type_checks: TypeChecks = "account"
    """Which answers are checked against the spec's JSON types: "account" (default), "all" or "off"."""
    proxy: str | None = None
    verify: Any = True
    """TLS verification, as httpx takes it (True, False, a path or an SSLContext)."""
    http2: bool = False
    """Offer HTTP/2 as httpx does: over TLS only, agreed with the server (ALPN; needs `pip install h2`), so an
    `https://` base URL may speak HTTP/2 and an `http://` one stays on HTTP/1.1. Plain-text HTTP/2 (h2c, a
    local proxy or test server) needs `transport=httpx.HTTPTransport(http1=False, http2=True)`, or its async
    twin; a `transport` or `http_client` given brings its own pool, and this option then does not apply."""
    max_connections: int = DEFAULT_MAX_CONNECTIONS
    """Calls in flight at once, each on its own pooled connection; more wait their turn, unsigned, for
    up to `timeout` seconds (then a not-sent TransportError). The pool holds one more, kept for clock syncs."""
    max_answer_bytes: int = DEFAULT_MAX_ANSWER_BYTES
    """Largest answer read, once decompressed; a bigger one raises AnswerTooLargeError."""
    max_decompression_ratio: int = DEFAULT_MAX_DECOMPRESSION_RATIO
    """How many times its compressed size an answer may inflate to, past its first MiB (a gzip bomb's
    ratio is about 1000); beyond it, AnswerTooLargeError."""
    encoding: Encoding = "json"
    """"sbe" asks for Simple Binary Encoding on every operation Binance's SBE schema covers (the others stay
    JSON); answers become the same models. A call's own `encoding=` overrides it."""
    sbe_schema: str | None = None
    """The SBE schema `<id>:<version>` asked for; None: the one the decoders were generated from. A retired
    version raises SbeSchemaError, a deprecated one warns (SbeSchemaDeprecatedWarning)."""

    def __post_init__(self) -> None:
        urls = (self.base_url,) if isinstance(self.base_url, str) else tuple(self.base_url)
        if not urls or not all(isinstance(url, str) and url.startswith(("http://", "https://")) for url in urls):
            raise ParameterError("base_url", f"needs one or more http(s) URLs, not {self.base_url!r}")
        object.__setattr__(self, "base_url", tuple(url.rstrip("/") for url in urls))
        check_recv_window(self.recv_window)
        # Readers see seconds: a timedelta given through the keyword arguments (ClientOptionFields) is converted.
        object.__setattr__(self, "timeout", check_seconds("timeout", self.timeout))
        if self.type_checks not in ("account", "all", "off"):
            raise ParameterError("type_checks", f"must be 'account', 'all' or 'off', not {self.type_checks!r}")
        check_encoding(self.encoding)
        if self.time_sync_interval is not None:
            object.__setattr__(self, "time_sync_interval", check_seconds("time_sync_interval", self.time_sync_interval))
        for name in ("max_connections", "max_answer_bytes", "max_decompression_ratio"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ParameterError(name, f"must be a positive integer, not {value!r}")

    @property
    def base_urls(self) -> tuple[str, ...]:
        """The base URLs in failover order, without trailing slashes."""
        urls: tuple[str, ...] = self.base_url  # type: ignore[assignment]  # made a tuple in __post_init__
        return urls

    def checks_types(self, operation: Operation) -> bool:
        """Whether `type_checks` asks for the operation's answers to be checked against the spec's JSON types."""
        if self.type_checks == "account":
            return operation.security in _ACCOUNT_SECURITY
        return self.type_checks == "all"

    def replace(self, changes: Mapping[str, Any]) -> ClientOptions:
        """A copy with `changes` applied and checked; an unknown name raises ParameterError."""
        unknown = set(changes) - {f.name for f in dataclasses.fields(self)}
        if unknown:
            raise ParameterError(sorted(unknown)[0], "is not a client option")
        return dataclasses.replace(self, **changes)
