"""The documentation site: the reference generated from the spec, the guides' code, the built site and its search."""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from binance_spot_client.testing import DEMO_API_KEY, DEMO_SECRET_KEY, FakeExchange
from generator.docs import MKDOCS, OUTPUT, differences, with_nav, write
from tests.examples.test_readme import fence_problems, install_layout, pyright_check, type_check

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
GUIDES = DOCS / "guides"
NOT_RUN = "<!-- not run: "
BROWSERS = ("chromium", "chromium-headless-shell", "chromium-browser", "google-chrome", "google-chrome-stable")


@dataclass(frozen=True)
class Example:
    page: str
    number: int
    code: str
    runs: bool

    @property
    def module(self) -> str:
        return f"{self.page.replace('-', '_')}_{self.number}"


def examples() -> list[Example]:
    """Every Python block of the hand-written pages; a block right after a `<!-- not run: why -->` line is not run."""
    found = []
    for page in [DOCS / "index.md", *sorted(GUIDES.glob("*.md"))]:
        pattern = r"^(<!-- not run: .+ -->\n)?```python\n(.*?)^```"
        for number, match in enumerate(re.finditer(pattern, page.read_text("utf-8"), re.S | re.M)):
            found.append(Example(page.stem, number, match[2], runs=match[1] is None))
    return found


EXAMPLES = examples()


def reference_page(name: str) -> str:
    return (OUTPUT / name).read_text("utf-8")


def operation_section(page: str, operation_id: str) -> str:
    """The section of `operation_id` in the reference page `page` (`api/trade.md`)."""
    text = reference_page(page)
    start = text.index(f"{{ #{operation_id} }}")
    end = text.find("\n## ", start)
    return text[text.rindex("\n## ", 0, start) : end if end >= 0 else len(text)]


# The generated reference.


@pytest.mark.slow
def test_the_reference_is_what_the_spec_gives(tmp_path: Path) -> None:
    nav = write(tmp_path)
    assert differences(tmp_path, OUTPUT) == [], "run `python -m generator docs` and commit the result"
    mkdocs = MKDOCS.read_text("utf-8")
    assert with_nav(mkdocs, nav) == mkdocs, "run `python -m generator docs`: mkdocs.yml's nav is out of date"


def test_an_order_gets_its_signatures_call_rules_and_errors() -> None:
    section = operation_section("api/trade.md", "newOrder")
    assert section.startswith("\n## new_order · newOrder { #newOrder }\n")
    assert "| `POST /api/v3/order` | TRADE | 1; Adds 1 to the account's unfilled order count. |" in section
    assert "    def new_order(\n        symbol: str,\n        side: OrderSide | Literal['BUY', 'SELL'],\n" in section
    assert "    async def new_order(\n        symbol: str,\n" in section
    assert "    ) -> NewOrderAck | NewOrderFull | NewOrderResult: ...\n" in section
    assert (
        "| `time_in_force` | `timeInForce` | `TimeInForce \\| Literal['GTC', 'IOC', 'FOK']` "
        "| one of `GTC`, `IOC`, `FOK` | no |  |" in section
    )
    assert '```python\nclient.new_order(symbol="BTCUSDT", side="BUY", type="LIMIT")\n```' in section
    assert "`OrderStatusUnknownError`" in section


def test_a_read_gets_its_bounds_default_and_no_order_error() -> None:
    section = operation_section("api/market.md", "depth")
    assert "| `GET /api/v3/depth` | NONE | 5 (by `limit`: ≤ 100: 5, ≤ 500: 25, ≤ 1000: 50, more: 250) |" in section
    assert "| `limit` | `limit` | `int` | ≥ 1; ≤ 5000 | no | `100` |" in section
    assert "**Returns** [`OrderBook`](../models/market.md#OrderBook)." in section
    assert "`OrderStatusUnknownError`" not in section
    assert "**Raises** `ParameterError`, `RateLimitError`, `IPBannedError`, `ClientError`, `ServerError`" in section


