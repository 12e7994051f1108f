"""Binance Login: the authorize URL, the code exchange, and the access token the client carries and refreshes.

Every OAuth operation's request (host, path, Bearer header, no API key) and typed parse
is covered with all other operations in tests/api/test_operations.py; here are the
token flow and what is particular to the OAuth operations.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from binance_spot_client import (
    APIError,
    AsyncSpot,
    BinanceLogin,
    OAuthSession,
    OAuthStateError,
    Spot,
    TokenRevokedError,
)
from binance_spot_client.models import OAuthCertificateStatus, OAuthCertificateType
from binance_spot_client.signing import OAuthToken, ParameterError, pkce_challenge, redact

CLIENT_ID = "test-client"
CLIENT_SECRET = "test-client-secret"
REDIRECT_URI = "https://app.example/oauth/callback"
USER_INFO = {"code": "000000", "message": None, "data": {"userId": "u1", "email": "a@b.c"}, "success": True}
GRANTED = {"access_token": "new-access", "refresh_token": "new-refresh", "scope": "user:email", "token_type": "bearer",
           "expires_in": 30714}  # fmt: skip


def login() -> BinanceLogin:
    return BinanceLogin(CLIENT_ID, REDIRECT_URI, CLIENT_SECRET)


def query(request: httpx.Request) -> dict[str, str]:
    return {name: values[0] for name, values in parse_qs(request.url.query.decode()).items()}


class Binance:
    """Binance Login's two hosts: the token endpoint and the OAuth API, which accepts only `valid_token`."""

    def __init__(self, valid_token: str = "new-access", token_answer: tuple[int, object] = (200, GRANTED)) -> None:
        self.valid_token = valid_token
        self.token_answer = token_answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.host == "accounts.binance.com":
            status, body = self.token_answer
            return httpx.Response(status, json=body)
        if request.headers.get("Authorization") != f"Bearer {self.valid_token}":
            return httpx.Response(401, json={"code": "100001003", "message": "token expired", "success": False})
        return httpx.Response(200, json=USER_INFO)

    async def answer_async(self, request: httpx.Request) -> httpx.Response:
        return self(request)

    @property
    def trail(self) -> list[str]:
        return [f"{r.url.host}{r.url.path} {r.headers.get('Authorization', '-')}" for r in self.requests]


ClientFactory = Callable[[Binance, OAuthSession], object]


def user_info(binance: Binance, session: OAuthSession, mode: str) -> object:
    if mode == "sync":
        with Spot(oauth=session, transport=httpx.MockTransport(binance)) as client:
            return client.oauth.user_info()

    async def run() -> object:
        async with AsyncSpot(oauth=session, transport=httpx.MockTransport(binance.answer_async)) as client:
            return await client.oauth.user_info()

    return asyncio.run(run())


def test_pkce_challenge_is_rfc_7636_s256() -> None:
    # RFC 7636, appendix B.
    assert (
        pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    )


def test_authorize_url_carries_state_scope_and_pkce_challenge() -> None:
    authorization = login().authorization_request(["user:email", "asset:balance"])
    url = urlsplit(authorization.url)
    params = {name: values[0] for name, values in parse_qs(url.query).items()}
    assert f"{url.scheme}://{url.netloc}{url.path}" == "https://accounts.binance.com/en/oauth/authorize"
    assert params == {
        "response_type": "code",
        "client_id": CLIENT_ID,
        "redirect_uri": REDIRECT_URI,
        "state": authorization.state,
        "scope": "user:email,asset:balance",
        "code_challenge": pkce_challenge(authorization.code_verifier or ""),
        "code_challenge_method": "S256",
    }
    assert len(authorization.state) >= 32
    assert 43 <= len(authorization.code_verifier or "") <= 128


def test_each_authorization_gets_its_own_state_and_verifier() -> None:
    first, second = login().authorization_request("user:email"), login().authorization_request("user:email")
    assert first.state != second.state
    assert first.code_verifier != second.code_verifier


