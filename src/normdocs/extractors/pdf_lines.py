"""A PDF page's text lines from pdfium's characters, as pdfplumber's extract_text_lines gives them.

pdfplumber (over pdfminer) costs 20-35 ms a page in per-character Python objects; pdfium
already parsed the page for its plain text. This reads each character's code point, origin,
font, size and fill colour with pdfium's C calls, builds the box pdfminer would (origin,
advance width, font descent and size), and groups characters into words and lines exactly
as pdfplumber does with its defaults (x_tolerance = y_tolerance = 3, layout off): the
differential check is benchmarks/pdf_detail_diff.py.

`read_lines` returns None when pdfium's read looks unreliable for this (rotated page, a
character pdfium cannot map to Unicode, a font it gives no metrics for): the caller then
asks pdfplumber.
"""

from __future__ import annotations

import ctypes
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterator

import pypdfium2.raw as pdfium_c

_SUBSET = re.compile(r"^[A-Z]{6}\+")  # a subset font's tag: pdfium's BaseFont names drop it
TOLERANCE = 3.0  # pdfplumber's default x_tolerance and y_tolerance
# pdfium keeps positions in single precision: a gap of exactly the tolerance (character
# spacing of 3 pt) comes out a few 1e-5 over it, where pdfminer's doubles do not
EPS = 1e-3
_LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}


@dataclass(slots=True)
class Char:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    upright: bool
    size: float
    colour: str | None
    bold: bool


@dataclass(slots=True)
class RawLine:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    chars: list[Char]  # one entry per letter of the text (a ligature counts as its letters)


def _font_name(font) -> str:
    size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
    if size <= 1:
        return ""
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFFont_GetBaseFontName(font, buffer, size)
    return buffer.value.decode("utf-8", errors="replace")


FontMetrics = dict[str, tuple[float, bool]]


class FontReader:
    """Each font's (descent below the baseline for a 1-point size, bold) as pdfminer takes
    them, by BaseFont name, page by page (pages asked for in increasing order): the
    FontDescriptor's /Descent (0 when absent: pdfium would fall back to the font program's
    own, which moves every box) and /FontName, the AFM metrics for the standard fonts.
    Reading the page tree and the font dictionaries costs far less than pdfminer's layout.
    A name two fonts of a page share with different values, and Type3 fonts, are left out
    (a page drawing with them goes to pdfplumber)."""

    def __init__(self, path) -> None:
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser

        self._fh = open(path, "rb")
        try:
            self._pages = enumerate(PDFPage.create_pages(PDFDocument(PDFParser(self._fh))), start=1)
        except Exception:
            self._fh.close()
            raise

    def close(self) -> None:
        self._fh.close()

    def page(self, number: int) -> FontMetrics | None:
        """None when pdfminer cannot read the page's fonts (or has no such page)."""
        try:
            for i, page in self._pages:
                if i == number:
                    found: dict[str, tuple[float, bool] | None] = {}
                    _collect(page.resources, found, 0)
                    return {k: v for k, v in found.items() if v is not None}
        except Exception:  # noqa: BLE001 - a broken page tree or font: pdfplumber reads the page
            return None
        return None


def _name(value) -> str:
    from pdfminer.psparser import PSLiteral
    from pdfminer.pdftypes import resolve1

    value = resolve1(value)
    if isinstance(value, PSLiteral):
        value = value.name
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return str(value) if value is not None else ""


def _metrics(spec: dict) -> tuple[float, bool] | None:
    from pdfminer.fontmetrics import FONT_METRICS
    from pdfminer.pdftypes import resolve1

    subtype = _name(spec.get("Subtype"))
    if subtype == "Type3":
        return None
    base = _name(spec.get("BaseFont"))
    if subtype == "Type0":
        kids = resolve1(spec.get("DescendantFonts"))
        spec = resolve1(kids[0]) if isinstance(kids, list) and kids else {}
        spec = spec if isinstance(spec, dict) else {}
    elif base in FONT_METRICS:  # pdfminer's Type1/TrueType read standard fonts from AFM
        afm = FONT_METRICS[base][0]
        value = afm.get("Descent", 0)
        descent = float(value) if isinstance(value, (int, float)) else 0.0
        return -abs(descent) / 1000, "bold" in str(afm.get("FontName", "")).lower()
    desc = resolve1(spec.get("FontDescriptor"))
    desc = desc if isinstance(desc, dict) else {}
    found = resolve1(desc.get("Descent", 0))
    font_name = _name(desc.get("FontName")) if "FontName" in desc else "unknown"
    return -abs(float(found) if isinstance(found, (int, float)) else 0.0) / 1000, "bold" in font_name.lower()


