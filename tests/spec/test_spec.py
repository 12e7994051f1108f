"""The spec is valid OpenAPI, covers every current /api/v3 operation, and keeps our conventions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from generator.bundle import SpecConflictError, bundle
from generator.published import FAMILIES, README, TABLE_END, TABLE_START, coverage_table, readme_with_table

# The 48 endpoints of Binance's REST reference (rest-api.md, 2026-07).
API_V3 = {
    ("GET", "/api/v3/ping"), ("GET", "/api/v3/time"), ("GET", "/api/v3/exchangeInfo"),
    ("GET", "/api/v3/executionRules"), ("GET", "/api/v3/depth"), ("GET", "/api/v3/trades"),
    ("GET", "/api/v3/historicalTrades"), ("GET", "/api/v3/historicalBlockTrades"), ("GET", "/api/v3/aggTrades"),
    ("GET", "/api/v3/klines"), ("GET", "/api/v3/uiKlines"), ("GET", "/api/v3/avgPrice"),
    ("GET", "/api/v3/ticker/24hr"), ("GET", "/api/v3/ticker/tradingDay"), ("GET", "/api/v3/ticker/price"),
    ("GET", "/api/v3/ticker/bookTicker"), ("GET", "/api/v3/ticker"), ("GET", "/api/v3/referencePrice"),
    ("GET", "/api/v3/referencePrice/calculation"), ("POST", "/api/v3/order"), ("POST", "/api/v3/order/test"),
    ("DELETE", "/api/v3/order"), ("DELETE", "/api/v3/openOrders"), ("POST", "/api/v3/order/cancelReplace"),
    ("PUT", "/api/v3/order/amend/keepPriority"), ("POST", "/api/v3/order/oco"), ("POST", "/api/v3/orderList/oco"),
    ("POST", "/api/v3/orderList/oto"), ("POST", "/api/v3/orderList/otoco"), ("POST", "/api/v3/orderList/opo"),
    ("POST", "/api/v3/orderList/opoco"), ("DELETE", "/api/v3/orderList"), ("POST", "/api/v3/sor/order"),
    ("POST", "/api/v3/sor/order/test"), ("GET", "/api/v3/account"), ("GET", "/api/v3/order"),
    ("GET", "/api/v3/openOrders"), ("GET", "/api/v3/allOrders"), ("GET", "/api/v3/orderList"),
    ("GET", "/api/v3/allOrderList"), ("GET", "/api/v3/openOrderList"), ("GET", "/api/v3/myTrades"),
    ("GET", "/api/v3/rateLimit/order"), ("GET", "/api/v3/myPreventedMatches"), ("GET", "/api/v3/myAllocations"),
    ("GET", "/api/v3/account/commission"), ("GET", "/api/v3/order/amendments"), ("GET", "/api/v3/myFilters"),
}  # fmt: skip
SECURITY_TYPES = {"NONE", "TRADE", "USER_DATA", "USER_STREAM", "MARKET_DATA", "OAUTH"}
SIGNING_PARAMETERS = {"timestamp", "recvWindow", "signature"}


def operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in ("get", "post", "put", "delete")
    ]


@pytest.mark.slow  # the generator's own first step; openapi-spec-validator takes 20-30 s over the bundle
def test_bundled_spec_is_valid_openapi(spec: dict[str, Any]) -> None:
    validate(spec)


def test_spec_covers_every_current_api_v3_operation(spec: dict[str, Any]) -> None:
    covered = {(method, path) for method, path, _ in operations(spec) if path.startswith("/api/v3/")}
    assert len(API_V3) == 48
    assert API_V3 - covered == set(), "missing"
    assert covered - API_V3 == set(), "not in Binance's reference"


def test_operation_ids_are_unique(spec: dict[str, Any]) -> None:
    ids = [operation["operationId"] for _, _, operation in operations(spec)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("field", ["operationId", "tags", "summary", "x-binance-security", "x-binance-weight"])
def test_every_operation_carries(spec: dict[str, Any], field: str) -> None:
    assert [op["operationId"] for _, _, op in operations(spec) if field not in op] == []


def test_security_marking_matches_the_api_key_scheme(spec: dict[str, Any]) -> None:
    for _, _, operation in operations(spec):
        security = operation["x-binance-security"]
        assert security in SECURITY_TYPES
        if security == "OAUTH":  # Binance Login: the scheme, with the scope the operation needs
            assert [list(entry) for entry in operation["security"]] == [["BinanceLogin"]], operation["operationId"]
            continue
        expected: list[dict[str, list[str]]] = [] if security == "NONE" else [{"ApiKey": []}]
        assert operation["security"] == expected, operation["operationId"]


def test_signing_parameters_are_never_spec_parameters(spec: dict[str, Any]) -> None:
    for _, _, operation in operations(spec):
        names = {p["name"] for p in operation.get("parameters", [])}
        assert names & SIGNING_PARAMETERS == set(), operation["operationId"]


def test_every_success_response_has_an_example(spec: dict[str, Any]) -> None:
    for _, _, operation in operations(spec):
        media = operation["responses"]["200"]["content"]["application/json"]
        assert media.get("examples"), operation["operationId"]


def test_error_codes_are_an_integer_enum_with_names(spec: dict[str, Any]) -> None:
    codes = spec["components"]["schemas"]["ErrorCode"]
    assert codes["type"] == "integer"
    assert len(codes["enum"]) == len(codes["x-enum-varnames"])
    assert {-1021, -1022, -1121, -2010, -2011} <= set(codes["enum"])


def test_a_component_defined_twice_is_a_conflict(tmp_path: Any) -> None:
    (tmp_path / "components").mkdir()
    (tmp_path / "api_v3").mkdir()
    (tmp_path / "binance-spot.yaml").write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n")
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / "components" / name).write_text("components:\n  schemas:\n    Same: {type: string}\n")
    with pytest.raises(SpecConflictError, match="Same"):
        bundle(tmp_path)


def test_every_published_operation_is_covered_or_excused(spec: dict[str, Any]) -> None:
    folder = Path(__file__).resolve().parents[2] / "spec" / "coverage"
    published = {tuple(line.split(" ", 1)) for line in (folder / "published.txt").read_text().splitlines() if line}
    excused = yaml.safe_load((folder / "exceptions.yaml").read_text()) or {}
    assert all(isinstance(reason, str) and reason for reason in excused.values())
    covered = {(method, path) for method, path, _ in operations(spec)}
    missing = sorted(f"{m} {p}" for m, p in published - covered if f"{m} {p}" not in excused)
    assert missing == []
    assert len(published) >= 347


def test_retired_operations_say_why(spec: dict[str, Any]) -> None:
    unexplained = [
        op["operationId"]
        for _, path, op in operations(spec)
        if op.get("deprecated") and path.startswith("/sapi/") and not op.get("x-binance-deprecation-reason")
    ]
    assert unexplained == []


def test_readme_coverage_table_is_current(spec: dict[str, Any]) -> None:
    by_key = {(method, path): operation for method, path, operation in operations(spec)}
    table = coverage_table(by_key, yaml.safe_load(FAMILIES.read_text()))
    readme = README.read_text()
    assert readme == readme_with_table(readme, table), "run: python -m generator.published table"
    assert readme.index(TABLE_START) < readme.index(TABLE_END)


def test_coverage_table_needs_an_entry_for_every_family(spec: dict[str, Any]) -> None:
    by_key = {(method, path): operation for method, path, operation in operations(spec)}
    families = yaml.safe_load(FAMILIES.read_text())
    del families["stocks"]
    with pytest.raises(ValueError, match=r"families\.yaml has no entry for stocks"):
        coverage_table(by_key, families)


def test_optional_signatures_are_on_market_data_operations_only(spec: dict[str, Any]) -> None:
    marked = {op["operationId"]: op for _, _, op in operations(spec) if "x-binance-signature" in op}
    assert {op["x-binance-security"] for op in marked.values()} == {"MARKET_DATA"}
    assert {op["x-binance-signature"] for op in marked.values()} == {"optional"}
    assert sorted(marked) == [
        "isolatedMarginAllPairs", "marginDelistSchedule", "marginListSchedule", "spotDelistSchedule",
    ]  # fmt: skip


def test_a_named_client_order_id_is_a_parameter_of_an_order_changing_operation(spec: dict[str, Any]) -> None:
    named = [(method, op) for method, _, op in operations(spec) if "x-binance-client-order-id" in op]
    assert sorted(op["operationId"] for _, op in named) == ["newEquityOrder", "tokenizedMint", "tokenizedRedeem"]
    for method, op in named:
        assert method != "GET" and op["x-binance-client-order-id"] in {p["name"] for p in op["parameters"]}
