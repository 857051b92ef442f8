"""rules/confidentiality.yaml: its schema (pydantic, unknown keys are errors) and the compiled rules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from normdocs.schemas.rules import RuleFileError
from normdocs.review.phrases import PhraseCues
from normdocs.review.textview import between_han

Severity = Literal["block", "review", "info"]
MarkKind = Literal["state_secret", "internal_mark", "withholding_note", "on_request_note"]
_PIECE = re.compile(r"\{([a-z_]+)\}")


class RulesError(RuleFileError):
    """A rule file that cannot be used; the message names the file, the rule and the key."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class KindSpec(_Strict):
    severity: Severity
    secret: bool = False


class MarkSpec(_Strict):
    id: str
    kind: MarkKind
    match: Literal["line", "anywhere"]
    pattern: str
    severity: Severity | None = None  # default: the kind's


class IdCardSpec(_Strict):
    severity: Severity
    groupings: list[str] = Field(default_factory=lambda: ["18"])


class CardScheme(_Strict):
    name: str
    prefixes: list[str]
    lengths: list[int]


class BankCardSpec(_Strict):
    severity: Severity
    schemes: list[CardScheme] = Field(default_factory=list)
    context_words: list[str] = Field(default_factory=list)
    context_window: int = 20


class SeveritySpec(_Strict):
    severity: Severity


class EmailSpec(_Strict):
    severity: Severity
    public_domains: list[str] = Field(default_factory=list)
    public_severity: Severity = "info"


ContextualKind = Literal["passport", "travel_permit", "officer_id", "home_address"]


class ContextualSpec(_Strict):
    """A personal identifier read only right after a word naming it: 护照号码：E12345678, 家住…12号."""

    kind: ContextualKind
    label: str  # what staff read (护照号码)
    severity: Severity
    context_words: list[str] = Field(min_length=1)
    gap: str  # regex: what may stand between the word and the value (never a digit or a sentence's end)
    value: str  # regex: the value itself, bounded on its right
    mask: Literal["code", "address"] = "code"  # code: digits hidden but the last two; address: after the district
    # a table's header naming the column (姓名 护照号码 / 张三 E12345678): a value of `column_value`
    # (default `value`) standing anywhere within `column_window` characters after one of these words
    column_words: list[str] = Field(default_factory=list)
    column_value: str = ""
    column_window: int = 200


class PersonalSpec(_Strict):
    id_card: IdCardSpec
    bank_card: BankCardSpec
    mobile: SeveritySpec
    email: EmailSpec
    contextual: list[ContextualSpec] = Field(default_factory=list)


class TermSpec(_Strict):
    term: str
    category: str | None = None
    severity: Severity = "review"
    secret: bool = False


class QuotedSpec(_Strict):
    """A level quoted inside a sentence of the body: how it is told from a mark, and what it is."""

    severity: Severity = "block"
    quotes: str = "“”‘’\"'"  # skipped when looking at the characters around the level
    sentence_marks: str = "。；！？，"
    min_prose: int = 8  # characters of the line besides the level, for a line to be a sentence
    wrap_min: int = 20  # a line this long may be wrapped prose: its sentence runs on into the next or previous line
    self_words: list[str] = Field(default_factory=list)  # 本文件 密级为机密: the document's own level
    label_after: list[str] = Field(default_factory=list)  # …印发 秘密★1年: a level after these stands as a label
    run_after: int = 4  # Chinese characters right after a level that make it prose, however short the line
    mark_tails: list[str] = Field(default_factory=list)  # words a mark goes on with: 绝密★启用前, 机密★特急
    number_after: str = ""  # a document number right after the level (机密★1年临政办发〔2024〕12号) is no prose


class ConfidentialityFile(_Strict):
    version: str
    pieces: dict[str, str | list[str]] = Field(default_factory=dict)
    triggers: str = ""
    letter_spacing: str = ""  # dropped between two Chinese characters before marks are matched
    piece_ends: str = ""  # a line is also read piece by piece by the whole-line rules, cut here
    piece_after: list[str] = Field(default_factory=list)  # … and cut after these words (…印发 机密)
    level_compounds: list[str] = Field(default_factory=list)
    kinds: dict[MarkKind, KindSpec]
    marks: list[MarkSpec]
    quoted_levels: QuotedSpec = QuotedSpec()
    personal: PersonalSpec
    unread_picture: SeveritySpec = SeveritySpec(severity="block")
    allow_numbers: list[str] = Field(default_factory=list)
    amount_units: list[str] = Field(default_factory=list)
    not_units: list[str] = Field(default_factory=list)
    amount_prefixes: list[str] = Field(default_factory=list)
    sensitive_terms: list[TermSpec] = Field(default_factory=list)


