"""DOCX with python-docx: paragraphs and tables in document order, headers and footers.

Beside the body's lines, every other place a DOCX holds text goes to `Layout.extra` (the
confidentiality view): headers and footers of every kind and section (first-page, even,
default), paragraphs python-docx leaves out or reads short (nested tables, text boxes,
content controls, tracked insertions, smart tags, fields), footnotes, endnotes, comments,
and the core and custom document properties.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from lxml import etree

from normdocs.schemas.layout import ExtraText, Layout, Line, Page
from normdocs.schemas.record import ErrorCode, ExtractionError


def _chain_size(style) -> float | None:
    while style is not None:
        if style.font is not None and style.font.size is not None:
            return style.font.size.pt
        style = style.base_style
    return None


class _LineReader:
    """Paragraphs and table rows to Lines; inherited sizes looked up once per style."""

    def __init__(self) -> None:
        self._style_sizes: dict[str | None, float | None] = {}
        self.captured: dict = {}  # w:p element -> the text its Line holds

    def style_size(self, paragraph: Paragraph) -> float | None:
        style_id = paragraph._p.style  # the pStyle id: cheap, unlike resolving paragraph.style
        if style_id not in self._style_sizes:
            self._style_sizes[style_id] = _chain_size(paragraph.style)
        return self._style_sizes[style_id]

    def paragraph(self, paragraph: Paragraph, **extra) -> Line | None:
        text = paragraph.text
        self.captured[paragraph._p] = text
        if not text.strip():
            return None
        sizes, colors, bold = [], [], False
        for run in paragraph.runs:
            if not run.text.strip():
                continue
            font = run.font  # each property of python-docx's run is an XPath query: read once
            if font.size is not None:
                sizes.append(font.size.pt)
            color = font.color
            rgb = color.rgb if color is not None and color.type is not None else None
            if rgb is not None:
                colors.append(f"#{rgb}".lower())
            bold = bold or bool(run.bold)
        size = max(sizes) if sizes else self.style_size(paragraph)
        return Line(
            text=text.strip(), orig=text, size=size, color=colors[0] if colors else None, bold=bold,
            centered=paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER, **extra,
        )

    def table(self, table: Table) -> list[Line]:
        lines: list[Line] = []
        for row in table.rows:
            cells: list[_Cell] = []
            for cell in row.cells:
                if cells and cell._tc is cells[-1]._tc:  # merged cells repeat
                    continue
                cells.append(cell)
            paragraphs = [[p for p in c.paragraphs if p.text.strip()] for c in cells]
            if all(len(ps) <= 1 for ps in paragraphs):
                # One line per row: an imprint row reads "印发机关  日期印发".
                texts = [ps[0].text.strip() for ps in paragraphs if ps]
                for ps in paragraphs:
                    if ps:
                        self.captured[ps[0]._p] = ps[0].text
                first = self.paragraph([ps for ps in paragraphs if ps][0][0], in_table=True) if texts else None
                if first is not None:  # (a paragraph with text always makes a line)
                    first.text = " ".join(texts)
                    first.orig = first.text
                    lines.append(first)
            else:
                for ps in paragraphs:
                    lines.extend(ln for p in ps if (ln := self.paragraph(p, in_table=True)))
        return lines


STREAM_BYTES = 16 * 2**20  # a main part past this (some 2,000 pages) is read as a stream (docx_stream.py)


def read_docx(path: Path, *, stream: bool | None = None) -> Layout:
    """`stream`: read the body as a stream (None: when its XML is past STREAM_BYTES); the lines
    and the view are the same either way."""
    from normdocs.extractors.docx_stream import main_part_size, read_streamed

    if stream is None:
        stream = main_part_size(path) > STREAM_BYTES
    reader = _LineReader()
    body: list[Line] | None = None
    body_extra: list[ExtraText] | None = None
    try:
        if stream:
            document, reader, streamed = read_streamed(path)
            body, body_extra = streamed.lines, streamed.extra
        else:
            document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ExtractionError(ErrorCode.corrupt_file, f"DOCX 文件已损坏，无法打开：{exc}") from exc
    lines: list[Line] = []
    section = document.sections[0] if document.sections else None
    if section is not None and not section.header.is_linked_to_previous:
        lines.extend(ln for p in section.header.paragraphs if (ln := reader.paragraph(p, part="header")))
    if body is not None:
        lines.extend(body)
    else:
        for block in document.iter_inner_content():
            if isinstance(block, Paragraph):
                line = reader.paragraph(block)
                if line:
                    lines.append(line)
            else:
                lines.extend(reader.table(block))
    if section is not None and not section.footer.is_linked_to_previous:
        lines.extend(ln for p in section.footer.paragraphs if (ln := reader.paragraph(p, part="footer")))
    if not any(ln.part == "body" for ln in lines):
        raise ExtractionError(ErrorCode.empty_file, "DOCX 文件没有任何正文内容。")
    for i, line in enumerate(lines):
        line.index = i
    extra = extra_texts(document, reader.captured, body_extra)
    return Layout(pages=[Page(number=1, lines=lines)], extra=extra)


# -- the confidentiality view: every other place a DOCX holds text ------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_P, _T, _DEL, _TAB, _BR, _RT, _SYM = (f"{{{W}}}{t}" for t in ("p", "t", "delText", "tab", "br", "rt", "sym"))
# symbol-font characters (w:sym) that stand for a character of a mark: Word's Insert Symbol writes
# a ★ as Wingdings F0AB. Keyed by font (lower case) and the character's last two hex digits.
SYMBOL_CHARS = {("wingdings", "AB"): "★", ("wingdings", "B5"): "✪", ("wingdings 2", "EA"): "★",
                ("wingdings 2", "EB"): "☆", ("symbol", "2A"): "∗", ("ms gothic", "05"): "★"}
_TEXT_TAGS = {_T, _DEL}
_ANCESTOR_PLACES = [(f"{{{W}}}txbxContent", "文本框"), ("{urn:schemas-microsoft-com:vml}textbox", "文本框"),
                    (f"{{{W}}}sdtContent", "内容控件"), (f"{{{W}}}ins", "修订插入"), (f"{{{W}}}smartTag", "智能标记"),
                    (f"{{{W}}}fldSimple", "域"), (f"{{{W}}}customXml", "自定义标记")]
_HEADER_PLACES = {("header", "default"): "页眉", ("header", "first"): "首页页眉", ("header", "even"): "偶数页页眉",
                  ("footer", "default"): "页脚", ("footer", "first"): "首页页脚", ("footer", "even"): "偶数页页脚"}
_PART_PLACES = {"footnotes": "脚注", "endnotes": "尾注", "comments": "批注", "commentsExtended": "批注"}
_SAFE = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_CORE_FIELDS = ("title", "subject", "keywords", "comments", "category", "content_status")


def _paragraph_text(p) -> str:
    """All the text of one w:p (runs anywhere below it, inserted and deleted), nested paragraphs left out."""
    out: list[str] = []

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if tag == _P or tag == _RT:
                continue  # a nested paragraph; a ruby's small reading above its base text (机 under jī)
            if tag in _TEXT_TAGS:
                out.append(child.text or "")
            elif tag == _TAB:
                out.append(" ")
            elif tag == _BR:
                out.append("\n")
            elif tag == _SYM:
                font = (child.get(f"{{{W}}}font") or "").lower()
                out.append(SYMBOL_CHARS.get((font, (child.get(f"{{{W}}}char") or "")[-2:].upper()), ""))
            elif len(child):
                walk(child)
    walk(p)
    return "".join(out)


def _place_in_body(p) -> str:
    tables = 0
    for ancestor in p.iterancestors():
        for tag, place in _ANCESTOR_PLACES:
            if ancestor.tag == tag:
                return place
        if ancestor.tag == f"{{{W}}}tbl":
            tables += 1
    if tables > 1:
        return "嵌套表格"
    if p.find(f".//{{{W}}}ins") is not None or p.find(f".//{{{W}}}del") is not None:
        return "修订"
    for tag, place in _ANCESTOR_PLACES[2:]:
        if p.find(f".//{tag}") is not None:
            return place
    return "正文（未读入部分）"


def _header_places(document) -> dict[str, str]:
    """Header and footer part names → 首页页眉, 偶数页页脚 …, from every section's references."""
    places: dict[str, str] = {}
    rels = document.part.rels
    for ref in document.element.iter(f"{{{W}}}headerReference", f"{{{W}}}footerReference"):
        rid = ref.get(f"{{{R}}}id")
        kind = "header" if ref.tag.endswith("headerReference") else "footer"
        rel = rels.get(rid)
        if rel is not None and not rel.is_external:
            places[str(rel.target_part.partname)] = _HEADER_PLACES.get((kind, ref.get(f"{{{W}}}type", "default")),
                                                                       _HEADER_PLACES[(kind, "default")])
    return places


