"""The confidentiality view: every piece of text a document holds, normalised for matching.

The view is the layout's lines of every zone (page furniture included: a running header
内部资料 is noise for the body, never for the secrecy check) plus the layout's `extra` items
(DOCX headers of every kind, text boxes, comments, core properties; HTML <title>, <meta>,
metadata rows, blocks outside the content; PDF annotations, form fields, a header band read
by OCR; OFD annotations and document info).

Matching runs on a normalised copy of each text (`normalise`): NFKC (full-width forms, ㊙),
zero-width and joining characters dropped, traditional forms folded (機密 → 机密, one
character each, table in rules/traditional.jsonl), and, for marks, whitespace dropped so
that 机 密 and a mark split over runs read as one. Each normalised character keeps the index
of the printed character it came from, so evidence is shown as printed.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache

from normdocs.schemas.layout import Layout, Zone
from normdocs.schemas.traditional import fold_traditional, traditional_table  # noqa: F401 - re-exported

# zero-width, joining, direction and invisible formatting characters; soft hyphen; variation selectors
INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e0fff]")
_WHITESPACE = re.compile(r"\s")
# characters NFKC leaves alone and that are no whitespace: the bulk of any Chinese text
_PLAIN = re.compile(r"[\u4e00-\u9fff!-~]+")


@dataclass(frozen=True)
class Normalised:
    """A normalised text and, for each of its characters, the index of the printed one."""

    text: str
    # None: same as the printed text, character for character; else a machine-int array (a
    # tuple of ints costs 36 bytes a character: 250 MB for a 7-million-character body)
    origin: array | None
    printed: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The printed span [start, end) behind the normalised span."""
        if self.origin is None:
            return start, end
        if start >= len(self.origin):
            return len(self.printed), len(self.printed)
        return self.origin[start], (self.origin[end - 1] + 1 if end > start else self.origin[start])

    def printed_text(self, start: int, end: int) -> str:
        s, e = self.span(start, end)
        return self.printed[s:e]

    def without(self, pattern: re.Pattern) -> Normalised:
        """This text with `pattern`'s matches dropped, each character still knowing its printed one."""
        if not pattern.search(self.text):
            return self
        return self.without_spans([(m.start(), m.end()) for m in pattern.finditer(self.text)])

    def without_spans(self, spans: list[tuple[int, int]]) -> Normalised:
        """This text with the spans [start, end) of it dropped."""
        if not spans:
            return self
        origin = self.origin if self.origin is not None else array("q", range(len(self.text)))
        # the kept stretches copied as slices: a long body is not walked character by character
        texts: list[str] = []
        kept = array("q")
        pos = 0
        for start, end in sorted(spans):
            if start > pos:
                texts.append(self.text[pos:start])
                kept.extend(origin[pos:start])
            pos = max(pos, end)
        texts.append(self.text[pos:])
        kept.extend(origin[pos:])
        return Normalised("".join(texts), kept, self.printed)


def between_han(chars: str) -> re.Pattern | None:
    """Runs of `chars` standing between two Chinese characters (机·密, 机 - 密 once compacted)."""
    if not chars:
        return None
    return re.compile(f"(?<=[\u4e00-\u9fff])[{re.escape(chars)}]+(?=[\u4e00-\u9fff])")


_JOIN_EVERY = 4096


def normalise(text: str, *, fold: bool = True, compact: bool = False) -> Normalised:
    """NFKC, invisible characters dropped, traditional forms folded, whitespace dropped when compact."""
    text = text or ""
    if not compact and not INVISIBLE.search(text) and unicodedata.is_normalized("NFKC", text):
        return Normalised(fold_traditional(text) if fold else text, None, text)  # one character for one
    pieces: list[str] = []
    blocks: list[str] = []  # pieces joined as they come: a long body is no list of millions of strings
    origin = array("q")
    pos = 0
    n = len(text)
    while pos < n:
        if len(pieces) >= _JOIN_EVERY:
            blocks.append("".join(pieces))
            pieces.clear()
        m = _PLAIN.match(text, pos)
        if m:
            run = m.group()
            pieces.append(run)
            origin.extend(range(pos, m.end()))
            pos = m.end()
            continue
        ch = text[pos]
        if not (INVISIBLE.match(ch) or (compact and _WHITESPACE.match(ch))):
            norm = _nfkc(ch)
            if compact:
                norm = _WHITESPACE.sub("", norm)
            pieces.append(norm)
            origin.extend(array("q", [pos]) * len(norm))
        pos += 1
    out = "".join(blocks + pieces)
    return Normalised(fold_traditional(out) if fold else out, origin, text)


@lru_cache(maxsize=4096)
def _nfkc(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch)


@dataclass(frozen=True)
class ViewItem:
    """One piece of the view: a line of the layout or an extra text, with where it came from."""

    text: str
    page: int | None
    line: int | None  # 1-based, for layout lines
    place: str | None  # None for the document's own lines; else where the text sits (Chinese)
    zone: str | None = None  # the layout line's zone (header, main …); None for extra texts

    @property
    def prose(self) -> bool:
        """The document's own text between its 版头 and its 版记, where a level may be quoted in a
        sentence. The 版头 and the 版记 (抄送, 印发, and a 密级 printed beside them) are label rows."""
        return self.place is None and self.zone not in (Zone.header.value, Zone.imprint.value)


def confidentiality_view(layout: Layout | None, body: str | None = None) -> list[ViewItem]:
    """Every text of the document: all layout lines (noise included), then the extra texts.

    Without a layout (a record read back without it) the body's paragraphs stand in."""
    items: list[ViewItem] = []
    if layout is None:
        return [ViewItem(p, None, None, None) for p in (body or "").split("\n") if p.strip()]
    for line in layout.lines():
        text = line.text or line.orig
        if text and text.strip():
            place = {"header": "页眉", "footer": "页脚"}.get(line.part) if line.part != "body" else None
            if place is None and line.zone == Zone.noise:
                place = "页眉页脚（重复行）"  # page furniture, dropped from the body
            items.append(ViewItem(text, line.page, line.index + 1, place, Zone(line.zone).value))
    for extra in layout.extra:
        for piece in extra.text.split("\n"):
            if piece.strip():
                items.append(ViewItem(piece, extra.page, None, extra.place))
    return items
