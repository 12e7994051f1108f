"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import AdditionalProperties

T = TypeVar("T", bound="CancelReplaceFailure")


@_attrs_define
class CancelReplaceFailure(AdditionalProperties[Any]):
    """Error body of a cancel-replace request that failed or only partly succeeded: the usual `code` and `msg` (-2021 when
    one half succeeded, -2022 when neither did) plus `data` detailing each half. Binance sends it with HTTP 409 when one
    half succeeded and with HTTP 400 when nothing succeeded; the 400 case is covered by the generic error response,
    whose `code` and `msg` it shares.

        Attributes:
            code (int): Binance error code: -2021 (partly failed) or -2022 (failed).
            msg (str): Human-readable error message.
            data (CancelReplaceFailureData): What happened to each half of a cancel-replace request that did not fully
                succeed.
    """

    code: int
    msg: str
    data: CancelReplaceFailureData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "msg": msg,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        data = CancelReplaceFailureData.from_dict(d["data"])

        _instance = cls(
            d["code"],
            d["msg"],
            data,
        )
        if len(d) > 3 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.cancel_replace_failure_data import CancelReplaceFailureData  # noqa: E402

_WIRE_NAMES = frozenset({"code", "msg", "data"})
