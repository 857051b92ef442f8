"""A PDF page's text that does not run left to right: rotated text and characters stacked in a column.

pdfplumber's lines (and pdf_lines, which copies them) group characters by their height on the
page, so a diagonal watermark (机密 drawn at 45°), a line turned 90° or a mark set one character
at a time down the margin falls apart into the body lines beside it and never reads whole. For
the confidentiality view this reads those characters again as lines of their own, each in its
own direction and ordered along it: rotated characters grouped by angle, then by baseline;
upright characters with no neighbour on their baseline chained down a column; upright
characters far larger than the page's text and drawn light grey (an upright watermark).
These texts go to Layout.extra, and their characters are kept out of the body lines
(`Apart.indices` for pdfium's reads, `Apart.origins` for pdfplumber's): rotated and watermark
characters always, a column where it stands in the margin, outside the other text's width
(a column inside the text, numbers down a table, stays in the lines it sits on). A page
whose text is mostly such characters (a table turned landscape) keeps them in its lines.

Reads pdfium's text page already open for the cheap text: a few C calls per character, one
matrix and font size per text object; only on a page that may hold such text (a text object
whose matrix turns it or a large light-grey one, or two lines of the cheap text holding one
character each), so other pages cost a look at their page objects.
"""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

ROTATED_PLACE = "旋转文字"  # a watermark, a line turned 90°
COLUMN_PLACE = "竖排文字"  # characters set one by one down the page
WATERMARK_PLACE = "水印文字"  # upright, large and light grey across the body
_ANGLE_STEP = 2.0  # degrees: characters of one rotated line share their angle to this
_MIN_COLUMN = 2  # characters a column needs to be read as one
_WATERMARK_SIZE = 28.0  # points: a light-grey text object this large may be a watermark …
_WATERMARK_RATIO = 1.8  # … and its characters are when this many times the page's usual size


@dataclass(slots=True)
class _Glyph:
    text: str
    x: float  # origin, PDF user space
    y: float
    size: float  # the glyph's height on the page (font size × the matrix's scale)
    angle: float | None  # the baseline's direction in degrees; None for upright left-to-right text
    index: int  # pdfium's character index on its text page
    light: bool  # filled light grey (a watermark's colour)


@dataclass(slots=True)
class Apart:
    """A page's text set apart from its body lines."""

    texts: list[tuple[str, str]]  # (place, text) for Layout.extra
    indices: set[int]  # pdfium character indices kept out of the body lines
    origins: list[tuple[str, float, float]]  # (character, x, y in PDF user space) of the same


def _light(r: int, g: int, b: int) -> bool:
    return min(r, g, b) >= 0x99 and max(r, g, b) - min(r, g, b) <= 0x30 and max(r, g, b) < 0xF8


def _glyphs(textpage) -> list[_Glyph]:
    handle = textpage.raw if hasattr(textpage, "raw") else textpage
    ox, oy = ctypes.c_double(), ctypes.c_double()
    matrix = pdfium_c.FS_MATRIX()
    value = ctypes.c_float()
    red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
    objects: dict[int, tuple[float, float | None, bool] | None] = {}
    out: list[_Glyph] = []
    for i in range(pdfium_c.FPDFText_CountChars(handle)):
        if pdfium_c.FPDFText_IsGenerated(handle, i):
            continue
        code = pdfium_c.FPDFText_GetUnicode(handle, i)
        if code <= 0x20 and code != 0x20 or 0xD800 <= code < 0xE000:
            continue  # control characters and surrogate halves never belong to a mark
        obj = pdfium_c.FPDFText_GetTextObject(handle, i)
        key = ctypes.cast(obj, ctypes.c_void_p).value or 0
        if key not in objects:
            info = None
            if obj and pdfium_c.FPDFTextObj_GetFontSize(obj, value) and pdfium_c.FPDFText_GetMatrix(handle, i, matrix):
                a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
                size = value.value * math.hypot(c, d)
                upright = a > 0 and d > 0 and abs(b) < 1e-3 * a and abs(c) < 1e-3 * d
                light = bool(pdfium_c.FPDFText_GetFillColor(handle, i, red, green, blue, alpha)) and _light(
                    red.value, green.value, blue.value)
                info = (size, None if upright else math.degrees(math.atan2(b, a)), light)
            objects[key] = info
        info = objects[key]
        if info is None or info[0] <= 0:
            continue
        pdfium_c.FPDFText_GetCharOrigin(handle, i, ox, oy)
        out.append(_Glyph(chr(code), ox.value, oy.value, info[0], info[1], i, info[2]))
    return out


