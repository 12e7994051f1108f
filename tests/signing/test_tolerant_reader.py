"""The tolerant reader: differences from the spec that lose nothing are read and logged once per
operation; a missing field Binance added lately reads UNSET; only lossy differences raise.

Another change may flip the declared type of the history fields used here (text <-> integer), so
those tests read the declared type from the shipped schemas and send the other one.
"""

from __future__ import annotations

import copy
import importlib
import json
from typing import Any

import httpx
import pytest

from binance_spot_client import OPERATIONS, ResponseValidationError, Spot
from binance_spot_client._websocket_methods import ENDPOINTS
from binance_spot_client.models import SymbolInfo
from binance_spot_client.signing import UNSET, AnswerPlan
from binance_spot_client.signing._tolerance import lossless, read_tolerantly
from tests.api.test_operations import call, example_arguments
from tests.models.test_parsing import answer_plan, example

DRIFT = "binance_spot_client.drift"


@pytest.fixture(autouse=True)
def unreported(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts before its operations have logged: logging is once per operation and process."""
    used = ("exchangeInfo", "flexibleProductCollateralRecord", "flexibleProductRateHistory", "lockedProductPosition")
    for operation_id in (*used, "withdrawTravelRule"):
        plan = answer_plan(operation_id)
        monkeypatch.setattr(plan, "_drift_reported", False)
        monkeypatch.setattr(plan, "_tolerance_reported", False)


def answering(body: Any, **options: Any) -> Spot:
    content = json.dumps(body).encode()
    return Spot(
        "key", "secret", transport=httpx.MockTransport(lambda _: httpx.Response(200, content=content)), **options
    )


def call_operation(client: Spot, operation_id: str) -> Any:
    operation = OPERATIONS[operation_id]
    return call(client, operation, example_arguments(operation)[0])


def drift_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == DRIFT]


def declared_type(operation_id: str, schema_name: str, field: str) -> str:
    """The JSON type the operation's shipped answer schemas declare for `field` of `schema_name`."""
    declared: str = answer_plan(operation_id).schemas[schema_name]["properties"][field]["type"]
    return declared


def plan_for(schema: dict[str, Any], schemas: dict[str, Any] | None = None) -> AnswerPlan:
    return AnswerPlan("probe", schema, schemas=schemas or {})


# Each lossless conversion both ways: (value sent, declared JSON type, value read, note).
LOSSLESS = [
    ("1", "integer", 1, "integer sent as text"),
    ("-42", "integer", -42, "integer sent as text"),
    (1, "string", "1", "integer sent where text is expected"),
    (1646182276000, "string", "1646182276000", "integer sent where text is expected"),
    (7.0, "integer", 7, "integer sent with a decimal point"),
    ("true", "boolean", True, "boolean sent as text"),
    ("false", "boolean", False, "boolean sent as text"),
]


@pytest.mark.parametrize(("sent", "declared", "read", "note"), LOSSLESS)
def test_a_lossless_difference_converts_exactly(sent: object, declared: str, read: object, note: str) -> None:
    converted, change = lossless(sent, declared)
    assert (converted, type(converted), change) == (read, type(read), note)


@pytest.mark.parametrize(
    ("sent", "declared"),
    [("1.5", "integer"), ("01", "integer"), ("", "integer"), ("abc", "integer"), (1.5, "integer"),
     (2.0**60, "integer"), (True, "integer"), (0.1, "string"), (True, "string"), ("yes", "boolean"), (1, "boolean")],
)  # fmt: skip
def test_a_lossy_or_unclear_difference_is_left_for_the_check_to_refuse(sent: object, declared: str) -> None:
    assert lossless(sent, declared) == (sent, None)


SCHEMAS: dict[str, Any] = {
    "Page": {
        "type": "object",
        "required": ["rows", "total"],
        "properties": {"rows": {"type": "array", "items": {"$ref": "Row"}}, "total": {"type": "integer"}},
    },
    "Row": {
        "type": "object",
        "required": ["id", "price", "date", "accepted", "added"],
        "properties": {
            "id": {"type": "integer"},
            "price": {"type": "string"},
            "date": {"type": "string"},
            "accepted": {"type": "boolean", "x-binance-renamed-from": ["accpted"]},
            "added": {"type": "boolean", "x-binance-added": "2025-12"},
        },
    },
}
ROW = {"id": 5, "price": "0.10", "date": "1646182276000", "accepted": True, "added": False}


def test_the_tolerant_reader_converts_renames_and_reports_each_change_once_per_path() -> None:
    sent = {
        "rows": [
            {**ROW, "id": "5", "date": 1646182276000},
            {"id": "6", "price": "0.20", "date": "1", "accpted": False},
        ],
        "total": "2",
    }
    reading = read_tolerantly(sent, {"$ref": "Page"}, SCHEMAS)
    assert reading.payload == {
        "rows": [ROW, {"id": 6, "price": "0.20", "date": "1", "accepted": False}],
        "total": 2,
    }
    assert reading.notes == [
        "$.rows[*].id: integer sent as text",
        "$.rows[*].date: integer sent where text is expected",
        "$.rows[*].accpted: renamed accepted since, read as accepted",
        "$.rows[*].added: missing (added 2025-12), read as UNSET",
        "$.total: integer sent as text",
    ]
    assert sent["total"] == "2"  # the answer as sent is left as it was


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ({**ROW, "price": 0.1}, "Expected `str`, got `float` - at `$.rows[0].price`"),
        ({**ROW, "id": "five"}, "Expected `int`, got `str` - at `$.rows[0].id`"),
        ({**ROW, "id": 5.5}, "Expected `int`, got `float` - at `$.rows[0].id`"),
        ({key: value for key, value in ROW.items() if key != "date"},
         "Object missing required field `date` - at `$.rows[0]`"),
    ],
)  # fmt: skip
def test_a_lossy_difference_or_a_missing_field_binance_always_sent_raises_naming_the_path(
    row: dict[str, Any], problem: str
) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        plan_for({"$ref": "Page"}, SCHEMAS).check({"rows": [row], "total": 1})
    assert caught.value.problems == [problem]


