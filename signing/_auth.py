"""The httpx auth flow that adds Binance's credentials to a request.

The generated code marks each request with its operation's security type in
`request.extensions["binance_security"]`. NONE requests pass untouched; all
others get the `X-MBX-APIKEY` header; signed ones also get `recvWindow`,
`timestamp` and a `signature` computed over the exact query string and body
that will be sent. OAUTH requests (Binance Login) carry the session's access
token as `Authorization: Bearer` instead; a 401 refreshes it once and retries.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from datetime import timedelta
from decimal import Decimal
from typing import TYPE_CHECKING
from urllib.parse import quote

import httpx

from ._clock import Clock
from ._encoding import decimal_text
from ._errors import ParameterError, TokenRevokedError
from ._operation import SecurityType
from ._signers import Signer
from ._times import duration_in
from ._urls import with_query

if TYPE_CHECKING:  # imported with Binance Login's first use (signing/__init__.py)
    from ._oauth import OAuthSession

__all__ = ["BinanceAuth", "RecvWindow", "check_recv_window"]

MAX_RECV_WINDOW_MS = 60000
# Marks a request the flow sends itself and whose answer it reads (a token refresh).
_READ_IN_FLOW = "binance_read_in_flow"

RecvWindow = float | int | Decimal | str | timedelta
"""How long a signed request stays valid: milliseconds above 0, at most 60000, up to three decimals; or a
timedelta of up to 60 seconds."""


def check_recv_window(recv_window: RecvWindow) -> str:
    """The wire text of a recvWindow: above 0, at most 60000 ms, at most three decimals."""
    if isinstance(recv_window, timedelta):
        recv_window = duration_in("recv_window", recv_window, "ms")
    text = decimal_text(recv_window, "recv_window")
    number = Decimal(text)
    if not 0 < number <= MAX_RECV_WINDOW_MS:
        raise ParameterError("recv_window", f"{text} ms is outside (0, {MAX_RECV_WINDOW_MS}]")
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -3:
        raise ParameterError("recv_window", f"{text} has more than three decimals")
    return text


class BinanceAuth(httpx.Auth):
    """Adds the API key, timestamp, recvWindow and signature Binance asks for."""

    requires_request_body = True
    # Answers are read by the client, within its size caps; the flow reads only the token refresh
    # answers it asks for itself (see `_read_in_flow`).
    requires_response_body = False

    def __init__(
        self,
        api_key: str | None,
        signer: Signer | None,
        clock: Clock,
        recv_window: RecvWindow = 5000,
        microseconds: bool = False,
        oauth: OAuthSession | None = None,
    ) -> None:
        self._api_key = api_key
        self.oauth = oauth
        self._signer = signer
        self.clock = clock
        self.recv_window: str = check_recv_window(recv_window)
        self.microseconds = microseconds

    def with_settings(self, recv_window: RecvWindow, microseconds: bool) -> BinanceAuth:
        """The same credentials, clock and OAuth session with another default recvWindow or time unit."""
        return BinanceAuth(self._api_key, self._signer, self.clock, recv_window, microseconds, self.oauth)

    def __repr__(self) -> str:
        key = "***" if self._api_key else None
        return f"BinanceAuth(api_key={key}, signer={self._signer!r}, clock={self.clock!r})"

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        flow = self.auth_flow(request)
        outgoing = next(flow)
        while True:
            response = yield outgoing
            if response.request.extensions.get(_READ_IN_FLOW):
                response.read()
            try:
                outgoing = flow.send(response)
            except StopIteration:
                return

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        flow = self.auth_flow(request)
        outgoing = next(flow)
        while True:
            response = yield outgoing
            if response.request.extensions.get(_READ_IN_FLOW):
                await response.aread()
            try:
                outgoing = flow.send(response)
            except StopIteration:
                return

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.needs_flow(request):
            yield from self._bearer_flow(request)
            return
        self.add_credentials(request)
        yield request

    @staticmethod
    def needs_flow(request: httpx.Request) -> bool:
        """Whether the request needs the whole auth flow (a Bearer token, refreshed on a 401), not
        just `add_credentials`: the client sends every other request without httpx's auth machinery."""
        return request.extensions.get("binance_security") == SecurityType.OAUTH

    def add_credentials(self, request: httpx.Request) -> None:
        """Add the API key and, on a signed request, the signature, in place: all a non-OAuth request needs."""
        security = SecurityType(request.extensions.get("binance_security", SecurityType.NONE))
        if security.needs_api_key:
            if self._api_key is None:
                raise ParameterError("api_key", f"a {security.value} operation needs an API key")
            request.headers["X-MBX-APIKEY"] = self._api_key
        recv_window = request.extensions.get("binance_recv_window")
        # A recv_window is only let through for signed operations and those Binance also accepts signed.
        if security.signed or recv_window is not None:
            self.sign(request, recv_window)

    def _bearer_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Send the access token; on a 401 refresh it once through the session, then give up typed."""
        session = self.oauth
        if session is None:
            raise ParameterError("oauth", "an OAUTH operation needs an OAuthSession holding the access token")
        sent = session.token
        request.headers["Authorization"] = session.authorization
        response = yield request
        if response.status_code != 401:
            return
        if session.token is sent:  # else a concurrent call has refreshed it already: retry with that one
            if not session.can_refresh:
                raise TokenRevokedError("the access token was refused and cannot be refreshed", None, 401)
            refresh = session.refresh_request()
            refresh.extensions[_READ_IN_FLOW] = True
            session.accept_refresh((yield refresh))
        retry = httpx.Request(  # a new request: the refused one stays as it was sent
            request.method, request.url, headers=request.headers, content=request.content, extensions=request.extensions
        )
        retry.headers["Authorization"] = session.authorization
        response = yield retry
        if response.status_code == 401:
            raise TokenRevokedError("the refreshed access token was refused too", None, 401)

    def sign(self, request: httpx.Request, recv_window: RecvWindow | None = None) -> None:
        """Append recvWindow, timestamp and signature to the request's query string."""
        if self._signer is None:
            raise ParameterError("api_secret", "signed operations need an API secret or a private key")
        window = self.recv_window if recv_window is None else check_recv_window(recv_window)
        stamp = self.clock.timestamp_us() if self.microseconds else self.clock.timestamp_ms()
        query = request.url.query.decode("ascii")
        query = f"{query}&" if query else ""
        query += f"recvWindow={window}&timestamp={stamp}"
        signature = self._signer.sign(query.encode("ascii") + request.content)
        query += f"&signature={quote(signature, safe='')}"
        request.url = with_query(request.url, query)