def _collect(resources, into: dict[str, tuple[float, bool] | None], depth: int) -> None:
    from pdfminer.pdftypes import resolve1

    resources = resolve1(resources)
    if not isinstance(resources, dict) or depth > 3:
        return
    fonts = resolve1(resources.get("Font"))
    for ref in (fonts.values() if isinstance(fonts, dict) else []):
        spec = resolve1(ref)
        if not isinstance(spec, dict):
            continue
        key, value = _SUBSET.sub("", _name(spec.get("BaseFont"))), _metrics(spec)
        into[key] = value if into.get(key, value) == value else None
    xobjects = resolve1(resources.get("XObject"))
    for ref in (xobjects.values() if isinstance(xobjects, dict) else []):
        attrs = getattr(resolve1(ref), "attrs", None)
        if isinstance(attrs, dict) and _name(attrs.get("Subtype")) == "Form":
            _collect(attrs.get("Resources"), into, depth + 1)


def read_chars(
    textpage, page_top: float, fonts: FontMetrics, seen: set[int] | None = None,
    spaces: list[tuple[float, float]] | None = None, origins: list[tuple[float, float]] | None = None,
    skip: set[int] | None = None,
) -> list[Char] | None:
    """The page's characters in content order, pdfplumber's coordinates (top from the page
    top, `page_top` being the page height: pdfplumber's top is that minus the PDF y); None
    when unreliable. `fonts` are FontReader's for the page; `seen` collects the text
    objects the characters come from, `spaces` the origins of the spaces pdfium made up;
    characters at the indices in `skip` (set apart from the body: pdf_directions) are left out."""
    handle = textpage.raw if hasattr(textpage, "raw") else textpage
    count = pdfium_c.FPDFText_CountChars(handle)
    ox, oy = ctypes.c_double(), ctypes.c_double()
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    matrix = pdfium_c.FS_MATRIX()
    value = ctypes.c_float()
    # per text object: (font handle, font size, descent, bold, colour, matrix)
    objects: dict[int, tuple] = {}
    widths: dict[tuple[int, int], float] = {}
    out: list[Char] = []
    pending_high = 0
    for i in range(count):
        if skip and i in skip:
            continue
        if pdfium_c.FPDFText_IsGenerated(handle, i):
            if spaces is not None and pdfium_c.FPDFText_GetUnicode(handle, i) == 0x20:
                pdfium_c.FPDFText_GetCharOrigin(handle, i, ox, oy)
                spaces.append((ox.value, oy.value))
            continue
        code = pdfium_c.FPDFText_GetUnicode(handle, i)
        if pdfium_c.FPDFText_HasUnicodeMapError(handle, i) or code == 0:
            return None  # pdfminer gives (cid:N) or its own guess here: let pdfplumber read it
        if 0xDC00 <= code < 0xE000 and pending_high and out:  # a surrogate pair's second half
            out[-1].text = chr(0x10000 + ((pending_high - 0xD800) << 10) + (code - 0xDC00))
            pending_high = 0
            continue
        pending_high = code if 0xD800 <= code < 0xDC00 else 0
        text = chr(code)
        obj = pdfium_c.FPDFText_GetTextObject(handle, i)
        key = ctypes.cast(obj, ctypes.c_void_p).value or 0
        info = objects.get(key)
        if info is None:
            if not obj:
                return None
            font = pdfium_c.FPDFTextObj_GetFont(obj)
            if not font or not pdfium_c.FPDFTextObj_GetFontSize(obj, value):
                return None
            font_size = value.value
            font_name = _SUBSET.sub("", _font_name(font))
            if font_name not in fonts:
                return None  # a font pdfminer's metrics were not read for (a Type3 font …)
            unit_descent, bold = fonts[font_name]
            descent = unit_descent * font_size
            if not pdfium_c.FPDFText_GetMatrix(handle, i, matrix):
                return None
            m = (matrix.a, matrix.b, matrix.c, matrix.d)
            colour = None
            if pdfium_c.FPDFText_GetFillColor(handle, i, r, g, b, a):
                colour = f"#{r.value:02x}{g.value:02x}{b.value:02x}"
            info = (font, ctypes.cast(font, ctypes.c_void_p).value or 0, font_size, descent, bold, colour, m)
            objects[key] = info
            if seen is not None:
                seen.add(key)
        font, font_key, font_size, descent, bold, colour, (ma, mb, mc, md) = info
        wkey = (font_key, code)
        unit = widths.get(wkey)
        if unit is None:  # the advance of a 1-point glyph, for every size of the font
            if not pdfium_c.FPDFFont_GetGlyphWidth(font, code, 1.0, value):
                return None
            unit = widths[wkey] = value.value
        width = unit * font_size
        pdfium_c.FPDFText_GetCharOrigin(handle, i, ox, oy)
        # pdfminer's box: (0, descent) to (advance, descent + size) in text space
        x, y = ox.value, oy.value
        if origins is not None:
            origins.append((x, y))
        lx, ly = x + mc * descent, y + md * descent
        ux = x + ma * width + mc * (descent + font_size)
        uy = y + mb * width + md * (descent + font_size)
        if ux < lx:
            lx, ux = ux, lx
        if uy < ly:
            ly, uy = uy, ly
        out.append(Char(text, lx, page_top - uy, ux, page_top - ly, ma * md > 0 and mb * mc <= 0, uy - ly, colour, bold))
    return out


