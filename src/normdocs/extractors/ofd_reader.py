"""OFD (GB/T 33190): a zip of XML. Text objects with positions, read with lxml.

OFD.xml → DocBody/DocRoot (Document.xml) → Pages/Page BaseLoc (Content.xml per page), plus the
template pages (CommonData/TemplatePage) a page draws under or over its own content. Every
TextObject holds TextCode runs: a start point (X, Y = baseline) relative to the object's
Boundary, the glyph advances (DeltaX / DeltaY, with the "g N d" repeat shorthand) and the text.
Units are millimetres from the top-left corner; the Layout wants points, so everything is
scaled by 72/25.4.

Producers split a printed line into many text objects (digits and Latin letters in their own
object, often one per run of characters), so glyphs are placed one by one and regrouped into
printed lines by baseline, then sorted left to right.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from normdocs.extractors.textlayer import text_layer_problem
from normdocs.schemas.layout import ExtraText, Layout, Line, Page
from normdocs.schemas.record import ErrorCode, ExtractionError

NS = "http://www.ofdspec.org/2016"
MM_TO_PT = 72 / 25.4
DEFAULT_BOX = (0.0, 0.0, 210.0, 297.0)  # A4 in mm, when a file names no page area
MAX_XML_BYTES = 64 << 20  # one part larger than this is not a page of an official document
MAX_PAGES = 2000

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


@dataclass
class _Glyph:
    char: str
    x: float  # left edge, mm
    advance: float  # width, mm
    baseline: float  # mm from the top
    size: float  # mm
    color: str | None
    bold: bool


class _Package:
    """The zip with path resolution the way OFD producers actually write paths."""

    def __init__(self, zf: zipfile.ZipFile):
        self.zf = zf
        self.names = {n.replace("\\", "/").lstrip("/"): n for n in zf.namelist()}
        self.lower = {n.lower(): orig for n, orig in self.names.items()}

    def resolve(self, loc: str | None, base_dir: str) -> str | None:
        """Resolve a location (absolute from the package root, or relative to base_dir)."""
        if not loc:
            return None
        loc = loc.strip().replace("\\", "/")
        candidates = []
        if loc.startswith("/"):
            candidates.append(loc.lstrip("/"))
        else:
            candidates.append(posixpath.normpath(posixpath.join(base_dir, loc)))
            candidates.append(posixpath.normpath(loc))  # some producers write root-relative paths
        for c in candidates:
            if c in self.names:
                return c
            if c.lower() in self.lower:
                return self.lower[c.lower()].replace("\\", "/").lstrip("/")
        return None

    def xml(self, name: str) -> etree._Element:
        info = self.zf.getinfo(self.names[name])
        if info.file_size > MAX_XML_BYTES:
            raise ExtractionError(ErrorCode.corrupt_file, f"OFD 文件的 {name} 部件过大（{info.file_size} 字节），无法读取。")
        try:
            data = self.zf.read(info)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:  # CRC errors, truncated members
            raise ExtractionError(ErrorCode.corrupt_file, f"OFD 文件已损坏，{name} 无法解压：{exc}") from exc
        try:
            root = etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as exc:
            raise ExtractionError(ErrorCode.corrupt_file, f"OFD 文件已损坏，{name} 不是有效的 XML：{exc}") from exc
        if root is None:
            raise ExtractionError(ErrorCode.corrupt_file, f"OFD 文件已损坏，{name} 为空。")
        return root


def read_ofd(path: Path) -> Layout:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile) as exc:
        raise ExtractionError(ErrorCode.corrupt_file, f"OFD 文件已损坏，不是有效的 ZIP 包：{exc}") from exc
    with zf:
        pkg = _Package(zf)
        if "OFD.xml" not in pkg.names:
            raise ExtractionError(ErrorCode.corrupt_file, "OFD 文件已损坏：缺少 OFD.xml。")
        doc_name = _document_name(pkg)
        pages = _read_document(pkg, doc_name)
        extra = _extra_texts(pkg, doc_name) + _header_pictures(pkg, doc_name)
    text = "".join(ln.text for p in pages for ln in p.lines)
    problem = text_layer_problem(text, len(pages))
    if problem is not None:
        if problem.code == ErrorCode.no_text_layer:
            raise ExtractionError(
                ErrorCode.no_text_layer,
                "OFD 文件没有可用的文字（可能是扫描件，或文字已转为曲线），需要 OCR 识别。",
            )
        raise ExtractionError(problem.code, "OFD 文件的文字是乱码或残缺（字体编码损坏），需要 OCR 识别。")
    return Layout(pages=pages, extra=extra)


def _extra_texts(pkg: _Package, doc_name: str) -> list[ExtraText]:
    """The confidentiality view's share of an OFD: document info (title, keywords, custom data
    such as 密级) and annotations (stamps, watermarks, remarks), which page content leaves out."""
    extra: list[ExtraText] = []
    for info in pkg.xml("OFD.xml").iter(_q("DocInfo")):
        for el in info.iter():
            text = (el.text or "").strip()
            if text and el.tag not in (_q("DocID"), _q("CreationDate"), _q("ModDate"), _q("Creator"),
                                       _q("CreatorVersion"), _q("DocUsage")):
                name = el.get("Name")
                extra.append(ExtraText(text=f"{name} {text}" if name else text, place="文档属性"))
    doc = pkg.xml(doc_name)
    doc_dir = posixpath.dirname(doc_name)
    index_name = pkg.resolve(doc.findtext(_q("Annotations")), doc_dir)
    if index_name is None:
        return extra
    index = pkg.xml(index_name)
    index_dir = posixpath.dirname(index_name)
    for number, page in enumerate(index.iter(_q("Page")), start=1):
        name = pkg.resolve(page.findtext(_q("FileLoc")), index_dir)
        if name is None:
            continue
        for annot in pkg.xml(name).iter(_q("Annot")):
            texts = [t.text.strip() for t in annot.iter(_q("TextCode"), _q("Remark"), _q("Parameter"))
                     if t.text and t.text.strip()]
            if texts:
                extra.append(ExtraText(text=" ".join(texts), place="OFD 注释", page=number))
    return extra


HEADER_BAND = 0.3  # share of the page height from the top (as for PDF, header_band.py)
MIN_PICTURE_MM = 4.0  # smaller pictures (rules, dots) hold no mark
MAX_HEADER_PICTURES = 2
MAX_PICTURE_BYTES = 20_000_000


def _header_pictures(pkg: _Package, doc_name: str) -> list[ExtraText]:
    """The view's items for pictures in the header band of page 1 (a 机密 stamp or the red header
    pasted as an image): their OCR'd text, or an unread item when OCR reads no words."""
    from normdocs.extractors.header_band import picture_texts

    doc = pkg.xml(doc_name)
    doc_dir = posixpath.dirname(doc_name)
    refs = doc.findall(f"{_q('Pages')}/{_q('Page')}")
    first = pkg.resolve(refs[0].get("BaseLoc"), doc_dir) if refs else None
    if first is None:
        return []
    page = pkg.xml(first)
    common = doc.find(_q("CommonData"))
    box = _box(page.findtext(f"{_q('Area')}/{_q('PhysicalBox')}")) or \
        (_box(common.findtext(f"{_q('PageArea')}/{_q('PhysicalBox')}")) if common is not None else None) or DEFAULT_BOX
    width, height = box[2], box[3]
    sources = [page]
    if common is not None:
        templates = {t.get("ID"): t.get("BaseLoc") for t in common.iter(_q("TemplatePage"))}
        for tref in page.findall(_q("Template")):
            name = pkg.resolve(templates.get(tref.get("TemplateID", "")), doc_dir)
            if name is not None:
                sources.append(pkg.xml(name))
    pictures = []
    for source in sources:
        for obj in source.iter(_q("ImageObject")):
            bound = _box(obj.get("Boundary"))
            if bound is None:
                continue
            x, y, w, h = bound
            if y < height * HEADER_BAND and min(w, h) >= MIN_PICTURE_MM and w * h < 0.8 * width * height:
                pictures.append(obj.get("ResourceID", ""))
    if not pictures:
        return []
    media = _media_files(pkg, doc, doc_dir)
    out: list[ExtraText] = []
    for resource in list(dict.fromkeys(pictures))[:MAX_HEADER_PICTURES]:
        name = media.get(resource)
        info = pkg.zf.getinfo(pkg.names[name]) if name is not None else None
        if info is None or info.file_size > MAX_PICTURE_BYTES:
            out.append(ExtraText(text="", place="页眉图片（未能识别）", page=1, unread=True))
            continue
        try:
            blob = pkg.zf.read(info)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError):
            blob = b""
        out.extend(t.model_copy(update={"page": 1}) for t in picture_texts(blob))
    return out


