"""政府信息公开工作年度报告: the 第二十条第（一）项 table and the counts behind it, from the library.

`build_annual_report` is a pure function of the library's rows (library/publish_queries.py), so
every cell can be reconciled: each count is the list of documents behind it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from pydantic import BaseModel, Field, field_validator

from normdocs.schemas.library import CatalogueEntry, TrailEntry, shared
from normdocs.schemas.rules import RuleModel, load_rules

OFFICE_TZ = ZoneInfo("Asia/Shanghai")
ATTRIBUTES = ("主动公开", "依申请公开", "不予公开", "待审")


class Category(RuleModel):
    name: str
    doc_types: list[str] = Field(default_factory=list)
    normative: bool | None = None
    doc_number_patterns: list[str] = Field(default_factory=list)

    @field_validator("doc_number_patterns")
    @classmethod
    def _compile(cls, patterns: list[str]) -> list[str]:
        for p in patterns:
            re.compile(p)
        return patterns

    def matches(self, row: CatalogueEntry) -> bool:
        if row.doc_type in self.doc_types:
            return True
        if self.normative and row.normative:
            return True
        number = row.doc_number or ""
        return any(re.search(p, number) for p in self.doc_number_patterns)


class AnnualRules(RuleModel):
    version: str = ""
    categories: list[Category]
    abolished: str = "已废止"
    lapsed: str = "已失效"


def load_annual_rules() -> AnnualRules:
    return load_rules("annual_report.yaml", AnnualRules)


def category_of(row: CatalogueEntry, rules: AnnualRules) -> str | None:
    return next((c.name for c in rules.categories if c.matches(row)), None)


def abolished_on(row: CatalogueEntry, rules: AnnualRules) -> str | None:
    """The date force ended by abolition: the earliest abolishing decision's date."""
    dates = [d for d in (c.signed_date or c.published_date for c in row.changed_by if c.kind == rules.abolished) if d]
    return min(dates) if dates else None


def lapsed_on(row: CatalogueEntry) -> str | None:
    until = row.valid_until
    if not until:
        return None
    return (dt.date.fromisoformat(until) + dt.timedelta(days=1)).isoformat()


def in_force_on(row: CatalogueEntry, day: str, rules: AnnualRules) -> bool:
    """In force at the end of `day` (ISO): signed by then, not abolished or lapsed by then."""
    if not row.signed_date or row.signed_date > day:
        return False
    ended = abolished_on(row, rules)
    if ended and ended <= day:
        return False
    if row.validity == rules.abolished and not ended:
        return False  # abolished on a date the library does not know: never counted in force
    lapse = lapsed_on(row)
    return not (lapse and lapse <= day)


def _issued_by(row: CatalogueEntry, issuer: str | None) -> bool:
    if not issuer:
        return True
    names = re.split(r"[、]", row.issuer or "")
    return issuer in names or issuer == row.issuer


@dataclass
class AnnualReport:
    year: int
    issuer: str | None
    rules_version: str
    # category -> cell -> document ids (本年制发件数, 本年废止件数, 本年失效件数, 现行有效件数)
    table: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    by_attribute: dict[str, list[int]] = field(default_factory=dict)
    by_doc_type: dict[str, list[int]] = field(default_factory=dict)
    by_month: dict[int, list[int]] = field(default_factory=dict)
    review: dict[str, list[int]] = field(default_factory=dict)  # decided, released, withdrawn
    unknown_abolition: list[int] = field(default_factory=list)  # 已废止 with no dated decision
    documents: dict[int, CatalogueEntry] = field(default_factory=dict)  # id -> row (title, number, dates …)


CELLS = ("issued", "abolished", "lapsed", "in_force")
CELL_LABELS = {"issued": "本年制发件数", "abolished": "本年废止件数", "lapsed": "本年失效件数（有效期届满）",
               "in_force": "现行有效件数"}
REVIEW_LABELS = {"decided": "作出审核决定（件）", "released": "经审核转为主动公开（件）", "withdrawn": "撤回（件）"}


def _local_year(value) -> int | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(OFFICE_TZ).year


