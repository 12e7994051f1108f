"""The async client's sockets on asyncio (signing/_network.py): what httpcore reads and writes through them,
timeouts and closed connections as httpcore's errors, TLS, and which pools get the backend."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import httpcore
import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from binance_spot_client import AsyncSpot
from binance_spot_client.signing._network import AsyncioBackend, use_asyncio_sockets
from tests.signing.faults import Reply, Script, fault_server

Serve = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@asynccontextmanager
async def serving(serve: Serve, tls: ssl.SSLContext | None = None) -> AsyncIterator[int]:
    server = await asyncio.start_server(serve, "127.0.0.1", 0, ssl=tls)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()


def backend_of(http: httpx.AsyncClient, url: str) -> object:
    transport = http._transport_for_url(httpx.URL(url))
    assert isinstance(transport, httpx.AsyncHTTPTransport)
    return transport._pool._network_backend


async def test_reads_come_in_order_within_max_bytes_and_end_empty_once_the_server_closes() -> None:
    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        assert await reader.readexactly(5) == b"hello"
        writer.write(b"0123456789")
        await writer.drain()
        writer.close()

    async with serving(serve) as port:
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", port, timeout=5)
        await stream.write(b"hello", timeout=5)
        received = [await stream.read(4, timeout=5)]
        while received[-1]:
            received.append(await stream.read(4, timeout=5))
        await stream.aclose()
    assert received == [b"0123", b"4567", b"89", b""]


async def test_a_large_answer_arrives_whole_though_the_socket_pauses_while_it_waits() -> None:
    body = bytes(range(256)) * 12_000  # 3 MB, past the point where reading the socket pauses

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(body)
        await writer.drain()
        writer.close()

    async with serving(serve) as port:
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", port, timeout=5)
        await asyncio.sleep(0.05)  # let the whole body arrive before the first read
        chunks = [await stream.read(65536, timeout=5)]
        while chunks[-1]:
            chunks.append(await stream.read(65536, timeout=5))
    assert b"".join(chunks) == body
    assert max(len(chunk) for chunk in chunks) <= 65536


async def test_a_silent_server_is_a_read_timeout_and_a_closed_port_a_connect_error() -> None:
    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read()  # never answers

    async with serving(serve) as port:
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", port, timeout=5)
        assert stream.get_extra_info("is_readable") is False  # an idle connection still open
        with pytest.raises(httpcore.ReadTimeout):
            await stream.read(100, timeout=0.05)
        await stream.aclose()
    with pytest.raises(httpcore.ConnectError):
        await AsyncioBackend().connect_tcp("127.0.0.1", port, timeout=5)


async def test_a_connection_the_server_closed_while_idle_reads_as_expired() -> None:
    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.close()

    async with serving(serve) as port:
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", port, timeout=5)
        await asyncio.sleep(0.05)
        assert stream.get_extra_info("is_readable") is True
        assert stream.get_extra_info("server_addr") == ("127.0.0.1", port)


async def test_calls_over_loopback_go_through_the_asyncio_backend() -> None:
    script = Script([Reply(body={"serverTime": 1})])
    with fault_server(script) as base:
        async with AsyncSpot(base_url=base) as client:
            assert isinstance(backend_of(client.http, base), AsyncioBackend)
            answers = [await client.time() for _ in range(3)]
    assert [answer.server_time for answer in answers] == [1, 1, 1]
    assert script.connections == 1  # the connection was kept and reused


async def test_a_callers_transport_or_client_keeps_its_own_backend_and_a_proxy_gets_ours() -> None:
    own = httpx.AsyncHTTPTransport()
    AsyncSpot(transport=own)
    assert not isinstance(own._pool._network_backend, AsyncioBackend)
    given = httpx.AsyncClient()
    AsyncSpot(http_client=given)
    assert not isinstance(backend_of(given, "https://api.binance.com"), AsyncioBackend)
    proxied = AsyncSpot(proxy="http://127.0.0.1:3128")
    assert isinstance(backend_of(proxied.http, "https://api.binance.com"), AsyncioBackend)


def self_signed(folder: Path) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """A server context with a certificate for 127.0.0.1, and a client context trusting only it."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(cert_file, key_file)
    client = ssl.create_default_context(cafile=str(cert_file))
    return server, client


async def test_https_goes_through_asyncio_tls_and_an_untrusted_certificate_is_a_connect_error(
    tmp_path: Path,
) -> None:
    server_tls, client_tls = self_signed(tmp_path)
    seen: list[bytes] = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while line := await reader.readline():
            seen.append(line)
            if line == b"\r\n":
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: application/json\r\n\r\n{}")
                await writer.drain()

    async with serving(serve, server_tls) as port:
        url = f"https://127.0.0.1:{port}/api/v3/ping"
        http = httpx.AsyncClient(verify=client_tls)
        use_asyncio_sockets(http, own_transport=True)
        async with http:
            answers = [await http.get(url) for _ in range(2)]
            assert isinstance(backend_of(http, url), AsyncioBackend)
        assert [(answer.status_code, answer.content) for answer in answers] == [(200, b"{}")] * 2
        assert seen.count(b"GET /api/v3/ping HTTP/1.1\r\n") == 2
        untrusting = httpx.AsyncClient(verify=ssl.create_default_context())
        use_asyncio_sockets(untrusting, own_transport=True)
        async with untrusting:
            with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                await untrusting.get(url)
