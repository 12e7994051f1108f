"""URLs joined from valid parts are exactly the URLs httpx parses from the same string."""

from __future__ import annotations

from types import SimpleNamespace

import httpx
from hypothesis import given
from hypothesis import strategies as st

from binance_spot_client.signing._encoding import encode_query
from binance_spot_client.signing._urls import url_with, with_query

PARAMS = st.lists(st.tuples(st.text(min_size=1, max_size=12), st.text(max_size=40)), max_size=6)
BASES = st.sampled_from(["https://api.binance.com", "http://127.0.0.1:8080", "http://[::1]:9000/proxy/v"])
PATHS = st.sampled_from(["/api/v3/order", "/sapi/v1/asset/transfer", "/api/v3/ping"])


def assert_same_url(got: httpx.URL, want: httpx.URL) -> None:
    assert str(got) == str(want)
    assert (got.scheme, got.host, got.port, got.raw_path, got.query) == (
        want.scheme,
        want.host,
        want.port,
        want.raw_path,
        want.query,
    )
    assert list(got.params.multi_items()) == list(want.params.multi_items())


@given(base=BASES, path=PATHS, params=PARAMS)
def test_a_joined_url_is_the_url_httpx_parses(base: str, path: str, params: list[tuple[str, str]]) -> None:
    query = encode_query(params)
    want = httpx.URL(f"{base}{path}?{query}" if query else f"{base}{path}")
    assert_same_url(url_with(base, path, query), want)


@given(params=PARAMS, user_query=st.text(max_size=30))
def test_a_replaced_query_is_the_url_httpx_parses(params: list[tuple[str, str]], user_query: str) -> None:
    # As the signer sees it: a request URL httpx parsed (any query), then a longer query.
    sent = httpx.URL("http://127.0.0.1:8080/api/v3/order", params={"note": user_query})
    query = "&".join(filter(None, [sent.query.decode("ascii"), encode_query(params), "signature=ab%2B%3D"]))
    assert_same_url(with_query(sent, query), httpx.URL(f"http://127.0.0.1:8080/api/v3/order?{query}"))


def test_an_httpx_without_the_parse_result_gets_the_string_parsed() -> None:
    other = SimpleNamespace(scheme="http", netloc=b"127.0.0.1:8080", raw_path=b"/api/v3/order?symbol=BTCUSDT")
    joined = with_query(other, "symbol=BTCUSDT&signature=00")  # type: ignore[arg-type]
    assert_same_url(joined, httpx.URL("http://127.0.0.1:8080/api/v3/order?symbol=BTCUSDT&signature=00"))
