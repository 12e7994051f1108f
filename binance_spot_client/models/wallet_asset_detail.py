"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="WalletAssetDetail")


@_attrs_define
class WalletAssetDetail(AdditionalProperties[Any]):
    """Withdrawal and deposit overview of one asset.

    Attributes:
        min_withdraw_amount (str): Smallest withdrawal.
        deposit_status (bool): Whether deposits are open on at least one network.
        withdraw_fee (float): Withdrawal fee (a JSON number).
        withdraw_status (bool): Whether withdrawals are open on at least one network.
        deposit_tip (str | Unset): Why deposits are closed; only when they are.
    """

    min_withdraw_amount: str
    deposit_status: bool
    withdraw_fee: float
    withdraw_status: bool
    deposit_tip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def min_withdraw_amount_decimal(self) -> Decimal:
        """`min_withdraw_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.min_withdraw_amount)

    def to_dict(self) -> dict[str, Any]:
        min_withdraw_amount = self.min_withdraw_amount

        deposit_status = self.deposit_status

        withdraw_fee = self.withdraw_fee

        withdraw_status = self.withdraw_status

        deposit_tip = self.deposit_tip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "minWithdrawAmount": min_withdraw_amount,
                "depositStatus": deposit_status,
                "withdrawFee": withdraw_fee,
                "withdrawStatus": withdraw_status,
            }
        )
        if deposit_tip is not UNSET:
            field_dict["depositTip"] = deposit_tip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict

        _instance = cls(
            d["minWithdrawAmount"],
            d["depositStatus"],
            d["withdrawFee"],
            d["withdrawStatus"],
            d.get("depositTip", UNSET),
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"minWithdrawAmount", "depositStatus", "withdrawFee", "withdrawStatus", "depositTip"})
