"""The `gift_card` operations of the /sapi surface, reached as `client.gift_card`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Unpack

from .._group_paging.gift_card import AsyncGiftCardPaging, GiftCardPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    SpotClient,
    async_raw_response_wrapper,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.gift_card_code_result import GiftCardCodeResult
    from ..models.gift_card_redemption import GiftCardRedemption
    from ..models.gift_card_rsa_public_key import GiftCardRsaPublicKey
    from ..models.gift_card_token_limits import GiftCardTokenLimits
    from ..models.gift_card_verification import GiftCardVerification


DecimalLike = str | int | float | Decimal


class GiftCard(GiftCardPaging):
    """`gift_card` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def buy_dual_token_gift_card(
        self,
        base_token: str,
        face_token: str,
        base_token_amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> GiftCardCodeResult:
        """Buy a dual-token gift card.

        Buys a fixed-value gift card that redeems to `face_token` while being paid in `base_token`
        (crypto or fiat) from the funding wallet. With both tokens equal, it is the same as creating a
        gift card. Which payment tokens are accepted comes from the token limit endpoint. The account
        must have passed KYC, hold the amount in its funding wallet, and the API key needs the
        withdrawal permission. At most 200 cards and 2 BTC worth can be created per 24 hours.

        POST /sapi/v1/giftcard/buyCode · security TRADE · weight 1


        Args:
            base_token: Token to pay with. Required.
            face_token: Token the card redeems to. Required.
            base_token_amount: Amount of `base_token` to pay. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            GiftCardCodeResult
        """
        from ..api.gift_card import buy_dual_token_gift_card as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                base_token=base_token,
                face_token=face_token,
                base_token_amount=base_token_amount,
            ),
            options,
        )

    def create_gift_card(
        self,
        token: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> GiftCardCodeResult:
        """Create a gift card.

        Creates a single-token gift card: the amount of `token` is taken from the funding wallet and can
        be claimed by whoever redeems the code. The account must have passed KYC, hold the amount in its
        funding wallet, and the API key needs the withdrawal permission. At most 200 cards and 2 BTC
        worth can be created per 24 hours.

        POST /sapi/v1/giftcard/createCode · security USER_DATA · weight 1


        Args:
            token: Asset the card holds. Required.
            amount: Amount of the asset the card holds. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            GiftCardCodeResult
        """
        from ..api.gift_card import create_gift_card as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                token=token,
                amount=amount,
            ),
            options,
        )

    def gift_card_rsa_public_key(
        self,
        **options: Unpack[CallOptions],
    ) -> GiftCardRsaPublicKey:
        """Gift card RSA public key.

        Returns the RSA public key used to encrypt gift card codes before redemption. The key changes
        daily.

        GET /sapi/v1/giftcard/cryptography/rsa-public-key · security USER_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            GiftCardRsaPublicKey
        """
        from ..api.gift_card import gift_card_rsa_public_key as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def gift_card_token_limit(
        self,
        base_token: str,
        **options: Unpack[CallOptions],
    ) -> GiftCardTokenLimits:
        """Dual-token gift card limits.

        Lists, for a payment token, which tokens a dual-token gift card can be bought for and the
        payment limits.

        GET /sapi/v1/giftcard/buyCode/token-limit · security USER_DATA · weight 1


        Args:
            base_token: Token to pay with. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            GiftCardTokenLimits
        """
        from ..api.gift_card import gift_card_token_limit as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                base_token=base_token,
            ),
            options,
        )

    def redeem_gift_card(
        self,
        code: str,
        *,
        external_uid: str | None = None,
        **options: Unpack[CallOptions],
    ) -> GiftCardRedemption:
        """Redeem a gift card.

        Redeems a gift card code; its content is credited to the funding wallet. After 5 wrong codes
        within 24 hours, redemption is blocked for the rest of the day.

        POST /sapi/v1/giftcard/redeemCode · security USER_DATA · weight 1


        Args:
            code: Redemption code, in plain text or encrypted with the RSA public key of the day. Required.
            external_uid: Id of the end user on your platform (any format, at most 400 characters); lets Binance
                apply per-user redemption limits instead of limiting the whole account. Recommended when
                several of your users redeem through one account.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            GiftCardRedemption
        """
        from ..api.gift_card import redeem_gift_card as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                code=code,
                external_uid=external_uid,
            ),
            options,
        )

    def verify_gift_card(
        self,
        reference_no: str,
        **options: Unpack[CallOptions],
    ) -> GiftCardVerification:
        """Verify a gift card.

        Tells whether a gift card is valid and what it holds, from its gift card number. After 5 wrong
        numbers within an hour, verification is blocked for the rest of that hour.

        GET /sapi/v1/giftcard/verify · security USER_DATA · weight 1


        Args:
            reference_no: Gift card number (the `reference_no` returned at creation). Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            GiftCardVerification
        """
        from ..api.gift_card import verify_gift_card as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                reference_no=reference_no,
            ),
            options,
        )