def test_a_sapi_operation_is_called_through_its_group() -> None:
    assert "```python\nclient.wallet.system_status()\n```" in reference_page("api/wallet.md")


def test_every_operation_has_one_section_and_every_model_link_lands() -> None:
    spec_ids = {op["operationId"] for item in _spec()["paths"].values() for op in item.values() if "operationId" in op}
    anchors: dict[str, set[str]] = {}
    sections: list[str] = []
    for page in OUTPUT.rglob("*.md"):
        text = page.read_text("utf-8")
        anchors[page.relative_to(OUTPUT).as_posix()] = set(re.findall(r"\{ #(\w+) \}", text))
        if page.parent.name == "api":
            sections += re.findall(r"^## \w+ · \w+ \{ #(\w+) \}$", text, re.M)
    assert sorted(sections) == sorted(spec_ids)
    for page in (OUTPUT / "api").glob("*.md"):
        for target, anchor in re.findall(r"\]\(\.\./(models/\w+\.md)#(\w+)\)", page.read_text("utf-8")):
            assert anchor in anchors[target], (page.name, target, anchor)


def _spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads((ROOT / "binance_spot_client" / "openapi.json").read_text("utf-8"))
    return spec


# The guides.


def test_every_guide_is_listed_in_reading_order() -> None:
    listed = re.findall(r"^\d+\. \[[^]]+\]\(([\w-]+)\.md\)", (GUIDES / "index.md").read_text("utf-8"), re.M)
    assert sorted(listed) == sorted(page.stem for page in GUIDES.glob("*.md") if page.stem != "index")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda example: example.module)
def test_each_guide_example_compiles(example: Example) -> None:
    compile(example.code, example.module, "exec")


