"""The pytest plugin of binance_spot_client, registered through the `pytest11` entry point.

* `@pytest.mark.spot_validate(strict=False)`: every answer a Spot/AsyncSpot client
  receives during the test is checked against the spec; the test fails listing each
  mismatch.
* fixture `spot_validate`: `validate_response` with the run's strictness (`--spot-strict`).
* fixtures `fake_exchange` (a fresh `FakeExchange`) and `fake_exchange_server`
  (the same exchange served on 127.0.0.1, over HTTP and, as `.websocket`, WebSocket).
* `--spot-record DIR`: save every real Binance answer the tests receive under DIR.
  Each saved `*.spot.json` file inside the collected test paths becomes a test item
  that checks it against the spec, strictly, on every later run.

Nothing optional is imported until a fixture, marker or option is used, so the
plugin costs nothing where the `testing` extra is not installed.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    import httpx

    from binance_spot_client.signing import Operation

    from ._exchange import FakeExchange
    from ._server import FakeServer

__all__ = [
    "RecordedAnswer",
    "RecordedAnswerCheck",
    "fake_exchange",
    "fake_exchange_server",
    "pytest_addoption",
    "pytest_collect_file",
    "pytest_configure",
    "pytest_runtest_call",
    "spot_validate",
]

_SUFFIX = ".spot.json"  # what --spot-record writes (RECORDING_SUFFIX), without importing the recorder here


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("binance-spot-client")
    group.addoption(
        "--spot-record",
        metavar="DIR",
        default=None,
        help="save every real Binance answer the tests receive in DIR, as *.spot.json files checked on later runs",
    )
    group.addoption(
        "--spot-strict",
        action="store_true",
        default=False,
        help="spot_validate also reports fields the spec does not know",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "spot_validate(strict=False): check every answer Spot clients receive in this test against the spec"
    )


def _strict(config: pytest.Config, marker: pytest.Mark | None) -> bool:
    if marker is not None and "strict" in marker.kwargs:
        return bool(marker.kwargs["strict"])
    return bool(config.getoption("--spot-strict"))


@pytest.fixture
def spot_validate(request: pytest.FixtureRequest) -> Callable[..., Any]:
    """`validate_response(operation_id, payload)` returning the typed model; strict per marker or --spot-strict."""
    from ._validation import validate_response

    strict = _strict(request.config, request.node.get_closest_marker("spot_validate"))
    return functools.partial(validate_response, strict=strict)


@pytest.fixture
def fake_exchange() -> FakeExchange:
    """A fresh fake exchange for one test: `Spot(DEMO_API_KEY, DEMO_SECRET_KEY, transport=fake_exchange)`."""
    from ._exchange import FakeExchange

    return FakeExchange()


@pytest.fixture
def fake_exchange_server(fake_exchange: FakeExchange) -> Iterator[FakeServer]:
    """`fake_exchange` served on 127.0.0.1 for one test: `base_url` for REST, `websocket.api_url` and
    `websocket.streams_url` for the WebSocket API and streams."""
    from ._server import FakeServer

    with FakeServer(fake_exchange) as server:
        yield server


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    marker = item.get_closest_marker("spot_validate")
    record_to = item.config.getoption("--spot-record")
    if marker is None and record_to is None:
        return (yield)
    from ._recording import observe_responses, record_responses
    from ._validation import response_mismatches

    strict = _strict(item.config, marker)
    problems: list[str] = []

    def check(operation: Operation, response: httpx.Response) -> None:
        found = response_mismatches(operation.operation_id, response.json(), strict=strict)
        problems.extend(f"{operation.operation_id} {problem}" for problem in found)

    with contextlib.ExitStack() as stack:
        if record_to is not None:
            stack.enter_context(record_responses(record_to))
        if marker is not None:
            stack.enter_context(observe_responses(check))
        result = yield
    if problems:
        pytest.fail("answers that do not match the spec:\n  " + "\n  ".join(problems), pytrace=False)
    return result


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.name.endswith(_SUFFIX):
        return RecordedAnswer.from_parent(parent, path=file_path)
    return None


class RecordedAnswer(pytest.File):
    """A `*.spot.json` file written by --spot-record: one test that it still matches the spec."""

    def collect(self) -> Iterator[pytest.Item]:
        yield RecordedAnswerCheck.from_parent(self, name="matches the spec")


class _Mismatch(Exception):
    pass


class RecordedAnswerCheck(pytest.Item):
    def runtest(self) -> None:
        from ._recording import check_recording

        problems = check_recording(self.path, strict=True)
        if problems:
            raise _Mismatch(problems)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, _Mismatch):
            return "recorded answer no longer matches the spec:\n  " + "\n  ".join(excinfo.value.args[0])
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"recorded answer {self.path.name}"
