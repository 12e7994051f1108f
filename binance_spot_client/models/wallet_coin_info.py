"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletCoinInfo")


@_attrs_define
class WalletCoinInfo(AdditionalProperties[Any]):
    """A coin with the caller's balances and its deposit/withdrawal networks.

    Attributes:
        coin (str): Coin code.
        deposit_all_enable (bool): Whether deposits are open on at least one network.
        withdraw_all_enable (bool): Whether withdrawals are open on at least one network.
        name (str): Full name of the coin.
        free (str): Available balance.
        locked (str): Balance locked in open orders.
        freeze (str): Frozen balance.
        withdrawing (str): Amount being withdrawn.
        ipoing (str): Amount reserved for token sales in progress.
        ipoable (str): Amount available for token sales.
        storage (str): Amount held in storage.
        is_legal_money (bool): Whether the coin is a fiat currency.
        trading (bool): Whether the coin can be traded.
        network_list (list[WalletCoinNetwork]): One entry per network the coin moves on.
    """

    coin: str
    deposit_all_enable: bool
    withdraw_all_enable: bool
    name: str
    free: str
    locked: str
    freeze: str
    withdrawing: str
    ipoing: str
    ipoable: str
    storage: str
    is_legal_money: bool
    trading: bool
    network_list: list[WalletCoinNetwork]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def free_decimal(self) -> Decimal:
        """`free` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.free)

    @property
    def locked_decimal(self) -> Decimal:
        """`locked` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.locked)

    @property
    def freeze_decimal(self) -> Decimal:
        """`freeze` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.freeze)

    @property
    def withdrawing_decimal(self) -> Decimal:
        """`withdrawing` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.withdrawing)

    @property
    def ipoing_decimal(self) -> Decimal:
        """`ipoing` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.ipoing)

    @property
    def ipoable_decimal(self) -> Decimal:
        """`ipoable` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.ipoable)

    @property
    def storage_decimal(self) -> Decimal:
        """`storage` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.storage)

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        deposit_all_enable = self.deposit_all_enable

        withdraw_all_enable = self.withdraw_all_enable

        name = self.name

        free = self.free

        locked = self.locked

        freeze = self.freeze

        withdrawing = self.withdrawing

        ipoing = self.ipoing

        ipoable = self.ipoable

        storage = self.storage

        is_legal_money = self.is_legal_money

        trading = self.trading

        network_list = []
        for network_list_item_data in self.network_list:
            network_list_item = network_list_item_data.to_dict()
            network_list.append(network_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coin": coin,
                "depositAllEnable": deposit_all_enable,
                "withdrawAllEnable": withdraw_all_enable,
                "name": name,
                "free": free,
                "locked": locked,
                "freeze": freeze,
                "withdrawing": withdrawing,
                "ipoing": ipoing,
                "ipoable": ipoable,
                "storage": storage,
                "isLegalMoney": is_legal_money,
                "trading": trading,
                "networkList": network_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        network_list = [WalletCoinNetwork.from_dict(item) for item in d["networkList"]]

        _instance = cls(
            d["coin"],
            d["depositAllEnable"],
            d["withdrawAllEnable"],
            d["name"],
            d["free"],
            d["locked"],
            d["freeze"],
            d["withdrawing"],
            d["ipoing"],
            d["ipoable"],
            d["storage"],
            d["isLegalMoney"],
            d["trading"],
            network_list,
        )
        if len(d) > 14 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.wallet_coin_network import WalletCoinNetwork  # noqa: E402

_WIRE_NAMES = frozenset(
    {
        "coin",
        "depositAllEnable",
        "withdrawAllEnable",
        "name",
        "free",
        "locked",
        "freeze",
        "withdrawing",
        "ipoing",
        "ipoable",
        "storage",
        "isLegalMoney",
        "trading",
        "networkList",
    }
)
