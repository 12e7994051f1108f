"""Positional rows (price levels, klines): msgspec structs the decoder builds in one pass.

Where an answer is made of rows, `answer_decoder` reads the bytes straight into row models;
any body off that shape is read the plain way. Both readings must give the same models.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from typing import Any

import httpx
import pytest

from binance_spot_client import OPERATIONS, ResponseValidationError, Spot
from binance_spot_client.models import Kline, OrderBook, PriceLevel
from binance_spot_client.signing import PlainStruct, rows_of
from generator.index import STRUCT_ANSWERS
from tests.models.test_parsing import answer_plan, assert_same, example, parse

ROW_ANSWERS = {"depth", "klines", "uiKlines"}
BOOK = {"lastUpdateId": 7, "bids": [["4.00", "431.5"], ["3.99", "1.0"]], "asks": [["4.01", "12.0"]]}


def parse_plainly(operation_id: str, payload: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    with monkeypatch.context() as patch:
        patch.setitem(answer_plan(operation_id).__dict__, "_fast_decoders", ())
        return parse(operation_id, payload)


def test_only_answers_made_of_rows_or_struct_models_get_a_decoder() -> None:
    decoded = {operation_id for operation_id in OPERATIONS if answer_plan(operation_id).fast}
    assert decoded == ROW_ANSWERS | set(STRUCT_ANSWERS)


@pytest.mark.parametrize(
    ("operation_id", "payload"),
    [
        ("depth", BOOK),
        ("depth", example("depth")),
        ("depth", {"lastUpdateId": 1, "bids": [], "asks": []}),
        ("klines", example("klines")),
        ("uiKlines", example("uiKlines")),
        ("klines", [[*example("klines")[0], "a column Binance added"]]),
    ],
    ids=["book", "depth-example", "empty-book", "klines-example", "uiKlines-example", "wider-kline"],
)
def test_rows_read_in_one_pass_equal_the_plain_reading(
    operation_id: str, payload: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The fast path accepts it, rather than falling back.
    answer_plan(operation_id).decode_fast(json.dumps(payload).encode())
    assert_same(parse(operation_id, payload), parse_plainly(operation_id, payload, monkeypatch))


def test_a_book_is_read_into_levels_with_exact_values() -> None:
    book = parse("depth", BOOK)
    assert book == OrderBook(7, [PriceLevel("4.00", "431.5"), PriceLevel("3.99", "1.0")], [PriceLevel("4.01", "12.0")])
    assert book.to_dict() == BOOK


def test_fields_the_row_decoder_does_not_expect_are_kept() -> None:
    same_type = parse("depth", {**BOOK, "E": 1700000000000})  # read by the row decoder
    other_type = parse("depth", {**BOOK, "note": "new"})  # a str: read the plain way
    assert same_type.additional_properties == {"E": 1700000000000}
    assert other_type.additional_properties == {"note": "new"}
    assert same_type.bids == other_type.bids == parse("depth", BOOK).bids


def test_a_number_for_a_price_is_read_as_before_unless_types_are_checked() -> None:
    body = json.dumps({**BOOK, "bids": [[4.0, "431.5"]]}).encode()
    assert parse("depth", json.loads(body)).bids == [PriceLevel(4.0, "431.5")]  # type: ignore[arg-type]  # as sent

    strict = Spot(
        "key", "secret", type_checks="all", transport=httpx.MockTransport(lambda _: httpx.Response(200, content=body))
    )
    with pytest.raises(ResponseValidationError) as caught:
        strict.depth("BTCUSDT")
    assert str(caught.value) == "depth: Expected `str`, got `float` - at `$.bids[0][0]`"


def test_rows_are_left_out_of_the_cyclic_garbage_collector() -> None:
    (level,) = parse("depth", {"lastUpdateId": 1, "bids": [["1", "2"]], "asks": []}).bids
    (bar,) = parse("klines", example("klines")[:1])
    assert not gc.is_tracked(level) and not gc.is_tracked(bar)
    assert isinstance(bar, Kline) and bar.number_of_trades == example("klines")[0][8]


class Level(PlainStruct):
    price: str
    quantity: str


def test_the_stand_in_struct_behaves_like_a_row_where_msgspec_is_missing() -> None:
    assert Level.__struct_fields__ == ("price", "quantity")
    level = Level("1.5", quantity="2")
    assert (level.price, level.quantity) == ("1.5", "2")
    assert level == Level("1.5", "2") and level != Level("1.5", "3")
    assert repr(level) == "Level(price='1.5', quantity='2')"
    assert rows_of(Level, [["1", "2"], ["3", "4", "new"]], 2) == [Level("1", "2"), Level("3", "4")]
    with pytest.raises(TypeError, match=r"missing \['quantity'\]"):
        Level("1")
    with pytest.raises(TypeError, match="at most 2 positional"):
        Level("1", "2", "3")
    with pytest.raises(TypeError, match=r"unexpected \['side'\]"):
        Level("1", "2", side="BUY")


WITHOUT_MSGSPEC = """
import sys
sys.modules["msgspec"] = None  # `import msgspec` fails, as on PyPy
import httpx
from binance_spot_client.api.market import depth
from binance_spot_client.models import PriceLevel
from binance_spot_client.signing import PlainStruct
body = b'{"lastUpdateId": 1, "bids": [["4.0", "2", "new"]], "asks": []}'
book = depth.ENDPOINT.read(httpx.Response(200, content=body))
print(issubclass(PriceLevel, PlainStruct), book.bids, book.bids[0].price_decimal)
"""


def test_without_msgspec_rows_are_plain_objects_read_the_same_way() -> None:
    done = subprocess.run([sys.executable, "-c", WITHOUT_MSGSPEC], capture_output=True, text=True, check=True)
    assert done.stdout == "True [PriceLevel(price='4.0', quantity='2')] 4.0\n"
