"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from ..models.iceberg_parts_filter_filter_type import IcebergPartsFilterFilterType
from ..signing import StructModel

T = TypeVar("T", bound="IcebergPartsFilter")


class IcebergPartsFilter(
    StructModel,
    tag_field="filterType",
    tag="ICEBERG_PARTS",
):
    """Caps how many visible parts an iceberg order may be split into (quantity divided by icebergQty, rounded up).

    Example:
        {'filterType': 'ICEBERG_PARTS', 'limit': 10}

    Attributes:
        filter_type (IcebergPartsFilterFilterType): Always `ICEBERG_PARTS`.
        limit (int): Maximum number of parts.
    """

    limit: int

    @property
    def filter_type(self) -> IcebergPartsFilterFilterType:
        """Always `ICEBERG_PARTS`: the value that tells this model from the others on the wire."""
        return IcebergPartsFilterFilterType("ICEBERG_PARTS")

    def to_dict(self) -> dict[str, Any]:
        filter_type = self.filter_type.value

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filterType": filter_type,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if isinstance(src_dict, cls):  # the answer's decoder already built it (its answer plan's fast decoder)
            return src_dict
        d = src_dict
        if d["filterType"] != "ICEBERG_PARTS":  # another union member's tag: refuse it
            IcebergPartsFilterFilterType(d["filterType"])

        _instance = cls(
            d["limit"],
        )
        if len(d) > 2 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


_WIRE_NAMES = frozenset({"filterType", "limit"})
