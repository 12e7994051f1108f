"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission import Permission
from ..signing import AdditionalProperties

T = TypeVar("T", bound="Account")


@_attrs_define
class Account(AdditionalProperties[Any]):
    """The state of an account, as returned by the account information endpoint.

    Attributes:
        maker_commission (int): Maker commission in basis points (integer form of `commissionRates.maker`).
        taker_commission (int): Taker commission in basis points (integer form of `commissionRates.taker`).
        buyer_commission (int): Buyer commission in basis points (integer form of `commissionRates.buyer`).
        seller_commission (int): Seller commission in basis points (integer form of `commissionRates.seller`).
        commission_rates (CommissionRates): Commission rates as decimal fractions (0.001 is 0.1 %).
        can_trade (bool): Whether the account may place orders.
        can_withdraw (bool): Whether the account may withdraw assets.
        can_deposit (bool): Whether the account may deposit assets.
        brokered (bool): Whether the account is a brokered account.
        require_self_trade_prevention (bool): Whether every order of the account must use a self-trade prevention mode.
        prevent_sor (bool): Whether the account is barred from using the Smart Order Router.
        update_time (int): Last time the account changed, in milliseconds since the Unix epoch (UTC).
        account_type (str): Kind of account, e.g. `SPOT`.
        balances (list[Balance]): One entry per asset (zero balances left out when `omitZeroBalances=true`).
        permissions (list[Permission]): What the account is allowed to trade.
        uid (int): The user id of the account's owner.
    """

    maker_commission: int
    taker_commission: int
    buyer_commission: int
    seller_commission: int
    commission_rates: CommissionRates
    can_trade: bool
    can_withdraw: bool
    can_deposit: bool
    brokered: bool
    require_self_trade_prevention: bool
    prevent_sor: bool
    update_time: int
    account_type: str
    balances: list[Balance]
    permissions: list[Permission]
    uid: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        maker_commission = self.maker_commission

        taker_commission = self.taker_commission

        buyer_commission = self.buyer_commission

        seller_commission = self.seller_commission

        commission_rates = self.commission_rates.to_dict()

        can_trade = self.can_trade

        can_withdraw = self.can_withdraw

        can_deposit = self.can_deposit

        brokered = self.brokered

        require_self_trade_prevention = self.require_self_trade_prevention

        prevent_sor = self.prevent_sor

        update_time = self.update_time

        account_type = self.account_type

        balances = []
        for balances_item_data in self.balances:
            balances_item = balances_item_data.to_dict()
            balances.append(balances_item)

        permissions = []
        for permissions_item_data in self.permissions:
            permissions_item = permissions_item_data.value
            permissions.append(permissions_item)

        uid = self.uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "makerCommission": maker_commission,
                "takerCommission": taker_commission,
                "buyerCommission": buyer_commission,
                "sellerCommission": seller_commission,
                "commissionRates": commission_rates,
                "canTrade": can_trade,
                "canWithdraw": can_withdraw,
                "canDeposit": can_deposit,
                "brokered": brokered,
                "requireSelfTradePrevention": require_self_trade_prevention,
                "preventSor": prevent_sor,
                "updateTime": update_time,
                "accountType": account_type,
                "balances": balances,
                "permissions": permissions,
                "uid": uid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        commission_rates = CommissionRates.from_dict(d["commissionRates"])
        balances = [Balance.from_dict(item) for item in d["balances"]]
        permissions = [_PERMISSION.get(item) or Permission(item) for item in d["permissions"]]

        _instance = cls(
            d["makerCommission"],
            d["takerCommission"],
            d["buyerCommission"],
            d["sellerCommission"],
            commission_rates,
            d["canTrade"],
            d["canWithdraw"],
            d["canDeposit"],
            d["brokered"],
            d["requireSelfTradePrevention"],
            d["preventSor"],
            d["updateTime"],
            d["accountType"],
            balances,
            permissions,
            d["uid"],
        )
        if len(d) > 16 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.balance import Balance  # noqa: E402
from ..models.commission_rates import CommissionRates  # noqa: E402

_PERMISSION: dict[object, Permission] = {member.value: member for member in Permission}


_WIRE_NAMES = frozenset(
    {
        "makerCommission",
        "takerCommission",
        "buyerCommission",
        "sellerCommission",
        "commissionRates",
        "canTrade",
        "canWithdraw",
        "canDeposit",
        "brokered",
        "requireSelfTradePrevention",
        "preventSor",
        "updateTime",
        "accountType",
        "balances",
        "permissions",
        "uid",
    }
)
