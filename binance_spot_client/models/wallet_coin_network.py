"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="WalletCoinNetwork")


@_attrs_define
class WalletCoinNetwork(AdditionalProperties[Any]):
    """Deposit and withdrawal settings of one coin on one network.

    Attributes:
        network (str): Network (chain) code, as passed in `network` parameters.
        coin (str): Coin the settings apply to.
        withdraw_integer_multiple (str): Withdrawal amounts must be a multiple of this step.
        is_default (bool): Whether this network is used when a request names no network.
        deposit_enable (bool): Whether deposits on this network are open.
        withdraw_enable (bool): Whether withdrawals on this network are open.
        name (str): Display name of the network.
        address_regex (str): Regular expression a valid address on this network matches.
        memo_regex (str): Regular expression a valid memo (tag) matches; empty when the network has none.
        withdraw_fee (str): Fee charged per withdrawal, in the coin.
        withdraw_min (str): Smallest withdrawal amount.
        withdraw_max (str): Largest withdrawal amount.
        min_confirm (int): Block confirmations before a deposit is credited to the balance.
        un_lock_confirm (int): Block confirmations before a credited deposit can be withdrawn.
        same_address (bool): Whether the network needs a memo (tag) besides the address; superseded by `withdrawTag`.
        deposit_desc (str | Unset): Why deposits are closed; meaningful only when `depositEnable` is false.
        withdraw_desc (str | Unset): Why withdrawals are closed; meaningful only when `withdrawEnable` is false.
        special_tips (str | Unset): Extra deposit instructions for this network, such as a required memo.
        special_withdraw_tips (str | Unset): Extra withdrawal instructions for this network.
        reset_address_status (bool | Unset): Whether the deposit address on this network is being reset.
        withdraw_internal_min (str | Unset): Smallest amount for a withdrawal to another Binance account.
        deposit_dust (str | Unset): Deposits below this amount are not credited.
        withdraw_tag (bool | Unset): Whether withdrawals on this network need a memo (tag); an `addressTag` sent to a
            network without one is refused.
        estimated_arrival_time (int | Unset): Estimated arrival time of a withdrawal, in minutes.
        busy (bool | Unset): Whether the network is congested.
        contract_address_url (str | Unset): Block explorer link prefix for the token contract.
        contract_address (str | Unset): Token contract address on this network.
        denomination (int | Unset): Units of the underlying token represented by one unit of the coin (for example
            1000000 for 1M x BABYDOGE).
    """

    network: str
    coin: str
    withdraw_integer_multiple: str
    is_default: bool
    deposit_enable: bool
    withdraw_enable: bool
    name: str
    address_regex: str
    memo_regex: str
    withdraw_fee: str
    withdraw_min: str
    withdraw_max: str
    min_confirm: int
    un_lock_confirm: int
    same_address: bool
    deposit_desc: str | Unset = UNSET
    withdraw_desc: str | Unset = UNSET
    special_tips: str | Unset = UNSET
    special_withdraw_tips: str | Unset = UNSET
    reset_address_status: bool | Unset = UNSET
    withdraw_internal_min: str | Unset = UNSET
    deposit_dust: str | Unset = UNSET
    withdraw_tag: bool | Unset = UNSET
    estimated_arrival_time: int | Unset = UNSET
    busy: bool | Unset = UNSET
    contract_address_url: str | Unset = UNSET
    contract_address: str | Unset = UNSET
    denomination: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def withdraw_integer_multiple_decimal(self) -> Decimal:
        """`withdraw_integer_multiple` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.withdraw_integer_multiple)

    @property
    def withdraw_fee_decimal(self) -> Decimal:
        """`withdraw_fee` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.withdraw_fee)

    @property
    def withdraw_min_decimal(self) -> Decimal:
        """`withdraw_min` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.withdraw_min)

    @property
    def withdraw_max_decimal(self) -> Decimal:
        """`withdraw_max` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.withdraw_max)

    @property
    def withdraw_internal_min_decimal(self) -> Decimal | Unset:
        """`withdraw_internal_min` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.withdraw_internal_min, Unset) else Decimal(self.withdraw_internal_min)

    @property
    def deposit_dust_decimal(self) -> Decimal | Unset:
        """`deposit_dust` as a `Decimal`, parsed from Binance's text on each access."""
        return UNSET if isinstance(self.deposit_dust, Unset) else Decimal(self.deposit_dust)

    def to_dict(self) -> dict[str, Any]:
        network = self.network

        coin = self.coin

        withdraw_integer_multiple = self.withdraw_integer_multiple

        is_default = self.is_default

        deposit_enable = self.deposit_enable

        withdraw_enable = self.withdraw_enable

        name = self.name

        address_regex = self.address_regex

        memo_regex = self.memo_regex

        withdraw_fee = self.withdraw_fee

        withdraw_min = self.withdraw_min

        withdraw_max = self.withdraw_max

        min_confirm = self.min_confirm

        un_lock_confirm = self.un_lock_confirm

        same_address = self.same_address

        deposit_desc = self.deposit_desc

        withdraw_desc = self.withdraw_desc

        special_tips = self.special_tips

        special_withdraw_tips = self.special_withdraw_tips

        reset_address_status = self.reset_address_status

        withdraw_internal_min = self.withdraw_internal_min

        deposit_dust = self.deposit_dust

        withdraw_tag = self.withdraw_tag

        estimated_arrival_time = self.estimated_arrival_time

        busy = self.busy

        contract_address_url = self.contract_address_url

        contract_address = self.contract_address

        denomination = self.denomination

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "network": network,
                "coin": coin,
                "withdrawIntegerMultiple": withdraw_integer_multiple,
                "isDefault": is_default,
                "depositEnable": deposit_enable,
                "withdrawEnable": withdraw_enable,
                "name": name,
                "addressRegex": address_regex,
                "memoRegex": memo_regex,
                "withdrawFee": withdraw_fee,
                "withdrawMin": withdraw_min,
                "withdrawMax": withdraw_max,
                "minConfirm": min_confirm,
                "unLockConfirm": un_lock_confirm,
                "sameAddress": same_address,
            }
        )
        if deposit_desc is not UNSET:
            field_dict["depositDesc"] = deposit_desc
        if withdraw_desc is not UNSET:
            field_dict["withdrawDesc"] = withdraw_desc
        if special_tips is not UNSET:
            field_dict["specialTips"] = special_tips
        if special_withdraw_tips is not UNSET:
            field_dict["specialWithdrawTips"] = special_withdraw_tips
        if reset_address_status is not UNSET:
            field_dict["resetAddressStatus"] = reset_address_status
        if withdraw_internal_min is not UNSET:
            field_dict["withdrawInternalMin"] = withdraw_internal_min
        if deposit_dust is not UNSET:
            field_dict["depositDust"] = deposit_dust
        if withdraw_tag is not UNSET:
            field_dict["withdrawTag"] = withdraw_tag
        if estimated_arrival_time is not UNSET:
            field_dict["estimatedArrivalTime"] = estimated_arrival_time
        if busy is not UNSET:
            field_dict["busy"] = busy
        if contract_address_url is not UNSET:
            field_dict["contractAddressUrl"] = contract_address_url
        if contract_address is not UNSET:
            field_dict["contractAddress"] = contract_address
        if denomination is not UNSET:
            field_dict["denomination"] = denomination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["network"],
            d["coin"],
            d["withdrawIntegerMultiple"],
            d["isDefault"],
            d["depositEnable"],
            d["withdrawEnable"],
            d["name"],
            d["addressRegex"],
            d["memoRegex"],
            d["withdrawFee"],
            d["withdrawMin"],
            d["withdrawMax"],
            d["minConfirm"],
            d["unLockConfirm"],
            d["sameAddress"],
            d.get("depositDesc", UNSET),
            d.get("withdrawDesc", UNSET),
            d.get("specialTips", UNSET),
            d.get("specialWithdrawTips", UNSET),
            d.get("resetAddressStatus", UNSET),
            d.get("withdrawInternalMin", UNSET),
            d.get("depositDust", UNSET),
            d.get("withdrawTag", UNSET),
            d.get("estimatedArrivalTime", UNSET),
            d.get("busy", UNSET),
            d.get("contractAddressUrl", UNSET),
            d.get("contractAddress", UNSET),
            d.get("denomination", UNSET),
        )
        if len(d) > 15 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset(
    {
        "network",
        "coin",
        "withdrawIntegerMultiple",
        "isDefault",
        "depositEnable",
        "withdrawEnable",
        "name",
        "addressRegex",
        "memoRegex",
        "withdrawFee",
        "withdrawMin",
        "withdrawMax",
        "minConfirm",
        "unLockConfirm",
        "sameAddress",
        "depositDesc",
        "withdrawDesc",
        "specialTips",
        "specialWithdrawTips",
        "resetAddressStatus",
        "withdrawInternalMin",
        "depositDust",
        "withdrawTag",
        "estimatedArrivalTime",
        "busy",
        "contractAddressUrl",
        "contractAddress",
        "denomination",
    }
)