def _media_files(pkg: _Package, doc: etree._Element, doc_dir: str) -> dict[str, str]:
    """Resource ID → package name of the document's media files (PublicRes and DocumentRes)."""
    out: dict[str, str] = {}
    common = doc.find(_q("CommonData"))
    if common is None:
        return out
    for res_loc in [el.text for el in common if el.tag in (_q("PublicRes"), _q("DocumentRes"))]:
        res_name = pkg.resolve(res_loc, doc_dir)
        if res_name is None:
            continue
        res = pkg.xml(res_name)
        base = posixpath.join(posixpath.dirname(res_name), res.get("BaseLoc") or "")
        for mm in res.iter(_q("MultiMedia")):
            name = pkg.resolve(mm.findtext(_q("MediaFile")), base)
            if name is not None and mm.get("ID"):
                out[mm.get("ID")] = name
    return out


def _document_name(pkg: _Package) -> str:
    root = pkg.xml("OFD.xml")
    for body in root.iter(_q("DocBody")):
        loc = body.findtext(_q("DocRoot"))
        name = pkg.resolve(loc, "")
        if name is not None:
            return name
    raise ExtractionError(ErrorCode.corrupt_file, "OFD 文件已损坏：OFD.xml 没有指向可读的文档（DocRoot）。")