def _part_root(part):
    element = getattr(part, "element", None)
    if element is not None:
        return element
    if not str(getattr(part, "content_type", "")).endswith("+xml"):
        return None
    try:
        return etree.fromstring(part.blob, _SAFE)
    except etree.XMLSyntaxError:
        return None


def paragraph_items(root, captured: dict, place: str | None = None) -> list[ExtraText]:
    """The view's items for the paragraphs under `root` that the body's lines do not hold as
    they are (`captured`: paragraph -> the text its line took); `place` None: where in the body."""
    items = []
    for p in root.iter(_P):
        text = _paragraph_text(p).strip()
        if not text:
            continue
        held = captured.get(p)
        if held is not None and held.strip() == text:
            continue  # the body's lines hold it as it is
        items.append(ExtraText(text=text, place=place or _place_in_body(p)))
    return items


def extra_texts(document, captured: dict, body_extra: list[ExtraText] | None = None) -> list[ExtraText]:
    """Texts of the package outside the body's lines, or fuller than python-docx read them;
    `body_extra`: the main part's items, when the body was streamed (the main part is a stub)."""
    extra: list[ExtraText] = []
    headers = _header_places(document)
    main = document.part
    for part in main.package.iter_parts():
        name = str(part.partname)
        stem = name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        if part is main:
            if body_extra is not None:
                extra.extend(body_extra)
                continue
            place = None
        elif name in headers:
            place = headers[name]
        elif stem.startswith(("header", "footer")):
            place = "页眉" if stem.startswith("header") else "页脚"
        elif stem in _PART_PLACES:
            place = _PART_PLACES[stem]
        elif "/glossary/" in name:
            place = "构建基块（词汇表）"
        elif name.startswith("/word/") and str(part.content_type) in _CHUNK_TYPES:
            extra.extend(_chunk_texts(part))
            continue
        elif name == "/docProps/custom.xml":
            root = _part_root(part)
            for prop in root if root is not None else []:
                value = " ".join(t.strip() for t in prop.itertext() if t.strip())
                if value:
                    extra.append(ExtraText(text=value, place="自定义属性"))
                    extra.append(ExtraText(text=f"{prop.get('name', '')}：{value}", place="自定义属性"))
            continue
        else:
            continue
        root = _part_root(part)
        if root is None:
            continue
        extra.extend(paragraph_items(root, captured, place))
        extra.extend(attribute_texts(root))
    extra.extend(_document_variables(document))
    extra.extend(_header_pictures(document))
    core = document.core_properties
    for field in _CORE_FIELDS:
        core_value = getattr(core, field, None)
        if core_value and str(core_value).strip():
            extra.append(ExtraText(text=str(core_value).strip(), place="文档属性"))
    return extra