def _rotated_lines(glyphs: list[_Glyph]) -> list[str]:
    """Characters by angle (upright ones at 0°), then by baseline, each line read along its
    direction."""
    by_angle: dict[int, list[_Glyph]] = {}
    for g in glyphs:
        by_angle.setdefault(round((g.angle or 0.0) / _ANGLE_STEP), []).append(g)
    out: list[str] = []
    for step in sorted(by_angle):
        theta = math.radians(step * _ANGLE_STEP)
        ux, uy = math.cos(theta), math.sin(theta)
        # (how far below the first line in the text's own frame, how far along it, glyph)
        placed = sorted(((g.x * uy - g.y * ux, g.x * ux + g.y * uy, g) for g in by_angle[step]),
                        key=lambda t: t[0])
        baseline: list[tuple[float, float, _Glyph]] = []
        for item in placed:
            if baseline and item[0] - baseline[-1][0] > 0.5 * max(item[2].size, baseline[-1][2].size):
                out.extend(_along(baseline))
                baseline = []
            baseline.append(item)
        out.extend(_along(baseline))
    return [text for text in out if text.strip()]


def _along(baseline: list[tuple[float, float, _Glyph]]) -> list[str]:
    """One baseline's characters in reading order, cut where a gap of many ems parts two texts."""
    out: list[str] = []
    text, last = "", None
    for _, along, g in sorted(baseline, key=lambda t: t[1]):
        if last is not None and along - last > 6 * g.size:
            out.append(text)
            text = ""
        text += g.text
        last = along
    out.append(text)
    return out


def _columns(glyphs: list[_Glyph]) -> list[list[_Glyph]]:
    """Upright characters alone on their baseline (no character within an em or so to either
    side), chained downward where each sits below the last at the same x, a line apart."""
    upright = [g for g in glyphs if g.angle is None and not g.text.isspace()]
    rows: dict[int, list[_Glyph]] = {}
    for g in upright:
        rows.setdefault(round(g.y), []).append(g)

    def alone(g: _Glyph) -> bool:
        for key in (round(g.y) - 1, round(g.y), round(g.y) + 1):
            for o in rows.get(key, ()):
                if o is not g and abs(o.y - g.y) < 0.5 * g.size and abs(o.x - g.x) < 1.5 * g.size:
                    return False
        return True

    single = sorted((g for g in upright if alone(g)), key=lambda g: -g.y)
    columns: list[list[_Glyph]] = []
    for g in single:
        for column in columns:
            last = column[-1]
            step = last.y - g.y
            if abs(last.x - g.x) < 0.3 * g.size and 0.8 * g.size <= step <= 2.5 * g.size:
                column.append(g)
                break
        else:
            columns.append([g])
    return [column for column in columns if len(column) >= _MIN_COLUMN]


