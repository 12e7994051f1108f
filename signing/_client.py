"""The HTTP core under the generated `Spot` and `AsyncSpot` facades.

`send` takes an operation from the generated index and the caller's arguments,
validates and encodes them, lets `BinanceAuth` sign the request, and turns any
non-2xx answer into a typed error. `request` is the escape hatch for endpoints
the spec does not describe yet.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import httpx

from ._auth import BinanceAuth
from ._clock import Clock
from ._errors import TransportError, error_from_response
from ._operation import Operation, Parameter, SecurityType
from ._parameters import build_query
from ._responses import decode_json
from ._signers import HmacSigner, Signer, signer_from_private_key

__all__ = ["AsyncSpotClient", "DEFAULT_BASE_URL", "SpotClient"]

DEFAULT_BASE_URL = "https://api.binance.com"
DEFAULT_TIMEOUT = 10.0
_USER_AGENT = "binance-spot-client"

RecvWindow = float | int | Decimal | str


def _make_signer(
    api_secret: str | None, private_key: bytes | str | Path | None, private_key_password: str | bytes | None
) -> Signer | None:
    if api_secret is not None and private_key is not None:
        raise ValueError("give either api_secret (HMAC key) or private_key (RSA/Ed25519), not both")
    if api_secret is not None:
        return HmacSigner(api_secret)
    if private_key is not None:
        return signer_from_private_key(private_key, private_key_password)
    return None


class _ClientCore:
    """Configuration and the request/response steps shared by the sync and async clients."""

    def __init__(
        self,
        api_key: str | None,
        api_secret: str | None,
        private_key: bytes | str | Path | None,
        private_key_password: str | bytes | None,
        signer: Signer | None,
        base_url: str,
        recv_window: RecvWindow,
        timeout: float,
        clock: Clock | None,
        microseconds: bool,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.clock = clock or Clock()
        self.microseconds = microseconds
        self.auth = BinanceAuth(
            api_key,
            signer or _make_signer(api_secret, private_key, private_key_password),
            self.clock,
            recv_window,
            microseconds,
        )
        self._headers = {"User-Agent": _USER_AGENT}
        if microseconds:
            self._headers["X-MBX-TIME-UNIT"] = "MICROSECOND"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={self.auth!r})"

    def _build_request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        operation: Operation,
        query: str,
        recv_window: RecvWindow | None,
    ) -> httpx.Request:
        url = httpx.URL(self.base_url + operation.path)
        if query:
            url = url.copy_with(query=query.encode("ascii"))
        extensions: dict[str, Any] = {
            "binance_security": operation.security.value,
            "timeout": self._timeout_extension(),
        }
        if recv_window is not None:
            extensions["binance_recv_window"] = recv_window
        return http.build_request(operation.method, url, headers=self._headers, extensions=extensions)

    def _timeout_extension(self) -> dict[str, float]:
        return {"connect": self.timeout, "read": self.timeout, "write": self.timeout, "pool": self.timeout}

    @staticmethod
    def _checked(response: httpx.Response) -> httpx.Response:
        if response.status_code >= 400:
            raise error_from_response(response)
        return response


def _ad_hoc_operation(method: str, path: str, security: SecurityType | str, names: Mapping[str, object]) -> Operation:
    """An operation for a path the spec does not know: parameters are sent as given, unchecked."""
    method = method.upper()
    return Operation(
        operation_id=f"{method} {path}",
        method=method,
        path=path,
        security=SecurityType(security),
        weight=0,
        function="",
        parameters=tuple(Parameter(name, name, "any") for name in names),
    )


class SpotClient(_ClientCore):
    """Synchronous Binance Spot client core. Use the generated `Spot`, which adds one method per operation."""

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        private_key: bytes | str | Path | None = None,
        private_key_password: str | bytes | None = None,
        signer: Signer | None = None,
        base_url: str = DEFAULT_BASE_URL,
        recv_window: RecvWindow = 5000,
        timeout: float = DEFAULT_TIMEOUT,
        clock: Clock | None = None,
        microseconds: bool = False,
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            api_key, api_secret, private_key, private_key_password, signer, base_url, recv_window, timeout, clock,
            microseconds,
        )  # fmt: skip
        self._owns_http = http_client is None
        self.http = http_client or httpx.Client(transport=transport, timeout=timeout)

    def send(
        self, operation: Operation, arguments: Mapping[str, object], *, recv_window: RecvWindow | None = None
    ) -> httpx.Response:
        """Validate, sign and send one call of `operation`; raise a typed error unless it succeeds."""
        query = build_query(operation, arguments)
        request = self._build_request(self.http, operation, query, recv_window)
        try:
            response = self.http.send(request, auth=self.auth)
        except httpx.TransportError as exc:
            raise TransportError(f"{operation.method} {operation.path}: {type(exc).__name__}: {exc}") from exc
        return self._checked(response)

    def request(
        self,
        method: str,
        path: str,
        params: Mapping[str, object] | None = None,
        *,
        security: SecurityType | str = SecurityType.NONE,
        recv_window: RecvWindow | None = None,
    ) -> Any:
        """Call any endpoint, e.g. one the spec does not cover yet, and return its decoded JSON."""
        arguments = {k: v for k, v in (params or {}).items() if v is not None}
        operation = _ad_hoc_operation(method, path, security, arguments)
        response = self.send(operation, arguments, recv_window=recv_window)
        return decode_json(response, operation.operation_id)

    def close(self) -> None:
        if self._owns_http:
            self.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncSpotClient(_ClientCore):
    """Asynchronous twin of `SpotClient`. Use the generated `AsyncSpot`."""

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        private_key: bytes | str | Path | None = None,
        private_key_password: str | bytes | None = None,
        signer: Signer | None = None,
        base_url: str = DEFAULT_BASE_URL,
        recv_window: RecvWindow = 5000,
        timeout: float = DEFAULT_TIMEOUT,
        clock: Clock | None = None,
        microseconds: bool = False,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            api_key, api_secret, private_key, private_key_password, signer, base_url, recv_window, timeout, clock,
            microseconds,
        )  # fmt: skip
        self._owns_http = http_client is None
        self.http = http_client or httpx.AsyncClient(transport=transport, timeout=timeout)

    async def send(
        self, operation: Operation, arguments: Mapping[str, object], *, recv_window: RecvWindow | None = None
    ) -> httpx.Response:
        """Validate, sign and send one call of `operation`; raise a typed error unless it succeeds."""
        query = build_query(operation, arguments)
        request = self._build_request(self.http, operation, query, recv_window)
        try:
            response = await self.http.send(request, auth=self.auth)
        except httpx.TransportError as exc:
            raise TransportError(f"{operation.method} {operation.path}: {type(exc).__name__}: {exc}") from exc
        return self._checked(response)

    async def request(
        self,
        method: str,
        path: str,
        params: Mapping[str, object] | None = None,
        *,
        security: SecurityType | str = SecurityType.NONE,
        recv_window: RecvWindow | None = None,
    ) -> Any:
        """Call any endpoint and return its decoded JSON."""
        arguments = {k: v for k, v in (params or {}).items() if v is not None}
        operation = _ad_hoc_operation(method, path, security, arguments)
        response = await self.send(operation, arguments, recv_window=recv_window)
        return decode_json(response, operation.operation_id)

    async def aclose(self) -> None:
        if self._owns_http:
            await self.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
