"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="WalletDustLogEntry")


@_attrs_define
class WalletDustLogEntry(AdditionalProperties[Any]):
    """One dust conversion, possibly of several assets.

    Attributes:
        operate_time (int): Time of the conversion, UTC milliseconds.
        total_transfered_amount (str): Total received, after fees.
        total_service_charge_amount (str): Total fee charged.
        trans_id (int): Id of the conversion.
        user_asset_dribblet_details (list[WalletDustLogDetail]):
    """

    operate_time: int
    total_transfered_amount: str
    total_service_charge_amount: str
    trans_id: int
    user_asset_dribblet_details: list[WalletDustLogDetail]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def total_transfered_amount_decimal(self) -> Decimal:
        """`total_transfered_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_transfered_amount)

    @property
    def total_service_charge_amount_decimal(self) -> Decimal:
        """`total_service_charge_amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.total_service_charge_amount)

    def to_dict(self) -> dict[str, Any]:
        operate_time = self.operate_time

        total_transfered_amount = self.total_transfered_amount

        total_service_charge_amount = self.total_service_charge_amount

        trans_id = self.trans_id

        user_asset_dribblet_details = []
        for user_asset_dribblet_details_item_data in self.user_asset_dribblet_details:
            user_asset_dribblet_details_item = user_asset_dribblet_details_item_data.to_dict()
            user_asset_dribblet_details.append(user_asset_dribblet_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operateTime": operate_time,
                "totalTransferedAmount": total_transfered_amount,
                "totalServiceChargeAmount": total_service_charge_amount,
                "transId": trans_id,
                "userAssetDribbletDetails": user_asset_dribblet_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        user_asset_dribblet_details = [WalletDustLogDetail.from_dict(item) for item in d["userAssetDribbletDetails"]]

        _instance = cls(
            d["operateTime"],
            d["totalTransferedAmount"],
            d["totalServiceChargeAmount"],
            d["transId"],
            user_asset_dribblet_details,
        )
        if len(d) > 5 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.wallet_dust_log_detail import WalletDustLogDetail  # noqa: E402

_WIRE_NAMES = frozenset(
    {"operateTime", "totalTransferedAmount", "totalServiceChargeAmount", "transId", "userAssetDribbletDetails"}
)
