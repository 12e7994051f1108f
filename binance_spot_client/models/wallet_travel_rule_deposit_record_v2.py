"""Generated from spec/ by `python -m generator`; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..signing import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="WalletTravelRuleDepositRecordV2")


@_attrs_define
class WalletTravelRuleDepositRecordV2(AdditionalProperties[Any]):
    """One deposit in the V2 travel-rule deposit history.

    Attributes:
        deposit_id (str): Wallet deposit id; the id to answer the V2 deposit questionnaire with.
        amount (str): Amount deposited.
        network (str): Network the deposit arrived on.
        coin (str):
        deposit_status (int): Deposit state, with the codes of the plain deposit history (0 pending, 1 success, …).
        address (str): Deposit address.
        tx_id (str): On-chain transaction id.
        transfer_type (int): 0 on-chain deposit, 1 internal transfer from another Binance account.
        insert_time (int): Time Binance registered the deposit, UTC milliseconds.
        travel_rule_req_status (int | Unset): Travel-rule requirement state of the deposit, as Binance's code.
        address_tag (str | Unset): Memo or tag of the deposit; empty when none.
        confirm_times (str | Unset): Confirmations seen, as `seen/needed`.
        require_questionnaire (bool | Unset): Whether a deposit questionnaire must still be answered for this deposit.
        questionnaire (None | Unset | WalletTravelRuleDepositQuestionnaire): The answers given; only with
            `retrieveQuestionnaire=true`, null when none were given.
    """

    deposit_id: str
    amount: str
    network: str
    coin: str
    deposit_status: int
    address: str
    tx_id: str
    transfer_type: int
    insert_time: int
    travel_rule_req_status: int | Unset = UNSET
    address_tag: str | Unset = UNSET
    confirm_times: str | Unset = UNSET
    require_questionnaire: bool | Unset = UNSET
    questionnaire: Unset | WalletTravelRuleDepositQuestionnaire | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def amount_decimal(self) -> Decimal:
        """`amount` as a `Decimal`, parsed from Binance's text on each access."""
        return Decimal(self.amount)

    def to_dict(self) -> dict[str, Any]:
        deposit_id = self.deposit_id

        amount = self.amount

        network = self.network

        coin = self.coin

        deposit_status = self.deposit_status

        address = self.address

        tx_id = self.tx_id

        transfer_type = self.transfer_type

        insert_time = self.insert_time

        travel_rule_req_status = self.travel_rule_req_status

        address_tag = self.address_tag

        confirm_times = self.confirm_times

        require_questionnaire = self.require_questionnaire

        questionnaire: dict[str, Any] | Unset | None
        if isinstance(self.questionnaire, Unset):
            questionnaire = UNSET
        elif isinstance(self.questionnaire, WalletTravelRuleDepositQuestionnaire):
            questionnaire = self.questionnaire.to_dict()
        else:
            questionnaire = self.questionnaire

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "depositId": deposit_id,
                "amount": amount,
                "network": network,
                "coin": coin,
                "depositStatus": deposit_status,
                "address": address,
                "txId": tx_id,
                "transferType": transfer_type,
                "insertTime": insert_time,
            }
        )
        if travel_rule_req_status is not UNSET:
            field_dict["travelRuleReqStatus"] = travel_rule_req_status
        if address_tag is not UNSET:
            field_dict["addressTag"] = address_tag
        if confirm_times is not UNSET:
            field_dict["confirmTimes"] = confirm_times
        if require_questionnaire is not UNSET:
            field_dict["requireQuestionnaire"] = require_questionnaire
        if questionnaire is not UNSET:
            field_dict["questionnaire"] = questionnaire

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _questionnaire = d.get("questionnaire", UNSET)
        questionnaire: Unset | WalletTravelRuleDepositQuestionnaire | None = (
            UNSET if _questionnaire is UNSET else _parse_questionnaire(_questionnaire)
        )

        _instance = cls(
            d["depositId"],
            d["amount"],
            d["network"],
            d["coin"],
            d["depositStatus"],
            d["address"],
            d["txId"],
            d["transferType"],
            d["insertTime"],
            d.get("travelRuleReqStatus", UNSET),
            d.get("addressTag", UNSET),
            d.get("confirmTimes", UNSET),
            d.get("requireQuestionnaire", UNSET),
            questionnaire,
        )
        if len(d) > 9 and not _WIRE_NAMES.issuperset(d):
            _instance.additional_properties = {key: value for key, value in d.items() if key not in _WIRE_NAMES}
        return _instance


from ..models.wallet_travel_rule_deposit_questionnaire import WalletTravelRuleDepositQuestionnaire  # noqa: E402


def _parse_questionnaire(data: object) -> Unset | WalletTravelRuleDepositQuestionnaire | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        questionnaire_type_0 = WalletTravelRuleDepositQuestionnaire.from_dict(data)

        return questionnaire_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | Unset | WalletTravelRuleDepositQuestionnaire, data)


_WIRE_NAMES = frozenset(
    {
        "depositId",
        "amount",
        "network",
        "coin",
        "depositStatus",
        "address",
        "txId",
        "transferType",
        "insertTime",
        "travelRuleReqStatus",
        "addressTag",
        "confirmTimes",
        "requireQuestionnaire",
        "questionnaire",
    }
)