def test_an_answer_that_fits_is_returned_as_it_is() -> None:
    answer = {"rows": [ROW], "total": 1}
    assert plan_for({"$ref": "Page"}, SCHEMAS).check(answer) is answer


@pytest.mark.parametrize(
    ("operation_id", "schema_name", "field"),
    [
        ("flexibleProductCollateralRecord", "SimpleEarnCollateralRecordPage", "total"),
        ("flexibleProductRateHistory", "SimpleEarnFlexibleRatePage", "total"),
    ],
)
def test_a_history_total_sent_as_the_other_type_is_read_and_logged_once(
    caplog: pytest.LogCaptureFixture, operation_id: str, schema_name: str, field: str
) -> None:
    declared = declared_type(operation_id, schema_name, field)
    body = copy.deepcopy(example(operation_id))
    body[field] = "3" if declared == "integer" else 3
    client = answering(body)
    caplog.set_level("WARNING", DRIFT)
    first = call_operation(client, operation_id)
    second = call_operation(client, operation_id)
    expected = 3 if declared == "integer" else "3"
    assert (first.total, type(first.total), second.total) == (expected, type(expected), expected)
    change = "integer sent as text" if declared == "integer" else "integer sent where text is expected"
    assert drift_lines(caplog) == [f"{operation_id} answer differs from the spec without loss: $.{field}: {change}"]


@pytest.mark.parametrize("field", ["purchaseTime", "deliverDate", "nextPayDate"])
def test_a_locked_savings_date_sent_as_the_other_type_is_read(caplog: pytest.LogCaptureFixture, field: str) -> None:
    declared = declared_type("lockedProductPosition", "SimpleEarnLockedPosition", field)
    body = copy.deepcopy(example("lockedProductPosition"))
    body["rows"][0][field] = "1651536000000" if declared == "integer" else 1651536000000
    caplog.set_level("WARNING", DRIFT)
    (row,) = call_operation(answering(body), "lockedProductPosition").rows
    value = row.to_dict()[field]
    assert value == (1651536000000 if declared == "integer" else "1651536000000")
    change = "integer sent as text" if declared == "integer" else "integer sent where text is expected"
    assert drift_lines(caplog) == [
        f"lockedProductPosition answer differs from the spec without loss: $.rows[*].{field}: {change}"
    ]


