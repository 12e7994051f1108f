"""exchangeInfo's and the tickers' models are msgspec structs (`signing.StructModel`), decoded from the bytes.

The answer's decoder builds every symbol, filter and ticker in C; a body it refuses (a field
the spec does not know, a filter type it has no class for, a wrong JSON type) is read the
plain way by the generated `from_dict`. Both readings must give the same models.
"""

from __future__ import annotations

import copy
import json
import logging
import pickle
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from types import SimpleNamespace
from typing import Any, cast

import httpx
import msgspec
import pytest

from binance_spot_client import ResponseValidationError, Spot
from binance_spot_client.models import (
    ExchangeInfo,
    ExchangeMaxNumOrdersFilter,
    LotSizeFilter,
    MyFilters,
    PriceFilter,
    PriceFilterFilterType,
    SymbolInfo,
    SymbolStatus,
    Ticker24HrFull,
    Ticker24HrMini,
    TickerPrice,
)
from binance_spot_client.signing import UNSET, StructModel
from generator.answers import AnswerPlanCode, _Planner
from generator.index import SpecIndex
from tests.models.test_parsing import answer_plan, assert_same, example, parse
from tests.models.test_rows import parse_plainly

INFO = example("exchangeInfo")


def changed(edit: Any) -> dict[str, Any]:
    """A copy of the spec's exchangeInfo example with `edit(body)` applied."""
    body: dict[str, Any] = copy.deepcopy(INFO)
    edit(body)
    return body


def decoded(body: dict[str, Any]) -> ExchangeInfo:
    info: ExchangeInfo = answer_plan("exchangeInfo").decode_fast(json.dumps(body).encode())
    return info


def refused(body: dict[str, Any]) -> bool:
    try:
        decoded(body)
    except msgspec.ValidationError:
        return True
    return False


def test_the_decoder_builds_the_whole_answer_as_struct_models_with_exact_values() -> None:
    info = decoded(INFO)
    assert type(info) is ExchangeInfo and isinstance(info, StructModel)
    assert info.exchange_filters == [ExchangeMaxNumOrdersFilter(1000)]
    (symbol,) = info.symbols
    assert type(symbol) is SymbolInfo and symbol.symbol == "ETHBTC" and symbol.permission_sets == [["SPOT", "MARGIN"]]
    assert symbol.filters == [
        PriceFilter("0.00000100", "100000.00000000", "0.00000100"),
        LotSizeFilter("0.00100000", "100000.00000000", "0.00100000"),
    ]
    price = symbol.filters[0]
    assert isinstance(price, PriceFilter)
    assert price.filter_type is PriceFilterFilterType.PRICE_FILTER
    assert price.tick_size_decimal == Decimal("0.000001")
    assert info.sors is not UNSET and info.sors[0].symbols == ["BTCUSDT", "BTCUSDC"]
    assert info.to_dict() == INFO


def test_the_generated_parse_uses_the_decoder_and_equals_the_plain_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_same(parse("exchangeInfo", INFO), decoded(INFO))
    assert_same(parse("exchangeInfo", INFO), parse_plainly("exchangeInfo", INFO, monkeypatch))


OFF_THE_SPEC = {
    "a new symbol field": lambda body: body["symbols"][0].update(newRule=True),
    "a new filter field": lambda body: body["symbols"][0]["filters"][0].update(maxPriceStep="5"),
    "a new top-level field": lambda body: body.update(serverTimeZone="UTC"),
    "a number for a tick size": lambda body: body["symbols"][0]["filters"][0].update(tickSize=0.000001),
}


