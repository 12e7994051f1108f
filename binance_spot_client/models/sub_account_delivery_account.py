"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SubAccountDeliveryAccount")


@_attrs_define
class SubAccountDeliveryAccount(AdditionalProperties[Any]):
    """COIN-M futures account of a sub-account.

    Attributes:
        email (str): Email of the sub-account.
        assets (list[SubAccountFuturesAsset]):
        can_deposit (bool): Whether deposits are allowed.
        can_trade (bool): Whether trading is allowed.
        can_withdraw (bool): Whether withdrawals are allowed.
        fee_tier (int): Fee tier of the account.
        update_time (int): Time of the figures, UTC milliseconds.
    """

    email: str
    assets: list[SubAccountFuturesAsset]
    can_deposit: bool
    can_trade: bool
    can_withdraw: bool
    fee_tier: int
    update_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        assets = []
        for assets_item_data in self.assets:
            assets_item = assets_item_data.to_dict()
            assets.append(assets_item)

        can_deposit = self.can_deposit

        can_trade = self.can_trade

        can_withdraw = self.can_withdraw

        fee_tier = self.fee_tier

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "assets": assets,
                "canDeposit": can_deposit,
                "canTrade": can_trade,
                "canWithdraw": can_withdraw,
                "feeTier": fee_tier,
                "updateTime": update_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        assets = [SubAccountFuturesAsset.from_dict(item) for item in d["assets"]]

        _instance = cls(
            d["email"],
            assets,
            d["canDeposit"],
            d["canTrade"],
            d["canWithdraw"],
            d["feeTier"],
            d["updateTime"],
        )
        if len(d) > 7 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.sub_account_futures_asset import SubAccountFuturesAsset  # noqa: E402

_WIRE_NAMES = frozenset({"email", "assets", "canDeposit", "canTrade", "canWithdraw", "feeTier", "updateTime"})
