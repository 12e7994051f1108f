"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="SimpleEarnLockedProduct")


@_attrs_define
class SimpleEarnLockedProduct(AdditionalProperties[Any]):
    """A locked Simple Earn product.

    Attributes:
        project_id (str): Product identifier used by the subscribe calls.
        detail (SimpleEarnLockedProductDetail): Terms of a locked product.
        quota (SimpleEarnLockedProductQuota): Subscription limits of a locked product.
    """

    project_id: str
    detail: SimpleEarnLockedProductDetail
    quota: SimpleEarnLockedProductQuota
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        detail = self.detail.to_dict()

        quota = self.quota.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "detail": detail,
                "quota": quota,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        detail = SimpleEarnLockedProductDetail.from_dict(d["detail"])
        quota = SimpleEarnLockedProductQuota.from_dict(d["quota"])

        _instance = cls(
            d["projectId"],
            detail,
            quota,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.simple_earn_locked_product_detail import SimpleEarnLockedProductDetail  # noqa: E402
from ..models.simple_earn_locked_product_quota import SimpleEarnLockedProductQuota  # noqa: E402

_WIRE_NAMES = frozenset({"projectId", "detail", "quota"})
