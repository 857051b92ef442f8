"""Text clean-up on the document model: spaces, page numbers, running headers and footers."""

from __future__ import annotations

import re
from collections import Counter

from normdocs.schemas.layout import Layout, Line, Zone
from normdocs.schemas.normalize import clean_spaces

PAGE_NUMBER = re.compile(
    r"^[—\-–－─一_~～·•]*\s*\d{1,4}\s*[—\-–－─一_~～·•]*$|^第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?$|^\d+\s*/\s*\d+$"
)
EDGE_LINES = 3  # running headers and footers sit among a page's first or last lines


def clean_layout(layout: Layout) -> Layout:
    for line in layout.lines():
        line.orig = line.orig or line.text
        line.text = clean_spaces(line.text)
    _mark_page_numbers(layout)
    _mark_running_lines(layout)
    return layout


def _mark_page_numbers(layout: Layout) -> None:
    for page in layout.pages:
        edge = page.lines[:EDGE_LINES] + page.lines[-EDGE_LINES:]
        for line in page.lines:
            if not PAGE_NUMBER.match(line.text):
                continue
            # A bare number only counts at a page's edge; "— 5 —" counts anywhere.
            if line.text.isdigit() and (line not in edge or len(layout.pages) == 1):
                continue
            line.zone = Zone.noise
        for line in page.lines:
            if line.part == "footer" and PAGE_NUMBER.match(line.text.replace("PAGE", "").strip() or "0"):
                line.zone = Zone.noise


_DATE_LIKE = re.compile(r"\d+年\d+月\d+日")


def _running_key(line: Line) -> str:
    # Digits vary in "第3页" or "2023年第5期" headers, but a date line is a signature, not a header.
    return line.text if _DATE_LIKE.search(line.text) else re.sub(r"\d+", "#", line.text)


def _mark_running_lines(layout: Layout) -> None:
    """Lines repeated at the edge of most pages are running headers or footers."""
    pages = [p for p in layout.pages if p.lines]
    if len(pages) < 2:
        return
    counts: Counter[str] = Counter()
    for page in pages:
        edge = page.lines[:EDGE_LINES] + page.lines[-EDGE_LINES:]
        counts.update({_running_key(ln) for ln in edge if len(ln.text) <= 40})
    # Most pages, and at least three: a signature may repeat the issuer mark on a short document.
    threshold = max(3, -(-len(pages) * 3 // 5))
    running = {key for key, n in counts.items() if n >= threshold}
    if not running:
        return
    for page in pages:
        for line in page.lines[:EDGE_LINES] + page.lines[-EDGE_LINES:]:
            if _running_key(line) in running:
                line.zone = Zone.noise
