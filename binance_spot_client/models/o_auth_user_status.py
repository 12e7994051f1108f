"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.o_auth_certificate_status import OAuthCertificateStatus
from ..models.o_auth_certificate_type import OAuthCertificateType
from ..signing import AdditionalProperties

T = TypeVar("T", bound="OAuthUserStatus")


@_attrs_define
class OAuthUserStatus(AdditionalProperties[Any]):
    """
    Attributes:
        certificate_type (OAuthCertificateType): 1: a person, 2: a company.
        certificate_status (OAuthCertificateStatus): 0: KYC not done or being reviewed, 1: KYC passed, 2: KYC rejected.
    """

    certificate_type: OAuthCertificateType
    certificate_status: OAuthCertificateStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        certificate_type = self.certificate_type.value

        certificate_status = self.certificate_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "certificateType": certificate_type,
                "certificateStatus": certificate_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        certificate_type = _O_AUTH_CERTIFICATE_TYPE.get(d["certificateType"]) or OAuthCertificateType(
            d["certificateType"]
        )
        certificate_status = OAuthCertificateStatus(d["certificateStatus"])

        _instance = cls(
            certificate_type,
            certificate_status,
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_O_AUTH_CERTIFICATE_TYPE: dict[object, OAuthCertificateType] = {member.value: member for member in OAuthCertificateType}

_WIRE_NAMES = frozenset({"certificateType", "certificateStatus"})
