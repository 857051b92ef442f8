"""Confidentiality findings (保密审查): marks, personal numbers and sensitive terms.

Rules come from rules/confidentiality.yaml. Marks are read line by line (a mark stands on its
own line); personal numbers, e-mail addresses and sensitive terms are read in the body, where
wrapped lines are joined back, and located on the layout's page and line afterwards.
Every finding's evidence is masked: a full personal number never leaves this module.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePath
from typing import NamedTuple

from normdocs.schemas.determination import Finding
from normdocs.schemas.layout import Layout, Line, Zone
from normdocs.schemas.normalize import ascii_digits
from normdocs.schemas.record import Record
from normdocs.review.confidentiality_rules import ConfidentialityRules, RulesError, load_confidentiality
from normdocs.review.numbers import (
    id_shaped, is_valid_id, luhn_ok, mask_address, mask_card, mask_code, mask_email, mask_id, mask_mobile, mask_term,
)
from normdocs.review.textview import (
    INVISIBLE, Normalised, ViewItem, confidentiality_view, fold_traditional, normalise,
)

__all__ = ["PERSONAL_KINDS", "ConfidentialityRules", "RulesError", "Hit", "find_findings", "find_marks", "find_personal",
           "hide_level_compounds", "load_confidentiality", "mark_hits"]

PERSONAL_KINDS = ("id_card", "mobile", "bank_card", "email", "passport", "travel_permit", "officer_id", "home_address")

_CARD_SEP = r"(?: ?[\-－‐‑‒–—―·・./] ?|[ \u3000])"  # 6222-0214…, 6222·0214…, 6013 - 3021 …, 6013—3021…
_CARD = re.compile(rf"(?<!\d)(?:\d{{13,19}}|\d{{4}}(?:{_CARD_SEP}\d{{4}}){{2,3}}(?:{_CARD_SEP}\d{{1,4}})?"
                   r"|\d{6}[ \-－]\d{7,13})(?!\d)")
# +86 138-1234-5678, 0086 13812345678, 139.1234.5678
_MOBILE = re.compile(r"(?<![0-9+])(?:(?:\+|00)?86[- ]?)?1[3-9]\d(?:(?: ?[-.·] ?| )?\d{4}){2}(?!\d)")
_DIGIT_RUN = re.compile(r"\d[\d\s\-\u200b-\u200f\u2060\ufeff]{9,}")
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


@dataclass(frozen=True)
class Hit:
    """A match in a text: where it is and its masked form (the value itself is not kept)."""

    kind: str
    start: int
    end: int
    mask: str  # what replaces the value in a redacted text
    severity: str
    evidence: str = ""  # what a finding shows; the mask unless set
    secret: bool = False

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
    if after.startswith(rules.amount_units) and not after.startswith(rules.not_units):
        return True
    return bool(before) and before.endswith(rules.amount_prefixes)


def _card_issuer(digits: str, rules: ConfidentialityRules) -> bool:
    return any(len(digits) in s.lengths and digits.startswith(tuple(s.prefixes)) for s in rules.card_schemes)


def _card_context(text: str, start: int, digits: str, rules: ConfidentialityRules, id_like: bool) -> bool:
    window = text[max(0, start - rules.card_context_window) : start]
    if any(w in window for w in rules.card_context_words):
        return True
    # an 18-digit number shaped like a resident ID but failing its check digit is no card
    return not id_like and _card_issuer(digits, rules)


_TIMES_X = re.compile(r"(?<=\d)( ?)[×✕╳]")  # an ID's check character X written as a multiplication sign
# a number broken over two lines (at a digit or at one of its separators)
_BROKEN = re.compile(r"(?<=[\d·./\-])[ \t\u3000]*\n[ \t\u3000]*(?=[\d·./\-])")
_LINE_BREAK_IN_NUMBER = re.compile(r"(?<=\d)\n(?=\d)")
# digits printed one by one with space between (letter-spaced, <pre>, one digit per table cell)
_SPACED_RUN = re.compile(r"(?<![\dA-Za-z])\d(?:[ \t\u3000]+(?:[-·./+][ \t\u3000]*)?[\dXx](?!\d)){6,}")
_GAP = re.compile(r"[ \t\u3000]+")
# a number written in Chinese digit characters (一三九一二三四五六七八, 幺 as spoken for 1): read as
# digits when the run is as long as a mobile; a date (二〇二四年) or a count is far shorter
_CN_DIGIT_RUN = re.compile("[〇零○一二三四五六七八九幺]{11,}")
_CN_DIGITS = str.maketrans("〇零○一二三四五六七八九幺", "0001234567891")


def _views(norm: Normalised) -> list[Normalised]:
    """The normalised text and its variants numbers may hide in: a line break inside a number
    dropped, spaces between letter-spaced digits dropped."""
    views = [norm]
    joined = norm.without(_BROKEN)
    if joined is not norm:
        views.append(joined)
        # … or the break read as a space between two groups (9558 3021 4857 6019 / 384)
        views.append(Normalised(_LINE_BREAK_IN_NUMBER.sub(" ", norm.text), norm.origin, norm.printed))
    runs = [(m.start(), m.end()) for m in _SPACED_RUN.finditer(joined.text)]
    if runs:
        gaps = [(g.start() + a, g.end() + a) for a, b in runs for g in _GAP.finditer(joined.text[a:b])]
        views.append(joined.without_spans(gaps))
    if _CN_DIGIT_RUN.search(norm.text):  # one character for one: the offsets stay
        text = _CN_DIGIT_RUN.sub(lambda m: m.group().translate(_CN_DIGITS), norm.text)
        views.append(Normalised(text, norm.origin, norm.printed))
    return views


def find_personal(text: str, rules: ConfidentialityRules | None = None) -> list[Hit]:
    """Resident IDs, bank cards, mobiles, e-mail addresses, the identifiers and addresses read after a
    word naming them (passports, permits, officer's cards, home addresses) and sensitive terms in `text`.

    Offsets are those of `text`. Numbers are read on a normalised copy (NFKC, zero-width
    characters dropped), so 4201\u200b02… or full-width separators hide nothing, and on its
    variants (`_views`): a number broken over two lines or letter-spaced is read whole."""
    rules = rules or load_confidentiality()
    printed = _TIMES_X.sub(r"\1X", ascii_digits(text or ""))
    hits: list[Hit] = []
    taken: list[tuple[int, int]] = []  # printed spans already found
    for norm in _views(normalise(printed, fold=True)):
        _scan_personal(norm, rules, hits, taken)
    return sorted(hits, key=lambda h: h.start)


def _scan_personal(norm: Normalised, rules: ConfidentialityRules, hits: list[Hit],
                   taken: list[tuple[int, int]]) -> None:
    text = norm.text

    def free(start: int, end: int) -> bool:
        return not _overlaps(taken, *norm.span(start, end))

    def take(kind: str, start: int, end: int, mask: str, severity: str, evidence: str = "", secret=False) -> None:
        s, e = norm.span(start, end)
        hits.append(Hit(kind, s, e, mask, severity, evidence, secret))
        taken.append((s, e))

    for m in rules.id_pattern.finditer(text):
        number = re.sub(r"[^0-9Xx]", "", m.group()).upper()
        if number not in rules.allow_numbers and is_valid_id(number) and free(m.start(), m.end()):
            take("id_card", m.start(), m.end(), mask_id(number), rules.severities["id_card"])
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if not 13 <= len(digits) <= 19 or digits in rules.allow_numbers or not free(m.start(), m.end()) \
                or _is_amount(text, m.start(), m.end(), rules):
            continue
        if luhn_ok(digits) and _card_context(text, m.start(), digits, rules, id_shaped(digits)):
            take("bank_card", m.start(), m.end(), mask_card(digits), rules.severities["bank_card"])
    for m in _MOBILE.finditer(text):
        digits = re.sub(r"\D", "", m.group())[-11:]
        if digits in rules.allow_numbers or not free(m.start(), m.end()) or _is_amount(text, m.start(), m.end(), rules):
            continue
        take("mobile", m.start(), m.end(), mask_mobile(digits), rules.severities["mobile"])
    for m in _EMAIL.finditer(text):
        if not free(m.start(), m.end()):
            continue
        domain = m.group().rpartition("@")[2].lower()
        is_public = any(domain == d or domain.endswith("." + d) for d in rules.email_public_domains)
        take("email", m.start(), m.end(), mask_email(m.group()),
             rules.email_public_severity if is_public else rules.severities["email"])
    if rules.contextual_words is not None and rules.contextual_words.search(text):
        _scan_contextual(norm, rules, hits, taken)
    for h in rules.term_cues.find(text):
        if not free(h.start, h.end):
            continue
        term = rules.terms[h.key]
        masked = mask_term(h.key)
        take("sensitive_term", h.start, h.end, masked, term.severity,
             f"{term.category}：{masked}" if term.category else masked, term.secret)


def _scan_contextual(norm: Normalised, rules: ConfidentialityRules, hits: list[Hit],
                     taken: list[tuple[int, int]]) -> None:
    """Values read after a word naming them. One may overlap a value of another contextual kind
    (住址 / 张三 E12345678 济南市…: a table's row read on after its header): both are findings, and
    masking hides the union; never a number already found (an ID, a card, a mobile)."""
    text = norm.text
    contextual_kinds = {r.kind for r in rules.contextual}
    builtin = [(h.start, h.end) for h in hits if h.kind not in contextual_kinds]

    def add(rule, m: re.Match) -> int:
        start, end = m.span("value")
        s, e = norm.span(start, end)
        if not _overlaps(builtin, s, e) and not any(h.kind == rule.kind and h.start < e and s < h.end for h in hits):
            value = m.group("value")
            mask = mask_address(value) if rule.mask == "address" else mask_code(value)
            hits.append(Hit(rule.kind, s, e, mask, rule.severity))
            taken.append((s, e))
        return end

    for rule in rules.contextual:
        for m in rule.pattern.finditer(text):
            listed: re.Match | None = m
            while listed is not None:  # the values listed after the first one
                listed = rule.follow.match(text, add(rule, listed))
        if rule.column_words is not None and rule.column_value is not None:
            for header in rule.column_words.finditer(text):
                stop = min(len(text), header.end() + rule.column_window)
                for m in rule.column_value.finditer(text, header.end(), stop):
                    add(rule, m)


# -- marks -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MarkHit:
    kind: str
    evidence: str  # as printed, whitespace dropped
    severity: str
    secret: bool
    rule: str


def hide_level_compounds(text: str, rules: ConfidentialityRules) -> str:
    """`text` with the words under level_compounds (工作秘密, 商业秘密 …) blanked, same length:
    what the state-secret rules read, so a level word inside a longer word is no mark."""
    if rules.level_compounds is None:
        return text
    return rules.level_compounds.sub(lambda m: "□" * len(m.group()), text)


QUOTED_KIND = "secret_quoted"


def mark_hits(line: str, rules: ConfidentialityRules | None = None, *, body: bool = False,
              lead: str = "", tail: str = "", pieces: bool = True, line_only: bool = False) -> list[MarkHit]:
    """The marks on one line of text, read on its normalised, compacted form; one per kind.

    `body`: the line is the document's own text, where a level may be quoted inside a sentence
    (对标注秘密★10年的文件…): such a level is a secret_quoted hit, not a state-secret mark.
    `lead` and `tail`: the lines before and after it, when the sentence may wrap onto them.
    `pieces`: the whole-line rules also read the line's pieces (`_pieces`); `line_only`: only they
    are read (what a piece is read by)."""
    rules = rules or load_confidentiality()
    if not line or (rules.triggers is not None and not rules.triggers.search(line)):
        return []
    norm = normalise(ascii_digits(line), fold=True, compact=True)
    if rules.letter_spacing is not None:
        norm = norm.without(rules.letter_spacing)
    text = norm.text
    if not text:
        return []
    secret_text = hide_level_compounds(text, rules)
    found: dict[str, MarkHit] = {}
    quoted: MarkHit | None = None
    for rule in rules.marks:
        if rule.kind in found or (line_only and not rule.line):
            continue
        subject = secret_text if rule.secret else text
        if rule.line:
            m = rule.pattern.fullmatch(subject)
        else:
            m = rule.pattern.search(subject)
        if m and m.end() > m.start():
            evidence = INVISIBLE.sub("", re.sub(r"\s+", "", norm.printed_text(m.start(), m.end())))
            if body and rule.secret and not rule.line and _quoted(norm, m.start(), m.end(), rules, lead, tail):
                quoted = quoted or MarkHit(QUOTED_KIND, evidence, rules.quoted.severity, False, rule.id)
                continue  # another rule may still read a mark of its own on the line
            found[rule.kind] = MarkHit(rule.kind, evidence, rule.severity, rule.secret, rule.id)
    if pieces:
        for piece in _pieces(line, rules, cells=not body):
            for hit in mark_hits(piece, rules, pieces=False, line_only=True):
                if hit.kind not in found:
                    found[hit.kind] = hit
    if quoted is not None and not any(h.secret for h in found.values()):
        found[QUOTED_KIND] = quoted
    return list(found.values())


def _pieces(line: str, rules: ConfidentialityRules, *, cells: bool) -> list[str]:
    """The line cut at `piece_ends` (and at whitespace when `cells`: a row of a table, a header):
    the pieces a whole-line rule reads on its own, when there is more than one."""
    if not rules.piece_ends:
        return []
    text = unicodedata.normalize("NFKC", line)
    if rules.piece_after is not None:
        text = rules.piece_after.sub(rules.piece_ends[0], text)
    parts = [p.strip() for p in re.split("[" + re.escape(rules.piece_ends) + "]+", text) if p.strip()]
    if cells:
        for part in list(parts):
            tokens = part.split()
            if len(tokens) > 1:
                parts += tokens + _letter_spaced(tokens)
    return parts if len(parts) > 1 else []


def _letter_spaced(tokens: list[str]) -> list[str]:
    """Runs of one-character tokens (not Latin letters or digits) read as one word: 机　　密 among a row's cells."""
    runs, run = [], []
    for token in tokens + [""]:
        if len(token) == 1 and not (token.isascii() and token.isalnum()):
            run.append(token)
            continue
        if len(run) > 1:
            runs.append("".join(run))
        run = []
    return runs


def _quoted(norm: Normalised, start: int, end: int, rules: ConfidentialityRules, lead: str = "",
            tail: str = "") -> bool:
    """A level inside a sentence: prose runs on around it in the printed line, or across the line's
    break into the next or previous one when the line is as long as a wrapped one (see quoted_levels)."""
    spec = rules.quoted
    s, e = norm.span(start, end)
    wrapped = len(norm.text) >= spec.wrap_min
    before = INVISIBLE.sub("", (lead.strip() if wrapped else "") + norm.printed[:s].lstrip()).rstrip(spec.quotes)
    after = INVISIBLE.sub("", norm.printed[e:].rstrip() + (tail.strip() if wrapped else "")).lstrip(spec.quotes)
    compact_before = norm.text[:start].rstrip(spec.quotes)
    if any(compact_before.endswith(fold_traditional(w)) for w in spec.self_words):
        return False  # 本文件密级为机密: the document's own level
    if any(compact_before.endswith(w) for w in spec.label_after):
        return False  # …2024年4月3日印发 秘密★1年: the 版记 line's mark, wrapped or not
    in_line_after = INVISIBLE.sub("", norm.printed[e:]).strip().lstrip(spec.quotes)
    if not in_line_after and compact_before[-1:] in set(spec.sentence_marks + ".;!?"):
        return False  # ……请认真贯彻执行。密级：机密 — the level stands after the last sentence, on its own
    glued_before = bool(before) and bool(_HAN.match(fold_traditional(before[-1])))
    glued_after = bool(after) and bool(_HAN.match(fold_traditional(after[0])))
    if glued_before and glued_after:
        return True
    # prose running on after the level (一、秘密★10年以上的文件): a mark goes on with a few words at most
    run = _HAN_RUN.match(fold_traditional(after))
    if glued_after and run and not any(after.startswith(w) for w in spec.mark_tails) \
            and len(run.group()) >= spec.run_after and not (spec.number_after and re.match(spec.number_after, after)):
        return True
    # a short line ending in the level, prose before it, and the sentence running on into the next
    # line (对标注秘密★10年 / 的文件应当…): quoted whatever the line's length. A level opening a line
    # is left alone here: that is how a mark stands (绝密★启用前)
    rest = INVISIBLE.sub("", norm.printed[e:]).strip().lstrip(spec.quotes)
    follow = INVISIBLE.sub("", tail).strip().lstrip(spec.quotes)
    if glued_before and not rest and follow and _HAN.match(fold_traditional(follow[0])) \
            and len(INVISIBLE.sub("", norm.printed[:s]).strip()) >= 2:
        return True
    if not (glued_before or glued_after):
        return False
    sentence = any(c in norm.text for c in spec.sentence_marks) or any(c in norm.printed for c in spec.sentence_marks)
    return sentence and len(norm.text) - (end - start) >= spec.min_prose


_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def find_marks(line: str, rules: ConfidentialityRules | None = None, *, body: bool = False) -> list[tuple[str, str, str]]:
    """(kind, evidence, severity) of the marks on one line."""
    return [(h.kind, h.evidence, h.severity) for h in mark_hits(line, rules, body=body)]


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
        box = _box(line)
        if size is None or box is None:
            return None, None
        width, height = size
        remaining = len(self.body[start:end].replace("\n", ""))
        spans: list[list[float]] = []
        k = i
        while remaining > 0 and k < len(self.lines):
            ln, text = self.lines[k], self.texts[k]
            part = _box(ln)
            if ln.page != line.page or part is None:
                return _fraction(box, width, height), None  # cannot place it all: the caller hides the line
            take = min(remaining, len(text) - offset)
            spans.append(_fraction_part(part, text, offset, offset + take, width, height))
            remaining -= max(take, 0)
            k, offset = k + 1, 0
        return _fraction(box, width, height), spans or None


def _units(text: str) -> float:
    return sum(0.55 if ch.isascii() else 1.0 for ch in text) or 1.0


class _Box(NamedTuple):
    """A line's position on its page (all four known)."""

    x0: float
    top: float
    x1: float
    bottom: float


def _box(line: Line) -> _Box | None:
    if line.x0 is None or line.top is None or line.x1 is None or line.bottom is None:
        return None
    return _Box(line.x0, line.top, line.x1, line.bottom)


def _fraction(line: _Box, width: float, height: float) -> list[float]:
    return [round(line.x0 / width, 4), round(line.top / height, 4), round(line.x1 / width, 4),
            round(line.bottom / height, 4)]


def _fraction_part(line: _Box, text: str, a: int, b: int, width: float, height: float) -> list[float]:
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


def _mark_findings(record: Record, rules: ConfidentialityRules) -> list[Finding]:
    """Marks on every text of the document (the confidentiality view), one finding per kind and
    evidence: a running header repeated on every page is one finding, on its first page."""
    findings: dict[tuple[str, str], Finding] = {}

    def add(hits: list[MarkHit], item) -> None:
        for hit in hits:
            key = (hit.kind, hit.evidence)
            if key not in findings:
                findings[key] = Finding(kind=hit.kind, evidence=hit.evidence, page=item.page, line=item.line,
                                        severity=hit.severity, place=item.place, secret=hit.secret)

    items = confidentiality_view(record.layout, record.metadata.body) + _file_name_items(record)

    def neighbour(k: int) -> str:
        """The text of item k when it continues the same prose (same place and page)."""
        if 0 <= k < len(items) and items[k].prose and items[k].place == items[i].place \
                and items[k].page == items[i].page:
            return items[k].text
        return ""

    # the last item read of each place: a mark broken over two lines of one place, the lines of
    # another place between them (a page number under the last line of a page) or a page break
    last: dict[str | None, tuple[ViewItem, set[str]]] = {}
    for i, item in enumerate(items):
        hits = mark_hits(item.text, rules, body=item.prose, lead=neighbour(i - 1) if item.prose else "",
                         tail=neighbour(i + 1) if item.prose else "")
        add(hits, item)
        kinds = {h.kind for h in hits}
        previous, previous_kinds = last.get(item.place, (None, set()))
        last[item.place] = (item, kinds)
        if previous is not None and _same_or_next_page(previous.page, item.page):
            # a mark broken over two lines (机 / 密★1年, 此件不予 / 公开): a kind neither line holds
            either = kinds | previous_kinds
            if "state_secret" in either:  # a mark line beside prose is the mark, not a level quoted
                either = either | {QUOTED_KIND}
            if QUOTED_KIND in either:  # a level one line reads as quoted is not a mark of the two lines read together
                either = either | {"state_secret"}
            add([h for h in split_mark_hits(previous.text, item.text, rules, body=previous.prose and item.prose)
                 if h.kind not in either], previous)
    # characters standing one per line — a mark set vertically (机 / 密), a diagonal watermark's
    # letters scattered among the body's lines — read together, in order and reversed, per page and place
    strays: dict[tuple[int | None, str | None], list] = {}
    for item in items:
        if len(_WS.sub("", INVISIBLE.sub("", item.text))) == 1:
            strays.setdefault((item.page, item.place), []).append(item)
    for group in strays.values():
        if len(group) >= 2:
            text = "".join(_WS.sub("", INVISIBLE.sub("", g.text)) for g in group)
            for reading in (text, text[::-1]):
                add(mark_hits(reading, rules), group[0])
    return list(findings.values())


def _same_or_next_page(before: int | None, after: int | None) -> bool:
    return before == after or (before is not None and after is not None and after == before + 1)


SPLIT_WHOLE = 24  # two lines this short (compacted) may together be one mark line
SPLIT_EDGE = 16  # else the end of one line and the start of the next are read together


def split_mark_hits(first: str, second: str, rules: ConfidentialityRules, *, body: bool = False) -> list[MarkHit]:
    """Marks that only the two lines read together hold: both lines whole when they are short
    (a mark line split in two), else the first's end and the second's start (a mark wrapped)."""
    a, b = first.strip(), second.strip()
    if not a or not b:
        return []
    # a mark across the break has its characters on both sides of it (prose mostly has not: cheap);
    # two short lines need it on one side only (仅限 / 系统内部使用: a pattern's class of characters)
    ends = (_edge(a[-1], a[-3:], -1) in rules.mark_chars, _edge(b[0], b[:3], 0) in rules.mark_chars)
    if not all(ends) and not (any(ends) and _short_pair(a, b)):
        return []
    if _short_pair(a, b):
        return mark_hits(a + b, rules, body=body)
    return [h for h in mark_hits(a[-SPLIT_EDGE:] + b[:SPLIT_EDGE], rules, body=body)
            if not _rule_is_line(h.rule, rules)]


def _short_pair(first: str, second: str) -> bool:
    return len(_WS.sub("", first)) <= SPLIT_WHOLE and len(_WS.sub("", second)) <= SPLIT_WHOLE


_WS = re.compile(r"\s+")
_CJK_OR_ASCII = re.compile(r"[\u4e00-\u9fff!-~]")


def _edge(char: str, piece: str, at: int) -> str:
    """The character at a line's end as matching reads it (a Chinese or ASCII one just folded)."""
    if _CJK_OR_ASCII.match(char):
        return fold_traditional(char)
    text = normalise(piece, compact=True).text
    return text[at] if text else ""


def _rule_is_line(rule_id: str, rules: ConfidentialityRules) -> bool:
    return any(r.id == rule_id and r.line for r in rules.marks)


FILE_NAME_PLACE = "文件名"


def _file_name_items(record: Record) -> list[ViewItem]:
    """The file's own name: staff name files after what they hold (机密-…, 张某身份证号….docx)."""
    name = PurePath(record.file).name if record.file else ""
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = re.sub(r"[_\-–—~+]+", " ", stem)  # a name's separators read as the gaps between its words
    return [ViewItem(stem, None, None, FILE_NAME_PLACE)] if stem.strip() else []


def _outside_personal(record: Record, rules: ConfidentialityRules, seen: set[tuple[str, str]]) -> list[Finding]:
    """Personal numbers in the texts outside the body: page furniture (running headers and
    footers) and the extra texts (headers of every kind, comments, annotations …)."""
    layout = record.layout
    if layout is None:
        return []
    # page furniture: only lines that may hold a number (page numbers are most of them)
    pieces: list[tuple[str, int | None, int | None, str | None]] = [
        (ln.text, ln.page, ln.index + 1, "页眉页脚（重复行）") for ln in layout.lines()
              if ln.zone == Zone.noise and (_DIGIT_RUN.search(ln.text) or "@" in ln.text)]
    pieces += [(x.text, x.page, None, x.place) for x in layout.extra]
    # each page's lines read together, page furniture included: a number wrapped into a line
    # taken for furniture (·5559 under 610103·19790909) is whole only there
    pages: dict[int, list[str]] = {}
    for ln in layout.lines():
        pages.setdefault(ln.page, []).append(ln.text)
    pieces += [("\n".join(texts), page, None, None) for page, texts in pages.items()
               if any(_DIGIT_RUN.search(t) for t in texts) or len(texts) > 1]
    pieces += [(x.text, None, None, x.place) for x in _file_name_items(record)]
    findings = []
    for text, page, line, place in pieces:
        for hit in find_personal(text, rules):
            if (hit.kind, hit.shown) in seen:
                continue
            seen.add((hit.kind, hit.shown))
            findings.append(Finding(kind=hit.kind, evidence=hit.shown, page=page, line=line, severity=hit.severity,
                                    place=place, secret=hit.secret))
    return findings


def find_findings(record: Record, rules: ConfidentialityRules | None = None) -> list[Finding]:
    """All findings of a record; page and line from its layout when it was kept."""
    rules = rules or load_confidentiality()
    md = record.metadata
    lines = _content_lines(record.layout)
    sizes = {p.number: (p.width, p.height) for p in record.layout.pages if p.width and p.height} \
        if record.layout else {}
    by_place: dict[tuple[int | None, int | None], Line] = {
        (ln.page, ln.index + 1): ln for ln in (record.layout.lines() if record.layout else [])}

    def line_box(ln: Line | None) -> list[float] | None:
        size = sizes.get(ln.page) if ln is not None else None
        box = _box(ln) if ln is not None else None
        if size is None or box is None:
            return None
        return _fraction(box, *size)

    findings = [f.model_copy(update={"bbox": line_box(by_place.get((f.page, f.line)))}) if f.line else f
                for f in _mark_findings(record, rules)]
    if md.classification and not any(f.kind == "state_secret" for f in findings):
        mark = md.classification + (f"★{md.classification_period}" if md.classification_period else "")
        header = next((ln for ln in lines if ln.zone == Zone.header and md.classification in ln.text), None)
        findings.append(Finding(kind="state_secret", evidence=mark, severity=rules.kind_severity.get("state_secret", "block"), secret=True,
                                page=header.page if header else None,
                                line=header.index + 1 if header else None, bbox=line_box(header)))
    body = md.body if md.body is not None else "\n".join(ln.text for ln in lines)
    locator = Locator(body, lines)
    seen: set[tuple[str, str]] = set()
    for hit in find_personal(body, rules):
        page, line = locator.locate(hit.start, hit.end)
        seen.add((hit.kind, hit.shown))
        bbox, span = locator.boxes(hit.start, hit.end, sizes)
        findings.append(Finding(kind=hit.kind, evidence=hit.shown, page=page, line=line, severity=hit.severity,
                                secret=hit.secret, bbox=bbox, span=span))
    findings.extend(_outside_personal(record, rules, seen))
    findings.extend(_unread_pictures(record, rules))
    return findings


def _unread_pictures(record: Record, rules: ConfidentialityRules) -> list[Finding]:
    """One finding per place holding a header picture nobody could read (a mark may be stamped there)."""
    places = dict.fromkeys((x.place, x.page) for x in (record.layout.extra if record.layout else []) if x.unread)
    return [Finding(kind="unread_picture", evidence=place, page=page, place=place,
                    severity=rules.severities["unread_picture"]) for place, page in places]
