"""Binance Login (OAuth 2.0): the authorization-code flow with state and PKCE, and the token a client carries.

`BinanceLogin` is the registered application: it builds the authorize URL (with a
random `state` and an S256 PKCE challenge), checks the callback's `state`, and
exchanges a code or a refresh token at Binance's token endpoint, which takes its
parameters in the query string. `OAuthSession` holds the current token for a
client (`Spot(oauth=...)`): `BinanceAuth` sends it as `Authorization: Bearer` on
OAUTH operations and, on a 401, refreshes it once through the session and
retries; a token that is still refused raises `TokenRevokedError`.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx

from ._errors import OAuthError, OAuthStateError, TokenRevokedError

__all__ = [
    "AUTHORIZE_URL",
    "TOKEN_URL",
    "AuthorizationRequest",
    "BinanceLogin",
    "OAuthSession",
    "OAuthToken",
    "pkce_challenge",
]

AUTHORIZE_URL = "https://accounts.binance.com/en/oauth/authorize"
TOKEN_URL = "https://accounts.binance.com/oauth/token"
# The token endpoint answers these when a code or refresh token is no longer good (RFC 6749 §5.2).
_REFUSED_GRANT = {"invalid_grant", "invalid_token", "unauthorized_client"}


def pkce_challenge(code_verifier: str) -> str:
    """The S256 code challenge of a PKCE code verifier: base64url(SHA-256(verifier)), unpadded (RFC 7636)."""
    digest = hashlib.sha256(code_verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


@dataclass(frozen=True, slots=True)
class OAuthToken:
    """What the token endpoint grants. The tokens are secrets: they never appear in the repr."""

    access_token: str = field(repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    expires_in: int | None = None
    """Seconds the access token is valid for, counted from when it was granted."""
    scope: str = ""
    token_type: str = "bearer"

    @classmethod
    def from_dict(cls, payload: Mapping[str, Any]) -> OAuthToken:
        expires_in = payload.get("expires_in")
        return cls(
            access_token=str(payload["access_token"]),
            refresh_token=str(payload["refresh_token"]) if payload.get("refresh_token") else None,
            expires_in=int(expires_in) if expires_in is not None else None,
            scope=str(payload.get("scope", "")),
            token_type=str(payload.get("token_type", "bearer")),
        )


@dataclass(frozen=True, slots=True)
class AuthorizationRequest:
    """One authorization attempt: the URL to send the user to, and what its callback is checked against."""

    url: str
    state: str
    code_verifier: str | None = field(default=None, repr=False)


class BinanceLogin:
    """An application registered for Binance Login (client id, redirect URI, and a secret unless it is public)."""

    def __init__(
        self,
        client_id: str,
        redirect_uri: str,
        client_secret: str | None = None,
        *,
        authorize_url: str = AUTHORIZE_URL,
        token_url: str = TOKEN_URL,
    ) -> None:
        self.client_id = client_id
        self.redirect_uri = redirect_uri
        self._client_secret = client_secret
        self.authorize_url = authorize_url
        self.token_url = token_url

    def __repr__(self) -> str:
        secret = "***" if self._client_secret else None
        return f"BinanceLogin(client_id={self.client_id!r}, redirect_uri={self.redirect_uri!r}, client_secret={secret})"

    def authorization_request(
        self, scope: str | Sequence[str], *, state: str | None = None, pkce: bool = True
    ) -> AuthorizationRequest:
        """The authorize URL for `scope` (e.g. `["user:email", "asset:balance"]`), with a fresh state and PKCE pair."""
        state = state or secrets.token_urlsafe(24)
        params = {
            "response_type": "code",
            "client_id": self.client_id,
            "redirect_uri": self.redirect_uri,
            "state": state,
            "scope": scope if isinstance(scope, str) else ",".join(scope),  # Binance separates scopes by commas
        }
        verifier = None
        if pkce:
            verifier = secrets.token_urlsafe(48)  # 64 characters, inside RFC 7636's 43..128
            params |= {"code_challenge": pkce_challenge(verifier), "code_challenge_method": "S256"}
        return AuthorizationRequest(f"{self.authorize_url}?{urlencode(params)}", state, verifier)

    def code_from_callback(self, authorization: AuthorizationRequest, callback: str | Mapping[str, str]) -> str:
        """The authorization code of the redirect back to us (its URL or query parameters), once `state` matches."""
        params = dict(parse_qsl(urlsplit(callback).query)) if isinstance(callback, str) else dict(callback)
        if not secrets.compare_digest(params.get("state", ""), authorization.state):
            raise OAuthStateError("the callback's state is not the one sent: refusing its code")
        if "error" in params:
            raise OAuthError(
                f"authorization refused: {params.get('error_description', params['error'])}", params["error"]
            )
        if not params.get("code"):
            raise OAuthError("the callback carries no code")
        return params["code"]

    def token_request(self, code: str, code_verifier: str | None = None) -> httpx.Request:
        """POST /oauth/token exchanging an authorization code (with the PKCE verifier when one was sent)."""
        params = {"grant_type": "authorization_code", "code": code, "redirect_uri": self.redirect_uri}
        if code_verifier is not None:
            params["code_verifier"] = code_verifier
        return self._token_request(params)

    def refresh_request(self, refresh_token: str) -> httpx.Request:
        """POST /oauth/token exchanging a refresh token for a new access token."""
        return self._token_request({"grant_type": "refresh_token", "refresh_token": refresh_token})

    def _token_request(self, params: dict[str, str]) -> httpx.Request:
        query = {"client_id": self.client_id}
        if self._client_secret is not None:
            query["client_secret"] = self._client_secret
        return httpx.Request("POST", self.token_url, params=query | params)

    @staticmethod
    def read_token(response: httpx.Response, *, refreshing: bool = False) -> OAuthToken:
        """The token of a token-endpoint answer; TokenRevokedError for a refused refresh, else OAuthError."""
        try:
            payload = response.json()
        except ValueError:
            payload = None
        if response.status_code < 400 and isinstance(payload, dict) and payload.get("access_token"):
            return OAuthToken.from_dict(payload)
        error = str(payload.get("error")) if isinstance(payload, dict) and payload.get("error") else None
        detail = payload.get("error_description", error) if isinstance(payload, dict) else None
        message = f"token endpoint answered HTTP {response.status_code}: {detail or 'no token'}"
        if refreshing and (response.status_code in (400, 401) or error in _REFUSED_GRANT):
            raise TokenRevokedError(message, error, response.status_code)
        raise OAuthError(message, error, response.status_code)

    def exchange_code(
        self,
        authorization: AuthorizationRequest,
        callback: str | Mapping[str, str],
        *,
        http: httpx.Client | None = None,
    ) -> OAuthToken:
        """Check the callback's state and exchange its code for a token."""
        request = self.token_request(self.code_from_callback(authorization, callback), authorization.code_verifier)
        with _sync_http(http) as client:
            return self.read_token(client.send(request))

    async def aexchange_code(
        self,
        authorization: AuthorizationRequest,
        callback: str | Mapping[str, str],
        *,
        http: httpx.AsyncClient | None = None,
    ) -> OAuthToken:
        """Async twin of `exchange_code`."""
        request = self.token_request(self.code_from_callback(authorization, callback), authorization.code_verifier)
        async with _async_http(http) as client:
            return self.read_token(await client.send(request))

    def refresh(self, refresh_token: str, *, http: httpx.Client | None = None) -> OAuthToken:
        """A new token for a refresh token; TokenRevokedError when Binance no longer accepts it."""
        with _sync_http(http) as client:
            return self.read_token(client.send(self.refresh_request(refresh_token)), refreshing=True)

    async def arefresh(self, refresh_token: str, *, http: httpx.AsyncClient | None = None) -> OAuthToken:
        """Async twin of `refresh`."""
        async with _async_http(http) as client:
            return self.read_token(await client.send(self.refresh_request(refresh_token)), refreshing=True)


