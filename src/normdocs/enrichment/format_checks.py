"""The GB/T 9704-2012 format report: what a document prints out of form or out of order.

A pure function of the record and its layout (`check_format`); the checks, their clauses and
messages are data (rules/format_checks.yaml). Advisory only: the result is shown to the office
and never quarantines a document.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator, model_validator

from normdocs.schemas.annotations import FormatCheck
from normdocs.schemas.layout import Line, Zone
from normdocs.schemas.normalize import normalize_date
from normdocs.schemas.record import Metadata, Record
from normdocs.schemas.rules import RuleModel, load_rules, parse_rules
from normdocs.review.redaction import redact

RULES_FILE = "format_checks.yaml"
HEADER_LINES = 20  # the number sits in page 1's first lines
RAW_MAX = 40  # how much of a printed text a message quotes


class RequiredElement(RuleModel):
    element: str
    label: str
    clause: str
    except_doc_types: list[str] = Field(default_factory=list)

    @field_validator("element")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in Metadata.model_fields:
            raise ValueError(f"未知的要素 {value!r}（应为 {', '.join(sorted(Metadata.model_fields))} 之一）")
        return value


class CheckRule(RuleModel):
    check: str
    clause: str
    message: str
    enabled: bool = True


class Patterns(RuleModel):
    doc_number: str
    arabic_date: str
    chinese_date: str
    note: str
    cc: str
    printed: str
    attachment_heading: str
    attachment_list: str
    chinese_period: str

    @model_validator(mode="after")
    def _compile(self) -> "Patterns":
        for name, pattern in self:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"{name} 不是有效的正则表达式：{exc}") from exc
        for group in ("open", "close", "year", "di", "seq"):
            if group not in re.compile(self.doc_number).groupindex:
                raise ValueError(f"doc_number 需要命名分组 (?P<{group}>...)")
        return self


KNOWN_CHECKS = {
    "missing_element", "header_order", "copy_number_form", "classification_period_form", "doc_number_brackets",
    "doc_number_year", "doc_number_di", "doc_number_zero", "number_below_title", "recipients_colon",
    "attachment_list_punctuation", "attachment_list_numbering", "signed_date_chinese", "signed_date_form",
    "note_parentheses", "note_position", "attachment_after_imprint", "cc_after_printed", "cc_end",
    "printed_date_chinese", "printed_date_form",
}


class FormatRules(RuleModel):
    """rules/format_checks.yaml, checked."""

    version: str = ""
    standard_in_force: str = "2012-07-01"
    layout_formats: list[str] = Field(default_factory=list)
    number_below_title_except: list[str] = Field(default_factory=list)
    required: list[RequiredElement] = Field(default_factory=list)
    patterns: Patterns
    checks: list[CheckRule]

    @field_validator("checks")
    @classmethod
    def _known_checks(cls, checks: list[CheckRule]) -> list[CheckRule]:
        for rule in checks:
            if rule.check not in KNOWN_CHECKS:
                raise ValueError(f"未知的检查项 {rule.check!r}")
        return checks

    def rule(self, check: str) -> CheckRule | None:
        return next((r for r in self.checks if r.check == check and r.enabled), None)


@lru_cache(maxsize=4)
def load_format_rules(path: str | None = None) -> FormatRules:
    """The packaged rules, or a staff copy of the file at `path`."""
    if path:
        return parse_rules(path, Path(path).read_text(encoding="utf-8"), FormatRules)
    return load_rules(RULES_FILE, FormatRules)


class _Report:
    def __init__(self, rules: FormatRules):
        self.rules = rules
        self.items: list[FormatCheck] = []

    def add(self, check: str, *, clause: str | None = None, raw: str = "", label: str = "") -> None:
        rule = self.rules.rule(check)
        if rule is None:
            return
        raw = redact(raw) or ""  # a quoted 附注 may name a contact's mobile: never in full
        raw = raw if len(raw) <= RAW_MAX else raw[:RAW_MAX] + "…"
        self.items.append(FormatCheck(check=check, clause=clause or rule.clause,
                                      message=rule.message.format(raw=raw, label=label)))


def check_format(record: Record, rules: FormatRules | None = None) -> list[FormatCheck]:
    """The departures from GB/T 9704-2012 of one read document (empty for unread files)."""
    if record.status != "ok":
        return []
    rules = rules or load_format_rules()
    report = _Report(rules)
    md = record.metadata
    layout = record.layout
    lines = [ln for ln in layout.lines() if ln.zone != Zone.noise] if layout else []
    texts = [ln.text for ln in lines]
    site = layout.site_metadata if layout else {}
    with_layout = record.format in rules.layout_formats and bool(lines)
    p = rules.patterns

    number_at, number = _find_number(texts, lines, p.doc_number, md)
    site_number = re.search(p.doc_number, site.get("发文字号", "")) if site.get("发文字号") else None
    for match in filter(None, (number, site_number)):
        _number_form(report, match)
        break
    _missing(report, md, rules, found_number=number is not None or site_number is not None)
    if with_layout:
        _header(report, lines, p)
        title_at = _title_line(texts, lines, md)
        has_mark = any(ln.zone == Zone.header for ln in lines[:HEADER_LINES])
        # only under a printed header; a number in brackets under the title is the gazette form
        if has_mark and number_at is not None and title_at is not None and number_at > title_at \
                and md.doc_type not in rules.number_below_title_except and not re.match(r"^[（(]", texts[number_at]):
            report.add("number_below_title")
    _recipients(report, texts, md)
    _attachment_list(report, texts, p)
    signed_at = _signed_date(report, texts, lines, md, rules)
    _note(report, texts, lines, signed_at, p, with_layout)
    _imprint(report, texts, md, rules, with_layout)
    return report.items


# -- number --------------------------------------------------------------------------------

def _find_number(texts: list[str], lines: list[Line], pattern: str, md: Metadata):
    """(line index, match) of the document number as printed, in page 1's first lines."""
    if md.doc_type in ("令", "命令"):
        return None, None  # a 令 carries an order number (第N号), which is its proper form
    for i, text in enumerate(texts[:HEADER_LINES]):
        if len(text) > 60:
            continue
        match = re.search(pattern, text)
        if match and (lines[i].zone == Zone.header or len(text) - len(match.group(0)) <= 12):
            return i, match
    return None, None


