"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.wallet_coin_network import WalletCoinNetwork


T = TypeVar("T", bound="WalletCoinInfo")


@_attrs_define
class WalletCoinInfo:
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
        from ..models.wallet_coin_network import WalletCoinNetwork

        d = dict(src_dict)
        coin = d.pop("coin")

        deposit_all_enable = d.pop("depositAllEnable")

        withdraw_all_enable = d.pop("withdrawAllEnable")

        name = d.pop("name")

        free = d.pop("free")

        locked = d.pop("locked")

        freeze = d.pop("freeze")

        withdrawing = d.pop("withdrawing")

        ipoing = d.pop("ipoing")

        ipoable = d.pop("ipoable")

        storage = d.pop("storage")

        is_legal_money = d.pop("isLegalMoney")

        trading = d.pop("trading")

        network_list = []
        _network_list = d.pop("networkList")
        for network_list_item_data in _network_list:
            network_list_item = WalletCoinNetwork.from_dict(network_list_item_data)

            network_list.append(network_list_item)

        _instance = cls(
            coin=coin,
            deposit_all_enable=deposit_all_enable,
            withdraw_all_enable=withdraw_all_enable,
            name=name,
            free=free,
            locked=locked,
            freeze=freeze,
            withdrawing=withdrawing,
            ipoing=ipoing,
            ipoable=ipoable,
            storage=storage,
            is_legal_money=is_legal_money,
            trading=trading,
            network_list=network_list,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