def _clusters(values: list[float]) -> dict[float, int]:
    """pdfplumber's cluster_list over the distinct values: chained within the tolerance."""
    index: dict[float, int] = {}
    last = None
    n = -1
    for v in sorted(set(values)):
        if last is None or v > last + TOLERANCE + EPS:
            n += 1
        index[v] = n
        last = v
    return index


def _begins_word(prev: Char, cur: Char, ltr: bool) -> bool:
    if ltr:
        ax, bx, cx, ay, cy = prev.x0, prev.x1, cur.x0, prev.top, cur.top
    else:  # rotated text reads top to bottom
        ax, bx, cx, ay, cy = prev.top, prev.bottom, cur.top, prev.x0, cur.x0
    return cx < ax - EPS or cx > bx + TOLERANCE + EPS or abs(cy - ay) > TOLERANCE + EPS


def _words(chars: list[Char]) -> Iterator[list[Char]]:
    for upright, group in itertools.groupby(chars, key=lambda c: c.upright):
        members = list(group)
        if upright:
            index = _clusters([c.top for c in members])
            ordered = sorted(members, key=lambda c: index[c.top])
            lines = [sorted(v, key=lambda c: c.x0) for _, v in itertools.groupby(ordered, key=lambda c: index[c.top])]
        else:
            index = _clusters([c.x0 for c in members])
            ordered = sorted(members, key=lambda c: index[c.x0])
            lines = [sorted(v, key=lambda c: (c.top, c.bottom)) for _, v in itertools.groupby(ordered, key=lambda c: index[c.x0])]
        for line in lines:
            word: list[Char] = []
            for c in line:
                if c.text.isspace():
                    if word:
                        yield word
                    word = []
                elif word and _begins_word(word[-1], c, upright):
                    yield word
                    word = [c]
                else:
                    word.append(c)
            if word:
                yield word