class AsyncGiftCard(AsyncGiftCardPaging):
    """`gift_card` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def buy_dual_token_gift_card(
        self,
        base_token: str,
        face_token: str,
        base_token_amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> GiftCardCodeResult:
        """Buy a dual-token gift card (the coroutine of `Spot.gift_card.buy_dual_token_gift_card`, which describes it)."""
        from ..api.gift_card import buy_dual_token_gift_card as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                base_token=base_token,
                face_token=face_token,
                base_token_amount=base_token_amount,
            ),
            options,
        )

    async def create_gift_card(
        self,
        token: str,
        amount: DecimalLike,
        **options: Unpack[CallOptions],
    ) -> GiftCardCodeResult:
        """Create a gift card (the coroutine of `Spot.gift_card.create_gift_card`, which describes it)."""
        from ..api.gift_card import create_gift_card as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                token=token,
                amount=amount,
            ),
            options,
        )

    async def gift_card_rsa_public_key(
        self,
        **options: Unpack[CallOptions],
    ) -> GiftCardRsaPublicKey:
        """Gift card RSA public key (the coroutine of `Spot.gift_card.gift_card_rsa_public_key`, which describes it)."""
        from ..api.gift_card import gift_card_rsa_public_key as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def gift_card_token_limit(
        self,
        base_token: str,
        **options: Unpack[CallOptions],
    ) -> GiftCardTokenLimits:
        """Dual-token gift card limits (the coroutine of `Spot.gift_card.gift_card_token_limit`, which describes it)."""
        from ..api.gift_card import gift_card_token_limit as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                base_token=base_token,
            ),
            options,
        )

    async def redeem_gift_card(
        self,
        code: str,
        *,
        external_uid: str | None = None,
        **options: Unpack[CallOptions],
    ) -> GiftCardRedemption:
        """Redeem a gift card (the coroutine of `Spot.gift_card.redeem_gift_card`, which describes it)."""
        from ..api.gift_card import redeem_gift_card as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                code=code,
                external_uid=external_uid,
            ),
            options,
        )

    async def verify_gift_card(
        self,
        reference_no: str,
        **options: Unpack[CallOptions],
    ) -> GiftCardVerification:
        """Verify a gift card (the coroutine of `Spot.gift_card.verify_gift_card`, which describes it)."""
        from ..api.gift_card import verify_gift_card as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                reference_no=reference_no,
            ),
            options,
        )


class GiftCardWithRawResponse:
    """`gift_card` operations, each returning the whole `Response`."""

    def __init__(self, group: GiftCard) -> None:
        self._group = group
        self.buy_dual_token_gift_card: Final = raw_response_wrapper(group.buy_dual_token_gift_card)
        self.create_gift_card: Final = raw_response_wrapper(group.create_gift_card)
        self.gift_card_rsa_public_key: Final = raw_response_wrapper(group.gift_card_rsa_public_key)
        self.gift_card_token_limit: Final = raw_response_wrapper(group.gift_card_token_limit)
        self.redeem_gift_card: Final = raw_response_wrapper(group.redeem_gift_card)
        self.verify_gift_card: Final = raw_response_wrapper(group.verify_gift_card)


class AsyncGiftCardWithRawResponse:
    """`gift_card` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncGiftCard) -> None:
        self._group = group
        self.buy_dual_token_gift_card: Final = async_raw_response_wrapper(group.buy_dual_token_gift_card)
        self.create_gift_card: Final = async_raw_response_wrapper(group.create_gift_card)
        self.gift_card_rsa_public_key: Final = async_raw_response_wrapper(group.gift_card_rsa_public_key)
        self.gift_card_token_limit: Final = async_raw_response_wrapper(group.gift_card_token_limit)
        self.redeem_gift_card: Final = async_raw_response_wrapper(group.redeem_gift_card)
        self.verify_gift_card: Final = async_raw_response_wrapper(group.verify_gift_card)


__all__ = ["AsyncGiftCard", "AsyncGiftCardWithRawResponse", "GiftCard", "GiftCardWithRawResponse"]