def test_a_lossy_history_answer_raises_naming_the_field() -> None:
    body = copy.deepcopy(example("flexibleProductCollateralRecord"))
    body["total"] = 2.5
    with pytest.raises(ResponseValidationError) as caught:
        call_operation(answering(body), "flexibleProductCollateralRecord")
    declared = declared_type("flexibleProductCollateralRecord", "SimpleEarnCollateralRecordPage", "total")
    assert caught.value.problems == [
        f"Expected `{'int' if declared == 'integer' else 'str'}`, got `float` - at `$.total`"
    ]


def test_a_travel_rule_withdrawal_answered_with_the_old_field_name_is_read(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("WARNING", DRIFT)
    old = answering({"trId": 123456, "accpted": True, "info": "Withdraw request accepted"})
    result = call_operation(old, "withdrawTravelRule")
    assert (result.tr_id, result.accepted, result.info, result.additional_properties) == (
        123456, True, "Withdraw request accepted", {}
    )  # fmt: skip
    assert drift_lines(caplog) == [
        "withdrawTravelRule answer differs from the spec without loss:"
        " $.accpted: renamed accepted since, read as accepted"
    ]
    assert call_operation(answering(example("withdrawTravelRule")), "withdrawTravelRule").accepted is True


def test_the_old_name_is_read_even_with_type_checks_off() -> None:
    old = answering({"trId": 1, "accpted": False, "info": "no"}, type_checks="off")
    assert call_operation(old, "withdrawTravelRule").accepted is False


def test_a_decoded_result_with_the_old_name_is_read_as_websocket_results_are() -> None:
    read = importlib.import_module(OPERATIONS["withdrawTravelRule"].function).ENDPOINT.read_decoded
    assert read({"trId": 1, "accpted": True, "info": "ok"}).accepted is True
    with pytest.raises(ResponseValidationError, match="missing required field 'trId'"):
        read({"accpted": True, "info": "ok"})
    result = json.dumps(without_opo_allowed()).encode()  # a WebSocket result, checked or not
    for check in (True, False):
        assert ENDPOINTS["exchangeInfo"]().read_content(result, check=check).symbols[0].opo_allowed is UNSET


def without_opo_allowed() -> dict[str, Any]:
    body: dict[str, Any] = copy.deepcopy(example("exchangeInfo"))
    for symbol in body["symbols"]:
        del symbol["opoAllowed"]
    return body


@pytest.mark.parametrize("type_checks", ["account", "all"])
def test_exchange_info_from_before_opo_allowed_reads_it_as_unset(
    caplog: pytest.LogCaptureFixture, type_checks: str
) -> None:
    caplog.set_level("WARNING", DRIFT)
    info = answering(without_opo_allowed(), type_checks=type_checks).exchange_info()
    current = answering(example("exchangeInfo")).exchange_info()
    symbol, expected = info.symbols[0], current.symbols[0]
    assert symbol.opo_allowed is UNSET and isinstance(symbol, SymbolInfo)
    assert symbol.to_dict() == {key: value for key, value in expected.to_dict().items() if key != "opoAllowed"}
    missing = "Object missing required field `opoAllowed` - at `$.symbols[0]`"
    lines = [f"exchangeInfo answer does not fit the spec ({missing}): read the slower way"]
    if type_checks == "all":
        lines.append("exchangeInfo answer differs from the spec without loss: $.symbols[*].opoAllowed: missing "
                     "(added 2025-12), read as UNSET")  # fmt: skip
    assert drift_lines(caplog) == lines


def test_exchange_info_with_opo_allowed_takes_the_fast_path_and_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("WARNING", DRIFT)
    info = answering(example("exchangeInfo"), type_checks="all").exchange_info()
    assert info.symbols[0].opo_allowed is example("exchangeInfo")["symbols"][0]["opoAllowed"]
    assert drift_lines(caplog) == []


def test_a_field_binance_always_sent_is_still_required() -> None:
    body = without_opo_allowed()
    del body["symbols"][0]["ocoAllowed"]
    with pytest.raises(ResponseValidationError) as caught:
        answering(body, type_checks="all").exchange_info()
    assert caught.value.problems == ["Object missing required field `ocoAllowed` - at `$.symbols[0]`"]
