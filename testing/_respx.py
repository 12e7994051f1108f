"""Routing Binance's REST hosts to a `FakeExchange` on a respx router.

For test suites that already mock httpx with respx: one call sends every Binance base
URL (mainnet and its api1-4/gcp mirrors, market-data-only, testnet, demo) to the fake,
which checks keys and signatures as it does as a transport. respx is imported only
here, when asked for, so the rest of `binance_spot_client.testing` works without it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import httpx

from binance_spot_client.signing import DEMO, MAINNET, MARKET_DATA_ONLY, TESTNET

if TYPE_CHECKING:
    import respx

__all__ = ["BINANCE_BASE_URLS", "mount"]

BINANCE_BASE_URLS: tuple[str, ...] = (*MAINNET, *MARKET_DATA_ONLY, *TESTNET, *DEMO)
"""Every REST base URL the client knows, all routed by `mount`."""


def mount(
    answer: Callable[[httpx.Request], httpx.Response],
    router: respx.Router | None,
    base_urls: Iterable[str],
) -> respx.Route:
    """Route requests to the hosts of `base_urls` on `router` (default: respx's global `respx.mock`) to `answer`.

    One route for all of them, so a router that asserts every route was called is satisfied by any one.
    """
    try:
        import respx
    except ImportError:
        raise ImportError(
            "FakeExchange.mount needs respx, which the testing extra installs: "
            "pip install 'binance-spot-client[testing]'"
        ) from None
    target = respx.mock if router is None else router
    hosts = tuple(sorted({urlsplit(url).hostname or url for url in base_urls}))  # hashable: respx hashes patterns
    return target.route(host__in=hosts).mock(side_effect=answer)