@pytest.mark.parametrize("edit", list(OFF_THE_SPEC.values()), ids=list(OFF_THE_SPEC))
def test_a_body_off_the_spec_is_refused_by_the_decoder_and_read_plainly(
    edit: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = changed(edit)
    assert refused(body)
    assert_same(parse("exchangeInfo", body), parse_plainly("exchangeInfo", body, monkeypatch))


def test_an_enum_value_the_spec_does_not_know_is_kept_by_the_decoder_too(monkeypatch: pytest.MonkeyPatch) -> None:
    body = changed(lambda body: body["symbols"][0].update(status="PAUSED_FOR_AUCTION"))
    status = decoded(body).symbols[0].status  # msgspec asks the enum, whose drift handling keeps the value
    assert status == "PAUSED_FOR_AUCTION" and isinstance(status, SymbolStatus)
    assert_same(parse("exchangeInfo", body), parse_plainly("exchangeInfo", body, monkeypatch))


def test_fields_the_spec_does_not_know_are_kept_on_the_struct_that_received_them() -> None:
    body = changed(lambda body: body["symbols"][0]["filters"][1].update(maxQtyStep="5", note=None))
    info = parse("exchangeInfo", body)
    lot = info.symbols[0].filters[1]
    assert lot.additional_properties == {"maxQtyStep": "5", "note": None}
    assert lot["maxQtyStep"] == "5" and "note" in lot and lot.additional_keys == ["maxQtyStep", "note"]
    assert info.symbols[0].filters[0].additional_properties == {} and info.symbols[0].additional_properties == {}
    assert info.to_dict() == body


def test_unknown_fields_count_in_equality_and_survive_repr_copies_and_pickles() -> None:
    plain = LotSizeFilter(min_qty="1", max_qty="9", step_size="1")
    extended = LotSizeFilter.from_dict({**plain.to_dict(), "maxQtyStep": "5"})
    assert extended != plain and plain != extended and plain == LotSizeFilter("1", "9", "1")
    assert repr(plain) == "LotSizeFilter(min_qty='1', max_qty='9', step_size='1')"
    assert repr(extended) == (
        "LotSizeFilter(min_qty='1', max_qty='9', step_size='1', additional_properties={'maxQtyStep': '5'})"
    )
    clones: list[Callable[[LotSizeFilter], LotSizeFilter]] = [
        copy.copy,
        copy.deepcopy,
        lambda model: pickle.loads(pickle.dumps(model)),
    ]
    for clone in clones:
        assert clone(plain) == plain and clone(plain).additional_properties == {}
        twin = clone(extended)
        assert twin == extended and twin.additional_properties == {"maxQtyStep": "5"}
        assert twin.filter_type == "LOT_SIZE" and twin.to_dict() == extended.to_dict()
    assert copy.deepcopy(extended).additional_properties is not extended.additional_properties


def test_an_optional_field_left_out_is_unset_in_both_readings(monkeypatch: pytest.MonkeyPatch) -> None:
    body = changed(lambda body: body.pop("sors"))
    assert decoded(body).sors is UNSET
    assert parse_plainly("exchangeInfo", body, monkeypatch).sors is UNSET
    assert "sors" not in decoded(body).to_dict()


def test_a_filter_type_without_a_class_fails_the_answer_as_before() -> None:
    body = changed(lambda body: body["symbols"][0]["filters"].append({"filterType": "NEW_FILTER", "limit": 1}))
    assert refused(body)
    with pytest.raises(ResponseValidationError):
        parse("exchangeInfo", body)


def test_a_filter_refuses_another_filters_tag_when_built_from_a_dict() -> None:
    with pytest.raises(ValueError, match="'LOT_SIZE' is not a valid PriceFilterFilterType"):
        PriceFilter.from_dict({"filterType": "LOT_SIZE", "minPrice": "1", "maxPrice": "2", "tickSize": "1"})


def test_models_outside_exchange_info_still_read_the_shared_filters() -> None:
    filters = parse("myFilters", example("myFilters"))
    assert type(filters) is MyFilters and not isinstance(filters, StructModel)
    assert all(isinstance(item, StructModel) for item in filters.symbol_filters)


def test_type_checks_pass_a_decoded_answer_and_still_check_a_plain_one() -> None:
    def client(body: dict[str, Any]) -> Spot:
        content = json.dumps(body).encode()
        transport = httpx.MockTransport(lambda _: httpx.Response(200, content=content))
        return Spot("key", "secret", type_checks="all", transport=transport)

    assert client(INFO).exchange_info().symbols[0].symbol == "ETHBTC"
    wrong = changed(lambda body: body["symbols"][0].update(symbol=5.5))
    with pytest.raises(ResponseValidationError) as caught:
        client(wrong).exchange_info()
    assert str(caught.value) == "exchangeInfo: Expected `str`, got `float` - at `$.symbols[0].symbol`"


TICKER_EXAMPLES = [
    (operation_id, name)
    for operation_id, names in {
        "ticker24hr": ("full", "mini", "fullList", "miniList"),
        "ticker": ("full", "mini", "fullList", "miniList"),
        "tickerTradingDay": ("full", "mini", "fullList", "miniList"),
        "tickerPrice": ("single", "list"),
        "tickerBookTicker": ("single", "list"),
    }.items()
    for name in names
]


@pytest.mark.parametrize(("operation_id", "name"), TICKER_EXAMPLES, ids=[f"{o}-{n}" for o, n in TICKER_EXAMPLES])
def test_tickers_of_every_variant_are_decoded_and_equal_the_plain_reading(
    operation_id: str, name: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    body = example(operation_id, name)
    # FULL or MINI, one or a list: no fallback.
    decoded = answer_plan(operation_id).decode_fast(json.dumps(body).encode())
    with caplog.at_level(logging.WARNING, logger="binance_spot_client.drift"):
        assert_same(parse(operation_id, body), parse_plainly(operation_id, body, monkeypatch))
    assert_same(parse(operation_id, body), decoded)
    assert caplog.records == []


def test_a_variant_is_decoded_only_if_the_earlier_ones_could_not_read_its_bodies() -> None:
    wide = {"properties": {"a": {}, "b": {}}, "required": ["a", "b"]}
    narrow = {"properties": {"a": {}, "c": {}}, "required": ["a"]}
    index = cast(SpecIndex, SimpleNamespace(schemas={"Wide": wide, "Narrow": narrow}))
    planner = _Planner(index, AnswerPlanCode(schema="{}"))
    assert planner.told_apart(["Wide", "Narrow"]) == ["Wide", "Narrow"]  # Wide requires b, which Narrow lacks
    assert planner.told_apart(["Narrow", "Wide"]) == ["Narrow"]  # Narrow.from_dict would read a Wide body: stop
    assert planner.told_apart([None, "Narrow"]) == []


def test_a_ticker_of_neither_variant_is_read_plainly_and_reported_by_the_first_variant(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(answer_plan("ticker24hr"), "_drift_reported", False)
    body = [{**example("ticker24hr", "fullList")[0], "newStat": "1"}]
    with caplog.at_level(logging.WARNING, logger="binance_spot_client.drift"):
        (ticker,) = parse("ticker24hr", body)
    assert type(ticker) is Ticker24HrFull and ticker.additional_properties == {"newStat": "1"}
    assert [record.getMessage() for record in caplog.records] == [
        "ticker24hr answer does not fit the spec (Object contains unknown field `newStat` - at `$[0]`):"
        " read the slower way"
    ]
    assert_same([ticker], parse_plainly("ticker24hr", body, monkeypatch))


def test_a_list_of_tickers_is_read_into_structs_with_exact_values() -> None:
    assert parse("tickerPrice", [{"symbol": "LTCBTC", "price": "4.00000200"}]) == [TickerPrice("LTCBTC", "4.00000200")]
    (full,) = parse("ticker24hr", example("ticker24hr", "fullList")[:1])
    assert type(full) is Ticker24HrFull and full.to_dict() == example("ticker24hr", "fullList")[0]
    (mini,) = parse("ticker24hr", example("ticker24hr", "miniList")[:1])
    assert type(mini) is Ticker24HrMini and mini.to_dict() == example("ticker24hr", "miniList")[0]


def test_type_checks_pass_decoded_tickers_and_still_check_plain_ones() -> None:
    def prices(body: object) -> Any:
        content = json.dumps(body).encode()
        transport = httpx.MockTransport(lambda _: httpx.Response(200, content=content))
        return Spot("key", "secret", type_checks="all", transport=transport).ticker_price()

    assert prices([{"symbol": "LTCBTC", "price": "4.00000200"}]) == [TickerPrice("LTCBTC", "4.00000200")]
    with pytest.raises(ResponseValidationError) as caught:
        prices([{"symbol": "LTCBTC", "price": 4.000002}])
    assert str(caught.value) == "tickerPrice: Expected `str`, got `float` - at `$[0].price`"


WITHOUT_MSGSPEC = """
import sys
sys.modules["msgspec"] = None  # `import msgspec` fails, as on PyPy
import json
import httpx
from binance_spot_client.api.general import exchange_info
from binance_spot_client.signing import UNSET, PlainStruct, PlainUnset
body = json.loads(sys.stdin.read())
info = exchange_info.ENDPOINT.read(httpx.Response(200, content=json.dumps(body).encode()))
print(isinstance(info, PlainStruct), isinstance(UNSET, PlainUnset), info.to_dict() == body)
print(info.symbols[0].filters[0])
import copy, pickle
from binance_spot_client.models import LotSizeFilter
lot = LotSizeFilter.from_dict({"filterType": "LOT_SIZE", "minQty": "1", "maxQty": "9", "stepSize": "1", "new": 1})
print(lot != LotSizeFilter("1", "9", "1"), copy.copy(lot) == lot == pickle.loads(pickle.dumps(lot)), repr(lot))
"""


def test_without_msgspec_the_models_are_plain_objects_read_the_same_way() -> None:
    body = json.dumps(changed(lambda body: body.pop("sors")))
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_MSGSPEC], input=body, capture_output=True, text=True, check=True
    )
    assert done.stdout == (
        "True True True\nPriceFilter(min_price='0.00000100', max_price='100000.00000000', tick_size='0.00000100')\n"
        "True True LotSizeFilter(min_qty='1', max_qty='9', step_size='1', additional_properties={'new': 1})\n"
    )


def test_a_body_off_the_spec_is_reported_once_on_the_drift_logger(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(answer_plan("exchangeInfo"), "_drift_reported", False)
    body = changed(lambda body: body["symbols"][0].update(newRule=True))
    with caplog.at_level(logging.WARNING, logger="binance_spot_client.drift"):
        parse("exchangeInfo", body)
        parse("exchangeInfo", body)
        parse("exchangeInfo", INFO)
    assert [record.getMessage() for record in caplog.records] == [
        "exchangeInfo answer does not fit the spec (Object contains unknown field `newRule` - at `$.symbols[0]`):"
        " read the slower way"
    ]
