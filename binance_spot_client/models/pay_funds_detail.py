"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PayFundsDetail")


@_attrs_define
class PayFundsDetail(AdditionalProperties[Any]):
    """Part of a payment in one currency.

    Attributes:
        currency (str):
        amount (str):
        wallet_asset_cost (PayWalletAssetCost | Unset): Amount taken from each wallet, keyed by wallet code (1 funding,
            2 spot).
    """

    currency: str
    amount: str
    wallet_asset_cost: PayWalletAssetCost | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        amount = self.amount

        wallet_asset_cost: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wallet_asset_cost, Unset):
            wallet_asset_cost = self.wallet_asset_cost.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "amount": amount,
            }
        )
        if wallet_asset_cost is not UNSET:
            field_dict["walletAssetCost"] = wallet_asset_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _wallet_asset_cost = d.get("walletAssetCost", UNSET)
        wallet_asset_cost: PayWalletAssetCost | Unset = (
            UNSET if _wallet_asset_cost is UNSET else PayWalletAssetCost.from_dict(_wallet_asset_cost)
        )

        _instance = cls(
            d["currency"],
            d["amount"],
            wallet_asset_cost,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.pay_wallet_asset_cost import PayWalletAssetCost  # noqa: E402

_WIRE_NAMES = frozenset({"currency", "amount", "walletAssetCost"})
