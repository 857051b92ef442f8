"""What staff filter the library by (list, search, export, the console), checked before use.

A value outside the allowed list is an error naming the list, never a silent empty result
(`--attribute 公开` used to export 0 rows).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, TextClause, select
from sqlalchemy.orm import InstrumentedAttribute

from normdocs.library.models import Document
from normdocs.schemas.element_rules import ElementRuleFile
from normdocs.schemas.rules import load_rules
from normdocs.schemas.topic_rules import RULES_FILE as TOPIC_RULES, TopicRules
from normdocs.validation.expectations import load_config

# a WHERE condition: an expression, or SQL text (search's correlated EXISTS on PostgreSQL)
Condition = ColumnElement[Any] | TextClause

PUBLISHED = "主动公开"
IN_FORCE = "有效"
MIN_YEAR, MAX_YEAR = 1949, 2100
LABELS = {"issuer": "发文机关", "year": "年份", "doc_type": "文种", "attribute": "公开属性", "validity": "有效性",
          "topic": "主题分类", "normative": "规范性文件"}


class FilterError(ValueError):
    """A filter value staff typed that cannot match: the message (Chinese) lists what can."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class Filters:
    issuer: str | None = None
    year: int | None = None
    doc_type: str | None = None
    attribute: str | None = None
    validity: str | None = None
    topic: str | None = None
    normative: bool | None = None
    in_force: bool = False  # 现行有效: validity 有效 and not withdrawn
    published: bool = False  # the published view: 主动公开 and not withdrawn

    def active(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) not in (None, False)}


def issuer_column() -> InstrumentedAttribute[str | None]:
    """The issuer documents are grouped and filtered by: the printed name until the issuer
    registry's `issuer_ids` column lands, then the canonical issuer (one line to change)."""
    return Document.issuer


def topic_column() -> InstrumentedAttribute[str | None]:
    """主题分类 of the current version (documents.topic, migration 0007; null: 待定)."""
    return Document.topic


@lru_cache(maxsize=1)
def allowed_values() -> dict[str, tuple[str, ...]]:
    """The closed lists, from the rule files staff edit (validation.yaml, elements.yaml, topics.yaml),
    each read through its schema."""
    enumerations = load_config().enumerations
    doc_types = load_rules("elements.yaml", ElementRuleFile).doc_type_names()
    topics = load_rules(TOPIC_RULES, TopicRules).topics
    return {"attribute": tuple(enumerations["attribute"]), "validity": tuple(enumerations["validity"]),
            "doc_type": tuple(doc_types), "topic": tuple(t.name for t in topics)}


def _one_of(field: str, value: str) -> None:
    allowed = allowed_values()[field]
    if value not in allowed:
        raise FilterError(field, f"{LABELS[field]}“{value}”不是可选值。可选：{'、'.join(allowed)}")


def check(filters: Filters, library=None) -> Filters:
    """Filters with surrounding spaces trimmed; FilterError for a value that cannot match.
    With `library`, an issuer must be one the library holds (the message names close ones)."""
    trimmed: dict[str, Any] = {f.name: getattr(filters, f.name).strip() or None for f in fields(filters)
               if isinstance(getattr(filters, f.name), str)}
    filters = replace(filters, **trimmed)
    for field in ("attribute", "validity", "doc_type", "topic"):
        if getattr(filters, field) is not None:
            _one_of(field, getattr(filters, field))
    if filters.year is not None and not MIN_YEAR <= filters.year <= MAX_YEAR:
        raise FilterError("year", f"年份 {filters.year} 不在 {MIN_YEAR}-{MAX_YEAR} 之间。")
    if filters.issuer is not None and library is not None:
        _known_issuer(library, filters.issuer)
    return filters


def _known_issuer(library, issuer: str) -> None:
    column = issuer_column()
    with library.session() as s:
        if s.scalar(select(column).where(column == issuer).limit(1)) is not None:
            return
        pattern = "%" + issuer.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")[:8] + "%"
        close = list(s.scalars(select(column).where(column.like(pattern, escape="\\")).distinct()
                               .order_by(column).limit(5)))
    hint = f"相近的有：{'、'.join(close)}" if close else "用 normdocs list --facets 查看文库中的发文机关。"
    raise FilterError("issuer", f"文库中没有发文机关“{issuer}”。{hint}")


def conditions(filters: Filters) -> list[ColumnElement]:
    """The WHERE conditions on `documents` for these filters."""
    out: list[ColumnElement] = []
    if filters.issuer is not None:
        out.append(issuer_column() == filters.issuer)
    for field in ("year", "doc_type", "attribute", "validity", "normative"):
        if getattr(filters, field) is not None:
            out.append(getattr(Document, field) == getattr(filters, field))
    if filters.topic is not None:
        out.append(topic_column() == filters.topic)
    if filters.in_force:
        out += [Document.validity == IN_FORCE, Document.withdrawn.is_(False)]
    if filters.published:
        out += [Document.attribute == PUBLISHED, Document.withdrawn.is_(False)]
    return out