def _box(text: str | None) -> tuple[float, float, float, float] | None:
    values = _numbers(text)
    if len(values) != 4 or values[2] <= 0 or values[3] <= 0:
        return None
    return values[0], values[1], values[2], values[3]


def _numbers(text: str | None) -> list[float]:
    return [float(v) for v in _NUMBER.findall(text or "")]


def _read_document(pkg: _Package, doc_name: str) -> list[Page]:
    doc = pkg.xml(doc_name)
    doc_dir = posixpath.dirname(doc_name)
    common = doc.find(_q("CommonData"))
    default_box = None
    templates: dict[str, str] = {}
    if common is not None:
        default_box = _box(common.findtext(f"{_q('PageArea')}/{_q('PhysicalBox')}"))
        for tpl in common.iter(_q("TemplatePage")):
            name = pkg.resolve(tpl.get("BaseLoc"), doc_dir)
            if name is not None and tpl.get("ID"):
                templates[tpl.get("ID")] = name
    page_refs = doc.findall(f"{_q('Pages')}/{_q('Page')}")
    if not page_refs:
        raise ExtractionError(ErrorCode.corrupt_file, "OFD 文件已损坏：Document.xml 没有任何页面。")
    pages: list[Page] = []
    template_cache: dict[str, tuple[etree._Element, str]] = {}
    for number, ref in enumerate(page_refs[:MAX_PAGES], start=1):
        name = pkg.resolve(ref.get("BaseLoc"), doc_dir)
        if name is None:
            raise ExtractionError(ErrorCode.corrupt_file, f"OFD 文件已损坏：找不到第 {number} 页（{ref.get('BaseLoc')}）。")
        page_xml = pkg.xml(name)
        box = _box(page_xml.findtext(f"{_q('Area')}/{_q('PhysicalBox')}")) or default_box or DEFAULT_BOX
        glyphs: list[_Glyph] = []
        for tref in page_xml.findall(_q("Template")):
            tpl_name = templates.get(tref.get("TemplateID", ""))
            if tpl_name is None:
                continue
            if tpl_name not in template_cache:
                template_cache[tpl_name] = (pkg.xml(tpl_name), tpl_name)
            glyphs.extend(_page_glyphs(template_cache[tpl_name][0]))
        glyphs.extend(_page_glyphs(page_xml))
        pages.append(_build_page(glyphs, number, box))
    return pages


def _page_glyphs(page_xml: etree._Element) -> list[_Glyph]:
    content = page_xml.find(_q("Content"))
    if content is None:
        return []
    glyphs: list[_Glyph] = []
    # Layers and PageBlocks nest; TextObjects are found at any depth, in drawing order.
    for obj in content.iter(_q("TextObject")):
        glyphs.extend(_text_object_glyphs(obj))
    return glyphs


def _colour(obj: etree._Element) -> str | None:
    fill = obj.find(_q("FillColor"))
    if fill is None:
        return "#000000"  # OFD's default fill is black
    values = []
    for token in (fill.get("Value") or "").split():
        try:
            values.append(int(token[1:], 16) if token.startswith("#") else float(token))
        except ValueError:
            return None
    if len(values) == 1:
        values = values * 3
    elif len(values) == 4:  # CMYK, 0-255
        c, m, y, k = (v / 255 for v in values)
        values = [255 * (1 - c) * (1 - k), 255 * (1 - m) * (1 - k), 255 * (1 - y) * (1 - k)]
    if len(values) != 3:
        return None
    return "#" + "".join(f"{max(0, min(255, round(v))):02x}" for v in values)


def _deltas(text: str | None) -> list[float]:
    """DeltaX / DeltaY: numbers, where "g N d" stands for N times d."""
    tokens = (text or "").split()
    out: list[float] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        try:
            if tok == "g" and i + 2 < len(tokens):
                out.extend([float(tokens[i + 2])] * min(int(float(tokens[i + 1])), 100_000))
                i += 3
                continue
            out.append(float(tok))
        except ValueError:
            pass
        i += 1
    return out


