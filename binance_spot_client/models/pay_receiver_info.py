"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset, former_attribute

T = TypeVar("T", bound="PayReceiverInfo")


@_attrs_define
class PayReceiverInfo(AdditionalProperties[Any]):
    """Who received the payment; which contact fields appear depends on the receiver.

    Attributes:
        name (str): Nickname or merchant name.
        type (str): `USER` or `MERCHANT`.
        email (str | Unset):
        binance_id (str | Unset): Binance user id.
        account_id (str | Unset): Binance Pay account id.
        country_code (str | Unset): International dialling code.
        phone_number (str | Unset):
        mobile_code (str | Unset): Country of the phone number.
        extend (list[PayReceiverExtend] | PayReceiverExtend | Unset): Details of an external receiver (bank card,
            digital wallet); an object in Binance's current docs, a list in the 2024 file.
    """

    name: str
    type: str
    email: str | Unset = UNSET
    binance_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    country_code: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    mobile_code: str | Unset = UNSET
    extend: list[PayReceiverExtend] | PayReceiverExtend | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    type_: ClassVar[Any] = former_attribute("type_", "type")

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type = self.type

        email = self.email

        binance_id = self.binance_id

        account_id = self.account_id

        country_code = self.country_code

        phone_number = self.phone_number

        mobile_code = self.mobile_code

        extend: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.extend, Unset):
            extend = UNSET
        elif isinstance(self.extend, PayReceiverExtend):
            extend = self.extend.to_dict()
        else:
            extend = []
            for extend_type_1_item_data in self.extend:
                extend_type_1_item = extend_type_1_item_data.to_dict()
                extend.append(extend_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if binance_id is not UNSET:
            field_dict["binanceId"] = binance_id
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if mobile_code is not UNSET:
            field_dict["mobileCode"] = mobile_code
        if extend is not UNSET:
            field_dict["extend"] = extend

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _extend = d.get("extend", UNSET)
        extend: list[PayReceiverExtend] | PayReceiverExtend | Unset = (
            UNSET if _extend is UNSET else _parse_extend(_extend)
        )

        _instance = cls(
            d["name"],
            d["type"],
            d.get("email", UNSET),
            d.get("binanceId", UNSET),
            d.get("accountId", UNSET),
            d.get("countryCode", UNSET),
            d.get("phoneNumber", UNSET),
            d.get("mobileCode", UNSET),
            extend,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.pay_receiver_extend import PayReceiverExtend  # noqa: E402


def _parse_extend(data: object) -> list[PayReceiverExtend] | PayReceiverExtend | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        extend_type_0 = PayReceiverExtend.from_dict(data)

        return extend_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, list):
        raise TypeError()

    extend_type_1 = [PayReceiverExtend.from_dict(item) for item in data]

    return extend_type_1


_WIRE_NAMES = frozenset(
    {"name", "type", "email", "binanceId", "accountId", "countryCode", "phoneNumber", "mobileCode", "extend"}
)