def _number_form(report: _Report, match: re.Match) -> None:
    raw = match.group(0)
    if match.group("open") != "〔" or match.group("close") != "〕":
        report.add("doc_number_brackets", raw=raw)
    if len(match.group("year")) != 4:
        report.add("doc_number_year", raw=raw)
    if match.group("di"):
        report.add("doc_number_di", raw=raw)
    if match.group("seq").startswith("0"):
        report.add("doc_number_zero", raw=raw)


def _missing(report: _Report, md: Metadata, rules: FormatRules, found_number: bool) -> None:
    for req in rules.required:
        if md.doc_type in req.except_doc_types:
            continue
        if req.element == "doc_number" and found_number:
            continue  # printed, in a form the parser does not take: its form is reported instead
        if not getattr(md, req.element, None):
            report.add("missing_element", clause=req.clause, label=req.label)


# -- header zone ---------------------------------------------------------------------------

_COPY = re.compile(r"^(\d{3,8})(?:\s|$)")
_CLASS = re.compile(r"绝密|机密|秘密")
_URGENCY = re.compile(r"特急|加急|特提|平急")


def _header(report: _Report, lines: list[Line], p) -> None:
    header = [(i, ln.text) for i, ln in enumerate(lines[:HEADER_LINES]) if ln.zone == Zone.header]
    found: dict[str, tuple[int, int]] = {}
    for i, text in header:
        if len(text) > 30:
            continue
        copy = _COPY.match(text)
        if copy and "copy" not in found:
            found["copy"] = (i, 0)
            if len(copy.group(1)) != 6:
                report.add("copy_number_form", raw=copy.group(1))
        for key, pattern in (("class", _CLASS), ("urgency", _URGENCY)):
            m = pattern.search(text)
            if m and key not in found:
                found[key] = (i, m.start())
        period = re.search(p.chinese_period, text)
        if period:
            report.add("classification_period_form", raw=period.group(0).lstrip("★☆* "))
    order = [found[k] for k in ("copy", "class", "urgency") if k in found]
    if order != sorted(order):
        report.add("header_order")


def _title_line(texts: list[str], lines: list[Line], md: Metadata) -> int | None:
    if not md.title:
        return None
    for i, text in enumerate(texts[:HEADER_LINES]):
        if lines[i].zone != Zone.header and len(text) >= 4 and md.title.startswith(re.sub(r"\s+", "", text)):
            return i
    return None


# -- main zone -----------------------------------------------------------------------------

def _recipients(report: _Report, texts: list[str], md: Metadata) -> None:
    if not md.recipients:
        return
    first = md.recipients[0][:4]
    for i, text in enumerate(texts[:HEADER_LINES + 8]):
        if text.startswith(first):
            for j in range(i, min(i + 8, len(texts))):
                if texts[j].endswith(":"):
                    report.add("recipients_colon", raw=texts[j][-RAW_MAX:])
                    return
                if texts[j].endswith("："):
                    return
            return