@dataclass(frozen=True)
class MarkRule:
    id: str
    kind: str
    line: bool  # True: the whole line; False: anywhere in it
    pattern: re.Pattern
    severity: str
    secret: bool


@dataclass(frozen=True)
class ContextualRule:
    kind: str
    label: str
    severity: str
    pattern: re.Pattern  # context word, gap, then the group `value`
    mask: str
    follow: re.Pattern  # a further value listed after one (护照号码：E12345678、E87654321)
    column_words: re.Pattern | None = None  # a table's header naming the column
    column_value: re.Pattern | None = None  # a value under it, anywhere within column_window characters
    column_window: int = 0


@dataclass(frozen=True)
class ConfidentialityRules:
    version: str
    marks: tuple[MarkRule, ...]
    triggers: re.Pattern | None  # a line without any of these characters holds no mark
    level_compounds: re.Pattern | None  # words holding a level word that are no state-secret mark
    letter_spacing: re.Pattern | None  # 机·密: spacing characters between two Chinese characters
    piece_ends: str
    piece_after: re.Pattern | None  # the words a line is cut after (印发)
    mark_chars: frozenset[str]  # every character the mark patterns name: a mark's ends are among them
    kind_severity: dict[str, str]  # mark kind -> severity
    id_pattern: re.Pattern
    card_schemes: tuple[CardScheme, ...]
    card_context_words: tuple[str, ...]
    card_context_window: int
    severities: dict[str, str]  # personal kind (and unread_picture) -> severity
    email_public_domains: tuple[str, ...]
    email_public_severity: str
    allow_numbers: frozenset[str]
    amount_units: tuple[str, ...]
    not_units: tuple[str, ...]
    amount_prefixes: tuple[str, ...]
    terms: dict[str, TermSpec]
    term_cues: PhraseCues
    quoted: QuotedSpec
    contextual: tuple[ContextualRule, ...] = ()
    contextual_words: re.Pattern | None = None  # any context word: a text without one holds no contextual value


def _where(file: str, raw: dict, loc: tuple) -> str:
    """`confidentiality.yaml, marks[3] (secret_line), pattern` from a pydantic error location."""
    parts: list[str] = []
    node: Any = raw
    for key in loc:
        if isinstance(key, int):
            name = node[key].get("id") or node[key].get("term") if isinstance(node, list) and key < len(node) \
                and isinstance(node[key], dict) else None
            parts[-1] = f"{parts[-1]}[{key}]" + (f" ({name})" if name else "")
        else:
            parts.append(str(key))
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            node = None
    return f"{file}: " + ", ".join(parts)


def _expand(pattern: str, pieces: dict[str, str | list[str]], where: str) -> str:
    def piece(m: re.Match) -> str:
        name = m.group(1)
        if name not in pieces:
            raise RulesError(f"{where}: unknown piece {{{name}}}")
        value = pieces[name]
        if isinstance(value, list):
            return "(?:" + "|".join(re.escape(w) for w in sorted(value, key=len, reverse=True)) + ")"
        return value
    return _PIECE.sub(piece, pattern)


def _compile(pattern: str, where: str) -> re.Pattern:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise RulesError(f"{where}: not a valid regular expression ({exc})") from exc


def _id_pattern(groupings: list[str], where: str) -> re.Pattern:
    """Resident IDs in the groupings allowed: 6-8-4 → 6 digits, a separator, 8 digits, …"""
    sep = r"[ \-._‐‑–—－\u3000/·・]"
    alternatives = []
    for g in groupings:
        try:
            sizes = [int(n) for n in g.split("-")]
        except ValueError:
            raise RulesError(f"{where}: grouping {g!r} is not like 6-8-4") from None
        if sum(sizes) != 18 or any(n <= 0 for n in sizes):
            raise RulesError(f"{where}: grouping {g!r} does not add up to 18 characters")
        parts = [rf"\d{{{n}}}" for n in sizes]
        last = sizes[-1]
        parts[-1] = rf"\d{{{last - 1}}}[0-9Xx]" if last > 1 else "[0-9Xx]"
        alternatives.append(f" ?{sep}? ?".join(parts) if len(parts) > 1 else parts[0])
    # not inside a longer run of digits; a Latin letter around it does not hide it
    return re.compile(r"(?<!\d)(?:" + "|".join(sorted(set(alternatives), key=len, reverse=True)) + r")(?![\dXx])")


