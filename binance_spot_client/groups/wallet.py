"""The `wallet` operations of the /sapi surface, reached as `client.wallet`.

Generated from spec/ by `python -m generator`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal, Unpack

from .._group_paging.wallet import AsyncWalletPaging, WalletPaging
from ..signing import (
    AsyncSpotClient,
    CallOptions,
    SpotClient,
    TimeLike,
    async_raw_response_wrapper,
    former_keywords,
    raw_response_wrapper,
)

if TYPE_CHECKING:
    from ..models.wallet_account_info import WalletAccountInfo
    from ..models.wallet_account_snapshot import WalletAccountSnapshot
    from ..models.wallet_account_status import WalletAccountStatus
    from ..models.wallet_address_verification import WalletAddressVerification
    from ..models.wallet_api_key_permission import WalletApiKeyPermission
    from ..models.wallet_api_trading_status import WalletApiTradingStatus
    from ..models.wallet_asset_details import WalletAssetDetails
    from ..models.wallet_asset_tags import WalletAssetTags
    from ..models.wallet_auto_conversion_settings import WalletAutoConversionSettings
    from ..models.wallet_balance import WalletBalance
    from ..models.wallet_bnb_convertible_assets import WalletBnbConvertibleAssets
    from ..models.wallet_busd_convert_account_type import WalletBusdConvertAccountType
    from ..models.wallet_busd_convert_history import WalletBusdConvertHistory
    from ..models.wallet_busd_convert_result import WalletBusdConvertResult
    from ..models.wallet_cloud_mining_history import WalletCloudMiningHistory
    from ..models.wallet_coin_info import WalletCoinInfo
    from ..models.wallet_delegation_history import WalletDelegationHistory
    from ..models.wallet_delegation_type import WalletDelegationType
    from ..models.wallet_delist_schedule import WalletDelistSchedule
    from ..models.wallet_deposit_address import WalletDepositAddress
    from ..models.wallet_deposit_address_entry import WalletDepositAddressEntry
    from ..models.wallet_deposit_credit_result import WalletDepositCreditResult
    from ..models.wallet_deposit_record import WalletDepositRecord
    from ..models.wallet_dividend_records import WalletDividendRecords
    from ..models.wallet_dust_account_type import WalletDustAccountType
    from ..models.wallet_dust_convertible_assets import WalletDustConvertibleAssets
    from ..models.wallet_dust_log import WalletDustLog
    from ..models.wallet_dust_transfer_result import WalletDustTransferResult
    from ..models.wallet_empty_response import WalletEmptyResponse
    from ..models.wallet_funding_asset import WalletFundingAsset
    from ..models.wallet_open_schedule import WalletOpenSchedule
    from ..models.wallet_questionnaire_requirements import WalletQuestionnaireRequirements
    from ..models.wallet_snapshot_type import WalletSnapshotType
    from ..models.wallet_system_status import WalletSystemStatus
    from ..models.wallet_trade_fee import WalletTradeFee
    from ..models.wallet_transfer_id import WalletTransferId
    from ..models.wallet_travel_rule_country_list import WalletTravelRuleCountryList
    from ..models.wallet_travel_rule_deposit_record import WalletTravelRuleDepositRecord
    from ..models.wallet_travel_rule_deposit_record_v2 import WalletTravelRuleDepositRecordV2
    from ..models.wallet_travel_rule_region_list import WalletTravelRuleRegionList
    from ..models.wallet_travel_rule_submit_result import WalletTravelRuleSubmitResult
    from ..models.wallet_travel_rule_withdraw_record import WalletTravelRuleWithdrawRecord
    from ..models.wallet_travel_rule_withdraw_result import WalletTravelRuleWithdrawResult
    from ..models.wallet_universal_transfer_history import WalletUniversalTransferHistory
    from ..models.wallet_universal_transfer_type import WalletUniversalTransferType
    from ..models.wallet_user_asset import WalletUserAsset
    from ..models.wallet_vasp import WalletVasp
    from ..models.wallet_withdraw_address import WalletWithdrawAddress
    from ..models.wallet_withdraw_quota import WalletWithdrawQuota
    from ..models.wallet_withdraw_record import WalletWithdrawRecord
    from ..models.wallet_withdraw_result import WalletWithdrawResult


DecimalLike = str | int | float | Decimal


class Wallet(WalletPaging):
    """`wallet` operations on a synchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: SpotClient) -> None:
        self._client = client

    def account_info(
        self,
        **options: Unpack[CallOptions],
    ) -> WalletAccountInfo:
        """Account info.

        Returns the account's VIP level and which products (margin, futures, options, portfolio margin)
        it has enabled.

        GET /sapi/v1/account/info · security USER_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletAccountInfo
        """
        from ..api.wallet import account_info as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def account_status(
        self,
        **options: Unpack[CallOptions],
    ) -> WalletAccountStatus:
        """Account status.

        Tells whether the account is in normal standing.

        GET /sapi/v1/account/status · security USER_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletAccountStatus
        """
        from ..api.wallet import account_status as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def address_verification_list(
        self,
        **options: Unpack[CallOptions],
    ) -> list[WalletAddressVerification]:
        """Address verification list.

        Lists the addresses in the account's address book with the state of their travel-rule
        verification and the answers given in the verification questionnaire.

        GET /sapi/v1/addressVerify/list · security USER_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[WalletAddressVerification]
        """
        from ..api.wallet import address_verification_list as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def all_coins_information(
        self,
        **options: Unpack[CallOptions],
    ) -> list[WalletCoinInfo]:
        """All coins' information.

        Lists every coin the account can deposit or withdraw, with the caller's balances in it and, per
        network, whether deposits and withdrawals are open, the fees, limits and address formats. Fields
        added by Binance after 2024 (`withdrawTag`, `withdrawInternalMin`, `depositDust`,
        `estimatedArrivalTime`, …) are optional.

        GET /sapi/v1/capital/config/getall · security USER_DATA · weight 10


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[WalletCoinInfo]
        """
        from ..api.wallet import all_coins_information as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def api_key_permission(
        self,
        **options: Unpack[CallOptions],
    ) -> WalletApiKeyPermission:
        """API key permissions.

        Returns what the API key used for the request is allowed to do.

        GET /sapi/v1/account/apiRestrictions · security USER_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletApiKeyPermission
        """
        from ..api.wallet import api_key_permission as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def api_trading_status(
        self,
        **options: Unpack[CallOptions],
    ) -> WalletApiTradingStatus:
        """API trading status.

        Shows whether the account's API trading is locked by Binance's trading-rule indicators, the
        thresholds in force and the indicators' current values per symbol.

        GET /sapi/v1/account/apiTradingStatus · security USER_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletApiTradingStatus
        """
        from ..api.wallet import api_trading_status as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def apply_deposit_credit(
        self,
        *,
        deposit_id: int | None = None,
        tx_id: str | None = None,
        sub_account_id: int | None = None,
        sub_user_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletDepositCreditResult:
        """Credit a deposit to an expired address.

        Asks Binance to credit a deposit that was sent to an address no longer assigned to the account
        ("one click arrival"). Identify the deposit by `deposit_id` (preferred) or by `tx_id`.

        POST /sapi/v1/capital/deposit/credit-apply · security USER_DATA · weight 1


        Args:
            deposit_id: Id of the deposit record (the `id` of deposit history); takes precedence over `tx_id`.
            tx_id: On-chain transaction id of the deposit; used when `deposit_id` is absent.
            sub_account_id: Sub-account id, for a cloud-mining user's sub-account.
            sub_user_id: Sub-user id, for a sub-account of the caller.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletDepositCreditResult
        """
        from ..api.wallet import apply_deposit_credit as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                deposit_id=deposit_id,
                tx_id=tx_id,
                sub_account_id=sub_account_id,
                sub_user_id=sub_user_id,
            ),
            options,
        )

    def asset_detail(
        self,
        *,
        asset: str | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletAssetDetails:
        """Asset detail.

        Gives, per asset, the minimum withdrawal, the fee and whether deposits and withdrawals are open.
        Per-network details are in all coins' information.

        GET /sapi/v1/asset/assetDetail · security USER_DATA · weight 1


        Args:
            asset: Only this asset; every asset when omitted.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletAssetDetails
        """
        from ..api.wallet import asset_detail as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
            ),
            options,
        )

    def asset_dividend_record(
        self,
        *,
        asset: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletDividendRecords:
        """Asset dividend record.

        Lists distributions credited to the account (airdrops, dividends, rewards). `start_time` and
        `end_time` can be at most 180 days apart.

        GET /sapi/v1/asset/assetDividend · security USER_DATA · weight 10


        Args:
            asset: Only distributions of this asset.
            start_time: Start of the time window, UTC milliseconds.
            end_time: End of the time window, UTC milliseconds.
            limit: Number of records returned. Defaults to 20; at most 500.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletDividendRecords
        """
        from ..api.wallet import asset_dividend_record as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    def auto_converting_stable_coins(
        self,
        **options: Unpack[CallOptions],
    ) -> WalletAutoConversionSettings:
        """Stablecoin auto-conversion settings (retired).

        Returned which stablecoins were converted to BUSD on deposit and withdrawal, and at what rate.

        GET /sapi/v1/capital/contract/convertible-coins · security USER_DATA · weight 600

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletAutoConversionSettings
        """
        from ..api.wallet import auto_converting_stable_coins as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def bnb_convertible_assets(
        self,
        *,
        account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletBnbConvertibleAssets:
        """Assets convertible into BNB.

        Lists the small balances that can currently be converted to BNB, with what each would yield.

        POST /sapi/v1/asset/dust-btc · security USER_DATA · weight 1


        Args:
            account_type: Account to look at. Defaults to `SPOT`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletBnbConvertibleAssets
        """
        from ..api.wallet import bnb_convertible_assets as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                account_type=account_type,
            ),
            options,
        )

    def broker_submit_deposit_questionnaire(
        self,
        sub_account_id: str,
        deposit_id: str,
        questionnaire: str,
        beneficiary_pii: str,
        *,
        network: str | None = None,
        coin: str | None = None,
        amount: DecimalLike | None = None,
        address: str | None = None,
        address_tag: str | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletTravelRuleSubmitResult:
        """Broker deposit questionnaire (travel rule).

        For brokers of a local entity that enforces the travel rule: answers the deposit questionnaire
        for an end user's deposit, with the beneficiary's personal data, both as JSON text. Only
        deposits from unhosted wallets or from exchanges not yet onboarded to Binance's travel-rule
        network need one. Binance's parameter table for this endpoint describes `timestamp` as epoch
        seconds and asks for `signature` as the last parameter.

        PUT /sapi/v1/localentity/broker/deposit/provide-info · security USER_DATA · weight 600


        Args:
            sub_account_id: The broker's own id of the end user. Required.
            deposit_id: Wallet deposit id. Required.
            questionnaire: The local entity's deposit questionnaire answers, as JSON text. Required.
            beneficiary_pii: Personal data of the end user receiving the funds, as JSON text in Binance's StandardPii
                layout (`piiType` 0 for a natural person with `latinNames` and `residenceCountry`, 1 for
                a legal person with `latinName` and `registrationCountry`). Required.
            network: Network of the deposit.
            coin: Coin of the deposit.
            amount: Amount of the deposit.
            address: Address the deposit arrived at.
            address_tag: Memo or tag of the deposit address.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletTravelRuleSubmitResult
        """
        from ..api.wallet import broker_submit_deposit_questionnaire as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                sub_account_id=sub_account_id,
                deposit_id=deposit_id,
                questionnaire=questionnaire,
                beneficiary_pii=beneficiary_pii,
                network=network,
                coin=coin,
                amount=amount,
                address=address,
                address_tag=address_tag,
            ),
            options,
        )

    def broker_withdraw_travel_rule(
        self,
        address: str,
        coin: str,
        amount: DecimalLike,
        withdraw_order_id: str,
        questionnaire: str,
        originator_pii: str,
        *,
        address_tag: str | None = None,
        network: str | None = None,
        address_name: str | None = None,
        transaction_fee_flag: bool | None = None,
        wallet_type: int | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletTravelRuleSubmitResult:
        """Broker withdraw (travel rule).

        For brokers of a Binance local entity that enforces the travel rule: withdraws on behalf of an
        end user, with the entity's withdrawal questionnaire and the originator's personal data, both as
        JSON text. Binance's parameter table for this endpoint describes `timestamp` as epoch seconds
        and asks for `signature` as the last parameter. Without `network` the coin's default network is
        used, and the withdrawal is refused when the address does not belong to it.

        POST /sapi/v1/localentity/broker/withdraw/apply · security USER_DATA · weight 600


        Args:
            address: Destination address. Required.
            address_tag: Memo or tag identifying the recipient at the address, for coins that use one (XRP, XMR,
                …).
            network: Network to withdraw on; the coin's default network when omitted.
            coin: Coin to withdraw. Required.
            address_name: Label of the address in the address book (the book holds at most 200 entries).
            amount: Amount to withdraw. Required.
            withdraw_order_id: Your own id for the withdrawal. Required.
            transaction_fee_flag: Only for a withdrawal booked as an internal transfer: `true` hands the fee set aside to
                the recipient, `false` (the default) returns it to the sender.
            wallet_type: Wallet the funds leave from: 0 spot, 1 funding. When omitted, the wallet chosen as
                default in the account settings.
            questionnaire: The local entity's withdrawal questionnaire answers, as JSON text. Required.
            originator_pii: Personal data of the end user sending the funds, as JSON text in Binance's StandardPii
                layout (`piiType` 0 for a natural person with `latinNames` and `residenceCountry`, 1 for
                a legal person with `latinName` and `registrationCountry`). Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletTravelRuleSubmitResult
        """
        from ..api.wallet import broker_withdraw_travel_rule as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                address=address,
                address_tag=address_tag,
                network=network,
                coin=coin,
                address_name=address_name,
                amount=amount,
                withdraw_order_id=withdraw_order_id,
                transaction_fee_flag=transaction_fee_flag,
                wallet_type=wallet_type,
                questionnaire=questionnaire,
                originator_pii=originator_pii,
            ),
            options,
        )

    def busd_convert(
        self,
        client_tran_id: str,
        asset: str,
        amount: DecimalLike,
        target_asset: str,
        **options: Unpack[CallOptions],
    ) -> WalletBusdConvertResult:
        """BUSD convert (retired).

        Converted between BUSD and a stablecoin. Sending a `client_tran_id` already used returned the
        earlier conversion instead of converting again.

        POST /sapi/v1/asset/convert-transfer · security USER_DATA · weight 5

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            client_tran_id: Your unique id for the conversion, at least 20 characters. Required.
            asset: Asset to convert. Required.
            amount: Amount to convert. Required.
            target_asset: Asset to receive. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletBusdConvertResult
        """
        from ..api.wallet import busd_convert as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                client_tran_id=client_tran_id,
                asset=asset,
                amount=amount,
                target_asset=target_asset,
            ),
            options,
        )

    def busd_convert_history(
        self,
        start_time: TimeLike,
        end_time: TimeLike,
        *,
        tran_id: int | None = None,
        asset: str | None = None,
        account_type: WalletBusdConvertAccountType | Literal["MAIN", "CARD"] | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletBusdConvertHistory:
        """BUSD convert history (retired).

        Listed conversions between BUSD and stablecoins.

        GET /sapi/v1/asset/convert-transfer/queryByPage · security USER_DATA · weight 5

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            tran_id: Only the conversion with this transaction id.
            asset: Only conversions giving or receiving this asset; both sides are matched.
            start_time: Start of the window, UTC milliseconds. Required.
            end_time: End of the window, UTC milliseconds. Required.
            account_type: Only this wallet; both when omitted.
            current: Page number, counted from 1. Defaults to 1.
            size: Rows per page. Defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletBusdConvertHistory
        """
        from ..api.wallet import busd_convert_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                tran_id=tran_id,
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                account_type=account_type,
                current=current,
                size=size,
            ),
            options,
        )

    def cloud_mining_payment_history(
        self,
        start_time: TimeLike,
        end_time: TimeLike,
        *,
        tran_id: int | None = None,
        client_tran_id: str | None = None,
        asset: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletCloudMiningHistory:
        """Cloud-mining payments and refunds.

        Lists the successful payments to and refunds from Binance Cloud Mining.

        GET /sapi/v1/asset/ledger-transfer/cloud-mining/queryByPage · security USER_DATA · weight 600


        Args:
            tran_id: Only the record with this transaction id.
            client_tran_id: Only the record with this client id.
            asset: Only this asset; every asset when omitted.
            start_time: Start of the window, UTC milliseconds, inclusive. Required.
            end_time: End of the window, UTC milliseconds, exclusive. Required.
            current: Page number, counted from 1. Defaults to 1.
            size: Rows per page. Defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletCloudMiningHistory
        """
        from ..api.wallet import cloud_mining_payment_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                tran_id=tran_id,
                client_tran_id=client_tran_id,
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    def daily_account_snapshot(
        self,
        type: WalletSnapshotType | Literal["SPOT", "MARGIN", "FUTURES"],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletAccountSnapshot:
        """Daily account snapshot.

        Returns one end-of-day snapshot per day of the spot, cross margin or USDⓈ-M Futures account.
        Only the last month can be queried and the window must be shorter than 30 days; without a
        window, the last 7 days come back. Binance's example mixes all three kinds; a real answer holds
        the kind asked for in `type`.

        GET /sapi/v1/accountSnapshot · security USER_DATA · weight 2400


        Args:
            type: Account to take the snapshots of. Required.
            start_time: First day to include, UTC milliseconds; within the last month.
            end_time: Last day to include, UTC milliseconds; less than 30 days after `start_time`.
            limit: Number of days returned. Defaults to 7; from 7 to 30.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletAccountSnapshot
        """
        from ..api.wallet import daily_account_snapshot as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                type=type,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    def delegation_history(
        self,
        email: str,
        start_time: TimeLike,
        end_time: TimeLike,
        *,
        type: WalletDelegationType | Literal["Delegate", "Undelegate"] | None = None,
        asset: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletDelegationHistory:
        """Delegation history (master account).

        For a master account: lists the assets a managed sub-account delegated to custody or took back.

        GET /sapi/v1/asset/custody/transfer-history · security USER_DATA · weight 60


        Args:
            email: Email of the sub-account. Required.
            start_time: Start of the window, UTC milliseconds. Required.
            end_time: End of the window, UTC milliseconds. Required.
            type: Only transfers in this direction; both when omitted.
            asset: Only this asset.
            current: Page number, counted from 1. Defaults to 1.
            size: Rows per page. Defaults to 10, at most 100.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletDelegationHistory
        """
        from ..api.wallet import delegation_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                start_time=start_time,
                end_time=end_time,
                type=type,
                asset=asset,
                current=current,
                size=size,
            ),
            options,
        )

    def deposit_address(
        self,
        coin: str,
        *,
        network: str | None = None,
        amount: DecimalLike | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletDepositAddress:
        """Deposit address.

        Returns the address to deposit a coin to, on the given network or on the coin's default network.

        GET /sapi/v1/capital/deposit/address · security USER_DATA · weight 10


        Args:
            coin: Coin to deposit. Required.
            network: Network to deposit on; the coin's default network when omitted.
            amount: Amount to deposit; needed only for the Lightning network, where the address is an
                invoice for a fixed amount.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletDepositAddress
        """
        from ..api.wallet import deposit_address as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                coin=coin,
                network=network,
                amount=amount,
            ),
            options,
        )

    def deposit_address_list(
        self,
        coin: str,
        *,
        network: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletDepositAddressEntry]:
        """Deposit addresses.

        Lists every deposit address of a coin on a network (the default network when none is given).

        GET /sapi/v1/capital/deposit/address/list · security USER_DATA · weight 10


        Args:
            coin: Coin to list addresses of. Required.
            network: Network; the coin's default network when omitted.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[WalletDepositAddressEntry]
        """
        from ..api.wallet import deposit_address_list as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                coin=coin,
                network=network,
            ),
            options,
        )

    def deposit_history(
        self,
        *,
        include_source: bool | None = None,
        coin: str | None = None,
        status: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        offset: int | None = None,
        limit: int | None = None,
        tx_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletDepositRecord]:
        """Deposit history.

        Lists the account's deposits, newest first. The window defaults to the last 90 days up to now;
        when both ends are given they must be less than 90 days apart.

        GET /sapi/v1/capital/deposit/hisrec · security USER_DATA · weight 1


        Args:
            include_source: Set to `true` to receive each deposit's `sourceAddress`. Defaults to false.
            coin: Only deposits of this coin.
            status: Only deposits in this state: 0 pending, 6 credited but not yet withdrawable, 7 wrong
                deposit, 8 waiting for user confirmation, 1 success.
            start_time: Start of the window, UTC milliseconds. Defaults to 90 days ago.
            end_time: End of the window, UTC milliseconds. Defaults to now.
            offset: Number of records to skip. Defaults to 0.
            limit: Number of records returned. Defaults to 1000; at most 1000.
            tx_id: Only the deposit with this on-chain transaction id.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[WalletDepositRecord]
        """
        from ..api.wallet import deposit_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                include_source=include_source,
                coin=coin,
                status=status,
                start_time=start_time,
                end_time=end_time,
                offset=offset,
                limit=limit,
                tx_id=tx_id,
            ),
            options,
        )

    def deposit_history_travel_rule(
        self,
        *,
        tr_id: str | None = None,
        tx_id: str | None = None,
        tran_id: str | None = None,
        network: str | None = None,
        coin: str | None = None,
        travel_rule_status: int | None = None,
        pending_questionnaire: bool | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        offset: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletTravelRuleDepositRecord]:
        """Deposit history (travel rule).

        For accounts held with a local entity that enforces the travel rule: lists deposits with their
        travel-rule record and whether a deposit questionnaire is still owed. The window defaults to the
        last 90 days up to now and must be shorter than 90 days.

        GET /sapi/v1/localentity/deposit/history · security USER_DATA · weight 1


        Args:
            tr_id: Travel-rule record ids, comma-separated.
            tx_id: On-chain transaction ids, comma-separated.
            tran_id: Wallet transaction ids, comma-separated.
            network: Only deposits on this network.
            coin: Only deposits of this coin.
            travel_rule_status: Only records in this travel-rule state: 0 completed, 1 pending, 2 failed.
            pending_questionnaire: `true` returns only deposits still waiting for their questionnaire; all deposits
                otherwise.
            start_time: Start of the window, UTC milliseconds; 90 days before now when omitted.
            end_time: End of the window, UTC milliseconds; now when omitted.
            offset: Rows to skip. Defaults to 0.
            limit: Rows to return. Defaults to 1000, at most 1000.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[WalletTravelRuleDepositRecord]
        """
        from ..api.wallet import deposit_history_travel_rule as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                tr_id=tr_id,
                tx_id=tx_id,
                tran_id=tran_id,
                network=network,
                coin=coin,
                travel_rule_status=travel_rule_status,
                pending_questionnaire=pending_questionnaire,
                start_time=start_time,
                end_time=end_time,
                offset=offset,
                limit=limit,
            ),
            options,
        )

    def deposit_history_travel_rule_v2(
        self,
        *,
        deposit_id: str | None = None,
        tx_id: str | None = None,
        network: str | None = None,
        coin: str | None = None,
        retrieve_questionnaire: bool | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        offset: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletTravelRuleDepositRecordV2]:
        """Deposit history V2 (travel rule).

        Second version of the travel-rule deposit history, keyed by deposit id, optionally with the
        questionnaire answers given for each deposit. The window defaults to the last 90 days up to now
        and must be shorter than 90 days. The source address Binance reports may be inaccurate on some
        networks; when several exist only the first is returned.

        GET /sapi/v2/localentity/deposit/history · security USER_DATA · weight 1


        Args:
            deposit_id: Wallet deposit ids, comma-separated.
            tx_id: On-chain transaction ids, comma-separated.
            network: Only deposits on this network.
            coin: Only deposits of this coin.
            retrieve_questionnaire: `true` includes each deposit's questionnaire answers in `questionnaire`.
            start_time: Start of the window, UTC milliseconds; 90 days before now when omitted.
            end_time: End of the window, UTC milliseconds; now when omitted.
            offset: Rows to skip. Defaults to 0.
            limit: Rows to return; Binance's SDK gives no bound it enforces here.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[WalletTravelRuleDepositRecordV2]
        """
        from ..api.wallet import deposit_history_travel_rule_v2 as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                deposit_id=deposit_id,
                tx_id=tx_id,
                network=network,
                coin=coin,
                retrieve_questionnaire=retrieve_questionnaire,
                start_time=start_time,
                end_time=end_time,
                offset=offset,
                limit=limit,
            ),
            options,
        )

    def disable_fast_withdraw_switch(
        self,
        **options: Unpack[CallOptions],
    ) -> WalletEmptyResponse:
        """Disable fast withdraw.

        Turns off fast withdrawal for the account, so withdrawals to other Binance accounts go on-chain
        again. The API key needs the spot & margin trading permission.

        POST /sapi/v1/account/disableFastWithdrawSwitch · security USER_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletEmptyResponse
        """
        from ..api.wallet import disable_fast_withdraw_switch as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def dust_convert(
        self,
        asset: str,
        *,
        account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
        client_id: str | None = None,
        target_asset: str | None = None,
        third_party_client_id: str | None = None,
        dust_quota_asset_to_target_asset_price: DecimalLike | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletDustTransferResult:
        """Convert dust.

        Converts the given small balances into a target asset (BNB unless another target is given).

        POST /sapi/v1/asset/dust-convert/convert · security USER_DATA · weight 10


        Args:
            asset: Assets to convert, comma-separated. Required.
            account_type: Account holding the balances. Defaults to `SPOT`.
            client_id: Your unique id for the request.
            target_asset: Asset to receive.
            third_party_client_id: Id of the request on a third-party platform acting for the user.
            dust_quota_asset_to_target_asset_price: Price from the valuation (quota) asset to the target asset that the conversion should
                use.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletDustTransferResult
        """
        from ..api.wallet import dust_convert as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                account_type=account_type,
                client_id=client_id,
                target_asset=target_asset,
                third_party_client_id=third_party_client_id,
                dust_quota_asset_to_target_asset_price=dust_quota_asset_to_target_asset_price,
            ),
            options,
        )

    def dust_convertible_assets(
        self,
        target_asset: str,
        *,
        account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
        dust_quota_asset_to_target_asset_price: DecimalLike | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletDustConvertibleAssets:
        """Dust convertible assets.

        Lists the small balances that can be converted into a target asset, with what each would yield.

        POST /sapi/v1/asset/dust-convert/query-convertible-assets · security USER_DATA · weight 1


        Args:
            target_asset: Asset to convert into. Required.
            account_type: Account to look at. Defaults to `SPOT`.
            dust_quota_asset_to_target_asset_price: Price from the valuation (quota) asset to the target asset to use for the figures.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletDustConvertibleAssets
        """
        from ..api.wallet import dust_convertible_assets as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                target_asset=target_asset,
                account_type=account_type,
                dust_quota_asset_to_target_asset_price=dust_quota_asset_to_target_asset_price,
            ),
            options,
        )

    def dust_log(
        self,
        *,
        account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletDustLog:
        """Dust log.

        Lists past conversions of small balances (dust). Only the last 100 conversions, from 2020-12-01
        on, are kept.

        GET /sapi/v1/asset/dribblet · security USER_DATA · weight 1


        Args:
            account_type: Account whose conversions are listed. Defaults to `SPOT`.
            start_time: Start of the time window, UTC milliseconds.
            end_time: End of the time window, UTC milliseconds.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletDustLog
        """
        from ..api.wallet import dust_log as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                account_type=account_type,
                start_time=start_time,
                end_time=end_time,
            ),
            options,
        )

    def dust_transfer(
        self,
        asset: str,
        *,
        account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletDustTransferResult:
        """Convert dust to BNB.

        Converts the given small balances to BNB. The API key needs the spot & margin trading
        permission.

        POST /sapi/v1/asset/dust · security USER_DATA · weight 10


        Args:
            asset: Assets to convert, comma-separated. Required.
            account_type: Account holding the balances. Defaults to `SPOT`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletDustTransferResult
        """
        from ..api.wallet import dust_transfer as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                account_type=account_type,
            ),
            options,
        )

    def enable_fast_withdraw_switch(
        self,
        **options: Unpack[CallOptions],
    ) -> WalletEmptyResponse:
        """Enable fast withdraw.

        Turns on fast withdrawal: a withdrawal to an address belonging to another Binance account is
        then booked internally and at once, with no on-chain transaction, no transaction id and no
        withdrawal fee. The API key needs the spot & margin trading permission.

        POST /sapi/v1/account/enableFastWithdrawSwitch · security USER_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletEmptyResponse
        """
        from ..api.wallet import enable_fast_withdraw_switch as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def funding_wallet(
        self,
        *,
        asset: str | None = None,
        need_btc_valuation: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletFundingAsset]:
        """Funding wallet.

        Lists the balances of the funding wallet, which holds the assets of Binance Pay, Binance Card,
        gift cards and similar services.

        POST /sapi/v1/asset/get-funding-asset · security USER_DATA · weight 1


        Args:
            asset: Only this asset.
            need_btc_valuation: Set to `true` to receive each asset's value in BTC (`btcValuation`).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[WalletFundingAsset]
        """
        from ..api.wallet import funding_wallet as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                need_btc_valuation=need_btc_valuation,
            ),
            options,
        )

    def questionnaire_requirements(
        self,
        **options: Unpack[CallOptions],
    ) -> WalletQuestionnaireRequirements:
        """Travel-rule questionnaire requirements.

        Tells which local entity's travel-rule questionnaire applies to the account behind the API key.
        A country code other than `NIL` means withdrawals must go through the travel-rule withdraw
        endpoint, with that entity's questionnaire.

        GET /sapi/v1/localentity/questionnaire-requirements · security USER_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletQuestionnaireRequirements
        """
        from ..api.wallet import questionnaire_requirements as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def spot_asset_tags(
        self,
        *,
        tag: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletAssetTags]:
        """Spot asset tags.

        Lists the tags Binance attaches to spot-tradable assets, optionally only the assets carrying
        given tags.

        GET /sapi/v1/spot/asset/tags · security MARKET_DATA · weight 100


        Args:
            tag: Comma-separated tags; an asset is returned when it carries any of them (spaces around
                each tag are ignored). Every eligible asset when omitted.
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[WalletAssetTags]
        """
        from ..api.wallet import spot_asset_tags as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                tag=tag,
            ),
            options,
        )

    def spot_delist_schedule(
        self,
        **options: Unpack[CallOptions],
    ) -> list[WalletDelistSchedule]:
        """Spot delist schedule.

        Lists upcoming delistings of spot symbols.

        GET /sapi/v1/spot/delist-schedule · security MARKET_DATA · weight 100


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[WalletDelistSchedule]
        """
        from ..api.wallet import spot_delist_schedule as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def spot_open_symbol_list(
        self,
        **options: Unpack[CallOptions],
    ) -> list[WalletOpenSchedule]:
        """Spot listing schedule.

        Lists spot symbols scheduled to open for trading.

        GET /sapi/v1/spot/open-symbol-list · security MARKET_DATA · weight 100


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[WalletOpenSchedule]
        """
        from ..api.wallet import spot_open_symbol_list as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def submit_deposit_questionnaire(
        self,
        tran_id: int,
        questionnaire: str,
        **options: Unpack[CallOptions],
    ) -> WalletTravelRuleSubmitResult:
        """Submit deposit questionnaire (travel rule).

        Answers the local entity's deposit questionnaire for a deposit, which unlocks it. Only deposits
        from unhosted wallets or from exchanges not yet onboarded to Binance's travel-rule network need
        one. Each local entity asks its own questions (see Binance's deposit questionnaire contents
        page); URL-encoding the JSON usually cures a format error.

        PUT /sapi/v1/localentity/deposit/provide-info · security USER_DATA · weight 600


        Args:
            tran_id: Wallet transaction id of the deposit (`tran_id` in the travel-rule deposit history). Required.
            questionnaire: The local entity's deposit questionnaire answers, as JSON text. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletTravelRuleSubmitResult
        """
        from ..api.wallet import submit_deposit_questionnaire as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                tran_id=tran_id,
                questionnaire=questionnaire,
            ),
            options,
        )

    def submit_deposit_questionnaire_v2(
        self,
        deposit_id: int,
        questionnaire: str,
        **options: Unpack[CallOptions],
    ) -> WalletTravelRuleSubmitResult:
        """Submit deposit questionnaire V2 (travel rule).

        Second version of the deposit questionnaire submission, keyed by the deposit id of the V2
        deposit history. Only deposits from unhosted wallets or from exchanges not yet onboarded to
        Binance's travel-rule network need one.

        PUT /sapi/v2/localentity/deposit/provide-info · security USER_DATA · weight 600


        Args:
            deposit_id: Wallet deposit id (`deposit_id` in the V2 travel-rule deposit history). Required.
            questionnaire: The local entity's deposit questionnaire answers, as JSON text. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletTravelRuleSubmitResult
        """
        from ..api.wallet import submit_deposit_questionnaire_v2 as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                deposit_id=deposit_id,
                questionnaire=questionnaire,
            ),
            options,
        )

    def system_status(
        self,
        **options: Unpack[CallOptions],
    ) -> WalletSystemStatus:
        """System status.

        Reports whether Binance's systems are running normally or under maintenance. Public; no API key
        needed.

        GET /sapi/v1/system/status · security NONE · weight 1


        Args:
            **options: Per-call `timeout`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletSystemStatus
        """
        from ..api.wallet import system_status as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def toggle_auto_conversion(
        self,
        coin: Literal["USDC", "USDP", "TUSD"],
        enable: bool,
        **options: Unpack[CallOptions],
    ) -> WalletEmptyResponse:
        """Switch stablecoin auto-conversion (retired).

        Turned the automatic conversion between BUSD and one stablecoin on or off.

        POST /sapi/v1/capital/contract/convertible-coins · security USER_DATA · weight 600

        Deprecated: Binance has retired this operation in favour of a newer one (see the spec).


        Args:
            coin: Stablecoin concerned: `USDC`, `USDP` or `TUSD`. Required.
            enable: `true` to turn the conversion on, `false` to turn it off. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletEmptyResponse
        """
        from ..api.wallet import toggle_auto_conversion as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                coin=coin,
                enable=enable,
            ),
            options,
        )

    def trade_fee(
        self,
        *,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletTradeFee]:
        """Trade fee.

        Returns the account's maker and taker fee rates for one symbol or for all symbols.

        GET /sapi/v1/asset/tradeFee · security USER_DATA · weight 1


        Args:
            symbol: Only this symbol; every symbol when omitted.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[WalletTradeFee]
        """
        from ..api.wallet import trade_fee as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    def travel_rule_country_list(
        self,
        **options: Unpack[CallOptions],
    ) -> WalletTravelRuleCountryList:
        """Travel-rule country list.

        Lists the countries that travel-rule questionnaire answers may name, with whether deposits and
        withdrawals involving each are allowed. Only the Australian entity supports it for now.

        GET /sapi/v1/localentity/country/list · security USER_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletTravelRuleCountryList
        """
        from ..api.wallet import travel_rule_country_list as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def travel_rule_region_list(
        self,
        country_code: str,
        **options: Unpack[CallOptions],
    ) -> WalletTravelRuleRegionList:
        """Travel-rule region list.

        Lists the regions or cities of a country that travel-rule questionnaire answers may name, with
        whether deposits and withdrawals involving each are allowed. Only the Australian entity supports
        it for now.

        GET /sapi/v1/localentity/region/list · security USER_DATA · weight 1


        Args:
            country_code: Two-letter ISO country code, as the country list gives it. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletTravelRuleRegionList
        """
        from ..api.wallet import travel_rule_region_list as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                country_code=country_code,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    def universal_transfer(
        self,
        type: WalletUniversalTransferType
        | Literal[
            "MAIN_UMFUTURE",
            "MAIN_CMFUTURE",
            "MAIN_MARGIN",
            "UMFUTURE_MAIN",
            "UMFUTURE_MARGIN",
            "CMFUTURE_MAIN",
            "CMFUTURE_MARGIN",
            "MARGIN_MAIN",
            "MARGIN_UMFUTURE",
            "MARGIN_CMFUTURE",
            "ISOLATEDMARGIN_MARGIN",
            "MARGIN_ISOLATEDMARGIN",
            "ISOLATEDMARGIN_ISOLATEDMARGIN",
            "MAIN_FUNDING",
            "FUNDING_MAIN",
            "FUNDING_UMFUTURE",
            "UMFUTURE_FUNDING",
            "MARGIN_FUNDING",
            "FUNDING_MARGIN",
            "FUNDING_CMFUTURE",
            "CMFUTURE_FUNDING",
            "MAIN_OPTION",
            "OPTION_MAIN",
            "UMFUTURE_OPTION",
            "OPTION_UMFUTURE",
            "MARGIN_OPTION",
            "OPTION_MARGIN",
            "FUNDING_OPTION",
            "OPTION_FUNDING",
            "MAIN_PORTFOLIO_MARGIN",
            "PORTFOLIO_MARGIN_MAIN",
        ],
        asset: str,
        amount: DecimalLike,
        *,
        from_symbol: str | None = None,
        to_symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletTransferId:
        """Universal transfer.

        Moves an asset between two of the account's wallets (spot, funding, cross or isolated margin,
        futures, options, portfolio margin). The API key needs the universal transfer permission.

        POST /sapi/v1/asset/transfer · security USER_DATA · weight 300


        Args:
            type: Source and destination wallets. Required.
            asset: Asset to move. Required.
            amount: Amount to move. Required.
            from_symbol: Isolated margin pair the funds leave; required for `ISOLATEDMARGIN_MARGIN` and
                `ISOLATEDMARGIN_ISOLATEDMARGIN`.
            to_symbol: Isolated margin pair the funds go to; required for `MARGIN_ISOLATEDMARGIN` and
                `ISOLATEDMARGIN_ISOLATEDMARGIN`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletTransferId
        """
        from ..api.wallet import universal_transfer as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                type=type,
                asset=asset,
                amount=amount,
                from_symbol=from_symbol,
                to_symbol=to_symbol,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    def universal_transfer_history(
        self,
        type: WalletUniversalTransferType
        | Literal[
            "MAIN_UMFUTURE",
            "MAIN_CMFUTURE",
            "MAIN_MARGIN",
            "UMFUTURE_MAIN",
            "UMFUTURE_MARGIN",
            "CMFUTURE_MAIN",
            "CMFUTURE_MARGIN",
            "MARGIN_MAIN",
            "MARGIN_UMFUTURE",
            "MARGIN_CMFUTURE",
            "ISOLATEDMARGIN_MARGIN",
            "MARGIN_ISOLATEDMARGIN",
            "ISOLATEDMARGIN_ISOLATEDMARGIN",
            "MAIN_FUNDING",
            "FUNDING_MAIN",
            "FUNDING_UMFUTURE",
            "UMFUTURE_FUNDING",
            "MARGIN_FUNDING",
            "FUNDING_MARGIN",
            "FUNDING_CMFUTURE",
            "CMFUTURE_FUNDING",
            "MAIN_OPTION",
            "OPTION_MAIN",
            "UMFUTURE_OPTION",
            "OPTION_UMFUTURE",
            "MARGIN_OPTION",
            "OPTION_MARGIN",
            "FUNDING_OPTION",
            "OPTION_FUNDING",
            "MAIN_PORTFOLIO_MARGIN",
            "PORTFOLIO_MARGIN_MAIN",
        ],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        from_symbol: str | None = None,
        to_symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletUniversalTransferHistory:
        """Universal transfer history.

        Lists universal transfers of one direction. Only the last 6 months are kept; without a window,
        the last 7 days come back.

        GET /sapi/v1/asset/transfer · security USER_DATA · weight 1


        Args:
            type: Direction of the transfers to list. Required.
            start_time: Start of the time window, UTC milliseconds.
            end_time: End of the time window, UTC milliseconds.
            current: Page number, counted from 1. Defaults to 1.
            size: Rows per page. Defaults to 10, at most 100.
            from_symbol: Isolated margin pair the funds leave; required for `ISOLATEDMARGIN_MARGIN` and
                `ISOLATEDMARGIN_ISOLATEDMARGIN`.
            to_symbol: Isolated margin pair the funds go to; required for `MARGIN_ISOLATEDMARGIN` and
                `ISOLATEDMARGIN_ISOLATEDMARGIN`.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletUniversalTransferHistory
        """
        from ..api.wallet import universal_transfer_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                type=type,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
                from_symbol=from_symbol,
                to_symbol=to_symbol,
            ),
            options,
        )

    def user_assets(
        self,
        *,
        asset: str | None = None,
        need_btc_valuation: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletUserAsset]:
        """User assets.

        Lists the spot assets the account holds a positive balance of, or a single asset when `asset` is
        given.

        POST /sapi/v3/asset/getUserAsset · security USER_DATA · weight 5


        Args:
            asset: Only this asset; every asset with a positive balance when omitted.
            need_btc_valuation: Set to `true` to receive each asset's value in BTC (`btcValuation`).
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[WalletUserAsset]
        """
        from ..api.wallet import user_assets as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                need_btc_valuation=need_btc_valuation,
            ),
            options,
        )

    def vasp_list(
        self,
        **options: Unpack[CallOptions],
    ) -> list[WalletVasp]:
        """VASP list (travel rule).

        Lists the virtual asset service providers (exchanges and custodians) a local entity knows for
        the travel rule, with the code to name one in questionnaire answers.

        GET /sapi/v1/localentity/vasp · security USER_DATA · weight 1


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[WalletVasp]
        """
        from ..api.wallet import vasp_list as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def wallet_balance(
        self,
        *,
        quote_asset: str | None = None,
        need_balance_detail: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletBalance]:
        """Wallet balances.

        Returns the total value held in each of the account's wallets.

        GET /sapi/v1/asset/wallet/balance · security USER_DATA · weight 60


        Args:
            quote_asset: Asset the balances are valued in, such as USDT, ETH, USDC or BNB. Defaults to BTC.
            need_balance_detail: When true, each wallet also lists the assets it holds. Defaults to false.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[WalletBalance]
        """
        from ..api.wallet import wallet_balance as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                quote_asset=quote_asset,
                need_balance_detail=need_balance_detail,
            ),
            options,
        )

    def withdraw(
        self,
        coin: str,
        address: str,
        amount: DecimalLike,
        *,
        withdraw_order_id: str | None = None,
        network: str | None = None,
        address_tag: str | None = None,
        transaction_fee_flag: bool | None = None,
        name: str | None = None,
        wallet_type: int | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletWithdrawResult:
        """Withdraw.

        Submits a withdrawal of a coin to an external address (or, with fast withdrawal on, to another
        Binance account). Without `network`, the coin's default network is used; networks and their
        limits come from all coins' information. Where the travel rule applies to the account (see
        Binance's questionnaire requirements endpoint), Binance expects its travel-rule withdrawal
        endpoint instead.

        POST /sapi/v1/capital/withdraw/apply · security USER_DATA · weight 900


        Args:
            coin: Coin to withdraw. Required.
            withdraw_order_id: Your own id for the withdrawal, to find it later in the withdrawal history.
            network: Network to withdraw on; the coin's default network when omitted.
            address: Destination address. Required.
            address_tag: Memo or tag identifying the recipient at the address, for coins that use one (XRP, XLM,
                …). Leave it out for networks without tags (`withdrawTag` false), which refuse it.
            amount: Amount to withdraw. Required.
            transaction_fee_flag: Only for a withdrawal that Binance books as an internal transfer (no on-chain fee):
                `true` hands the fee set aside to the recipient, `false` (the default) returns it to the
                sender.
            name: Label of the address in your address book.
            wallet_type: Wallet the funds leave from: 0 spot, 1 funding. When omitted, the wallet chosen as
                default in your account settings.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletWithdrawResult
        """
        from ..api.wallet import withdraw as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                coin=coin,
                withdraw_order_id=withdraw_order_id,
                network=network,
                address=address,
                address_tag=address_tag,
                amount=amount,
                transaction_fee_flag=transaction_fee_flag,
                name=name,
                wallet_type=wallet_type,
            ),
            options,
        )

    def withdraw_address_list(
        self,
        **options: Unpack[CallOptions],
    ) -> list[WalletWithdrawAddress]:
        """Withdrawal address book.

        Lists the addresses saved in the account's withdrawal address book.

        GET /sapi/v1/capital/withdraw/address/list · security USER_DATA · weight 10


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[WalletWithdrawAddress]
        """
        from ..api.wallet import withdraw_address_list as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def withdraw_history(
        self,
        *,
        coin: str | None = None,
        withdraw_order_id: str | None = None,
        status: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
        id_list: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletWithdrawRecord]:
        """Withdraw history.

        Lists the account's withdrawals, newest first. The window defaults to the last 90 days up to now
        and must be shorter than 90 days; with `withdraw_order_id` it must be shorter than 7 days and
        defaults to the last 7 days. Binance allows at most 10 requests per second on this endpoint.

        GET /sapi/v1/capital/withdraw/history · security USER_DATA · weight 18000


        Args:
            coin: Only withdrawals of this coin.
            withdraw_order_id: Only the withdrawal you labelled with this id.
            status: Only withdrawals in this state: 0 email sent, 1 cancelled, 2 awaiting approval, 3
                rejected, 4 processing, 5 failure, 6 completed.
            offset: Number of records to skip. Defaults to 0.
            limit: Number of records returned. Defaults to 1000; at most 1000.
            id_list: Comma-separated withdrawal ids (from the withdraw endpoint), at most 45.
            start_time: Start of the window, UTC milliseconds. Defaults to 90 days ago.
            end_time: End of the window, UTC milliseconds. Defaults to now.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[WalletWithdrawRecord]
        """
        from ..api.wallet import withdraw_history as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                coin=coin,
                withdraw_order_id=withdraw_order_id,
                status=status,
                offset=offset,
                limit=limit,
                id_list=id_list,
                start_time=start_time,
                end_time=end_time,
            ),
            options,
        )

    def withdraw_history_travel_rule(
        self,
        *,
        tr_id: str | None = None,
        tx_id: str | None = None,
        withdraw_order_id: str | None = None,
        network: str | None = None,
        coin: str | None = None,
        travel_rule_status: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletTravelRuleWithdrawRecord]:
        """Withdraw history (travel rule).

        For accounts held with a local entity that enforces the travel rule: lists withdrawals with
        their travel-rule record and status. The window defaults to the last 90 days up to now and must
        be shorter than 90 days. `network` may be missing on old withdrawals.

        GET /sapi/v1/localentity/withdraw/history · security USER_DATA · weight 18000


        Args:
            tr_id: Travel-rule record ids, comma-separated.
            tx_id: On-chain transaction ids, comma-separated.
            withdraw_order_id: Your own withdrawal ids (as given when withdrawing), comma-separated.
            network: Only withdrawals on this network.
            coin: Only withdrawals of this coin.
            travel_rule_status: Only records in this travel-rule state: 0 completed, 1 pending, 2 failed.
            offset: Rows to skip. Defaults to 0.
            limit: Rows to return. Defaults to 1000, at most 1000.
            start_time: Start of the window, UTC milliseconds; 90 days before now when omitted.
            end_time: End of the window, UTC milliseconds; now when omitted.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[WalletTravelRuleWithdrawRecord]
        """
        from ..api.wallet import withdraw_history_travel_rule as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                tr_id=tr_id,
                tx_id=tx_id,
                withdraw_order_id=withdraw_order_id,
                network=network,
                coin=coin,
                travel_rule_status=travel_rule_status,
                offset=offset,
                limit=limit,
                start_time=start_time,
                end_time=end_time,
            ),
            options,
        )

    def withdraw_history_travel_rule_v2(
        self,
        *,
        tr_id: str | None = None,
        tx_id: str | None = None,
        withdraw_order_id: str | None = None,
        network: str | None = None,
        coin: str | None = None,
        travel_rule_status: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletTravelRuleWithdrawRecord]:
        """Withdraw history V2 (travel rule).

        Second version of the travel-rule withdrawal history. The window defaults to the last 90 days up
        to now and must be shorter than 90 days; with `withdraw_order_id` (a single id) it must be
        shorter than 7 days and defaults to the last 7 days. At most 45 ids may be given in `tr_id` or
        `tx_id`. Withdrawals made through the plain withdraw endpoint may be missing, and rows without
        `withdrawalStatus` can be fetched again by `tr_id` or `tx_id` to get it.

        GET /sapi/v2/localentity/withdraw/history · security USER_DATA · weight 18000


        Args:
            tr_id: Travel-rule record ids, comma-separated; at most 45.
            tx_id: On-chain transaction ids, comma-separated; at most 45.
            withdraw_order_id: One of your own withdrawal ids (as given when withdrawing).
            network: Only withdrawals on this network.
            coin: Only withdrawals of this coin.
            travel_rule_status: Only records in this travel-rule state: 0 completed, 1 pending, 2 failed.
            offset: Rows to skip. Defaults to 0.
            limit: Rows to return. Defaults to 1000, at most 1000.
            start_time: Start of the window, UTC milliseconds; 90 days before now when omitted (7 days with
                `withdraw_order_id`).
            end_time: End of the window, UTC milliseconds; now when omitted.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            list[WalletTravelRuleWithdrawRecord]
        """
        from ..api.wallet import withdraw_history_travel_rule_v2 as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                tr_id=tr_id,
                tx_id=tx_id,
                withdraw_order_id=withdraw_order_id,
                network=network,
                coin=coin,
                travel_rule_status=travel_rule_status,
                offset=offset,
                limit=limit,
                start_time=start_time,
                end_time=end_time,
            ),
            options,
        )

    def withdraw_quota(
        self,
        **options: Unpack[CallOptions],
    ) -> WalletWithdrawQuota:
        """Withdrawal quota.

        Returns the account's 24-hour withdrawal quota and how much of it is used.

        GET /sapi/v1/capital/withdraw/quota · security USER_DATA · weight 10


        Args:
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletWithdrawQuota
        """
        from ..api.wallet import withdraw_quota as _operation

        return self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    def withdraw_travel_rule(
        self,
        coin: str,
        address: str,
        amount: DecimalLike,
        questionnaire: str,
        *,
        withdraw_order_id: str | None = None,
        network: str | None = None,
        address_tag: str | None = None,
        transaction_fee_flag: bool | None = None,
        name: str | None = None,
        wallet_type: int | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletTravelRuleWithdrawResult:
        """Withdraw (travel rule).

        Withdrawal endpoint for accounts held with a Binance local entity that enforces the travel rule:
        the same request as the plain withdraw endpoint plus the entity's withdrawal questionnaire, sent
        as JSON text. Each local entity asks its own questions (see Binance's withdraw questionnaire
        contents page); a questionnaire Binance cannot parse is refused, and URL-encoding the JSON
        usually cures that. Without `network` the coin's default network is used, and the withdrawal is
        refused when the address does not belong to it.

        POST /sapi/v1/localentity/withdraw/apply · security USER_DATA · weight 600


        Args:
            coin: Coin to withdraw. Required.
            withdraw_order_id: Your own id for the withdrawal, to find it later in the withdrawal histories.
            network: Network to withdraw on; the coin's default network when omitted.
            address: Destination address. Required.
            address_tag: Memo or tag identifying the recipient at the address, for coins that use one (XRP, XMR,
                …).
            amount: Amount to withdraw. Required.
            transaction_fee_flag: Only for a withdrawal booked as an internal transfer: `true` hands the fee set aside to
                the recipient, `false` (the default) returns it to the sender.
            name: Label of the address in your address book (the book holds at most 200 entries).
            wallet_type: Wallet the funds leave from: 0 spot, 1 funding. When omitted, the wallet chosen as
                default in your account settings.
            questionnaire: The local entity's withdrawal questionnaire answers, as JSON text. Required.
            **options: Per-call `timeout`, `recv_window`, `extra_headers` and `extra_query`
                (see `CallOptions`).

        Returns:
            WalletTravelRuleWithdrawResult
        """
        from ..api.wallet import withdraw_travel_rule as _operation

        return self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                coin=coin,
                withdraw_order_id=withdraw_order_id,
                network=network,
                address=address,
                address_tag=address_tag,
                amount=amount,
                transaction_fee_flag=transaction_fee_flag,
                name=name,
                wallet_type=wallet_type,
                questionnaire=questionnaire,
            ),
            options,
        )