_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
_VML = "urn:schemas-microsoft-com:vml"
# text held in attributes only: a picture's description and title (alt text), WordArt's string
_ATTRIBUTE_TEXTS = [(f"{{{_WP}}}docPr", ("descr", "title"), "图片说明"), (f"{{{_PIC}}}cNvPr", ("descr", "title"), "图片说明"),
                    (f"{{{_VML}}}textpath", ("string",), "艺术字"), (f"{{{_VML}}}shape", ("alt", "title"), "图片说明"),
                    (f"{{{_VML}}}imagedata", ("title", "o:title"), "图片说明")]
MAX_ATTRIBUTE_TEXTS = 2000


def attribute_texts(root) -> list[ExtraText]:
    """Texts a part holds in attributes, not in runs: alt text of pictures, WordArt (v:textpath@string)."""
    out: list[ExtraText] = []
    tags = {tag: (names, place) for tag, names, place in _ATTRIBUTE_TEXTS}
    for element in root.iter(*tags):
        names, place = tags[element.tag]
        for name in names:
            value = (element.get(name) or "").strip()
            if value and len(out) < MAX_ATTRIBUTE_TEXTS:
                out.append(ExtraText(text=value, place=place))
    return out


def _document_variables(document) -> list[ExtraText]:
    """Document variables (w:docVars in settings.xml): OA systems keep a 密级 or 公开方式 there."""
    try:
        settings = document.settings.element
    except (KeyError, ValueError, AttributeError):
        return []
    out: list[ExtraText] = []
    for var in settings.iter(f"{{{W}}}docVar"):
        name, value = (var.get(f"{{{W}}}name") or "").strip(), (var.get(f"{{{W}}}val") or "").strip()
        if value and len(out) < MAX_ATTRIBUTE_TEXTS:
            out.append(ExtraText(text=value, place="文档变量"))
            if name:
                out.append(ExtraText(text=f"{name}：{value}", place="文档变量"))
    return out