def _in_margin(column: list[_Glyph], others: list[_Glyph]) -> bool:
    """Whether the column stands left or right of the text beside it: of the usual start (or
    end) of the other lines at its heights. A wide heading may reach past it; numbers down a
    table's first column start where the other lines do, and are no margin."""
    size = max(g.size for g in column)
    low, high = min(g.y for g in column) - size, max(g.y for g in column) + size
    rows: dict[int, list[_Glyph]] = {}
    for g in others:
        if low <= g.y <= high:
            rows.setdefault(round(g.y), []).append(g)
    if not rows:
        return False
    starts = sorted(min(g.x for g in row) for row in rows.values())
    ends = sorted(max(g.x + g.size for g in row) for row in rows.values())
    start, end = starts[len(starts) // 2], ends[len(ends) // 2]
    return all(g.x + g.size < start - 0.5 * size for g in column) or all(g.x > end + 0.5 * size for g in column)


def _watermark(glyphs: list[_Glyph]) -> list[_Glyph]:
    """Upright light-grey characters far larger than the page's usual upright character."""
    upright = [g for g in glyphs if g.angle is None and not g.text.isspace()]
    if not upright:
        return []
    sizes = sorted(g.size for g in upright)
    usual = sizes[len(sizes) // 2]
    return [g for g in upright if g.light and g.size >= _WATERMARK_RATIO * usual]


def _turned(handle, count, get, depth: int = 0) -> bool:
    """Whether a text object here (or in a form drawn here) is not upright left to right, or is
    drawn large and light grey (the font size asked first: one more C call for most objects)."""
    matrix = pdfium_c.FS_MATRIX()
    size = ctypes.c_float()
    for i in range(count(handle)):
        obj = get(handle, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind not in (pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_FORM):
            continue
        if pdfium_c.FPDFPageObj_GetMatrix(obj, matrix) and (
            matrix.a <= 0 or matrix.d <= 0 or abs(matrix.b) > 1e-3 * matrix.a or abs(matrix.c) > 1e-3 * matrix.d
        ):
            return True
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT and pdfium_c.FPDFTextObj_GetFontSize(obj, size) \
                and size.value * abs(matrix.d or 1.0) >= _WATERMARK_SIZE and _light_fill(obj):
            return True
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 4 and _turned(
            obj, pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject, depth + 1
        ):
            return True
    return False


def _light_fill(obj) -> bool:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    return bool(pdfium_c.FPDFPageObj_GetFillColor(obj, r, g, b, a)) and _light(r.value, g.value, b.value)


def _may_hold(page, text: str) -> bool:
    singles = sum(1 for line in text.splitlines() if len(line.strip()) == 1)
    if singles >= _MIN_COLUMN:
        return True
    handle = page.raw if hasattr(page, "raw") else page
    return _turned(handle, pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject)


def set_apart(page, textpage, text: str) -> Apart | None:
    """The page's rotated lines, columns of single characters and upright watermark, with
    the characters to keep out of its body lines; None when the page holds none. `text` is
    the page's cheap text (pdfium's, from `textpage`)."""
    if not _may_hold(page, text):
        return None
    glyphs = _glyphs(textpage)
    rotated = [g for g in glyphs if g.angle is not None]
    marks = _watermark(glyphs)
    marked = {id(g) for g in marks}
    columns = _columns([g for g in glyphs if id(g) not in marked])
    others = [g for g in glyphs if g.angle is None and id(g) not in marked and not g.text.isspace()]
    texts = [(ROTATED_PLACE, t) for t in _rotated_lines(rotated)]
    texts += [(WATERMARK_PLACE, t) for t in _rotated_lines(marks)]
    texts += [(COLUMN_PLACE, "".join(g.text for g in column)) for column in columns]
    kept_out = rotated + marks
    for column in columns:
        members = {id(g) for g in column}
        if _in_margin(column, [g for g in others if id(g) not in members]):
            kept_out.extend(column)
    if 2 * sum(not g.text.isspace() for g in kept_out) > sum(not g.text.isspace() for g in glyphs):
        kept_out = []  # most of the page (a table turned landscape, a page of one watermark): its text
    if not texts and not kept_out:
        return None
    return Apart(texts, {g.index for g in kept_out}, [(g.text, g.x, g.y) for g in kept_out])