@pytest.fixture
def binance_is_the_fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Binance's hosts answered by a fake exchange (over respx); 127.0.0.1 left to the examples' own fake servers."""
    monkeypatch.setenv("BINANCE_API_KEY", DEMO_API_KEY)
    monkeypatch.setenv("BINANCE_API_SECRET", DEMO_SECRET_KEY)
    monkeypatch.delenv("BINANCE_PRIVATE_KEY", raising=False)
    with respx.mock(assert_all_called=False) as router:
        router.route(host="127.0.0.1").pass_through()
        FakeExchange().mount(router)
        yield


@pytest.mark.parametrize("example", [e for e in EXAMPLES if e.runs], ids=lambda example: example.module)
@pytest.mark.usefixtures("binance_is_the_fake")
def test_each_runnable_guide_example_runs_against_the_fake_exchange(example: Example) -> None:
    exec(compile(example.code, example.module, "exec"), {"__name__": "__main__"})


@pytest.mark.slow
def test_the_guide_examples_type_check(tmp_path: Path) -> None:
    checked = type_check({example.module: example.code for example in EXAMPLES}, tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.slow
def test_the_guide_examples_pass_pyright_strict(tmp_path: Path) -> None:
    names = install_layout(tmp_path, {example.module: example.code for example in EXAMPLES})
    checked = pyright_check(names, tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.parametrize("page", [DOCS / "index.md", *sorted(GUIDES.glob("*.md"))], ids=lambda page: page.stem)
def test_every_python_block_of_a_page_is_one_the_checks_read(page: Path) -> None:
    assert fence_problems(page.read_text("utf-8")) == []


# The built site.


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("material", reason='the site needs the [docs] extra: pip install -e ".[docs]"')
    folder = tmp_path_factory.mktemp("site")
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert built.returncode == 0, built.stdout + built.stderr
    return folder


@pytest.mark.slow
def test_the_site_builds_strictly_with_every_family_and_guide(site: Path) -> None:
    for tag in {op["tags"][0] for item in _spec()["paths"].values() for op in item.values() if "tags" in op}:
        assert (site / "reference" / "api" / tag / "index.html").is_file(), tag
    for page in GUIDES.glob("*.md"):
        expected = site / "guides" / ("" if page.stem == "index" else page.stem) / "index.html"
        assert expected.is_file(), page.name
    performance = (site / "guides" / "performance" / "index.html").read_text("utf-8")
    assert "raw httpx + json.loads, sync" in performance  # the table included from bench/README.md


class BrowserError(AssertionError):
    """Chromium answered a DevTools command with an error."""


class Browser:
    """A headless Chromium driven over the DevTools protocol, on one page."""

    def __init__(self, executable: str, profile: Path) -> None:
        from websockets.sync.client import connect

        self.process = subprocess.Popen(
            [
                executable,
                "--headless",
                "--no-sandbox",  # CI runs as root, where Chromium's sandbox refuses to start
                "--disable-gpu",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                f"--user-data-dir={profile}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: closing ends the renderers and zygotes too
        )
        self._closing = contextlib.ExitStack()
        self._closing.callback(self._end_process)
        try:
            port_file = profile / "DevToolsActivePort"
            self._wait_for(lambda: port_file.is_file() and len(port_file.read_text().split()) == 2, "DevTools port")
            port = port_file.read_text().split()[0]
            pages = httpx.get(f"http://127.0.0.1:{port}/json/list").json()
            page = next(target for target in pages if target["type"] == "page")
            self.socket = self._closing.enter_context(connect(page["webSocketDebuggerUrl"], max_size=None))
        except BaseException:
            self._closing.close()
            raise
        self._next_id = 0

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        self.socket.send(json.dumps({"id": self._next_id, "method": method, "params": params}))
        while True:  # events arrive between the answers; the answer carries our id
            message = json.loads(self.socket.recv())
            if message.get("id") == self._next_id:
                if "error" in message:
                    raise BrowserError(message)
                result: dict[str, Any] = message["result"]
                return result

    def evaluate(self, expression: str) -> Any:
        return self.send("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def _wait_for(self, ready: Any, what: str, seconds: float = 60) -> Any:
        deadline = time.monotonic() + seconds
        refused: BrowserError | None = None
        while time.monotonic() < deadline:
            try:
                value = ready()
            except BrowserError as error:  # asked while the page was being replaced: not there yet
                refused = error
            else:
                if value:
                    return value
            time.sleep(0.2)
        raise AssertionError(f"no {what} within {seconds} s (last refusal: {refused})")

    def search(self, url: str, query: str) -> list[str]:
        """Open `url`, type `query` into the site's search box, and return the links of the results."""
        self.send("Page.enable")
        # Page.navigate may answer before the new page replaces the old one, which has a search box too (and
        # the last query's results): the mark tells them apart.
        self.evaluate("window.leftBehind = true")
        self.send("Page.navigate", url=url)
        box = "!window.leftBehind && !!document.querySelector('input.md-search__input')"
        self._wait_for(lambda: self.evaluate(box), "search box")
        self.evaluate("document.querySelector('input.md-search__input').focus()")
        self.send("Input.insertText", text=query)
        # each result's page and section, without the ?h= that highlights the query there
        links = (
            "Array.from(document.querySelectorAll('a.md-search-result__link')).map(a => a.origin + a.pathname + a.hash)"
        )
        found: list[str] = self._wait_for(lambda: self.evaluate(links), f"search results for {query}")
        return found

    def close(self) -> None:
        self._closing.close()

    def _end_process(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)  # Chromium's children outlive a terminate() of the parent
        self.process.wait()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    executable = next((found for name in BROWSERS if (found := shutil.which(name))), None)
    if executable is None:
        pytest.skip(f"no Chromium installed (looked for {', '.join(BROWSERS)}); .ci/run installs one")
    opened = Browser(executable, tmp_path_factory.mktemp("profile"))
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def served_site(site: Path) -> Iterator[str]:
    """The built site over HTTP on 127.0.0.1: the search runs in a web worker, which file:// pages cannot start."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    thread.join()


@pytest.mark.slow
@pytest.mark.parametrize("query", ["newOrder", "new_order"])
def test_the_site_search_finds_an_operation_by_either_name(browser: Browser, served_site: str, query: str) -> None:
    results = browser.search(served_site, query)
    assert f"{served_site}reference/api/trade/#newOrder" in results, results