def _contextual(specs: list[ContextualSpec], name: str) -> tuple[ContextualRule, ...]:
    rules = []
    for i, c in enumerate(specs):
        where = f"{name}: personal, contextual[{i}] ({c.kind})"
        words = "|".join(re.escape(w) for w in sorted(set(c.context_words), key=len, reverse=True))
        pattern = _compile(f"(?:{words})(?:{c.gap})(?P<value>{c.value})", where)
        if "value" not in pattern.groupindex:
            raise RulesError(f"{where}: pattern has no value group")
        follow = _compile(f"\\s*[、,/和及与]\\s*(?P<value>{c.value})", where)
        column_value = _compile(f"(?<![0-9A-Za-z])(?P<value>{c.column_value or c.value})", where) \
            if c.column_words else None
        rules.append(ContextualRule(c.kind, c.label, c.severity, pattern, c.mask, follow,
                                    _words_pattern(c.column_words), column_value, c.column_window))
    return tuple(rules)


def _after_words(words: list[str]) -> re.Pattern | None:
    words = [w for w in words if w]
    return re.compile("(?<=" + ")|(?<=".join(re.escape(w) for w in words) + ")") if words else None


def _words_pattern(words: list[str]) -> re.Pattern | None:
    words = [w for w in words if w]
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))) if words else None


@lru_cache(maxsize=4)
def load_confidentiality(name: str = "confidentiality.yaml") -> ConfidentialityRules:
    raw = yaml.safe_load(resources.files("normdocs.rules").joinpath(name).read_text(encoding="utf-8"))
    return parse_confidentiality(raw, name)


def parse_confidentiality(raw: dict, name: str = "confidentiality.yaml") -> ConfidentialityRules:
    """The rules from the file's parsed YAML; RulesError names the file, the rule and the key."""
    if not isinstance(raw, dict):
        raise RulesError(f"{name}: not a mapping of sections")
    try:
        spec = ConfidentialityFile.model_validate(raw)
    except ValidationError as exc:
        raise RulesError("; ".join(f"{_where(name, raw, e['loc'])}: {e['msg']}" for e in exc.errors())) from None
    marks = []
    seen = set()
    for i, mark in enumerate(spec.marks):
        where = f"{name}: marks[{i}] ({mark.id})"
        if mark.id in seen:
            raise RulesError(f"{where}: id appears twice")
        seen.add(mark.id)
        if mark.kind not in spec.kinds:
            raise RulesError(f"{where}, kind: {mark.kind!r} is not listed under kinds")
        kind = spec.kinds[mark.kind]
        marks.append(MarkRule(mark.id, mark.kind, mark.match == "line",
                              _compile(_expand(mark.pattern, spec.pieces, where + ", pattern"), where + ", pattern"),
                              mark.severity or kind.severity, kind.secret))
    personal = spec.personal
    return ConfidentialityRules(
        version=spec.version, marks=tuple(marks),
        triggers=re.compile("[" + re.escape(spec.triggers) + "]") if spec.triggers else None,
        level_compounds=_words_pattern(spec.level_compounds),
        letter_spacing=between_han(spec.letter_spacing), piece_ends=spec.piece_ends,
        piece_after=_after_words(spec.piece_after),
        mark_chars=frozenset("".join(m.pattern.pattern for m in marks)) | frozenset(spec.triggers),
        kind_severity={kind: k.severity for kind, k in spec.kinds.items()},
        id_pattern=_id_pattern(personal.id_card.groupings, f"{name}: personal, id_card, groupings"),
        card_schemes=tuple(personal.bank_card.schemes),
        card_context_words=tuple(personal.bank_card.context_words),
        card_context_window=personal.bank_card.context_window,
        severities={"id_card": personal.id_card.severity, "bank_card": personal.bank_card.severity,
                    "mobile": personal.mobile.severity, "email": personal.email.severity,
                    "unread_picture": spec.unread_picture.severity,
                    **{c.kind: c.severity for c in personal.contextual}},
        email_public_domains=tuple(d.lower() for d in personal.email.public_domains),
        email_public_severity=personal.email.public_severity,
        allow_numbers=frozenset(re.sub(r"\D", "", str(n)) for n in spec.allow_numbers),
        amount_units=tuple(spec.amount_units), not_units=tuple(spec.not_units),
        amount_prefixes=tuple(spec.amount_prefixes),
        terms={t.term: t for t in spec.sensitive_terms},
        term_cues=PhraseCues({t.term: [t.term] for t in spec.sensitive_terms}),
        quoted=spec.quoted_levels,
        contextual=_contextual(personal.contextual, name),
        contextual_words=_words_pattern([w for c in personal.contextual for w in c.context_words + c.column_words]),
    )