def _char_width(ch: str, size: float) -> float:
    """A glyph's own width when the file gives no advance: half an em for Latin, else one em."""
    return size * 0.5 if ord(ch) < 0x2E80 else size


def _text_object_glyphs(obj: etree._Element) -> list[_Glyph]:
    box = _box(obj.get("Boundary"))
    origin_x, origin_y = (box[0], box[1]) if box else (0.0, 0.0)
    ctm = _numbers(obj.get("CTM"))
    if len(ctm) != 6:
        ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    a, b, c, d, e, f = ctm
    scale = abs(a * d - b * c) ** 0.5 or 1.0
    try:
        size = float(obj.get("Size", "0")) * scale
    except ValueError:
        size = 0.0
    if size <= 0:
        return []
    colour = _colour(obj)
    try:
        bold = float(obj.get("Weight", "400")) >= 600 or obj.get("Bold") == "true"
    except ValueError:
        bold = False
    glyphs: list[_Glyph] = []
    x = y = 0.0
    for code in obj.iter(_q("TextCode")):
        text = code.text or ""
        if not text:
            continue
        try:
            x = float(code.get("X")) if code.get("X") is not None else x
            y = float(code.get("Y")) if code.get("Y") is not None else y
        except ValueError:
            continue
        dx, dy = _deltas(code.get("DeltaX")), _deltas(code.get("DeltaY"))
        raw_size = size / scale
        for i, ch in enumerate(text):
            width = _char_width(ch, raw_size)
            px, py = a * x + c * y + e + origin_x, b * x + d * y + f + origin_y
            if not ch.isspace():
                glyphs.append(_Glyph(ch, px, width * scale, py, size, colour, bold))
            if i < len(dx):
                x += dx[i]
            elif not dy:
                x += width
            y += dy[i] if i < len(dy) else 0.0
    return glyphs


def _build_page(glyphs: list[_Glyph], number: int, box: tuple[float, float, float, float]) -> Page:
    width, height = box[2] * MM_TO_PT, box[3] * MM_TO_PT
    # Page coordinates count from the PhysicalBox origin.
    for g in glyphs:
        g.x -= box[0]
        g.baseline -= box[1]
    groups: list[list[_Glyph]] = []
    for g in sorted(glyphs, key=lambda g: (g.baseline, g.x)):
        if groups:
            anchor = groups[-1][0]
            if abs(g.baseline - anchor.baseline) <= max(0.4, 0.3 * min(g.size, anchor.size)):
                groups[-1].append(g)
                continue
        groups.append([g])
    lines: list[Line] = []
    for group in groups:
        group.sort(key=lambda g: g.x)
        group = _drop_overprint(group)
        parts: list[str] = []
        prev: _Glyph | None = None
        for g in group:
            if prev is not None and g.x - (prev.x + prev.advance) > 0.25 * max(g.size, prev.size):
                parts.append(" ")
            parts.append(g.char)
            prev = g
        text = "".join(parts)
        size_mm = Counter(round(g.size, 2) for g in group).most_common(1)[0][0]
        colour = Counter(g.color for g in group).most_common(1)[0][0]
        x0 = min(g.x for g in group) * MM_TO_PT
        x1 = max(g.x + g.advance for g in group) * MM_TO_PT
        top = min(g.baseline - 0.88 * g.size for g in group) * MM_TO_PT
        bottom = max(g.baseline + 0.12 * g.size for g in group) * MM_TO_PT
        centre_offset = abs((x0 + x1) / 2 - width / 2)
        lines.append(
            Line(
                text=text, orig=text, page=number,
                x0=round(x0, 1), top=round(top, 1), x1=round(x1, 1), bottom=round(bottom, 1),
                size=round(size_mm * MM_TO_PT, 1), color=colour,
                bold=sum(g.bold for g in group) > len(group) / 2,
                centered=centre_offset < width * 0.04 and (x1 - x0) < width * 0.8,
            )
        )
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    for i, line in enumerate(lines):
        line.index = i
    return Page(number=number, width=round(width, 1), height=round(height, 1), lines=lines)


def _drop_overprint(group: list[_Glyph]) -> list[_Glyph]:
    """The same glyph drawn twice at one spot (fake bold, template + page) counts once."""
    out: list[_Glyph] = []
    for g in group:
        if out and out[-1].char == g.char and abs(out[-1].x - g.x) < 0.2 * g.size:
            continue
        out.append(g)
    return out