class _Borrowed:
    """A caller's HTTP client used as a context manager without being closed."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def __enter__(self) -> Any:
        return self.client

    def __exit__(self, *exc: object) -> None:
        return None

    async def __aenter__(self) -> Any:
        return self.client

    async def __aexit__(self, *exc: object) -> None:
        return None


def _sync_http(http: httpx.Client | None) -> Any:
    return _Borrowed(http) if http is not None else httpx.Client()


def _async_http(http: httpx.AsyncClient | None) -> Any:
    return _Borrowed(http) if http is not None else httpx.AsyncClient()


class OAuthSession:
    """The token a client sends on OAUTH operations, refreshed through `login` when Binance refuses it.

    `on_refresh` receives every new token, e.g. to store it; Binance may rotate the refresh token.
    """

    def __init__(
        self,
        token: OAuthToken | str,
        login: BinanceLogin | None = None,
        *,
        on_refresh: Callable[[OAuthToken], None] | None = None,
    ) -> None:
        self.token: OAuthToken = OAuthToken(token) if isinstance(token, str) else token
        self.login = login
        self.on_refresh = on_refresh

    def __repr__(self) -> str:
        return f"OAuthSession(token={self.token!r}, login={self.login!r})"

    @property
    def authorization(self) -> str:
        return f"Bearer {self.token.access_token}"

    @property
    def can_refresh(self) -> bool:
        return self.login is not None and self.token.refresh_token is not None

    def refresh_request(self) -> httpx.Request:
        if self.login is None or self.token.refresh_token is None:
            raise TokenRevokedError("the access token was refused and there is no refresh token to renew it")
        return self.login.refresh_request(self.token.refresh_token)

    def accept_refresh(self, response: httpx.Response) -> OAuthToken:
        """Take the token of a refresh answer (keeping the old refresh token if none came back)."""
        token = BinanceLogin.read_token(response, refreshing=True)
        if token.refresh_token is None:
            token = OAuthToken(token.access_token, self.token.refresh_token, token.expires_in, token.scope)
        self.token = token
        if self.on_refresh is not None:
            self.on_refresh(token)
        return token
