"""Errors users can catch by kind: refused credentials, timeouts apart from refused connections, a missing extra."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from binance_spot_client import (
    AuthenticationError,
    ClientError,
    ConnectionRefusedTransportError,
    Spot,
    TransportError,
    TransportTimeoutError,
)
from binance_spot_client.signing import RetryPolicy, error_from_answer


@pytest.mark.parametrize(("status", "code"), [(401, -2015), (400, -2015), (400, -2014), (400, -1022)])
def test_refused_credentials_are_an_authentication_error(status: int, code: int) -> None:
    payload = {"code": code, "msg": "Invalid API-key, IP, or permissions for action."}
    error = error_from_answer(status, payload, {})
    assert type(error) is AuthenticationError
    assert isinstance(error, ClientError)
    assert (error.status_code, error.code) == (status, code)


def test_other_refusals_stay_client_errors() -> None:
    error = error_from_answer(400, {"code": -1121, "msg": "Invalid symbol."}, {})
    assert (type(error), error.code, error.msg) == (ClientError, -1121, "Invalid symbol.")


@pytest.mark.parametrize(
    ("failure", "error_type", "not_sent"),
    [
        (httpx.ConnectTimeout("slow"), TransportTimeoutError, True),
        (httpx.ReadTimeout("slow"), TransportTimeoutError, False),
        (httpx.PoolTimeout("slow"), TransportTimeoutError, True),
        (httpx.ConnectError("refused"), ConnectionRefusedTransportError, True),
        (httpx.RemoteProtocolError("reset"), TransportError, False),
    ],
)
def test_a_timeout_is_told_apart_from_a_refused_connection(
    failure: httpx.HTTPError, error_type: type[TransportError], not_sent: bool
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise failure

    client = Spot(retry=RetryPolicy(attempts=1), transport=httpx.MockTransport(fail))
    with client, pytest.raises(TransportError) as raised:
        client.ping()
    assert (type(raised.value), raised.value.not_sent) == (error_type, not_sent)


def test_validation_without_the_testing_extra_names_the_extra() -> None:
    script = (
        "import sys; sys.modules['jsonschema'] = None\n"
        "try:\n"
        "    from binance_spot_client.testing import validate_response\n"
        "except ModuleNotFoundError as error:\n"
        "    print(error)\n"
    )
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert ran.stdout == (
        "validate_response needs the [testing] extra, which brings jsonschema: "
        "pip install 'binance-spot-client[testing]'\n"
    )
