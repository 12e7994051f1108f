"""Run the fake exchange as an HTTP and WebSocket server: `python -m binance_spot_client.testing.server --port 8080`.

It accepts the demo HMAC key (printed at start) and any RSA or Ed25519 public key
given with `--public-key API_KEY=PEM_FILE`; it listens on 127.0.0.1 unless told
otherwise, and runs until interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from ._exchange import DEMO_API_KEY, DEMO_SECRET_KEY, FakeExchange
from ._server import FakeServer

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m binance_spot_client.testing.server", description=__doc__)
    parser.add_argument("--port", type=int, default=8080, help="port to listen on (0: any free port)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--api-key", default=DEMO_API_KEY, help="the HMAC API key to accept")
    parser.add_argument("--secret-key", default=DEMO_SECRET_KEY, help="its secret key")
    parser.add_argument(
        "--public-key",
        action="append",
        default=[],
        metavar="API_KEY=PEM_FILE",
        help="also accept API_KEY signed by the private half of this RSA or Ed25519 public key",
    )
    args = parser.parse_args(argv)
    exchange = FakeExchange(api_key=args.api_key, secret_key=args.secret_key)
    for entry in args.public_key:
        api_key, separator, pem = entry.partition("=")
        if not separator:
            parser.error(f"--public-key takes API_KEY=PEM_FILE, not {entry!r}")
        exchange.add_api_key(api_key, public_key=Path(pem))
    server = FakeServer(exchange, host=args.host, port=args.port)
    print(f"Fake Binance Spot exchange on {server.base_url}", flush=True)
    print(f"  WebSocket API {server.websocket.api_url}, streams {server.websocket.streams_url}", flush=True)
    print(f"  HMAC API key {args.api_key!r}, secret key {args.secret_key!r}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is the way to stop it
        server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
