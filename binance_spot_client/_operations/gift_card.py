"""Rows of `OPERATIONS` for the `gift_card` operations, imported on first use of one of them.

Generated from spec/ by `python -m generator`; do not edit.
"""

from typing import Any

# operationId: (method, path, security, weight, module, tag,
#   parameters: (wire_name, python_name, kind, required, enum, minimum, maximum, pattern, description[, duration]),
#   mutually exclusive groups, one-of-required groups, deprecated, host ("" for the client's base URL),
#   body ("json"/"form" when some parameters travel in the request body), the wire names of those,
#   whether an unsigned operation is signed when a call passes recv_window,
#   the parameter holding the caller's id of the order an order-changing call makes)
ROWS: dict[str, tuple[Any, ...]] = {
    "buyDualTokenGiftCard": (
        "POST", "/sapi/v1/giftcard/buyCode", "TRADE", 1, "binance_spot_client.api.gift_card.buy_dual_token_gift_card", "gift_card",
        (
            ("baseToken", "base_token", "string", True, (), None, None, None, "Token to pay with."),
            ("faceToken", "face_token", "string", True, (), None, None, None, "Token the card redeems to."),
            ("baseTokenAmount", "base_token_amount", "decimal", True, (), None, None, None, "Amount of `base_token` to pay."),
        ),
        (),
        (),
        False,
        "",
        "",
        (),
        False,
        "",
    ),
    "createGiftCard": (
        "POST", "/sapi/v1/giftcard/createCode", "USER_DATA", 1, "binance_spot_client.api.gift_card.create_gift_card", "gift_card",
        (
            ("token", "token", "string", True, (), None, None, None, "Asset the card holds."),
            ("amount", "amount", "decimal", True, (), None, None, None, "Amount of the asset the card holds."),
        ),
        (),
        (),
        False,
        "",
        "",
        (),
        False,
        "",
    ),
    "giftCardRsaPublicKey": (
        "GET", "/sapi/v1/giftcard/cryptography/rsa-public-key", "USER_DATA", 1, "binance_spot_client.api.gift_card.gift_card_rsa_public_key", "gift_card",
        (
        ),
        (),
        (),
        False,
        "",
        "",
        (),
        False,
        "",
    ),
    "giftCardTokenLimit": (
        "GET", "/sapi/v1/giftcard/buyCode/token-limit", "USER_DATA", 1, "binance_spot_client.api.gift_card.gift_card_token_limit", "gift_card",
        (
            ("baseToken", "base_token", "string", True, (), None, None, None, "Token to pay with."),
        ),
        (),
        (),
        False,
        "",
        "",
        (),
        False,
        "",
    ),
    "redeemGiftCard": (
        "POST", "/sapi/v1/giftcard/redeemCode", "USER_DATA", 1, "binance_spot_client.api.gift_card.redeem_gift_card", "gift_card",
        (
            ("code", "code", "string", True, (), None, None, None, "Redemption code, in plain text or encrypted with the RSA public key of the day."),
            ("externalUid", "external_uid", "string", False, (), None, None, None, "Id of the end user on your platform (any format, at most 400 characters); lets Binance apply per-user redemption limits instead of limiting the whole account. Recommended when several of your users redeem through one account."),
        ),
        (),
        (),
        False,
        "",
        "",
        (),
        False,
        "",
    ),
    "verifyGiftCard": (
        "GET", "/sapi/v1/giftcard/verify", "USER_DATA", 1, "binance_spot_client.api.gift_card.verify_gift_card", "gift_card",
        (
            ("referenceNo", "reference_no", "string", True, (), None, None, None, "Gift card number (the `reference_no` returned at creation)."),
        ),
        (),
        (),
        False,
        "",
        "",
        (),
        False,
        "",
    ),
}  # fmt: skip
