"""The httpx clients we create skip cookie bookkeeping Binance never needs, and keep what it sets."""

from __future__ import annotations

import httpx
import pytest

from binance_spot_client import AsyncSpot, Spot


def answering(headers: dict[str, str]) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, json={}, headers=headers))


def test_cookie_jar_is_consulted_only_for_a_response_that_sets_a_cookie(monkeypatch: pytest.MonkeyPatch) -> None:
    consulted: list[str] = []
    original = httpx.Cookies.extract_cookies

    def counting(self: httpx.Cookies, response: httpx.Response) -> None:
        consulted.append(response.headers.get("set-cookie", ""))
        original(self, response)

    monkeypatch.setattr(httpx.Cookies, "extract_cookies", counting)
    quiet = Spot(transport=answering({}))
    quiet.ping()
    assert consulted == []
    setting = Spot(transport=answering({"Set-Cookie": "session=abc; Path=/"}))
    setting.ping()
    assert consulted == ["session=abc; Path=/"]
    assert setting.http.cookies.get("session") == "abc"


def test_a_callers_own_http_client_is_used_as_given() -> None:
    own = httpx.Client(transport=answering({"Set-Cookie": "a=1"}))
    client = Spot(http_client=own)
    client.ping()
    assert client.http is own and type(own.cookies) is httpx.Cookies and own.cookies.get("a") == "1"


def test_async_client_keeps_cookies_that_are_set() -> None:
    import asyncio

    async def run() -> str | None:
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json={}, headers={"Set-Cookie": "b=2"}))
        async with AsyncSpot(transport=transport) as client:
            await client.ping()
            return client.http.cookies.get("b")

    assert asyncio.run(run()) == "2"