def group_lines(chars: list[Char]) -> list[RawLine]:
    """pdfplumber's extract_text_lines(strip=True) over these characters."""
    words = list(_words(chars))
    if not words:
        return []
    tops = [min(c.top for c in w) for w in words]
    index = _clusters(tops)
    out: list[RawLine] = []
    # preserve_order: consecutive words of one cluster make a line
    for _, run in itertools.groupby(zip(words, tops), key=lambda wt: index[wt[1]]):
        parts: list[str] = []
        letters: list[Char] = []
        for word, _top in run:
            text = ""
            for c in word:
                expanded = _LIGATURES.get(c.text, c.text)
                text += expanded
                letters.extend([c] * len(expanded))
            parts.append(text)
        line = " ".join(parts)
        stripped = line.strip(" ")
        if not stripped.strip():
            continue
        out.append(RawLine(stripped, min(c.x0 for c in letters), min(c.top for c in letters),
                           max(c.x1 for c in letters), max(c.bottom for c in letters), letters))
    return out


def dropped_spaces(page, fonts: FontMetrics, page_top: float, seen: set[int],
                   spaces: list[tuple[float, float]], origins: list[tuple[float, float]]) -> list[Char] | None:
    """The text objects pdfium's text page left out, as the space characters pdfminer reads
    there; None when one may be something else (then pdfplumber reads the page).

    pdfium drops a text object of spaces alone (LibreOffice writes the gaps of an imprint
    line so) and puts a space of its own at its origin; a space splits pdfplumber's words,
    so it counts. A dropped object that draws something (fake bold drawn twice) or sits
    where pdfium made no space (an empty string, or spaces it did not see) is not a known
    case. Objects inside forms are not looked at."""
    handle = page.raw if hasattr(page, "raw") else page
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    size = ctypes.c_float()
    matrix = pdfium_c.FS_MATRIX()
    out: list[Char] = []
    last: tuple[float, float] | None = None
    for i in range(pdfium_c.FPDFPage_CountObjects(handle)):
        obj = pdfium_c.FPDFPage_GetObject(handle, i)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_TEXT:
            continue
        if (ctypes.cast(obj, ctypes.c_void_p).value or 0) in seen:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            return None
        if right.value - left.value > 0.01 or top.value - bottom.value > 0.01:
            return None  # it draws glyphs pdfium's text page does not have
        x, y = left.value, bottom.value
        font = pdfium_c.FPDFTextObj_GetFont(obj)
        name = _SUBSET.sub("", _font_name(font)) if font else ""
        if name not in fonts or not pdfium_c.FPDFTextObj_GetFontSize(obj, size):
            return None
        # pdfium's own space on its baseline with no character between them (pdfium puts it
        # at the end of the character before), or the dropped space just before it
        follows = last is not None and abs(y - last[1]) < 0.5 and 0 < x - last[0] <= 2 * size.value
        if not follows and not any(
            abs(y - sy) < 0.5
            and not any(abs(y - cy) < 0.5 and min(x, sx) + 0.01 < cx < max(x, sx) - 0.01 for cx, cy in origins)
            for sx, sy in spaces
        ):
            return None
        last = (x, y)
        if not pdfium_c.FPDFPageObj_GetMatrix(obj, matrix) or matrix.b or matrix.c:
            return None
        descent = fonts[name][0] * size.value
        low, high = sorted((y + matrix.d * descent, y + matrix.d * (descent + size.value)))
        out.append(Char(" ", x, page_top - high, x, page_top - low, matrix.a * matrix.d > 0,
                        high - low, None, False))
    return out


def read_lines(page, textpage, page_top: float, fonts: FontMetrics,
               skip: set[int] | None = None) -> list[RawLine] | None:
    seen: set[int] = set()
    spaces: list[tuple[float, float]] = []
    origins: list[tuple[float, float]] = []
    chars = read_chars(textpage, page_top, fonts, seen, spaces, origins, skip)
    if chars is None:
        return None
    dropped = dropped_spaces(page, fonts, page_top, seen, spaces, origins)
    if dropped is None:
        return None
    return group_lines(chars + dropped)


def dominant(chars: list[Char]) -> tuple[float, str | None, bool]:
    """(size, colour, bold) over a line's visible characters, as _detailed_page counts them."""
    size = Counter(round(c.size, 1) for c in chars).most_common(1)[0][0]
    colour = Counter(c.colour for c in chars).most_common(1)[0][0]
    bold = sum(c.bold for c in chars) > len(chars) / 2
    return size, colour, bold