def build_annual_report(rows: list[CatalogueEntry], trail: list[TrailEntry], year: int, issuer: str | None = None,
                        rules: AnnualRules | None = None) -> AnnualReport:
    """The year's report. Withdrawn documents (taken out of the published view) count nowhere
    but in the review trail's numbers."""
    rules = rules or load_annual_rules()
    start, end = f"{year}-01-01", f"{year}-12-31"
    report = AnnualReport(year=year, issuer=issuer, rules_version=rules.version)
    report.table = {c.name: {cell: [] for cell in CELLS} for c in rules.categories}
    by_attribute: dict[str, list[int]] = {a: [] for a in ATTRIBUTES}
    by_doc_type: dict[str, list[int]] = defaultdict(list)
    by_month: dict[int, list[int]] = {m: [] for m in range(1, 13)}
    mine = {r.id: r for r in rows if _issued_by(r, issuer)}
    for row in mine.values():
        if row.withdrawn:
            continue
        signed = row.signed_date or ""
        issued_this_year = start <= signed <= end
        category = category_of(row, rules)
        if issued_this_year:
            report.documents[row.id] = row
            by_attribute.setdefault(row.attribute or "未定", []).append(row.id)
            by_doc_type[row.doc_type or "未识别"].append(row.id)
            by_month[int(signed[5:7])].append(row.id)
        if category is None:
            continue
        cells = report.table[category]
        ended = abolished_on(row, rules)
        lapse = lapsed_on(row)
        if issued_this_year:
            cells["issued"].append(row.id)
        if ended and start <= ended <= end:
            cells["abolished"].append(row.id)
        elif lapse and start <= lapse <= end and not (ended and ended < lapse):
            cells["lapsed"].append(row.id)
        if in_force_on(row, end, rules):
            cells["in_force"].append(row.id)
        if row.validity == rules.abolished and not ended and signed <= end:
            report.unknown_abolition.append(row.id)
        if any(row.id in ids for ids in cells.values()):
            report.documents[row.id] = row
    report.by_attribute = {k: v for k, v in by_attribute.items() if v or k in ATTRIBUTES[:3]}
    report.by_doc_type = dict(sorted(by_doc_type.items(), key=lambda kv: (-len(kv[1]), kv[0])))
    report.by_month = by_month
    review: dict[str, set[int]] = {"decided": set(), "released": set(), "withdrawn": set()}
    for t in trail:
        if t.document_id not in mine or _local_year(t.decided_at) != year:
            continue
        if t.action == "decide":
            review["decided"].add(t.document_id)
            if t.attribute == "主动公开":
                review["released"].add(t.document_id)
        elif t.action == "withdraw":
            review["withdrawn"].add(t.document_id)
    report.review = {k: sorted(v) for k, v in review.items()}
    for ids in report.review.values():
        for i in ids:
            report.documents.setdefault(i, mine[i])
    return report


class CountedDocument(BaseModel):
    """A document behind one count of the report (统计明细): what an auditor checks the numbers against."""

    section: str  # 统计项
    cell: str  # 栏目
    id: int
    title: str | None = None
    doc_number: str | None = None
    issuer: str | None = None
    signed_date: str | None = None
    validity: str | None = None
    attribute: str | None = None


def behind_each_count(report: AnnualReport) -> list[CountedDocument]:
    """One line per (count, document)."""
    out = []

    def add(section: str, cell: str, ids: list[int]) -> None:
        for i in ids:
            d = report.documents.get(i) or CatalogueEntry(id=i)
            out.append(CountedDocument(section=section, cell=cell, **shared(d, CountedDocument)))

    for category, cells in report.table.items():
        for cell, ids in cells.items():
            add(f"第二十条第（一）项·{category}", CELL_LABELS[cell], ids)
    for attr, ids in report.by_attribute.items():
        add("按公开属性", attr, ids)
    for doc_type, ids in report.by_doc_type.items():
        add("按文种", doc_type, ids)
    for month, ids in report.by_month.items():
        add("按月份", f"{month}月", ids)
    for key, ids in report.review.items():
        add("审核记录", REVIEW_LABELS[key], ids)
    add("说明", "已废止但废止日期不明（未计入本年废止）", report.unknown_abolition)
    return out
