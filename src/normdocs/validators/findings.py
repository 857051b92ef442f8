"""Confidentiality findings (保密审查): marks, personal numbers and sensitive terms.

Rules come from rules/confidentiality.yaml. Marks are read line by line (a mark stands on its
own line); personal numbers, e-mail addresses and sensitive terms are read in the body, where
wrapped lines are joined back, and located on the layout's page and line afterwards.
Every finding's evidence is masked: a full personal number never leaves this module.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from normdocs.schemas.determination import Finding, SEVERITY_RANK
from normdocs.schemas.layout import Layout, Line, Zone
from normdocs.schemas.normalize import ascii_digits
from normdocs.schemas.record import Record
from normdocs.validators.numbers import (
    id_shaped, is_valid_id, luhn_ok, mask_card, mask_email, mask_id, mask_mobile, mask_term,
)
from normdocs.validators.phrases import PhraseCues

PERSONAL_KINDS = ("id_card", "mobile", "bank_card", "email")

_ID = re.compile(r"(?<![0-9A-Za-z])\d{6} ?\d{8} ?\d{3}[0-9Xx](?![0-9A-Za-z])")
_CARD = re.compile(r"(?<![0-9A-Za-z])(?:\d{13,19}|\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,3})?)(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<![0-9A-Za-z+])(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?![0-9A-Za-z])")
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_SEVERITIES = set(SEVERITY_RANK)


@dataclass(frozen=True)
class ConfidentialityRules:
    version: str
    secret_severity: str
    secret_line: tuple[re.Pattern, ...]
    secret_anywhere: tuple[re.Pattern, ...]
    internal_severity: str
    internal_line: re.Pattern
    internal_anywhere: tuple[re.Pattern, ...]
    personal: dict
    allow_numbers: frozenset[str]
    amount_units: tuple[str, ...]
    amount_prefixes: tuple[str, ...]
    terms: dict[str, dict]  # term -> {severity, category}
    term_cues: PhraseCues


def _severity(value: str, where: str) -> str:
    if value not in _SEVERITIES:
        raise ValueError(f"{where}: severity {value!r} is not one of {sorted(_SEVERITIES)}")
    return value


@lru_cache(maxsize=4)
def load_confidentiality(name: str = "confidentiality.yaml") -> ConfidentialityRules:
    raw = yaml.safe_load(resources.files("normdocs.rules").joinpath(name).read_text(encoding="utf-8"))
    secret, internal, personal = raw["state_secret"], raw["internal_mark"], raw["personal"]
    for kind in PERSONAL_KINDS:
        _severity(personal[kind]["severity"], f"personal.{kind}")
    _severity(personal["email"].get("public_severity", "info"), "personal.email.public_severity")
    words = "|".join(re.escape(w) for w in sorted(internal["words"], key=len, reverse=True))
    internal_line = re.compile(rf"[\s（(【\[〔]*(?:(?:{words})[\s，,、。；;·:：]*)+[\s）)】\]〕]*")
    terms: dict[str, dict] = {}
    for entry in raw.get("sensitive_terms") or []:
        if "term" not in entry:
            raise ValueError(f"sensitive term {entry!r} lacks 'term'")
        terms[entry["term"]] = {"severity": _severity(entry.get("severity", "review"), entry["term"]),
                                "category": entry.get("category")}
    return ConfidentialityRules(
        version=str(raw["version"]),
        secret_severity=_severity(secret["severity"], "state_secret"),
        secret_line=tuple(re.compile(p) for p in secret["line_patterns"]),
        secret_anywhere=tuple(re.compile(p) for p in secret.get("anywhere_patterns") or []),
        internal_severity=_severity(internal["severity"], "internal_mark"),
        internal_line=internal_line,
        internal_anywhere=tuple(re.compile(p) for p in internal.get("anywhere_patterns") or []),
        personal=personal,
        allow_numbers=frozenset(re.sub(r"\D", "", str(n)) for n in raw.get("allow_numbers") or []),
        amount_units=tuple(str(u) for u in raw.get("amount_units") or []),
        amount_prefixes=tuple(str(u) for u in raw.get("amount_prefixes") or []),
        terms=terms,
        term_cues=PhraseCues({term: [term] for term in terms}),
    )


@dataclass(frozen=True)
class Hit:
    """A match in a text: where it is and its masked form (the value itself is not kept)."""

    kind: str
    start: int
    end: int
    mask: str  # what replaces the value in a redacted text
    severity: str
    evidence: str = ""  # what a finding shows; the mask unless set

    @property
    def shown(self) -> str:
        return self.evidence or self.mask


# -- personal numbers, e-mail addresses, sensitive terms -------------------------------------

def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _is_amount(text: str, start: int, end: int, rules: ConfidentialityRules) -> bool:
    """A number followed by a unit (元, 人, %) or preceded by a currency sign is a quantity."""
    after = text[end : end + 8].lstrip()
    before = text[max(0, start - 3) : start].rstrip()
    return after.startswith(rules.amount_units) or (bool(before) and before.endswith(rules.amount_prefixes))


def _card_context(text: str, start: int, digits: str, cfg: dict, id_like: bool) -> bool:
    window = text[max(0, start - int(cfg.get("context_window", 20))) : start]
    if any(w in window for w in cfg.get("context_words", [])):
        return True
    # an 18-digit number shaped like a resident ID but failing its check digit is no card
    return not id_like and digits.startswith(tuple(str(p) for p in cfg.get("prefixes", [])))


def find_personal(text: str, rules: ConfidentialityRules | None = None) -> list[Hit]:
    """Resident IDs, bank cards, mobiles, e-mail addresses and sensitive terms in `text`."""
    rules = rules or load_confidentiality()
    text = ascii_digits(text or "")
    personal, hits, taken = rules.personal, [], []

    def take(kind: str, m: re.Match, mask: str, severity: str) -> None:
        hits.append(Hit(kind, m.start(), m.end(), mask, severity))
        taken.append((m.start(), m.end()))

    for m in _ID.finditer(text):
        number = m.group().replace(" ", "").upper()
        if number not in rules.allow_numbers and is_valid_id(number):
            take("id_card", m, mask_id(number), personal["id_card"]["severity"])
    card_cfg = personal["bank_card"]
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if not 13 <= len(digits) <= 19 or digits in rules.allow_numbers or _overlaps(taken, m.start(), m.end()) \
                or _is_amount(text, m.start(), m.end(), rules):
            continue
        if luhn_ok(digits) and _card_context(text, m.start(), digits, card_cfg, id_shaped(digits)):
            take("bank_card", m, mask_card(digits), card_cfg["severity"])
    for m in _MOBILE.finditer(text):
        digits = re.sub(r"\D", "", m.group())[-11:]
        if digits in rules.allow_numbers or _overlaps(taken, m.start(), m.end()) or _is_amount(text, m.start(), m.end(), rules):
            continue
        take("mobile", m, mask_mobile(digits), personal["mobile"]["severity"])
    email_cfg = personal["email"]
    public = tuple(d.lower() for d in email_cfg.get("public_domains", []))
    for m in _EMAIL.finditer(text):
        domain = m.group().rpartition("@")[2].lower()
        is_public = any(domain == d or domain.endswith("." + d) for d in public)
        take("email", m, mask_email(m.group()),
             email_cfg.get("public_severity", "info") if is_public else email_cfg["severity"])
    for h in rules.term_cues.find(text):
        if _overlaps(taken, h.start, h.end):
            continue
        term = rules.terms[h.key]
        masked = mask_term(h.key)
        hits.append(Hit("sensitive_term", h.start, h.end, masked, term["severity"],
                        f"{term['category']}：{masked}" if term["category"] else masked))
        taken.append((h.start, h.end))
    return sorted(hits, key=lambda h: h.start)


# -- marks -------------------------------------------------------------------------------------

def find_marks(line: str, rules: ConfidentialityRules | None = None) -> list[tuple[str, str, str]]:
    """(kind, evidence, severity) of the state-secret and internal marks on one line."""
    rules = rules or load_confidentiality()
    text = ascii_digits(line or "").strip()
    if not text:
        return []
    found = []
    secret = next((p for p in rules.secret_line if p.fullmatch(text)), None)
    if secret is not None:
        found.append(("state_secret", re.sub(r"\s+", "", text), rules.secret_severity))
    else:
        for pattern in rules.secret_anywhere:
            m = pattern.search(text)
            if m:
                found.append(("state_secret", re.sub(r"\s+", "", m.group()), rules.secret_severity))
                break
    if rules.internal_line.fullmatch(text):
        found.append(("internal_mark", re.sub(r"\s+", "", text), rules.internal_severity))
    else:
        for pattern in rules.internal_anywhere:
            m = pattern.search(text)
            if m:
                found.append(("internal_mark", m.group(), rules.internal_severity))
                break
    return found


# -- locating body offsets on the layout ------------------------------------------------------

class Locator:
    """Maps a character offset in the body to the layout line it came from.

    The body is the non-noise lines' text joined, with a newline between paragraphs; when
    that holds the mapping is exact, otherwise the line that holds the match is searched.
    """

    def __init__(self, body: str, lines: list[Line]):
        self.body = ascii_digits(body)
        self.lines = lines
        texts = [ascii_digits(ln.text) for ln in lines]
        self.starts = []
        pos = 0
        for t in texts:
            self.starts.append(pos)
            pos += len(t)
        self.texts = texts
        self.newlines = [i for i, c in enumerate(self.body) if c == "\n"]
        self.exact = bool(lines) and self.body.replace("\n", "") == "".join(texts)

    def locate(self, start: int, end: int) -> tuple[int | None, int | None]:
        i, _ = self._find(start, end)
        if i is None:
            return None, None
        line = self.lines[i]
        return line.page, line.index + 1

    def _find(self, start: int, end: int) -> tuple[int | None, int]:
        """(line index, offset of the match within that line's text)."""
        if not self.lines:
            return None, 0
        if self.exact:
            flat = start - bisect.bisect_left(self.newlines, start)
            i = bisect.bisect_right(self.starts, flat) - 1
            while i + 1 < len(self.texts) and not self.texts[i]:
                i += 1
            return i, max(0, flat - self.starts[i])
        value = self.body[start:end]
        probe = value[: min(len(value), 8)]
        for needle in (value, probe):
            for k, t in enumerate(self.texts):
                if needle and needle in t:
                    return k, t.index(needle)
        return None, 0

    def boxes(self, start: int, end: int, sizes: dict[int, tuple[float, float]]):
        """The line's box and the value's boxes (one per line it runs over), as page fractions;
        (None, None) when the lines have no positions."""
        i, offset = self._find(start, end)
        if i is None:
            return None, None
        line = self.lines[i]
        size = sizes.get(line.page)
        if size is None or None in (line.x0, line.top, line.x1, line.bottom):
            return None, None
        width, height = size
        remaining, spans = len(self.body[start:end].replace("\n", "")), []
        k = i
        while remaining > 0 and k < len(self.lines):
            ln, text = self.lines[k], self.texts[k]
            if ln.page != line.page or None in (ln.x0, ln.top, ln.x1, ln.bottom):
                return _fraction(line, width, height), None  # cannot place it all: the caller hides the line
            take = min(remaining, len(text) - offset)
            spans.append(_fraction_part(ln, text, offset, offset + take, width, height))
            remaining -= max(take, 0)
            k, offset = k + 1, 0
        return _fraction(line, width, height), spans or None


def _units(text: str) -> float:
    return sum(0.55 if ch.isascii() else 1.0 for ch in text) or 1.0


def _fraction(line: Line, width: float, height: float) -> list[float]:
    return [round(line.x0 / width, 4), round(line.top / height, 4), round(line.x1 / width, 4),
            round(line.bottom / height, 4)]


def _fraction_part(line: Line, text: str, a: int, b: int, width: float, height: float) -> list[float]:
    """The box of text[a:b] on the line, estimated from character widths (CJK one em, ASCII about
    half), widened by two characters each side so that the estimate errs on covering too much."""
    pitch = (line.x1 - line.x0) / _units(text)
    x0 = line.x0 + pitch * (_units(text[:a]) if a else 0) - 2 * pitch
    x1 = line.x0 + pitch * _units(text[:b]) + 2 * pitch
    x0, x1 = max(line.x0 - pitch, x0), min(line.x1 + pitch, x1)
    pad = (line.bottom - line.top) * 0.15
    return [round(max(0.0, x0 / width), 4), round(max(0.0, (line.top - pad) / height), 4),
            round(min(1.0, x1 / width), 4), round(min(1.0, (line.bottom + pad) / height), 4)]


def _content_lines(layout: Layout | None) -> list[Line]:
    return [ln for ln in layout.lines() if ln.zone != Zone.noise] if layout else []


def find_findings(record: Record, rules: ConfidentialityRules | None = None) -> list[Finding]:
    """All findings of a record; page and line from its layout when it was kept."""
    rules = rules or load_confidentiality()
    md = record.metadata
    lines = _content_lines(record.layout)
    sizes = {p.number: (p.width, p.height) for p in record.layout.pages if p.width and p.height} \
        if record.layout else {}
    findings: list[Finding] = []

    def line_box(ln: Line | None) -> list[float] | None:
        size = sizes.get(ln.page) if ln is not None else None
        if size is None or None in (ln.x0, ln.top, ln.x1, ln.bottom):
            return None
        return _fraction(ln, *size)

    if lines:
        for ln in lines:
            for kind, evidence, severity in find_marks(ln.text, rules):
                findings.append(Finding(kind=kind, evidence=evidence, page=ln.page, line=ln.index + 1,
                                        severity=severity, bbox=line_box(ln)))
    else:
        for paragraph in (md.body or "").split("\n"):
            for kind, evidence, severity in find_marks(paragraph, rules):
                findings.append(Finding(kind=kind, evidence=evidence, severity=severity))
    if md.classification and not any(f.kind == "state_secret" for f in findings):
        mark = md.classification + (f"★{md.classification_period}" if md.classification_period else "")
        header = next((ln for ln in lines if ln.zone == Zone.header and md.classification in ln.text), None)
        findings.append(Finding(kind="state_secret", evidence=mark, severity=rules.secret_severity,
                                page=header.page if header else None,
                                line=header.index + 1 if header else None, bbox=line_box(header)))
    body = md.body if md.body is not None else "\n".join(ln.text for ln in lines)
    locator = Locator(body, lines)
    for hit in find_personal(body, rules):
        page, line = locator.locate(hit.start, hit.end)
        bbox, span = locator.boxes(hit.start, hit.end, sizes)
        findings.append(Finding(kind=hit.kind, evidence=hit.shown, page=page, line=line, severity=hit.severity,
                                bbox=bbox, span=span))
    return findings
