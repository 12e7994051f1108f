"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sub_account_futures_asset import SubAccountFuturesAsset


T = TypeVar("T", bound="SubAccountDeliveryAccount")


@_attrs_define
class SubAccountDeliveryAccount:
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
        from ..models.sub_account_futures_asset import SubAccountFuturesAsset

        d = dict(src_dict)
        email = d.pop("email")

        assets = []
        _assets = d.pop("assets")
        for assets_item_data in _assets:
            assets_item = SubAccountFuturesAsset.from_dict(assets_item_data)

            assets.append(assets_item)

        can_deposit = d.pop("canDeposit")

        can_trade = d.pop("canTrade")

        can_withdraw = d.pop("canWithdraw")

        fee_tier = d.pop("feeTier")

        update_time = d.pop("updateTime")

        _instance = cls(
            email=email,
            assets=assets,
            can_deposit=can_deposit,
            can_trade=can_trade,
            can_withdraw=can_withdraw,
            fee_tier=fee_tier,
            update_time=update_time,
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
