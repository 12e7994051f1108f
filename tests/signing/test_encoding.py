"""Values go on the wire as plain decimal text, lists as compact JSON, booleans in lower case."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

import pytest

from binance_spot_client.signing import ParameterError, encode_query, encode_value


class Side(StrEnum):
    BUY = "BUY"


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (1e-07, "0.0000001"),
        (0.1, "0.1"),
        (0.1 + 0.2, "0.30000000000000004"),
        (1e-08, "0.00000001"),
        (123456789.0, "123456789.0"),
        (Decimal("1E+1"), "10"),
        (Decimal("0.00000100"), "0.00000100"),
        (Decimal("1E-8"), "0.00000001"),
        ("0.1", "0.1"),
        (5, "5"),
        (True, "true"),
        (False, "false"),
        (Side.BUY, "BUY"),
        ("BUY", "BUY"),
        (["BTCUSDT", "BNBUSDT"], '["BTCUSDT","BNBUSDT"]'),
    ],
)
def test_values_have_their_binance_wire_text(value: object, wire: str) -> None:
    assert encode_value(value, "x") == wire


@pytest.mark.parametrize("value", [float("nan"), float("inf"), Decimal("NaN"), Decimal("-Infinity")])
def test_non_finite_numbers_are_refused(value: object) -> None:
    with pytest.raises(ParameterError, match="price"):
        encode_value(value, "price")


def test_query_percent_encodes_non_ascii_and_json_lists() -> None:
    full_width_digits = "\uff11\uff12\uff13"
    assert encode_query({"symbol": full_width_digits, "symbols": ["A", "B"], "limit": 5}) == (
        "symbol=%EF%BC%91%EF%BC%92%EF%BC%93&symbols=%5B%22A%22%2C%22B%22%5D&limit=5"
    )
