"""SBE's mantissa/exponent decimals as the exact text Binance's JSON shows: as many decimals as
the exponent says, trailing zeros kept ("0.01000000" for a quantity of exponent -8).

The reference is `decimal.Decimal`, which shares no code with the decoders: the value-by-value
`decimal_text` and the bulk path of `decimal_columns` (signing/_sbe.py) must both agree with it.
"""

from __future__ import annotations

import decimal
import json
import struct

from hypothesis import given
from hypothesis import strategies as st

from binance_spot_client._sbe_spot import SCHEMA
from binance_spot_client.api.market.depth import ENDPOINT as DEPTH
from binance_spot_client.api.market.klines import ENDPOINT as KLINES
from binance_spot_client.models.kline import Kline
from binance_spot_client.models.price_level import PriceLevel
from binance_spot_client.signing._sbe import decimal_columns, decimal_text
from tests.sbe.test_fixtures import DEPTH_JSON, DEPTH_SBE, KLINES_JSON, KLINES_SBE

INT64 = (-(2**63), 2**63 - 1)
# Where the bulk path changes behaviour: its 10**18 limit, int64's ends (the minimum is SBE's null).
EDGES = [0, 1, -1, 9, 10, 10**17, 10**18 - 1, 10**18, 9 * 10**17, INT64[0], INT64[1], INT64[0] + 1]
mantissas = st.one_of(st.sampled_from(EDGES), st.integers(*INT64), st.integers(0, 10**10))
exponents = st.integers(-128, 127)  # an int8


def reference(mantissa: int, exponent: int) -> str:
    with decimal.localcontext(decimal.Context(prec=200)):
        return format(decimal.Decimal(mantissa).scaleb(exponent), "f")


def test_examples_read_as_binance_writes_them() -> None:
    assert decimal_text(1000000, -8) == "0.01000000"
    assert decimal_text(0, -8) == "0.00000000"
    assert decimal_text(-150, -2) == "-1.50"
    assert decimal_text(7, 0) == "7"
    assert decimal_text(-15, 2) == "-1500"
    assert decimal_text(INT64[1], -8) == "92233720368.54775807"
    assert decimal_text(INT64[0], -8) == "-92233720368.54775808"


@given(st.one_of(mantissas, st.integers(-(2**127), 2**127 - 1)), exponents)
def test_decimal_text_is_the_exact_decimal(mantissa: int, exponent: int) -> None:
    assert decimal_text(mantissa, exponent) == reference(mantissa, exponent)


def group_bytes(entries: list[tuple[int, int, int]]) -> bytes:
    """Entries of an int64, then a 128-bit mantissa as its low and high int64 halves, behind 3 bytes."""
    body = b"".join(struct.pack("<q", a) + (b & (2**128 - 1)).to_bytes(16, "little") for a, b, _ in entries)
    return b"pad" + body


column_values = st.one_of(
    st.lists(mantissas, max_size=150),
    # One magnitude, as prices and quantities come: the bulk path, with some wider value now and then.
    st.integers(1, 18).flatmap(lambda digits: st.lists(st.integers(0, 10**digits - 1), min_size=1, max_size=300)),
)


@given(column_values, column_values, st.integers(-20, 3), st.integers(-20, 3), st.data())
def test_decimal_columns_agree_with_the_decimal_of_each_value(
    first: list[int], second: list[int], first_exponent: int, second_exponent: int, data: st.DataObject
) -> None:
    count = min(len(first), len(second))
    wide = data.draw(st.lists(st.integers(-(2**127), 2**127 - 1), min_size=count, max_size=count))
    use_wide = data.draw(st.booleans())
    seconds = wide if use_wide else second[:count]
    entries = [(a, b, 0) for a, b in zip(first[:count], seconds, strict=True)]
    view = memoryview(group_bytes(entries))
    texts = decimal_columns(view, 3, count, 3, ((0, -1, first_exponent), (1, 2, second_exponent)))
    assert texts == [
        [reference(a, first_exponent) for a, _, _ in entries],
        [reference(b, second_exponent) for _, b, _ in entries],
    ]


def test_a_wider_value_between_the_sampled_ones_is_still_exact() -> None:
    # W is guessed from every 64th mantissa; the 15-digit one at index 1 is not among them.
    values = [7] * 200
    values[1] = 123456789012345
    view = memoryview(group_bytes([(value, 3, 0) for value in values]))
    texts = decimal_columns(view, 3, 200, 3, ((0, -1, -8),))
    assert texts[0][:3] == ["0.00000007", "1234567.89012345", "0.00000007"]
    assert texts[0] == [reference(value, -8) for value in values]


def test_a_negative_mantissa_does_not_carry_into_its_neighbour() -> None:
    # Adding 10**W to a negative mantissa overflows its 8 bytes into the next field's.
    entries = [(-5, 5828188, 0), (100000, 56, 0)]
    view = memoryview(group_bytes(entries))
    texts = decimal_columns(view, 3, 2, 3, ((0, -1, -8), (1, 2, -8)))
    assert texts == [["-0.00000005", "0.00100000"], ["0.05828188", "0.00000056"]]


def test_rows_built_as_the_answers_row_model_equal_the_rows_read_from_json() -> None:
    _, depth = SCHEMA.decode(DEPTH_SBE, PriceLevel)
    assert depth["bids"] == [PriceLevel("4.00000000", "431.00000000")]
    assert depth["asks"] == [PriceLevel("4.00000200", "12.00000000")]
    assert DEPTH.parse(depth) == DEPTH.parse(json.loads(DEPTH_JSON))
    _, klines = SCHEMA.decode(KLINES_SBE, Kline)
    assert klines == [Kline(*row) for row in json.loads(KLINES_JSON)]
    assert KLINES.parse(klines) == KLINES.parse(json.loads(KLINES_JSON))