def test_code_exchange_sends_the_documented_token_request() -> None:
    authorization = login().authorization_request("user:email")
    binance = Binance()
    with httpx.Client(transport=httpx.MockTransport(binance)) as http:
        token = login().exchange_code(
            authorization, f"{REDIRECT_URI}?code=the-code&state={authorization.state}", http=http
        )
    (request,) = binance.requests
    assert (request.method, request.url.host, request.url.path) == ("POST", "accounts.binance.com", "/oauth/token")
    assert query(request) == {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "grant_type": "authorization_code",
        "code": "the-code",
        "redirect_uri": REDIRECT_URI,
        "code_verifier": authorization.code_verifier,
    }
    assert token == OAuthToken("new-access", "new-refresh", 30714, "user:email", "bearer")


def test_state_mismatch_is_refused_before_anything_is_sent() -> None:
    authorization = login().authorization_request("user:email")
    binance = Binance()
    with httpx.Client(transport=httpx.MockTransport(binance)) as http, pytest.raises(OAuthStateError):
        login().exchange_code(authorization, {"code": "stolen-code", "state": "forged"}, http=http)
    with httpx.Client(transport=httpx.MockTransport(binance)) as http, pytest.raises(OAuthStateError):
        login().exchange_code(authorization, {"code": "stolen-code"}, http=http)
    assert binance.requests == []


def test_async_code_exchange() -> None:
    authorization = login().authorization_request("user:email", pkce=False)
    binance = Binance()

    async def run() -> OAuthToken:
        async with httpx.AsyncClient(transport=httpx.MockTransport(binance.answer_async)) as http:
            callback = {"code": "c", "state": authorization.state}
            return await login().aexchange_code(authorization, callback, http=http)

    assert asyncio.run(run()).access_token == "new-access"
    assert "code_verifier" not in query(binance.requests[0])


def test_refresh_sends_the_refresh_token() -> None:
    binance = Binance()
    with httpx.Client(transport=httpx.MockTransport(binance)) as http:
        login().refresh("old-refresh", http=http)
    assert query(binance.requests[0]) == {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "grant_type": "refresh_token",
        "refresh_token": "old-refresh",
    }


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_operations_send_the_access_token_as_bearer_without_api_key(mode: str) -> None:
    binance = Binance(valid_token="current")
    result = user_info(binance, OAuthSession("current"), mode)
    (request,) = binance.requests
    assert (request.url.host, request.url.path) == ("www.binanceapis.com", "/oauth-api/v1/user-info")
    assert request.headers["Authorization"] == "Bearer current"
    assert "X-MBX-APIKEY" not in request.headers
    assert request.url.query == b""  # no timestamp, no signature
    assert result.data.email == "a@b.c"  # type: ignore[attr-defined]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_expired_token_is_refreshed_once_and_the_call_retried(mode: str) -> None:
    stored: list[OAuthToken] = []
    session = OAuthSession(OAuthToken("expired", "old-refresh"), login(), on_refresh=stored.append)
    binance = Binance()
    result = user_info(binance, session, mode)
    assert binance.trail == [
        "www.binanceapis.com/oauth-api/v1/user-info Bearer expired",
        "accounts.binance.com/oauth/token -",
        "www.binanceapis.com/oauth-api/v1/user-info Bearer new-access",
    ]
    assert query(binance.requests[1])["refresh_token"] == "old-refresh"
    assert session.token.access_token == "new-access"
    assert stored == [session.token]
    assert result.data.user_id == "u1"  # type: ignore[attr-defined]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_revoked_token_whose_refresh_is_refused_raises_typed_error(mode: str) -> None:
    session = OAuthSession(OAuthToken("revoked", "revoked-refresh"), login())
    binance = Binance(token_answer=(400, {"error": "invalid_grant", "error_description": "refresh token revoked"}))
    with pytest.raises(TokenRevokedError) as raised:
        user_info(binance, session, mode)
    assert raised.value.error == "invalid_grant"
    assert len(binance.requests) == 2  # the call and one refresh attempt, no more


