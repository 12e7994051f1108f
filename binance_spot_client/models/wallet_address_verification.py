"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="WalletAddressVerification")


@_attrs_define
class WalletAddressVerification(AdditionalProperties[Any]):
    """Travel-rule verification of one address-book address.

    Attributes:
        status (str): Verification state; Binance documents verified, unverified and pending.
        token (str): Token the verification covers.
        network (str): Network the verification covers.
        wallet_address (str): The address-book address.
        address_questionnaire (WalletAddressQuestionnaire | Unset): Answers given in an address verification
            questionnaire, as Binance's codes.
    """

    status: str
    token: str
    network: str
    wallet_address: str
    address_questionnaire: WalletAddressQuestionnaire | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        token = self.token

        network = self.network

        wallet_address = self.wallet_address

        address_questionnaire: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address_questionnaire, Unset):
            address_questionnaire = self.address_questionnaire.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "token": token,
                "network": network,
                "walletAddress": wallet_address,
            }
        )
        if address_questionnaire is not UNSET:
            field_dict["addressQuestionnaire"] = address_questionnaire

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _address_questionnaire = d.get("addressQuestionnaire", UNSET)
        address_questionnaire: WalletAddressQuestionnaire | Unset = (
            UNSET if _address_questionnaire is UNSET else WalletAddressQuestionnaire.from_dict(_address_questionnaire)
        )

        _instance = cls(
            d["status"],
            d["token"],
            d["network"],
            d["walletAddress"],
            address_questionnaire,
        )
        if len(d) > 4 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.wallet_address_questionnaire import WalletAddressQuestionnaire  # noqa: E402

_WIRE_NAMES = frozenset({"status", "token", "network", "walletAddress", "addressQuestionnaire"})
