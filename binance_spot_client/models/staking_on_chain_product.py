"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.staking_on_chain_product_detail import StakingOnChainProductDetail
    from ..models.staking_on_chain_product_quota import StakingOnChainProductQuota


T = TypeVar("T", bound="StakingOnChainProduct")


@_attrs_define
class StakingOnChainProduct:
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
        from ..models.staking_on_chain_product_detail import StakingOnChainProductDetail
        from ..models.staking_on_chain_product_quota import StakingOnChainProductQuota

        d = dict(src_dict)
        project_id = d.pop("projectId")

        detail = StakingOnChainProductDetail.from_dict(d.pop("detail"))

        quota = StakingOnChainProductQuota.from_dict(d.pop("quota"))

        _instance = cls(
            project_id=project_id,
            detail=detail,
            quota=quota,
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