_CHUNK_TYPES = {"text/html", "application/xhtml+xml", "text/plain", "application/rtf", "text/rtf"}
MAX_CHUNK_BYTES = 4 * 2**20


def _chunk_texts(part) -> list[ExtraText]:
    """An imported chunk (w:altChunk: HTML, text or RTF Word merges in when it opens the file)."""
    from normdocs.extractors.text_reader import decode_text

    blob = part.blob[:MAX_CHUNK_BYTES]
    kind = str(part.content_type)
    if "html" in kind:
        import lxml.html

        try:
            text = lxml.html.document_fromstring(decode_text(blob)).text_content()
        except (ValueError, etree.ParserError):
            return []
    elif "rtf" in kind:
        text = re.sub(r"\\[a-z]+-?\d* ?|[{}]", "", decode_text(blob))
    else:
        text = decode_text(blob)
    return [ExtraText(text=line.strip(), place="导入的文档块") for line in text.splitlines() if line.strip()]


_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
HEADER_PARAGRAPHS = 5  # the header band of page 1: the first paragraphs of the body
MAX_PICTURES = 2


def _header_pictures(document) -> list[ExtraText]:
    """The view's items for the pictures in the first page's header band (the first section's
    headers and the body's first paragraphs: a 机密 stamp or the red header pasted as a picture):
    their OCR'd lines, or an unread item for a picture that reads no words."""
    from normdocs.extractors.header_band import picture_texts

    places = []
    section = document.sections[0] if document.sections else None
    if section is not None:
        for header in (section.first_page_header, section.header):
            if not header.is_linked_to_previous:
                places.append((header.part, header._element))
    body = document.element.body
    for p in list(body.iterchildren(_P))[:HEADER_PARAGRAPHS]:
        places.append((document.part, p))
    lines: list[ExtraText] = []
    seen: set[tuple[Any, str]] = set()
    for part, element in places:
        for blip in element.iter(_BLIP):
            rid = blip.get(f"{{{R}}}embed")
            if not rid or (part, rid) in seen or len(seen) >= MAX_PICTURES:
                continue
            seen.add((part, rid))
            target = part.related_parts.get(rid)
            if target is not None:
                lines.extend(picture_texts(target.blob))
    return lines