class AsyncWallet(AsyncWalletPaging):
    """`wallet` operations on an asynchronous client."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncSpotClient) -> None:
        self._client = client

    async def account_info(
        self,
        **options: Unpack[CallOptions],
    ) -> WalletAccountInfo:
        """Account info (the coroutine of `Spot.wallet.account_info`, which describes it)."""
        from ..api.wallet import account_info as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def account_status(
        self,
        **options: Unpack[CallOptions],
    ) -> WalletAccountStatus:
        """Account status (the coroutine of `Spot.wallet.account_status`, which describes it)."""
        from ..api.wallet import account_status as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def address_verification_list(
        self,
        **options: Unpack[CallOptions],
    ) -> list[WalletAddressVerification]:
        """Address verification list (the coroutine of `Spot.wallet.address_verification_list`, which describes it)."""
        from ..api.wallet import address_verification_list as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def all_coins_information(
        self,
        **options: Unpack[CallOptions],
    ) -> list[WalletCoinInfo]:
        """All coins' information (the coroutine of `Spot.wallet.all_coins_information`, which describes it)."""
        from ..api.wallet import all_coins_information as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def api_key_permission(
        self,
        **options: Unpack[CallOptions],
    ) -> WalletApiKeyPermission:
        """API key permissions (the coroutine of `Spot.wallet.api_key_permission`, which describes it)."""
        from ..api.wallet import api_key_permission as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def api_trading_status(
        self,
        **options: Unpack[CallOptions],
    ) -> WalletApiTradingStatus:
        """API trading status (the coroutine of `Spot.wallet.api_trading_status`, which describes it)."""
        from ..api.wallet import api_trading_status as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def apply_deposit_credit(
        self,
        *,
        deposit_id: int | None = None,
        tx_id: str | None = None,
        sub_account_id: int | None = None,
        sub_user_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletDepositCreditResult:
        """Credit a deposit to an expired address (the coroutine of `Spot.wallet.apply_deposit_credit`, which describes it)."""
        from ..api.wallet import apply_deposit_credit as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                deposit_id=deposit_id,
                tx_id=tx_id,
                sub_account_id=sub_account_id,
                sub_user_id=sub_user_id,
            ),
            options,
        )

    async def asset_detail(
        self,
        *,
        asset: str | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletAssetDetails:
        """Asset detail (the coroutine of `Spot.wallet.asset_detail`, which describes it)."""
        from ..api.wallet import asset_detail as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
            ),
            options,
        )

    async def asset_dividend_record(
        self,
        *,
        asset: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletDividendRecords:
        """Asset dividend record (the coroutine of `Spot.wallet.asset_dividend_record`, which describes it)."""
        from ..api.wallet import asset_dividend_record as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    async def auto_converting_stable_coins(
        self,
        **options: Unpack[CallOptions],
    ) -> WalletAutoConversionSettings:
        """Stablecoin auto-conversion settings (retired) (the coroutine of `Spot.wallet.auto_converting_stable_coins`, which describes it)."""
        from ..api.wallet import auto_converting_stable_coins as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def bnb_convertible_assets(
        self,
        *,
        account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletBnbConvertibleAssets:
        """Assets convertible into BNB (the coroutine of `Spot.wallet.bnb_convertible_assets`, which describes it)."""
        from ..api.wallet import bnb_convertible_assets as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                account_type=account_type,
            ),
            options,
        )

    async def broker_submit_deposit_questionnaire(
        self,
        sub_account_id: str,
        deposit_id: str,
        questionnaire: str,
        beneficiary_pii: str,
        *,
        network: str | None = None,
        coin: str | None = None,
        amount: DecimalLike | None = None,
        address: str | None = None,
        address_tag: str | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletTravelRuleSubmitResult:
        """Broker deposit questionnaire (travel rule) (the coroutine of `Spot.wallet.broker_submit_deposit_questionnaire`, which describes it)."""
        from ..api.wallet import broker_submit_deposit_questionnaire as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                sub_account_id=sub_account_id,
                deposit_id=deposit_id,
                questionnaire=questionnaire,
                beneficiary_pii=beneficiary_pii,
                network=network,
                coin=coin,
                amount=amount,
                address=address,
                address_tag=address_tag,
            ),
            options,
        )

    async def broker_withdraw_travel_rule(
        self,
        address: str,
        coin: str,
        amount: DecimalLike,
        withdraw_order_id: str,
        questionnaire: str,
        originator_pii: str,
        *,
        address_tag: str | None = None,
        network: str | None = None,
        address_name: str | None = None,
        transaction_fee_flag: bool | None = None,
        wallet_type: int | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletTravelRuleSubmitResult:
        """Broker withdraw (travel rule) (the coroutine of `Spot.wallet.broker_withdraw_travel_rule`, which describes it)."""
        from ..api.wallet import broker_withdraw_travel_rule as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                address=address,
                address_tag=address_tag,
                network=network,
                coin=coin,
                address_name=address_name,
                amount=amount,
                withdraw_order_id=withdraw_order_id,
                transaction_fee_flag=transaction_fee_flag,
                wallet_type=wallet_type,
                questionnaire=questionnaire,
                originator_pii=originator_pii,
            ),
            options,
        )

    async def busd_convert(
        self,
        client_tran_id: str,
        asset: str,
        amount: DecimalLike,
        target_asset: str,
        **options: Unpack[CallOptions],
    ) -> WalletBusdConvertResult:
        """BUSD convert (retired) (the coroutine of `Spot.wallet.busd_convert`, which describes it)."""
        from ..api.wallet import busd_convert as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                client_tran_id=client_tran_id,
                asset=asset,
                amount=amount,
                target_asset=target_asset,
            ),
            options,
        )

    async def busd_convert_history(
        self,
        start_time: TimeLike,
        end_time: TimeLike,
        *,
        tran_id: int | None = None,
        asset: str | None = None,
        account_type: WalletBusdConvertAccountType | Literal["MAIN", "CARD"] | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletBusdConvertHistory:
        """BUSD convert history (retired) (the coroutine of `Spot.wallet.busd_convert_history`, which describes it)."""
        from ..api.wallet import busd_convert_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                tran_id=tran_id,
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                account_type=account_type,
                current=current,
                size=size,
            ),
            options,
        )

    async def cloud_mining_payment_history(
        self,
        start_time: TimeLike,
        end_time: TimeLike,
        *,
        tran_id: int | None = None,
        client_tran_id: str | None = None,
        asset: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletCloudMiningHistory:
        """Cloud-mining payments and refunds (the coroutine of `Spot.wallet.cloud_mining_payment_history`, which describes it)."""
        from ..api.wallet import cloud_mining_payment_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                tran_id=tran_id,
                client_tran_id=client_tran_id,
                asset=asset,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    async def daily_account_snapshot(
        self,
        type: WalletSnapshotType | Literal["SPOT", "MARGIN", "FUTURES"],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletAccountSnapshot:
        """Daily account snapshot (the coroutine of `Spot.wallet.daily_account_snapshot`, which describes it)."""
        from ..api.wallet import daily_account_snapshot as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                type=type,
                start_time=start_time,
                end_time=end_time,
                limit=limit,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    async def delegation_history(
        self,
        email: str,
        start_time: TimeLike,
        end_time: TimeLike,
        *,
        type: WalletDelegationType | Literal["Delegate", "Undelegate"] | None = None,
        asset: str | None = None,
        current: int | None = None,
        size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletDelegationHistory:
        """Delegation history (master account) (the coroutine of `Spot.wallet.delegation_history`, which describes it)."""
        from ..api.wallet import delegation_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                email=email,
                start_time=start_time,
                end_time=end_time,
                type=type,
                asset=asset,
                current=current,
                size=size,
            ),
            options,
        )

    async def deposit_address(
        self,
        coin: str,
        *,
        network: str | None = None,
        amount: DecimalLike | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletDepositAddress:
        """Deposit address (the coroutine of `Spot.wallet.deposit_address`, which describes it)."""
        from ..api.wallet import deposit_address as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                coin=coin,
                network=network,
                amount=amount,
            ),
            options,
        )

    async def deposit_address_list(
        self,
        coin: str,
        *,
        network: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletDepositAddressEntry]:
        """Deposit addresses (the coroutine of `Spot.wallet.deposit_address_list`, which describes it)."""
        from ..api.wallet import deposit_address_list as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                coin=coin,
                network=network,
            ),
            options,
        )

    async def deposit_history(
        self,
        *,
        include_source: bool | None = None,
        coin: str | None = None,
        status: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        offset: int | None = None,
        limit: int | None = None,
        tx_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletDepositRecord]:
        """Deposit history (the coroutine of `Spot.wallet.deposit_history`, which describes it)."""
        from ..api.wallet import deposit_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                include_source=include_source,
                coin=coin,
                status=status,
                start_time=start_time,
                end_time=end_time,
                offset=offset,
                limit=limit,
                tx_id=tx_id,
            ),
            options,
        )

    async def deposit_history_travel_rule(
        self,
        *,
        tr_id: str | None = None,
        tx_id: str | None = None,
        tran_id: str | None = None,
        network: str | None = None,
        coin: str | None = None,
        travel_rule_status: int | None = None,
        pending_questionnaire: bool | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        offset: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletTravelRuleDepositRecord]:
        """Deposit history (travel rule) (the coroutine of `Spot.wallet.deposit_history_travel_rule`, which describes it)."""
        from ..api.wallet import deposit_history_travel_rule as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                tr_id=tr_id,
                tx_id=tx_id,
                tran_id=tran_id,
                network=network,
                coin=coin,
                travel_rule_status=travel_rule_status,
                pending_questionnaire=pending_questionnaire,
                start_time=start_time,
                end_time=end_time,
                offset=offset,
                limit=limit,
            ),
            options,
        )

    async def deposit_history_travel_rule_v2(
        self,
        *,
        deposit_id: str | None = None,
        tx_id: str | None = None,
        network: str | None = None,
        coin: str | None = None,
        retrieve_questionnaire: bool | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        offset: int | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletTravelRuleDepositRecordV2]:
        """Deposit history V2 (travel rule) (the coroutine of `Spot.wallet.deposit_history_travel_rule_v2`, which describes it)."""
        from ..api.wallet import deposit_history_travel_rule_v2 as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                deposit_id=deposit_id,
                tx_id=tx_id,
                network=network,
                coin=coin,
                retrieve_questionnaire=retrieve_questionnaire,
                start_time=start_time,
                end_time=end_time,
                offset=offset,
                limit=limit,
            ),
            options,
        )

    async def disable_fast_withdraw_switch(
        self,
        **options: Unpack[CallOptions],
    ) -> WalletEmptyResponse:
        """Disable fast withdraw (the coroutine of `Spot.wallet.disable_fast_withdraw_switch`, which describes it)."""
        from ..api.wallet import disable_fast_withdraw_switch as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def dust_convert(
        self,
        asset: str,
        *,
        account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
        client_id: str | None = None,
        target_asset: str | None = None,
        third_party_client_id: str | None = None,
        dust_quota_asset_to_target_asset_price: DecimalLike | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletDustTransferResult:
        """Convert dust (the coroutine of `Spot.wallet.dust_convert`, which describes it)."""
        from ..api.wallet import dust_convert as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                account_type=account_type,
                client_id=client_id,
                target_asset=target_asset,
                third_party_client_id=third_party_client_id,
                dust_quota_asset_to_target_asset_price=dust_quota_asset_to_target_asset_price,
            ),
            options,
        )

    async def dust_convertible_assets(
        self,
        target_asset: str,
        *,
        account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
        dust_quota_asset_to_target_asset_price: DecimalLike | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletDustConvertibleAssets:
        """Dust convertible assets (the coroutine of `Spot.wallet.dust_convertible_assets`, which describes it)."""
        from ..api.wallet import dust_convertible_assets as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                target_asset=target_asset,
                account_type=account_type,
                dust_quota_asset_to_target_asset_price=dust_quota_asset_to_target_asset_price,
            ),
            options,
        )

    async def dust_log(
        self,
        *,
        account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletDustLog:
        """Dust log (the coroutine of `Spot.wallet.dust_log`, which describes it)."""
        from ..api.wallet import dust_log as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                account_type=account_type,
                start_time=start_time,
                end_time=end_time,
            ),
            options,
        )

    async def dust_transfer(
        self,
        asset: str,
        *,
        account_type: WalletDustAccountType | Literal["SPOT", "MARGIN"] | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletDustTransferResult:
        """Convert dust to BNB (the coroutine of `Spot.wallet.dust_transfer`, which describes it)."""
        from ..api.wallet import dust_transfer as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                account_type=account_type,
            ),
            options,
        )

    async def enable_fast_withdraw_switch(
        self,
        **options: Unpack[CallOptions],
    ) -> WalletEmptyResponse:
        """Enable fast withdraw (the coroutine of `Spot.wallet.enable_fast_withdraw_switch`, which describes it)."""
        from ..api.wallet import enable_fast_withdraw_switch as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def funding_wallet(
        self,
        *,
        asset: str | None = None,
        need_btc_valuation: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletFundingAsset]:
        """Funding wallet (the coroutine of `Spot.wallet.funding_wallet`, which describes it)."""
        from ..api.wallet import funding_wallet as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                need_btc_valuation=need_btc_valuation,
            ),
            options,
        )

    async def questionnaire_requirements(
        self,
        **options: Unpack[CallOptions],
    ) -> WalletQuestionnaireRequirements:
        """Travel-rule questionnaire requirements (the coroutine of `Spot.wallet.questionnaire_requirements`, which describes it)."""
        from ..api.wallet import questionnaire_requirements as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def spot_asset_tags(
        self,
        *,
        tag: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletAssetTags]:
        """Spot asset tags (the coroutine of `Spot.wallet.spot_asset_tags`, which describes it)."""
        from ..api.wallet import spot_asset_tags as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                tag=tag,
            ),
            options,
        )

    async def spot_delist_schedule(
        self,
        **options: Unpack[CallOptions],
    ) -> list[WalletDelistSchedule]:
        """Spot delist schedule (the coroutine of `Spot.wallet.spot_delist_schedule`, which describes it)."""
        from ..api.wallet import spot_delist_schedule as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def spot_open_symbol_list(
        self,
        **options: Unpack[CallOptions],
    ) -> list[WalletOpenSchedule]:
        """Spot listing schedule (the coroutine of `Spot.wallet.spot_open_symbol_list`, which describes it)."""
        from ..api.wallet import spot_open_symbol_list as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def submit_deposit_questionnaire(
        self,
        tran_id: int,
        questionnaire: str,
        **options: Unpack[CallOptions],
    ) -> WalletTravelRuleSubmitResult:
        """Submit deposit questionnaire (travel rule) (the coroutine of `Spot.wallet.submit_deposit_questionnaire`, which describes it)."""
        from ..api.wallet import submit_deposit_questionnaire as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                tran_id=tran_id,
                questionnaire=questionnaire,
            ),
            options,
        )

    async def submit_deposit_questionnaire_v2(
        self,
        deposit_id: int,
        questionnaire: str,
        **options: Unpack[CallOptions],
    ) -> WalletTravelRuleSubmitResult:
        """Submit deposit questionnaire V2 (travel rule) (the coroutine of `Spot.wallet.submit_deposit_questionnaire_v2`, which describes it)."""
        from ..api.wallet import submit_deposit_questionnaire_v2 as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                deposit_id=deposit_id,
                questionnaire=questionnaire,
            ),
            options,
        )

    async def system_status(
        self,
        **options: Unpack[CallOptions],
    ) -> WalletSystemStatus:
        """System status (the coroutine of `Spot.wallet.system_status`, which describes it)."""
        from ..api.wallet import system_status as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def toggle_auto_conversion(
        self,
        coin: Literal["USDC", "USDP", "TUSD"],
        enable: bool,
        **options: Unpack[CallOptions],
    ) -> WalletEmptyResponse:
        """Switch stablecoin auto-conversion (retired) (the coroutine of `Spot.wallet.toggle_auto_conversion`, which describes it)."""
        from ..api.wallet import toggle_auto_conversion as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                coin=coin,
                enable=enable,
            ),
            options,
        )

    async def trade_fee(
        self,
        *,
        symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletTradeFee]:
        """Trade fee (the coroutine of `Spot.wallet.trade_fee`, which describes it)."""
        from ..api.wallet import trade_fee as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                symbol=symbol,
            ),
            options,
        )

    async def travel_rule_country_list(
        self,
        **options: Unpack[CallOptions],
    ) -> WalletTravelRuleCountryList:
        """Travel-rule country list (the coroutine of `Spot.wallet.travel_rule_country_list`, which describes it)."""
        from ..api.wallet import travel_rule_country_list as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def travel_rule_region_list(
        self,
        country_code: str,
        **options: Unpack[CallOptions],
    ) -> WalletTravelRuleRegionList:
        """Travel-rule region list (the coroutine of `Spot.wallet.travel_rule_region_list`, which describes it)."""
        from ..api.wallet import travel_rule_region_list as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                country_code=country_code,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    async def universal_transfer(
        self,
        type: WalletUniversalTransferType
        | Literal[
            "MAIN_UMFUTURE",
            "MAIN_CMFUTURE",
            "MAIN_MARGIN",
            "UMFUTURE_MAIN",
            "UMFUTURE_MARGIN",
            "CMFUTURE_MAIN",
            "CMFUTURE_MARGIN",
            "MARGIN_MAIN",
            "MARGIN_UMFUTURE",
            "MARGIN_CMFUTURE",
            "ISOLATEDMARGIN_MARGIN",
            "MARGIN_ISOLATEDMARGIN",
            "ISOLATEDMARGIN_ISOLATEDMARGIN",
            "MAIN_FUNDING",
            "FUNDING_MAIN",
            "FUNDING_UMFUTURE",
            "UMFUTURE_FUNDING",
            "MARGIN_FUNDING",
            "FUNDING_MARGIN",
            "FUNDING_CMFUTURE",
            "CMFUTURE_FUNDING",
            "MAIN_OPTION",
            "OPTION_MAIN",
            "UMFUTURE_OPTION",
            "OPTION_UMFUTURE",
            "MARGIN_OPTION",
            "OPTION_MARGIN",
            "FUNDING_OPTION",
            "OPTION_FUNDING",
            "MAIN_PORTFOLIO_MARGIN",
            "PORTFOLIO_MARGIN_MAIN",
        ],
        asset: str,
        amount: DecimalLike,
        *,
        from_symbol: str | None = None,
        to_symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletTransferId:
        """Universal transfer (the coroutine of `Spot.wallet.universal_transfer`, which describes it)."""
        from ..api.wallet import universal_transfer as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                type=type,
                asset=asset,
                amount=amount,
                from_symbol=from_symbol,
                to_symbol=to_symbol,
            ),
            options,
        )

    @former_keywords({"type_": "type"})
    async def universal_transfer_history(
        self,
        type: WalletUniversalTransferType
        | Literal[
            "MAIN_UMFUTURE",
            "MAIN_CMFUTURE",
            "MAIN_MARGIN",
            "UMFUTURE_MAIN",
            "UMFUTURE_MARGIN",
            "CMFUTURE_MAIN",
            "CMFUTURE_MARGIN",
            "MARGIN_MAIN",
            "MARGIN_UMFUTURE",
            "MARGIN_CMFUTURE",
            "ISOLATEDMARGIN_MARGIN",
            "MARGIN_ISOLATEDMARGIN",
            "ISOLATEDMARGIN_ISOLATEDMARGIN",
            "MAIN_FUNDING",
            "FUNDING_MAIN",
            "FUNDING_UMFUTURE",
            "UMFUTURE_FUNDING",
            "MARGIN_FUNDING",
            "FUNDING_MARGIN",
            "FUNDING_CMFUTURE",
            "CMFUTURE_FUNDING",
            "MAIN_OPTION",
            "OPTION_MAIN",
            "UMFUTURE_OPTION",
            "OPTION_UMFUTURE",
            "MARGIN_OPTION",
            "OPTION_MARGIN",
            "FUNDING_OPTION",
            "OPTION_FUNDING",
            "MAIN_PORTFOLIO_MARGIN",
            "PORTFOLIO_MARGIN_MAIN",
        ],
        *,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        current: int | None = None,
        size: int | None = None,
        from_symbol: str | None = None,
        to_symbol: str | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletUniversalTransferHistory:
        """Universal transfer history (the coroutine of `Spot.wallet.universal_transfer_history`, which describes it)."""
        from ..api.wallet import universal_transfer_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                type=type,
                start_time=start_time,
                end_time=end_time,
                current=current,
                size=size,
                from_symbol=from_symbol,
                to_symbol=to_symbol,
            ),
            options,
        )

    async def user_assets(
        self,
        *,
        asset: str | None = None,
        need_btc_valuation: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletUserAsset]:
        """User assets (the coroutine of `Spot.wallet.user_assets`, which describes it)."""
        from ..api.wallet import user_assets as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                asset=asset,
                need_btc_valuation=need_btc_valuation,
            ),
            options,
        )

    async def vasp_list(
        self,
        **options: Unpack[CallOptions],
    ) -> list[WalletVasp]:
        """VASP list (travel rule) (the coroutine of `Spot.wallet.vasp_list`, which describes it)."""
        from ..api.wallet import vasp_list as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def wallet_balance(
        self,
        *,
        quote_asset: str | None = None,
        need_balance_detail: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletBalance]:
        """Wallet balances (the coroutine of `Spot.wallet.wallet_balance`, which describes it)."""
        from ..api.wallet import wallet_balance as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                quote_asset=quote_asset,
                need_balance_detail=need_balance_detail,
            ),
            options,
        )

    async def withdraw(
        self,
        coin: str,
        address: str,
        amount: DecimalLike,
        *,
        withdraw_order_id: str | None = None,
        network: str | None = None,
        address_tag: str | None = None,
        transaction_fee_flag: bool | None = None,
        name: str | None = None,
        wallet_type: int | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletWithdrawResult:
        """Withdraw (the coroutine of `Spot.wallet.withdraw`, which describes it)."""
        from ..api.wallet import withdraw as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                coin=coin,
                withdraw_order_id=withdraw_order_id,
                network=network,
                address=address,
                address_tag=address_tag,
                amount=amount,
                transaction_fee_flag=transaction_fee_flag,
                name=name,
                wallet_type=wallet_type,
            ),
            options,
        )

    async def withdraw_address_list(
        self,
        **options: Unpack[CallOptions],
    ) -> list[WalletWithdrawAddress]:
        """Withdrawal address book (the coroutine of `Spot.wallet.withdraw_address_list`, which describes it)."""
        from ..api.wallet import withdraw_address_list as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def withdraw_history(
        self,
        *,
        coin: str | None = None,
        withdraw_order_id: str | None = None,
        status: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
        id_list: str | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletWithdrawRecord]:
        """Withdraw history (the coroutine of `Spot.wallet.withdraw_history`, which describes it)."""
        from ..api.wallet import withdraw_history as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                coin=coin,
                withdraw_order_id=withdraw_order_id,
                status=status,
                offset=offset,
                limit=limit,
                id_list=id_list,
                start_time=start_time,
                end_time=end_time,
            ),
            options,
        )

    async def withdraw_history_travel_rule(
        self,
        *,
        tr_id: str | None = None,
        tx_id: str | None = None,
        withdraw_order_id: str | None = None,
        network: str | None = None,
        coin: str | None = None,
        travel_rule_status: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletTravelRuleWithdrawRecord]:
        """Withdraw history (travel rule) (the coroutine of `Spot.wallet.withdraw_history_travel_rule`, which describes it)."""
        from ..api.wallet import withdraw_history_travel_rule as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                tr_id=tr_id,
                tx_id=tx_id,
                withdraw_order_id=withdraw_order_id,
                network=network,
                coin=coin,
                travel_rule_status=travel_rule_status,
                offset=offset,
                limit=limit,
                start_time=start_time,
                end_time=end_time,
            ),
            options,
        )

    async def withdraw_history_travel_rule_v2(
        self,
        *,
        tr_id: str | None = None,
        tx_id: str | None = None,
        withdraw_order_id: str | None = None,
        network: str | None = None,
        coin: str | None = None,
        travel_rule_status: int | None = None,
        offset: int | None = None,
        limit: int | None = None,
        start_time: TimeLike | None = None,
        end_time: TimeLike | None = None,
        **options: Unpack[CallOptions],
    ) -> list[WalletTravelRuleWithdrawRecord]:
        """Withdraw history V2 (travel rule) (the coroutine of `Spot.wallet.withdraw_history_travel_rule_v2`, which describes it)."""
        from ..api.wallet import withdraw_history_travel_rule_v2 as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                tr_id=tr_id,
                tx_id=tx_id,
                withdraw_order_id=withdraw_order_id,
                network=network,
                coin=coin,
                travel_rule_status=travel_rule_status,
                offset=offset,
                limit=limit,
                start_time=start_time,
                end_time=end_time,
            ),
            options,
        )

    async def withdraw_quota(
        self,
        **options: Unpack[CallOptions],
    ) -> WalletWithdrawQuota:
        """Withdrawal quota (the coroutine of `Spot.wallet.withdraw_quota`, which describes it)."""
        from ..api.wallet import withdraw_quota as _operation

        return await self._client.call(_operation.ENDPOINT, _operation._arguments(), options)

    async def withdraw_travel_rule(
        self,
        coin: str,
        address: str,
        amount: DecimalLike,
        questionnaire: str,
        *,
        withdraw_order_id: str | None = None,
        network: str | None = None,
        address_tag: str | None = None,
        transaction_fee_flag: bool | None = None,
        name: str | None = None,
        wallet_type: int | None = None,
        **options: Unpack[CallOptions],
    ) -> WalletTravelRuleWithdrawResult:
        """Withdraw (travel rule) (the coroutine of `Spot.wallet.withdraw_travel_rule`, which describes it)."""
        from ..api.wallet import withdraw_travel_rule as _operation

        return await self._client.call(
            _operation.ENDPOINT,
            _operation._arguments(
                coin=coin,
                withdraw_order_id=withdraw_order_id,
                network=network,
                address=address,
                address_tag=address_tag,
                amount=amount,
                transaction_fee_flag=transaction_fee_flag,
                name=name,
                wallet_type=wallet_type,
                questionnaire=questionnaire,
            ),
            options,
        )


