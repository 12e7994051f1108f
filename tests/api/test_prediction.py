"""The prediction markets family's wire details that the data-driven tests do not single out.

Numbered fields keep bare brackets, wei amounts are whole-number text of any length, token lists
travel as JSON text, a preview's null order id reads as None, and an order placement whose
answer is lost is reported once, never sent again.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest

from binance_spot_client import OrderStatusUnknownError, ParameterError, Spot
from binance_spot_client.signing import HmacSigner
from tests.conftest import TEST_SECRET, Recorder

WALLET = "0x12e32db8817e292508c34111cbc4b23340df542c"
WALLET_ID = "5b5c1ec3be4e4416a5872b21c1ca5d20"
SIGNED_SUFFIX = "recvWindow=5000&timestamp=1700000000123"


def signed(query: str) -> str:
    """The query the client sends for these parameters: theirs, then the signing fields and the signature."""
    payload = f"{query}&{SIGNED_SUFFIX}"
    return f"{payload}&signature={quote(HmacSigner(TEST_SECRET).sign(payload.encode()), safe='')}"


def test_cancel_list_goes_out_as_numbered_fields_with_bare_brackets(client: Spot, recorder: Recorder) -> None:
    recorder.body = {"canceled": ["11"], "failed": [{"orderId": "12", "reason": "ORDER_ALREADY_FILLED"}]}

    result = client.prediction.batch_cancel_orders(
        WALLET, WALLET_ID, cancel_info_list=[{"orderId": "11"}, {"orderId": "12"}]
    )

    (request,) = recorder.requests
    assert request.method == "POST"
    assert request.url.path == "/sapi/v1/w3w/wallet/prediction/trade/batch-cancel"
    assert request.url.query.decode() == signed(
        f"walletAddress={WALLET}&walletId={WALLET_ID}&cancelInfoList[0].orderId=11&cancelInfoList[1].orderId=12"
    )
    assert result.canceled == ["11"]
    assert [(failure.order_id, failure.reason) for failure in result.failed] == [("12", "ORDER_ALREADY_FILLED")]


def test_reserved_balances_send_each_asset_as_numbered_fields(client: Spot, recorder: Recorder) -> None:
    recorder.body = {"balances": [{"type": "USDT", "amount": "500000000000000000000"}]}

    client.prediction.reserved_balances([{"type": "USDT"}, {"type": "SHARE", "tokenId": "777"}])

    assert recorder.requests[0].url.query.decode() == signed(
        "assets[0].type=USDT&assets[1].type=SHARE&assets[1].tokenId=777"
    )


def test_wei_amounts_longer_than_a_decimal_parameter_go_out_as_given(client: Spot, recorder: Recorder) -> None:
    recorder.body = {"orderId": "26080500000001234567", "secretToken": "a1b2c3d4"}

    created = client.prediction.create_blocktrade(
        "123", "777", "BUY", "600000000000000000000", "1000000000000000000000", "0.65", 1790000000
    )

    assert recorder.requests[0].url.query.decode() == signed(
        "marketId=123&tokenId=777&side=BUY&makerAmount=600000000000000000000"
        "&takerAmount=1000000000000000000000&pricePerShare=0.65&expiration=1790000000"
    )
    assert (created.order_id, created.secret_token) == ("26080500000001234567", "a1b2c3d4")


def test_a_wei_amount_with_a_fraction_is_refused_before_sending(client: Spot, recorder: Recorder) -> None:
    with pytest.raises(ParameterError, match=r"^maker_amount: '1\.5' does not match"):
        client.prediction.create_blocktrade("123", "777", "BUY", "1.5", "10", "0.65", 1790000000)
    assert recorder.requests == []


def test_token_ids_travel_as_json_text(client: Spot, recorder: Recorder) -> None:
    recorder.body = {"batchId": "batch-1", "results": [{"requestId": "req-1", "status": "PENDING"}]}

    batch = client.prediction.batch_redeem(WALLET, WALLET_ID, ["112233", "112234"])

    assert recorder.requests[0].url.query.decode() == signed(
        f"walletAddress={WALLET}&walletId={WALLET_ID}&tokenIds=%5B%22112233%22%2C%22112234%22%5D"
    )
    assert [(result.request_id, result.status) for result in batch.results] == [("req-1", "PENDING")]


def test_a_preview_reads_its_null_order_id_and_taker_as_none(client: Spot, recorder: Recorder) -> None:
    recorder.body = {
        "orderId": None,
        "status": "OPEN",
        "orderData": {
            "status": "OPEN", "marketId": "123", "tokenId": "777", "side": 1, "maker": WALLET, "taker": None,
            "makerAmount": "1000000000000000000000", "takerAmount": "650000000000000000000", "price": 0.65,
            "quoteType": "Ask", "createdAt": "2026-08-05T10:30:00.000Z",
        },
    }  # fmt: skip

    preview = client.prediction.preview_blocktrade("a1b2c3d4")

    assert preview.order_id is None
    assert preview.order_data.taker is None
    assert (preview.order_data.side, preview.order_data.quote_type, preview.order_data.price) == (1, "Ask", 0.65)


def test_a_placement_whose_answer_is_lost_is_reported_and_not_sent_again(client: Spot, recorder: Recorder) -> None:
    recorder.status = 503
    recorder.body = {"code": -1000, "msg": "busy"}

    with pytest.raises(OrderStatusUnknownError) as caught:
        client.prediction.place_order(WALLET, WALLET_ID, "q-1", "FOK", "SPOT", "MARKET", 100)

    assert len(recorder.requests) == 1
    assert caught.value.operation_id == "placeOrder"
    assert caught.value.client_order_id is None
    assert str(caught.value) == (
        "placeOrder: outcome unknown (HTTP 503, code -1000: busy); check what it did before sending it again"
    )
