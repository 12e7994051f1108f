"""A loopback HTTP server that plays a script of answers and faults, for reliability tests."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.patience import PATIENCE


@dataclass
class Reply:
    status: int = 200
    body: Any = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    reset: bool = False
    raw: bytes | None = None
    held: bool = False
    """Answered only once the script is released: the client's timeout runs out first, however slow the machine."""


@dataclass
class Script:
    """Replies served in order (the last one repeats) and the paths of the requests seen."""

    replies: list[Reply]
    seen: list[str] = field(default_factory=list)
    connections: int = 0
    """TCP connections the server accepted."""
    released: threading.Event = field(default_factory=threading.Event)
    """Set by the test once the client has given up (and by the server on its way out): held replies go."""

    def next(self, path: str) -> Reply:
        self.seen.append(path)
        return self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]


@contextmanager
def fault_server(script: Script) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _serve(self) -> None:
            reply = script.next(self.path)
            if reply.held:
                script.released.wait(PATIENCE)
            if reply.delay:
                time.sleep(reply.delay)
            if reply.reset:
                # Drop the connection without an answer, as a crashed proxy would.
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                self.connection.close()
                self.close_connection = True
                return
            body = reply.raw if reply.raw is not None else json.dumps(reply.body).encode()
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_DELETE = _serve

        def log_message(self, format: str, *args: Any) -> None:
            pass

    class CountingServer(ThreadingHTTPServer):
        request_queue_size = 128  # a burst's connections wait in the backlog, not in SYN retries

        def process_request(self, request: Any, client_address: Any) -> None:
            script.connections += 1  # accepted on the serving thread, one at a time
            super().process_request(request, client_address)

    server = CountingServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    # shutdown() waits out one poll of the serving loop: 0.5 s by default, most of each test's time.
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        script.released.set()
        server.shutdown()
        server.server_close()
