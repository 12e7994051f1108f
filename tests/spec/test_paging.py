"""`x-binance-paging`: every operation that looks paged has an iterator or a recorded reason, and
the generator refuses a plan that does not fit its operation."""

from __future__ import annotations

import copy
from operator import attrgetter
from pathlib import Path
from typing import Any

import pytest
import yaml

from binance_spot_client import Spot
from binance_spot_client._paging import PAGED_OPERATIONS
from generator.index import SpecIndex
from generator.paging import EXTENSION, looks_paged, paged_operations

REASONS = Path(__file__).resolve().parents[2] / "spec" / "coverage" / "paging.yaml"


def test_every_operation_that_looks_paged_has_an_iterator_or_a_reason(spec: dict[str, Any]) -> None:
    index = SpecIndex(spec)
    reasons: dict[str, str] = yaml.safe_load(REASONS.read_text())
    iterated = {paged.op.operation_id for paged in paged_operations(index)}
    assert sorted(set(looks_paged(index)) - iterated - set(reasons)) == []
    assert sorted(set(reasons) & iterated) == []  # a stale reason for an operation that has its iterator
    assert sorted(set(reasons) - set(index.operations)) == []
    assert all(isinstance(reason, str) and len(reason) > 20 for reason in reasons.values())


def test_the_generated_list_names_each_iterator_where_users_find_it(spec: dict[str, Any]) -> None:
    paged = paged_operations(SpecIndex(spec))
    assert list(PAGED_OPERATIONS) == [p.op.operation_id for p in paged]
    assert PAGED_OPERATIONS["klines"] == "Spot.iter_klines"
    assert PAGED_OPERATIONS["depositHistory"] == "Spot.wallet.iter_deposit_history"
    with Spot() as client:
        for place in PAGED_OPERATIONS.values():
            assert callable(attrgetter(place.removeprefix("Spot."))(client)), place


def paging_on(spec: dict[str, Any], path: str, method: str, plan: dict[str, Any]) -> SpecIndex:
    changed = copy.deepcopy(spec)
    changed["paths"][path][method][EXTENSION] = plan
    return SpecIndex(changed)


def test_the_generator_refuses_paging_on_an_order_call(spec: dict[str, Any]) -> None:
    index = paging_on(spec, "/api/v3/order", "post", {"by": "page", "limit": "quantity", "cursor": "price"})
    with pytest.raises(ValueError, match="newOrder: x-binance-paging: only reads page"):
        paged_operations(index)


@pytest.mark.parametrize(
    ("plan", "problem"),
    [
        ({"by": "time", "limit": "limit", "start": "since", "item-time": "openTime"}, "start names 'since'"),
        ({"by": "time", "limit": "limit", "start": "startTime", "item-time": "shut"}, "item-time names 'shut'"),
        ({"by": "id", "limit": "limit", "start": "startTime", "item-time": "openTime"}, "`cursor` names the parameter"),
        ({"by": "window", "limit": "limit"}, "`by` is one of"),
        ({"by": "time", "limit": "symbol", "start": "startTime", "item-time": "openTime"}, "symbol has no maximum"),
    ],
)  # fmt: skip
def test_the_generator_names_what_does_not_fit(spec: dict[str, Any], plan: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValueError, match=f"^klines: x-binance-paging: {problem}"):
        paged_operations(paging_on(spec, "/api/v3/klines", "get", plan))
