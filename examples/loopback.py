"""A stand-in for api.binance.com on 127.0.0.1, answering from the spec's own examples.

It checks what a real server checks about credentials (the API key header where the
security type needs one, and an HMAC signature over the exact query string), so
the quick start exercises real HTTP and real signing without leaving the machine.
It is the seed of the fake exchange; it keeps no state.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

from binance_spot_client import OPERATIONS
from generator.bundle import bundle


def _examples() -> dict[tuple[str, str], Any]:
    document = bundle()
    answers: ClassVar[dict[tuple[str, str], Any]] = {}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            examples = operation["responses"]["200"]["content"]["application/json"]["examples"]
            answers[(method.upper(), path)] = next(iter(examples.values()))["value"]
    return answers


class _Handler(BaseHTTPRequestHandler):
    answers: ClassVar[dict[tuple[str, str], Any]] = {}
    api_key = ""
    api_secret = b""

    def _reply(self, status: int, body: Any) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-MBX-USED-WEIGHT-1M", "1")
        self.end_headers()
        self.wfile.write(data)

    def _handle(self) -> None:
        path, _, query = self.path.partition("?")
        operation = next((op for op in OPERATIONS.values() if op.path == path and op.method == self.command), None)
        if operation is None:
            self._reply(404, {"code": -1000, "msg": "unknown endpoint"})
            return
        if operation.security.needs_api_key and self.headers.get("X-MBX-APIKEY") != self.api_key:
            self._reply(401, {"code": -2015, "msg": "Invalid API-key, IP, or permissions for action."})
            return
        if operation.security.signed:
            payload, _, signature = query.rpartition("&signature=")
            expected = hmac.new(self.api_secret, payload.encode(), hashlib.sha256).hexdigest()
            if not hmac.compare_digest(signature, expected):
                self._reply(400, {"code": -1022, "msg": "Signature for this request is not valid."})
                return
        self._reply(200, self.answers[(self.command, path)])

    do_GET = do_POST = do_PUT = do_DELETE = _handle

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def loopback_server(api_key: str, api_secret: str) -> Iterator[str]:
    """Serve on a free port of 127.0.0.1; yield the base URL; stop on exit."""
    handler = type(
        "Handler", (_Handler,), {"answers": _examples(), "api_key": api_key, "api_secret": api_secret.encode()}
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
