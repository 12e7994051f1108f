"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="StakingOnChainProduct")


@_attrs_define
class StakingOnChainProduct(AdditionalProperties[Any]):
    """An on-chain yields locked product.

    Attributes:
        project_id (str): Product identifier used by the subscribe call.
        detail (StakingOnChainProductDetail): Terms of an on-chain yields locked product.
        quota (StakingOnChainProductQuota): Subscription limits of an on-chain yields product.
    """

    project_id: str
    detail: StakingOnChainProductDetail
    quota: StakingOnChainProductQuota
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
        detail = StakingOnChainProductDetail.from_dict(d["detail"])
        quota = StakingOnChainProductQuota.from_dict(d["quota"])

        _instance = cls(
            d["projectId"],
            detail,
            quota,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.staking_on_chain_product_detail import StakingOnChainProductDetail  # noqa: E402
from ..models.staking_on_chain_product_quota import StakingOnChainProductQuota  # noqa: E402

_WIRE_NAMES = frozenset({"projectId", "detail", "quota"})