class WalletWithRawResponse:
    """`wallet` operations, each returning the whole `Response`."""

    def __init__(self, group: Wallet) -> None:
        self._group = group
        self.account_info: Final = raw_response_wrapper(group.account_info)
        self.account_status: Final = raw_response_wrapper(group.account_status)
        self.address_verification_list: Final = raw_response_wrapper(group.address_verification_list)
        self.all_coins_information: Final = raw_response_wrapper(group.all_coins_information)
        self.api_key_permission: Final = raw_response_wrapper(group.api_key_permission)
        self.api_trading_status: Final = raw_response_wrapper(group.api_trading_status)
        self.apply_deposit_credit: Final = raw_response_wrapper(group.apply_deposit_credit)
        self.asset_detail: Final = raw_response_wrapper(group.asset_detail)
        self.asset_dividend_record: Final = raw_response_wrapper(group.asset_dividend_record)
        self.auto_converting_stable_coins: Final = raw_response_wrapper(group.auto_converting_stable_coins)
        self.bnb_convertible_assets: Final = raw_response_wrapper(group.bnb_convertible_assets)
        self.broker_submit_deposit_questionnaire: Final = raw_response_wrapper(
            group.broker_submit_deposit_questionnaire
        )
        self.broker_withdraw_travel_rule: Final = raw_response_wrapper(group.broker_withdraw_travel_rule)
        self.busd_convert: Final = raw_response_wrapper(group.busd_convert)
        self.busd_convert_history: Final = raw_response_wrapper(group.busd_convert_history)
        self.cloud_mining_payment_history: Final = raw_response_wrapper(group.cloud_mining_payment_history)
        self.daily_account_snapshot: Final = raw_response_wrapper(group.daily_account_snapshot)
        self.delegation_history: Final = raw_response_wrapper(group.delegation_history)
        self.deposit_address: Final = raw_response_wrapper(group.deposit_address)
        self.deposit_address_list: Final = raw_response_wrapper(group.deposit_address_list)
        self.deposit_history: Final = raw_response_wrapper(group.deposit_history)
        self.deposit_history_travel_rule: Final = raw_response_wrapper(group.deposit_history_travel_rule)
        self.deposit_history_travel_rule_v2: Final = raw_response_wrapper(group.deposit_history_travel_rule_v2)
        self.disable_fast_withdraw_switch: Final = raw_response_wrapper(group.disable_fast_withdraw_switch)
        self.dust_convert: Final = raw_response_wrapper(group.dust_convert)
        self.dust_convertible_assets: Final = raw_response_wrapper(group.dust_convertible_assets)
        self.dust_log: Final = raw_response_wrapper(group.dust_log)
        self.dust_transfer: Final = raw_response_wrapper(group.dust_transfer)
        self.enable_fast_withdraw_switch: Final = raw_response_wrapper(group.enable_fast_withdraw_switch)
        self.funding_wallet: Final = raw_response_wrapper(group.funding_wallet)
        self.questionnaire_requirements: Final = raw_response_wrapper(group.questionnaire_requirements)
        self.spot_asset_tags: Final = raw_response_wrapper(group.spot_asset_tags)
        self.spot_delist_schedule: Final = raw_response_wrapper(group.spot_delist_schedule)
        self.spot_open_symbol_list: Final = raw_response_wrapper(group.spot_open_symbol_list)
        self.submit_deposit_questionnaire: Final = raw_response_wrapper(group.submit_deposit_questionnaire)
        self.submit_deposit_questionnaire_v2: Final = raw_response_wrapper(group.submit_deposit_questionnaire_v2)
        self.system_status: Final = raw_response_wrapper(group.system_status)
        self.toggle_auto_conversion: Final = raw_response_wrapper(group.toggle_auto_conversion)
        self.trade_fee: Final = raw_response_wrapper(group.trade_fee)
        self.travel_rule_country_list: Final = raw_response_wrapper(group.travel_rule_country_list)
        self.travel_rule_region_list: Final = raw_response_wrapper(group.travel_rule_region_list)
        self.universal_transfer: Final = raw_response_wrapper(group.universal_transfer)
        self.universal_transfer_history: Final = raw_response_wrapper(group.universal_transfer_history)
        self.user_assets: Final = raw_response_wrapper(group.user_assets)
        self.vasp_list: Final = raw_response_wrapper(group.vasp_list)
        self.wallet_balance: Final = raw_response_wrapper(group.wallet_balance)
        self.withdraw: Final = raw_response_wrapper(group.withdraw)
        self.withdraw_address_list: Final = raw_response_wrapper(group.withdraw_address_list)
        self.withdraw_history: Final = raw_response_wrapper(group.withdraw_history)
        self.withdraw_history_travel_rule: Final = raw_response_wrapper(group.withdraw_history_travel_rule)
        self.withdraw_history_travel_rule_v2: Final = raw_response_wrapper(group.withdraw_history_travel_rule_v2)
        self.withdraw_quota: Final = raw_response_wrapper(group.withdraw_quota)
        self.withdraw_travel_rule: Final = raw_response_wrapper(group.withdraw_travel_rule)


