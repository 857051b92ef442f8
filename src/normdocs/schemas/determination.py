"""The outcome of the disclosure review: confidentiality findings and the attribute decision.

A finding never carries a full personal number: `evidence` is always the masked form
(`370102********1234`, `138****5678`, `6222********1234`, `z***@example.cn`).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from normdocs.schemas.vocab import Attribute as AttributeInForce
from normdocs.schemas.vocab import DecisionSource, FindingKind, Severity
from normdocs.schemas.vocab import Marker as Attribute

__all__ = ["Attribute", "AttributeInForce", "Decision", "Finding", "FindingKind", "LapseCheck", "Severity"]

# the order of restrictiveness, least first
ATTRIBUTE_RANK: dict[str, int] = {"主动公开": 0, "依申请公开": 1, "不予公开": 2}
SEVERITY_RANK: dict[str, int] = {"info": 0, "review": 1, "block": 2}


class Finding(BaseModel):
    model_config = ConfigDict(validate_assignment=True)  # plain strings assigned become the enums

    kind: FindingKind
    evidence: str  # masked; a mark or term as printed only when it is no personal value
    page: int | None = None  # 1-based, null when the record has no layout
    line: int | None = None  # 1-based line number within the page (layout Line.index + 1)
    severity: Severity
    place: str | None = None  # where the text sits when not in the body: 首页页眉, 文本框, 批注 …
    secret: bool = False  # a state secret (or 涉密 term): keeps the document out of the library
    # where on the page, as fractions of its width and height from the top left [x0, top, x1, bottom]:
    # the line, and the boxes the value itself covers (wider than the value, to black it out safely)
    bbox: list[float] | None = None
    span: list[list[float]] | None = None


class Decision(BaseModel):
    model_config = ConfigDict(validate_assignment=True)

    proposed: Attribute  # what the rules conclude
    attribute: AttributeInForce  # what is in force; 待审 while under review
    source: DecisionSource
    basis: list[str] = Field(default_factory=list)  # articles, e.g. 政府信息公开条例第十四条
    reasons: list[str] = Field(default_factory=list)  # short Chinese sentences for staff
    needs_review: bool
    conflict: bool = False  # the 附注 says 主动公开 but the content says otherwise
    rules_version: str


class LapseCheck(BaseModel):
    """Periodic review (定期评估): whether a withheld document's reason has lapsed."""

    candidate: bool  # a candidate for conversion to 主动公开 (a human still decides)
    reason: str
    lapsed_on: str | None = None  # ISO date the secrecy period ended, when known
