"""A Binance that misbehaves on purpose: the fake exchange behind seeded faults, in a process of its own.

Each call carries its number in an `X-Chaos-Call` header. The fault an attempt meets is drawn
from a generator seeded with (seed, call, attempt), so a run is the same whatever the order in
which concurrent calls arrive. Faults are injected before the exchange sees the request (it
then never acted) or after (it acted and the answer is lost), as a real outage does either.

Run on its own, it prints its port and serves until stdin closes:
`python -m tests.chaos.server --seed 7 --skew-ms 1500`. `GET /chaos/stats` tells what it saw.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from binance_spot_client.signing import Clock
from binance_spot_client.testing import FakeExchange

# How often each fault is drawn, per attempt (the rest of the weight is a plain answer).
FAULTS: dict[str, int] = {
    "ok": 58,
    "slow": 12,  # answered after 50-300 ms
    "busy": 7,  # 503 {"code": -1000} before the exchange sees it
    "bad_gateway": 4,  # 502 HTML page from a proxy, before
    "reset": 4,  # connection dropped, before
    "lost": 4,  # the exchange acted, then the connection dropped: the answer is lost
    "stale": 6,  # -1021: a storm of timestamps outside the recvWindow
    "not_gzip": 3,  # the exchange acted; the answer claims gzip and is not
    "deep": 2,  # 503 with JSON nested 5,000 levels deep, before
}
DEEP = b"[" * 5000 + b"]" * 5000
STALE = json.dumps({"code": -1021, "msg": "Timestamp for this request is outside of the recvWindow."}).encode()
BUSY = json.dumps({"code": -1000, "msg": "An unknown error occurred while processing the request."}).encode()


class ChaosServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def __init__(self, seed: int, skew_ms: int) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.seed = seed
        self.exchange = FakeExchange(
            clock=Clock(now_ns=lambda: time.time_ns() + skew_ms * 1_000_000),
            balances={"USDT": "100000000", "BNB": "100000", "BTC": "1000", "ETH": "10000"},
            weight_limit=10**9,  # the faults here are ours; rate limits have tests of their own
        )
        self.lock = threading.Lock()
        self.attempts: Counter[str] = Counter()
        self.faults: Counter[str] = Counter()
        self.open_sockets: set[socket.socket] = set()
        self.max_open_connections = 0
        self.connections = 0

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.lock:
            self.connections += 1
            self.open_sockets.add(request)
            # A connection the client has closed stays in the set until its handler thread reads the
            # end of it, which on a loaded machine can come after the client's next connection: count
            # only those the client still holds open.
            open_now = sum(1 for sock in self.open_sockets if _held_open(sock))
            self.max_open_connections = max(self.max_open_connections, open_now)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.lock:
            self.open_sockets.discard(request)
        super().shutdown_request(request)

    def fault_for(self, call: str) -> str:
        with self.lock:
            self.attempts[call] += 1
            attempt = self.attempts[call]
        draw = random.Random(f"{self.seed}:{call}:{attempt}")
        fault = draw.choices(list(FAULTS), weights=list(FAULTS.values()))[0]
        with self.lock:
            self.faults[fault] += 1
        return fault

    def stats(self) -> dict[str, Any]:
        with self.lock:
            return {
                "attempts": dict(self.attempts),
                "faults": dict(self.faults),
                "connections": self.connections,
                "max_open_connections": self.max_open_connections,
            }


def _held_open(sock: socket.socket) -> bool:
    """False once the peer has closed or reset the connection (its end is readable and empty)."""
    try:
        # Never waits: its handler thread may read the same socket between the two steps.
        return sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) != b""
    except BlockingIOError:  # nothing to read: still open
        return True
    except (OSError, ValueError):  # reset, or already closed here
        return False


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in separate writes; don't wait for delayed ACKs
    server: ChaosServer

    def _serve(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path == "/chaos/stats":
            self._reply(200, json.dumps(self.server.stats()).encode())
            return
        call = self.headers.get("X-Chaos-Call")
        fault = "ok" if call is None else self.server.fault_for(call)  # the clock's /time is left alone
        if fault == "busy":
            self._reply(503, BUSY)
        elif fault == "bad_gateway":
            self._reply(502, b"<html><body>502 Bad Gateway</body></html>", "text/html")
        elif fault == "reset":
            self._drop()
        elif fault == "stale":
            self._reply(400, STALE)
        elif fault == "deep":
            self._reply(503, DEEP)
        else:
            answer = self.server.exchange.answer(self.command, self.path, self._headers(), body)
            if fault == "lost":
                self._drop()
            elif fault == "not_gzip":
                self._reply(502, b"<html>not gzip</html>", "text/html", {"Content-Encoding": "gzip"})
            else:
                if fault == "slow":
                    time.sleep(random.Random(f"{self.server.seed}:{call}:slow").uniform(0.05, 0.3))
                self._reply(answer.status, answer.body, headers=answer.headers)

    do_GET = do_POST = do_PUT = do_DELETE = _serve

    def _headers(self) -> dict[str, str]:
        return {name.lower(): value for name, value in self.headers.items()}

    def _reply(
        self, status: int, body: bytes, content_type: str = "application/json", headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        for name, value in {"Content-Type": content_type, **(headers or {})}.items():
            if name.lower() not in ("content-length", "connection"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _drop(self) -> None:
        """Close the connection at once with a reset, answering nothing, as a crashed proxy does."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        self.close_connection = True
        self.connection.close()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skew-ms", type=int, default=1500, help="how far the server's clock is ahead of ours")
    arguments = parser.parse_args()
    server = ChaosServer(arguments.seed, arguments.skew_ms)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    print(server.server_address[1], flush=True)
    sys.stdin.read()  # serve until the parent closes our stdin (or exits)
    server.shutdown()


if __name__ == "__main__":
    main()