class AsyncWalletWithRawResponse:
    """`wallet` operations, each returning the whole `Response`."""

    def __init__(self, group: AsyncWallet) -> None:
        self._group = group
        self.account_info: Final = async_raw_response_wrapper(group.account_info)
        self.account_status: Final = async_raw_response_wrapper(group.account_status)
        self.address_verification_list: Final = async_raw_response_wrapper(group.address_verification_list)
        self.all_coins_information: Final = async_raw_response_wrapper(group.all_coins_information)
        self.api_key_permission: Final = async_raw_response_wrapper(group.api_key_permission)
        self.api_trading_status: Final = async_raw_response_wrapper(group.api_trading_status)
        self.apply_deposit_credit: Final = async_raw_response_wrapper(group.apply_deposit_credit)
        self.asset_detail: Final = async_raw_response_wrapper(group.asset_detail)
        self.asset_dividend_record: Final = async_raw_response_wrapper(group.asset_dividend_record)
        self.auto_converting_stable_coins: Final = async_raw_response_wrapper(group.auto_converting_stable_coins)
        self.bnb_convertible_assets: Final = async_raw_response_wrapper(group.bnb_convertible_assets)
        self.broker_submit_deposit_questionnaire: Final = async_raw_response_wrapper(
            group.broker_submit_deposit_questionnaire
        )
        self.broker_withdraw_travel_rule: Final = async_raw_response_wrapper(group.broker_withdraw_travel_rule)
        self.busd_convert: Final = async_raw_response_wrapper(group.busd_convert)
        self.busd_convert_history: Final = async_raw_response_wrapper(group.busd_convert_history)
        self.cloud_mining_payment_history: Final = async_raw_response_wrapper(group.cloud_mining_payment_history)
        self.daily_account_snapshot: Final = async_raw_response_wrapper(group.daily_account_snapshot)
        self.delegation_history: Final = async_raw_response_wrapper(group.delegation_history)
        self.deposit_address: Final = async_raw_response_wrapper(group.deposit_address)
        self.deposit_address_list: Final = async_raw_response_wrapper(group.deposit_address_list)
        self.deposit_history: Final = async_raw_response_wrapper(group.deposit_history)
        self.deposit_history_travel_rule: Final = async_raw_response_wrapper(group.deposit_history_travel_rule)
        self.deposit_history_travel_rule_v2: Final = async_raw_response_wrapper(group.deposit_history_travel_rule_v2)
        self.disable_fast_withdraw_switch: Final = async_raw_response_wrapper(group.disable_fast_withdraw_switch)
        self.dust_convert: Final = async_raw_response_wrapper(group.dust_convert)
        self.dust_convertible_assets: Final = async_raw_response_wrapper(group.dust_convertible_assets)
        self.dust_log: Final = async_raw_response_wrapper(group.dust_log)
        self.dust_transfer: Final = async_raw_response_wrapper(group.dust_transfer)
        self.enable_fast_withdraw_switch: Final = async_raw_response_wrapper(group.enable_fast_withdraw_switch)
        self.funding_wallet: Final = async_raw_response_wrapper(group.funding_wallet)
        self.questionnaire_requirements: Final = async_raw_response_wrapper(group.questionnaire_requirements)
        self.spot_asset_tags: Final = async_raw_response_wrapper(group.spot_asset_tags)
        self.spot_delist_schedule: Final = async_raw_response_wrapper(group.spot_delist_schedule)
        self.spot_open_symbol_list: Final = async_raw_response_wrapper(group.spot_open_symbol_list)
        self.submit_deposit_questionnaire: Final = async_raw_response_wrapper(group.submit_deposit_questionnaire)
        self.submit_deposit_questionnaire_v2: Final = async_raw_response_wrapper(group.submit_deposit_questionnaire_v2)
        self.system_status: Final = async_raw_response_wrapper(group.system_status)
        self.toggle_auto_conversion: Final = async_raw_response_wrapper(group.toggle_auto_conversion)
        self.trade_fee: Final = async_raw_response_wrapper(group.trade_fee)
        self.travel_rule_country_list: Final = async_raw_response_wrapper(group.travel_rule_country_list)
        self.travel_rule_region_list: Final = async_raw_response_wrapper(group.travel_rule_region_list)
        self.universal_transfer: Final = async_raw_response_wrapper(group.universal_transfer)
        self.universal_transfer_history: Final = async_raw_response_wrapper(group.universal_transfer_history)
        self.user_assets: Final = async_raw_response_wrapper(group.user_assets)
        self.vasp_list: Final = async_raw_response_wrapper(group.vasp_list)
        self.wallet_balance: Final = async_raw_response_wrapper(group.wallet_balance)
        self.withdraw: Final = async_raw_response_wrapper(group.withdraw)
        self.withdraw_address_list: Final = async_raw_response_wrapper(group.withdraw_address_list)
        self.withdraw_history: Final = async_raw_response_wrapper(group.withdraw_history)
        self.withdraw_history_travel_rule: Final = async_raw_response_wrapper(group.withdraw_history_travel_rule)
        self.withdraw_history_travel_rule_v2: Final = async_raw_response_wrapper(group.withdraw_history_travel_rule_v2)
        self.withdraw_quota: Final = async_raw_response_wrapper(group.withdraw_quota)
        self.withdraw_travel_rule: Final = async_raw_response_wrapper(group.withdraw_travel_rule)


__all__ = ["AsyncWallet", "AsyncWalletWithRawResponse", "Wallet", "WalletWithRawResponse"]
