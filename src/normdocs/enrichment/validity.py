"""Validity (有效性): normative or not, its period, and the documents a decision abolishes or amends."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from normdocs.schemas.provenance import ValidityLinkTarget
from normdocs.schemas.record import Metadata
from normdocs.schemas.normalize import DATE_PATTERN, normalize_date, normalize_doc_number
from normdocs.schemas.rules import RuleModel, load_rules

_ISSUING = re.compile(r"关于(?:印发|发布|颁布|修订印发)《?(.+?)》?的(?:通知|决定)$")
_UNTIL = re.compile(rf"有效期(?:至|到|截至)\s*({DATE_PATTERN})")
_YEARS = re.compile(r"有效期(?:为|是)?\s*(\d+|[一二三四五六七八九十]+)\s*年")
_FROM = re.compile(rf"自\s*({DATE_PATTERN})\s*起(?:施行|执行|实施|生效)")
_LISTED = re.compile(r"《([^《》]{4,80})》\s*(?:[（(]\s*([^（）()]{2,30}?[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*\d+\s*号)\s*[）)])?")
_CN = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


@dataclass
class ValidityInfo:
    normative: bool
    issued_title: str | None
    valid_until: str | None
    validity: str  # 有效 / 已失效 (已废止 and 已修改 come from loaded decisions)
    links: list[ValidityLinkTarget] = field(default_factory=list)  # 已废止/已修改 targets


class ValidityRules(RuleModel):
    """rules/validity.yaml"""

    version: str
    normative_endings: list[str]
    provisional_words: list[str]
    provisional_cap_years: int
    default_cap_years: int | None = None
    abolish_title_words: list[str]
    amend_title_words: list[str]


def load_validity_rules(name: str = "validity.yaml") -> ValidityRules:
    return load_rules(name, ValidityRules)


def _years(text: str) -> int:
    return int(text) if text.isdigit() else (_CN.get(text) or (10 + _CN.get(text[-1], 0) if text.startswith("十") else 0))


def _add_years(start: dt.date, years: int) -> dt.date:
    try:
        end = start.replace(year=start.year + years)
    except ValueError:  # 29 February
        end = start.replace(year=start.year + years, day=28)
    return end - dt.timedelta(days=1)


def assess_validity(metadata: Metadata, body: str, today: dt.date) -> ValidityInfo:
    rules = load_validity_rules()
    title = metadata.title or ""
    match = _ISSUING.search(title)
    issued = match.group(1) if match else None
    subject = issued or title
    normative = any(subject.endswith(e) for e in rules.normative_endings) or (
        metadata.doc_type == "令")
    valid_until = _period_end(metadata, body, subject, rules)
    validity = "已失效" if valid_until and valid_until < today.isoformat() else "有效"
    return ValidityInfo(normative=normative, issued_title=issued, valid_until=valid_until, validity=validity,
                        links=_links(title, body, rules))


def _period_end(metadata: Metadata, body: str, subject: str, rules: ValidityRules) -> str | None:
    until = _UNTIL.search(body)
    if until:
        return normalize_date(until.group(1))
    start_match = _FROM.search(body)
    start = normalize_date(start_match.group(1)) if start_match else metadata.signed_date
    if not start:
        return None
    years_match = _YEARS.search(body)
    if years_match:
        years = _years(years_match.group(1))
    elif any(w in subject for w in rules.provisional_words):
        years = rules.provisional_cap_years
    else:
        years = rules.default_cap_years or 0
    if not years:
        return None
    return _add_years(dt.date.fromisoformat(start), int(years)).isoformat()


def _links(title: str, body: str, rules: ValidityRules) -> list[ValidityLinkTarget]:
    """Targets of an abolition or amendment decision: titles in 《》 with their numbers."""
    if any(w in title for w in rules.abolish_title_words):
        kind = "已废止"
    elif any(w in title for w in rules.amend_title_words):
        kind = "已修改"
    else:
        return []
    links: list[ValidityLinkTarget] = []
    seen: set[str] = set()
    for text in (body[:20000], title):  # the body lists numbers the title leaves out
        for m in _LISTED.finditer(text):
            target = m.group(1).replace("〈", "《").replace("〉", "》")
            number = normalize_doc_number(m.group(2)) if m.group(2) else None
            if target in seen or target == title:
                continue
            seen.add(target)
            links.append(ValidityLinkTarget(kind=kind, title=target, doc_number=number))
    return links