def test_token_still_refused_after_refresh_raises_typed_error() -> None:
    session = OAuthSession(OAuthToken("expired", "old-refresh"), login())
    binance = Binance(valid_token="nothing-works")
    with pytest.raises(TokenRevokedError):
        user_info(binance, session, "sync")
    assert len(binance.requests) == 3


def test_token_refreshed_by_a_concurrent_call_is_used_without_refreshing_again() -> None:
    session = OAuthSession(OAuthToken("expired", "old-refresh"), login())
    binance = Binance()

    def answer(request: httpx.Request) -> httpx.Response:
        if len(binance.requests) == 0:  # another call refreshes while this one is in flight
            session.token = OAuthToken("new-access", "new-refresh")
        return binance(request)

    with Spot(oauth=session, transport=httpx.MockTransport(answer)) as client:
        client.oauth.user_info()
    assert binance.trail == [
        "www.binanceapis.com/oauth-api/v1/user-info Bearer expired",
        "www.binanceapis.com/oauth-api/v1/user-info Bearer new-access",
    ]


def test_refused_token_without_refresh_token_raises_typed_error() -> None:
    binance = Binance(valid_token="other")
    with pytest.raises(TokenRevokedError):
        user_info(binance, OAuthSession("revoked"), "sync")
    assert len(binance.requests) == 1


def test_oauth_operation_without_session_is_refused_locally() -> None:
    binance = Binance()
    with Spot(transport=httpx.MockTransport(binance)) as client, pytest.raises(ParameterError, match="oauth"):
        client.oauth.user_info()
    assert binance.requests == []


def test_unsuccessful_envelope_is_an_api_error() -> None:
    body = {"code": "200003", "message": "quote expired", "data": None, "success": False}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    with Spot(oauth=OAuthSession("t"), transport=transport) as client, pytest.raises(APIError, match="quote expired"):
        client.oauth.convert_confirm("q1")


def test_user_status_reads_certificate_enums(client: Spot, recorder: object) -> None:
    recorder.body = {  # type: ignore[attr-defined]
        "code": "000000", "message": None, "data": {"certificateType": 2, "certificateStatus": 0}, "success": True
    }  # fmt: skip
    status = client.oauth.user_status().data
    assert status.certificate_type is OAuthCertificateType.COMPANY
    assert status.certificate_status is OAuthCertificateStatus.NOT_DONE_OR_REVIEWING


@pytest.mark.parametrize(("argument", "value"), [("page", 0), ("rows", 2001)])
def test_convert_history_paging_bounds_are_checked(client: Spot, argument: str, value: int) -> None:
    with pytest.raises(ParameterError, match=argument):
        client.oauth.convert_history(**{argument: value})  # type: ignore[arg-type]


def test_convert_quote_sends_its_parameters(client: Spot, recorder: object) -> None:
    recorder.body = {"code": "000000", "message": None, "data": {"quoteId": "q1", "quotePrice": "1.5"}, "success": True}  # type: ignore[attr-defined]
    quote = client.oauth.convert_quote("BTC", "BNB", "BTC", "0.001").data
    (request,) = recorder.requests  # type: ignore[attr-defined]
    assert (request.method, request.url.path) == ("POST", "/oauth-api/v1/ocbs/quote")
    assert query(request) == {"fromAsset": "BTC", "toAsset": "BNB", "baseAsset": "BTC", "amount": "0.001"}
    assert (quote.quote_id, quote.quote_price) == ("q1", "1.5")


def test_secrets_stay_out_of_reprs_and_logs(caplog: pytest.LogCaptureFixture) -> None:
    session = OAuthSession(OAuthToken("secret-access", "secret-refresh"), login())
    assert "secret" not in repr(session).replace("client_secret", "")
    url = str(login().refresh_request("secret-refresh").url) + "&code=secret-code&code_verifier=secret-verifier"
    assert "secret" not in redact(url).replace("client_secret", "")
    binance = Binance()
    with caplog.at_level(logging.DEBUG):
        user_info(binance, OAuthSession(OAuthToken("expired", "secret-refresh"), login()), "sync")
    assert "secret-refresh" not in caplog.text
    assert CLIENT_SECRET not in caplog.text