def _attachment_list(report: _Report, texts: list[str], p) -> None:
    for i, text in enumerate(texts):
        if not re.match(p.attachment_list, text):
            continue
        first = re.sub(p.attachment_list, "", text).strip()
        items = [first] if first else []
        numbered = [bool(re.match(r"^\d{1,2}\s*[.．、]", first))] if first else []
        for j in range(i + 1, min(i + 30, len(texts))):
            if re.match(r"^\d{1,2}\s*[.．、]", texts[j]):
                items.append(texts[j])
                numbered.append(True)
            elif items and items[-1].count("《") > items[-1].count("》"):
                items[-1] += texts[j]
            else:
                break
        for item in items:
            if re.search(r"[。；;，,.、]$", item):
                report.add("attachment_list_punctuation", raw=item)
                break
        if len(items) > 1 and not all(numbered):
            report.add("attachment_list_numbering")
        return


def _date_in(text: str, p) -> tuple[str, bool] | None:
    """(raw date, written in Chinese numerals) of a date ending the line."""
    for pattern, chinese in ((p.chinese_date, True), (p.arabic_date, False)):
        m = re.search(f"(?:{pattern})$", text)
        if m:
            return m.group(0), chinese
    return None


def _signed_date(report: _Report, texts: list[str], lines: list[Line], md: Metadata, rules: FormatRules) -> int | None:
    """Checks the form of the 成文日期 as printed; returns its line index."""
    if not md.signed_date:
        return None
    p = rules.patterns
    for i, text in enumerate(texts):
        if lines[i].zone in (Zone.header, Zone.imprint) or len(text) > 50 or re.search(p.printed, text):
            continue
        found = _date_in(text, p)
        if found is None:
            continue
        raw, chinese = found
        before = text[: len(text) - len(raw)].strip()
        if len(before) > 40 or re.search(r"[，。；：:]", before):
            continue
        if normalize_date(raw) != md.signed_date and not _form_breaks(raw, p):
            continue
        if chinese and md.signed_date >= rules.standard_in_force:
            report.add("signed_date_chinese", raw=raw)
        elif not chinese and _form_breaks(raw, p):
            report.add("signed_date_form", raw=raw)
        return i
    return None


def _form_breaks(raw: str, p) -> bool:
    m = re.fullmatch(p.arabic_date, raw)
    if not m:
        return False
    return len(m.group("year")) != 4 or m.group("month").startswith("0") or m.group("day").startswith("0")


def _note(report: _Report, texts: list[str], lines: list[Line], signed_at: int | None, p, with_layout: bool) -> None:
    for i, text in enumerate(texts):
        if lines[i].zone == Zone.header or not re.match(p.note, text) or ("此件" not in text and "联系人" not in text):
            continue
        if not re.match(r"^[（(].*[）)]$", text):
            report.add("note_parentheses", raw=text)
        if with_layout and signed_at is not None and (i < signed_at or i - signed_at > 2):
            report.add("note_position")
        return


# -- imprint zone --------------------------------------------------------------------------

def _imprint(report: _Report, texts: list[str], md: Metadata, rules: FormatRules, with_layout: bool) -> None:
    p = rules.patterns
    cc_at = next((i for i, t in enumerate(texts) if re.match(p.cc, t)), None)
    printed_at = next((i for i, t in enumerate(texts) if re.search(p.printed, t) and len(t) <= 60), None)
    if cc_at is not None:
        end = cc_at
        while end < min(cc_at + 3, len(texts) - 1) and not texts[end].endswith("。") \
                and end + 1 != printed_at and not re.match(p.cc, texts[end + 1]):
            end += 1
        if not texts[end].endswith("。"):
            report.add("cc_end", raw=texts[end][-RAW_MAX:])
    if cc_at is not None and printed_at is not None and cc_at > printed_at:
        report.add("cc_after_printed")
    if printed_at is not None:
        text = re.sub(r"印\s*发(?:\s*[（(]共?印?\d+份[）)])?$", "", texts[printed_at]).strip()
        found = _date_in(text, p)
        if found is not None:
            raw, chinese = found
            if chinese and (md.printed_date or md.signed_date or "9999") >= rules.standard_in_force:
                report.add("printed_date_chinese", raw=raw)
            elif not chinese and _form_breaks(raw, p):
                report.add("printed_date_form", raw=raw)
    imprint_end = max((i for i in (cc_at, printed_at) if i is not None), default=None)
    if with_layout and imprint_end is not None:
        if any(re.match(p.attachment_heading, t) for t in texts[imprint_end + 1:]):
            report.add("attachment_after_imprint")
