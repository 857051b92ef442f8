"""rules/disclosure.yaml: the 附注 marker's basis and the content rules of the disclosure determination."""

from __future__ import annotations

from pydantic import Field, field_validator, model_validator

from normdocs.schemas.rules import RuleModel
from normdocs.schemas.vocab import Classification, FindingKind, Marker


class Conditions(RuleModel):
    """Conditions on one document: `when` holds if any of those given holds, `requires` if all of
    those given hold, `unless` if any holds."""

    findings: list[FindingKind] = Field(default_factory=list)  # of severity review or block
    classification: bool = False  # the header carries 绝密/机密/秘密
    doc_types: list[str] = Field(default_factory=list)
    title_phrases: list[str] = Field(default_factory=list)
    body_phrases: list[str] = Field(default_factory=list)
    min_body_phrases: int = Field(1, ge=1)  # different body phrases needed
    issuer_phrases: list[str] = Field(default_factory=list)  # in the issuer, canonical or as printed
    recipient_phrases: list[str] = Field(default_factory=list)  # in one of the 主送机关
    no_findings: bool = False  # no finding of severity review or block at all


class Outcome(RuleModel):
    """What a rule, the default or the unreadable case proposes."""

    proposed: Marker
    review: bool = True
    basis: list[str] = Field(default_factory=list)
    reason: str = ""
    cause: str = ""  # how a conflict with a laxer marker words the content


class DisclosureRule(Outcome):
    id: str
    when: Conditions = Field(default_factory=Conditions)
    requires: Conditions | None = None  # all of these must hold too
    unless: Conditions | None = None  # the rule does not apply when any of these holds
    overrides_marker: bool = False
    # laxer markers the rule agrees with all the same (Art. 16 content printed 依申请公开): no override
    consistent_markers: list[Marker] = Field(default_factory=list)


class MarkerText(RuleModel):
    basis: dict[Marker, list[str]]
    reason: str
    conflict_reason: str


class Periodic(RuleModel):
    """定期评估 of withheld documents."""

    default_periods: dict[Classification, str] = Field(default_factory=dict)
    persistent_basis: list[str] = Field(default_factory=list)


class DisclosureRuleFile(RuleModel):
    version: str
    marker: MarkerText
    rules: list[DisclosureRule]
    default: Outcome
    unreadable: Outcome
    periodic: Periodic = Field(default_factory=Periodic)

    @field_validator("version", mode="before")
    @classmethod
    def _version_as_text(cls, value: object) -> object:
        return str(value) if isinstance(value, (int, float)) else value

    @model_validator(mode="after")
    def _ids_once(self) -> DisclosureRuleFile:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise ValueError(f"规则 id {rule.id!r} 出现了两次")
            seen.add(rule.id)
        return self
