"""`FakeServer`: the fake exchange behind real HTTP and WebSocket on 127.0.0.1.

The same `FakeExchange` that serves as an in-process transport answers here over
sockets, so a bot (or `curl`) can talk to it exactly as to api.binance.com, and to
its WebSocket API and streams (`FakeWebSocketServer`, on a port of its own). Use it
as a context manager in tests, or run `python -m binance_spot_client.testing.server`.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self

from ._exchange import FakeExchange
from ._websocket import FakeWebSocketServer

__all__ = ["FakeServer"]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as httpx expects of api.binance.com
    disable_nagle_algorithm = True  # headers and body go out in separate writes; don't wait for delayed ACKs
    exchange: FakeExchange

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {name.lower(): value for name, value in self.headers.items()}
        answer = self.exchange.answer(self.command, self.path, headers, body)
        if answer.delay:
            time.sleep(answer.delay)
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        self.wfile.write(answer.body)

    do_GET = do_POST = do_PUT = do_DELETE = _handle

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the exchange keeps its own log in `requests`


class FakeServer:
    """Serve a `FakeExchange` on `host`:`port` (port 0: any free port) until stopped.

    with FakeServer() as server:
        client = Spot(DEMO_API_KEY, DEMO_SECRET_KEY, base_url=server.base_url)
        api = AsyncWebSocketAPI(DEMO_API_KEY, DEMO_SECRET_KEY, url=server.websocket.api_url)

    `websocket` is the exchange's WebSocket side, on `websocket_port` (0: any free
    port), with its fault controls; `websocket=False` serves HTTP alone.
    """

    def __init__(
        self,
        exchange: FakeExchange | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        websocket: bool = True,
        websocket_port: int = 0,
    ) -> None:
        self.exchange: FakeExchange = exchange or FakeExchange()
        self.host = host
        handler = type("FakeExchangeHandler", (_Handler,), {"exchange": self.exchange})
        self._http = ThreadingHTTPServer((host, port), handler)
        self._http.daemon_threads = True
        self._thread: threading.Thread | None = None
        self._websocket = FakeWebSocketServer(self.exchange, host=host, port=websocket_port) if websocket else None

    @property
    def websocket(self) -> FakeWebSocketServer:
        """The WebSocket API (`api_url`) and streams (`streams_url`) of the same exchange."""
        if self._websocket is None:
            raise RuntimeError("this FakeServer was made with websocket=False")
        return self._websocket

    @property
    def port(self) -> int:
        return int(self._http.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> None:
        """Serve in background threads."""
        if self._websocket is not None:
            self._websocket.start()
        # A short poll interval: shutdown() waits for one, and tests start and stop servers often.
        self._thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.02}, name="fake-exchange", daemon=True
        )
        self._thread.start()

    def serve_forever(self) -> None:
        """Serve HTTP in this thread (WebSocket in a background one) until interrupted."""
        if self._websocket is not None:
            self._websocket.start()
        try:
            self._http.serve_forever()
        finally:
            self._http.server_close()
            if self._websocket is not None:
                self._websocket.stop()

    def stop(self) -> None:
        if self._thread is not None:
            self._http.shutdown()
            self._thread.join()
            self._thread = None
        self._http.server_close()
        if self._websocket is not None:
            self._websocket.stop()

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
