"""PDF: cheap text of every page with pypdfium2, layout detail where elements sit.

The GB/T 9704 elements sit on the first page and at the end of the cover letter (signature,
附注, imprint zone), so only those pages get characters with positions, size and colour,
grouped into lines as pdfplumber's extract_text_lines groups them. They are read from the
pdfium text page the cheap text already opened (pdf_lines: about 3 ms a page against
pdfplumber's 20-35); pdfplumber reads a page only where pdfium's read is not to be trusted
(a rotated page, a glyph pdfium cannot map, a text object it dropped that is not a space).

Pages without a usable text layer are OCR'd (normdocs.extractors.ocr), one by one: a page
with no characters but something drawn (a scan, a signature page pasted in as a picture),
one whose characters are (cid:N) or mojibake, and a scanned page (one picture covering the
page) whose own OCR layer looks poor. Text pages cost what they did: the check is the
cheap text plus a look at the first and last few page objects. With NORMDOCS_OCR=0, or
when OCR reads nothing either, the document gets no_text_layer / garbled_text_layer as
before.
"""

from __future__ import annotations

import ctypes
import logging
import re
from typing import Sequence
from collections import Counter
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError

from normdocs.extractors import ocr, pdf_directions, pdf_lines
from normdocs.extractors.textlayer import page_text_problem, poor_ocr_layer, text_layer_problem
from normdocs.extractors.header_band import header_band_texts
from normdocs.schemas.layout import ExtraText, Layout, Line, Page
from normdocs.schemas.record import ErrorCode, ExtractionError

log = logging.getLogger(__name__)

# Pages whose cheap text shows one of these get the detailed read.
_DETAIL_CUES = re.compile(
    r"印\s*发\s*$|^\s*抄\s*送|^\s*附\s*件\s*\d*\s*$|此件|公开方式|信息公开形式|^\s*[\d一二三四五六七八九〇○O零十]{2,4}\s*年[\d一二三四五六七八九十〇○O零\s]{1,3}月[\d一二三四五六七八九十〇○O零\s]{1,4}日\s*$",
    re.M,
)
MAX_DETAILED_PAGES = 8


def read_pdf(path: Path) -> Layout:
    cheap, needs_ocr, extra, fast, set_apart = _cheap_page_texts(path)
    problem = text_layer_problem("".join(cheap), len(cheap))
    ocr_pages: dict[int, Page] = {}
    if needs_ocr and ocr.enabled():
        ocr_pages = _ocr_pages(path, needs_ocr)
        texts = list(cheap)
        for number, page in list(ocr_pages.items()):
            if page.lines:
                texts[number - 1] = "\n".join(line.text for line in page.lines)
            elif page_text_problem(cheap[number - 1]) == ErrorCode.garbled_text_layer:
                texts[number - 1] = ""  # mojibake is no text; OCR read none either
            else:
                del ocr_pages[number]  # keep what the page's own layer says
        still = text_layer_problem("".join(texts), len(texts))
        if still is not None:
            raise problem or still
        cheap = texts
    elif problem is not None:
        raise problem
    detailed = _pages_to_detail(cheap) - set(ocr_pages)
    slow = {n for n in detailed if fast.get(n) is None}  # pdfium's read unreliable, or not read
    pages: list[Page] = []
    try:
        plumber = pdfplumber.open(str(path)) if slow else None
        try:
            for number, text in enumerate(cheap, start=1):
                if number in ocr_pages:
                    pages.append(ocr_pages[number])
                elif number in detailed and number not in slow:
                    pages.append(fast[number])  # type: ignore[arg-type]  # (not None: not slow)
                elif number in detailed and plumber is not None:  # (open whenever a page is slow)
                    plumbed = plumber.pages[number - 1]
                    detailed_page = _detailed_page(plumbed, number, set_apart.get(number, []))
                    plumbed.close()  # pdfplumber caches per page: keep memory flat
                    # pdfminer leaves (cid:N) where it cannot map glyphs that pdfium can
                    # (seen on owner-password PDFs): pdfium's text is then the better read.
                    if any("(cid:" in ln.text for ln in detailed_page.lines):
                        detailed_page = _cheap_page(text, number)
                    pages.append(detailed_page)
                else:
                    pages.append(_cheap_page(text, number))
        finally:
            if plumber is not None:
                plumber.close()
    except PDFPasswordIncorrect as exc:
        raise ExtractionError(ErrorCode.encrypted, "PDF 文件设有打开密码，无法读取。") from exc
    except PDFSyntaxError as exc:
        raise ExtractionError(ErrorCode.corrupt_file, f"PDF 文件已损坏：{exc}") from exc
    return Layout(pages=pages, extra=extra)


def _open(path: Path):
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ExtractionError(ErrorCode.encrypted, "PDF 文件设有打开密码，无法读取。") from exc
        raise ExtractionError(ErrorCode.corrupt_file, f"PDF 文件已损坏，无法打开：{exc}") from exc


def _cheap_page_texts(
    path: Path,
) -> tuple[list[str], dict[int, ErrorCode], list[ExtraText], dict[int, Page | None],
           dict[int, list[tuple[str, float, float]]]]:
    """Every page's text, the pages that need OCR with the reason (an error code), the
    texts outside the page content or not running left to right (annotations, form fields,
    document properties, rotated lines and columns of single characters, a
    header band stamped as a picture) for the confidentiality view, and the detailed read
    of the pages _pages_to_detail picks from these texts (None where pdfium's read looks
    unreliable: pdfplumber reads those), from the text page already open; last, by page,
    the characters set apart from the body lines (pdf_directions), for pdfplumber's read.
    The page texts and lines leave those characters out."""
    pdf = _open(path)
    needs: dict[int, ErrorCode] = {}
    extra: list[ExtraText] = _properties(pdf) + _xmp_texts(path) + _form_fields(path, pdf) + _outline(pdf)
    fast: dict[int, Page | None] = {}
    chosen = {1, 2} if len(pdf) > 1 else {1}  # as _pages_to_detail picks, page by page
    fonts: pdf_lines.FontReader | bool | None = None  # False: pdfminer cannot read the file
    turned: set[tuple[str, str]] = set()  # a watermark repeats on every page: one item is enough
    set_apart: dict[int, list[tuple[str, float, float]]] = {}  # page -> characters kept out of its lines
    try:
        texts = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
            apart = pdf_directions.set_apart(page, textpage, text)
            if apart is not None:
                if apart.indices:
                    text = _text_without(textpage, apart.indices)
                    set_apart[i + 1] = apart.origins
                for place, line in apart.texts:
                    if (place, line) not in turned:
                        turned.add((place, line))
                        extra.append(ExtraText(text=line, place=place, page=i + 1))
            texts.append(text)
            if len(chosen) < MAX_DETAILED_PAGES and _DETAIL_CUES.search(text):
                chosen.add(i + 1)
            if i + 1 in chosen:
                if fonts is None:
                    fonts = _font_reader(path)
                metrics = fonts.page(i + 1) if isinstance(fonts, pdf_lines.FontReader) else None
                fast[i + 1] = _pdfium_page(page, textpage, i + 1, metrics, apart.indices if apart else None)
            textpage.close()
            reason = _ocr_reason(page, text)
            if reason is not None:
                needs[i + 1] = reason
            extra.extend(_annotations(page, i + 1))
            if i == 0 and reason is None:
                refuse_image_bombs(page, 1)  # the header band is rendered, its pictures decoded
                extra.extend(header_band_texts(page, 1))
            page.close()
    finally:
        pdf.close()
        if isinstance(fonts, pdf_lines.FontReader):
            fonts.close()
    if not texts:
        raise ExtractionError(ErrorCode.corrupt_file, "PDF 文件已损坏：没有任何页面。")
    return texts, needs, extra, fast, set_apart


def _text_without(textpage, indices: set[int]) -> str:
    """The page's cheap text less the characters at these pdfium indices (its own line
    breaks kept: a line that held only set-apart characters comes out empty and is dropped)."""
    parts: list[str] = []
    start = 0
    for index in sorted(indices) + [textpage.count_chars()]:
        if index > start:
            parts.append(textpage.get_text_range(index=start, count=index - start))
        start = index + 1
    return "".join(parts).replace("\r\n", "\n").replace("\r", "\n")


_PROPERTY_KEYS = ("Title", "Subject", "Keywords", "Author")
_ANNOT_KEYS = ("Contents", "V", "TU", "RC")


def _properties(pdf) -> list[ExtraText]:
    try:
        info = pdf.get_metadata_dict(skip_empty=True)
    except Exception:  # noqa: BLE001 - a broken Info dictionary holds no text worth failing for
        return []
    return [ExtraText(text=str(info[k]).strip(), place="文档属性") for k in _PROPERTY_KEYS if str(info.get(k, "")).strip()]


MAX_XMP_BYTES = 1 << 20
_XML_TEXT = re.compile(r">([^<>]+)<")


def _xmp_texts(path: Path) -> list[ExtraText]:
    """The text values of the catalog's XMP metadata stream (dc:title, dc:description …), which a
    PDF may carry without any Info dictionary entry."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import PDFStream, resolve1

    try:
        with open(path, "rb") as fh:
            stream = resolve1(PDFDocument(PDFParser(fh)).catalog.get("Metadata"))
            if not isinstance(stream, PDFStream) or int(resolve1(stream.get("Length")) or 0) > MAX_XMP_BYTES:
                return []
            xml = stream.get_data()[:MAX_XMP_BYTES].decode("utf-8", errors="replace")
    except Exception:  # noqa: BLE001 - broken metadata holds no text worth failing the file for
        return []
    values = (re.sub(r"\s+", " ", v).strip() for v in _XML_TEXT.findall(xml))
    return [ExtraText(text=v, place="XMP 元数据") for v in dict.fromkeys(values) if v][:200]


MAX_BOOKMARKS = 2000


def _outline(pdf) -> list[ExtraText]:
    """The bookmarks' titles (the outline a viewer shows beside the pages)."""
    out: list[ExtraText] = []
    try:
        for bookmark in pdf.get_toc(max_depth=MAX_FIELD_DEPTH):
            title = (bookmark.get_title() or "").strip()
            if title:
                out.append(ExtraText(text=title, place="书签"))
            if len(out) >= MAX_BOOKMARKS:
                break
    except Exception:  # noqa: BLE001 - a broken outline holds no text worth failing the file for
        pass
    return out


MAX_FIELDS = 2000  # a hostile form's fields are read up to this many
MAX_FIELD_DEPTH = 32
_FIELD_KEYS = ("V", "DV", "TU")


def _form_fields(path: Path, pdf) -> list[ExtraText]:
    """Values of the AcroForm's fields, walking the whole field tree: a value set on a parent
    field (forms made by Acrobat put it there, not on the widget), or on a field without any
    widget on a page, is text the document holds. Read only when the PDF has a form."""
    if pdfium_c.FPDF_GetFormType(pdf.raw) == pdfium_c.FORMTYPE_NONE:
        return []
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    out: list[ExtraText] = []
    try:
        with open(path, "rb") as fh:
            form = resolve1(PDFDocument(PDFParser(fh)).catalog.get("AcroForm"))
            fields = resolve1(form.get("Fields")) if isinstance(form, dict) else None
            stack = [(ref, 0) for ref in reversed(fields if isinstance(fields, list) else [])]
            seen: set[int] = set()
            visited = 0
            while stack and visited < MAX_FIELDS:
                ref, depth = stack.pop()
                objid = getattr(ref, "objid", None)
                if depth > MAX_FIELD_DEPTH or (objid is not None and objid in seen):
                    continue  # a cycle or a tree too deep: hostile
                if objid is not None:
                    seen.add(objid)
                visited += 1
                node = resolve1(ref)
                if not isinstance(node, dict):
                    continue
                name = _pdf_text(resolve1(node.get("T")))
                for key in _FIELD_KEYS:
                    value = _pdf_text(resolve1(node.get(key)))
                    if value:
                        out.append(ExtraText(text=value, place="表单域"))
                        if name:
                            out.append(ExtraText(text=f"{name}：{value}", place="表单域"))
                kids = resolve1(node.get("Kids"))
                stack.extend((kid, depth + 1) for kid in reversed(kids if isinstance(kids, list) else []))
    except Exception:  # noqa: BLE001 - a broken form holds no text we can read; the pages still are
        log.warning("reading the PDF form's fields failed", exc_info=True)
    return out


def _pdf_text(value) -> str:
    """A PDF string (PDFDocEncoding or UTF-16 with its BOM), a name, or a list of them, as text."""
    from pdfminer.psparser import PSLiteral
    from pdfminer.utils import decode_text

    if isinstance(value, bytes):
        return decode_text(value).strip() if not value.startswith((b"\xfe\xff", b"\xff\xfe")) \
            else value.decode("utf-16", errors="replace").strip()
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, PSLiteral):
        return str(value.name).strip()
    if isinstance(value, list):
        return " ".join(t for t in (_pdf_text(v) for v in value[:50]) if t)
    return ""


def _annot_string(annot, key: str) -> str:
    size = pdfium_c.FPDFAnnot_GetStringValue(annot, key.encode(), None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFAnnot_GetStringValue(annot, key.encode(), ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), size)
    return buffer.raw[: size - 2].decode("utf-16-le", errors="replace").strip()


def _link_uri(page, annot) -> str:
    """The address a link annotation opens (a number may sit in its query), decoded."""
    from urllib.parse import unquote

    link = pdfium_c.FPDFAnnot_GetLink(annot)
    action = pdfium_c.FPDFLink_GetAction(link) if link else None
    if not action or pdfium_c.FPDFAction_GetType(action) != pdfium_c.PDFACTION_URI:
        return ""
    document = page.pdf.raw
    size = pdfium_c.FPDFAction_GetURIPath(document, action, None, 0)
    if size <= 1 or size > 65536:
        return ""
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFAction_GetURIPath(document, action, buffer, size)
    return unquote(buffer.raw[: size - 1].decode("latin-1", errors="replace")).strip()


def _annotations(page, number: int) -> list[ExtraText]:
    """Text of a page's annotations (notes, free text, stamps) and form fields (values, tooltips)."""
    handle = page.raw
    out: list[ExtraText] = []
    for i in range(pdfium_c.FPDFPage_GetAnnotCount(handle)):
        annot = pdfium_c.FPDFPage_GetAnnot(handle, i)
        if not annot:
            continue
        try:
            subtype = pdfium_c.FPDFAnnot_GetSubtype(annot)
            if subtype == pdfium_c.FPDF_ANNOT_LINK:
                uri = _link_uri(page, annot)
                if uri:
                    out.append(ExtraText(text=uri, place="链接地址", page=number))
                continue
            if subtype == pdfium_c.FPDF_ANNOT_POPUP:
                continue
            place = "表单域" if subtype == pdfium_c.FPDF_ANNOT_WIDGET else "PDF 注释"
            for key in _ANNOT_KEYS:
                value = _annot_string(annot, key)
                if value:
                    out.append(ExtraText(text=value, place=place, page=number))
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return out


# A picture covering this share of the page makes it a scan; pages with little text are
# OCR'd when a picture covers this much of them or they hold this many path objects
# (text drawn as outlines). Blank pages are left alone.
SCAN_COVER = 0.8
PICTURE_COVER = 0.1
OUTLINE_PATHS = 50
_ENDS = 4  # scanned pages put their picture first or last: look at that many objects each end


def _ocr_reason(page, text: str) -> ErrorCode | None:
    problem = page_text_problem(text)
    if problem == ErrorCode.garbled_text_layer:
        return problem
    if problem == ErrorCode.no_text_layer:
        cover, paths = _graphics(page, everything=True)
        return problem if cover >= PICTURE_COVER or paths >= OUTLINE_PATHS else None
    cover, _ = _graphics(page, everything=False)
    if cover >= SCAN_COVER and poor_ocr_layer(text):
        return ErrorCode.garbled_text_layer
    return None


def _graphics(page, everything: bool) -> tuple[float, int]:
    """(largest picture's share of the page, number of path objects) from raw pdfium calls."""
    handle = page.raw
    count = pdfium_c.FPDFPage_CountObjects(handle)
    indices: Sequence[int]
    if everything or count <= 2 * _ENDS:
        indices = range(count)
    else:
        indices = [*range(_ENDS), *range(count - _ENDS, count)]
    width, height = page.get_size()
    area = max(1.0, width * height)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    cover, paths = 0.0, 0
    for i in indices:
        obj = pdfium_c.FPDFPage_GetObject(handle, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths += 1
        elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            if pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                w = max(0.0, min(right.value, width) - max(left.value, 0.0))
                h = max(0.0, min(top.value, height) - max(bottom.value, 0.0))
                cover = max(cover, w * h / area)
    return cover, paths


def refuse_image_bombs(page, number: int) -> None:
    """too_large when a picture of the page (inside form objects too) declares more pixels than
    Pillow would decode: a few hundred KB of compressed zeros may declare gigapixels, and
    rendering the page for OCR would inflate them all."""
    from PIL import Image

    cap = 2 * (Image.MAX_IMAGE_PIXELS or 89_478_485)
    width, height = ctypes.c_uint(), ctypes.c_uint()

    def largest(get_count, get_object, depth: int) -> int:
        most = 0
        for i in range(get_count()):
            obj = get_object(i)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                if pdfium_c.FPDFImageObj_GetImagePixelSize(obj, width, height):
                    most = max(most, width.value * height.value)
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 8:
                most = max(most, largest(lambda o=obj: pdfium_c.FPDFFormObj_CountObjects(o),
                                         lambda k, o=obj: pdfium_c.FPDFFormObj_GetObject(o, k), depth + 1))
        return most

    handle = page.raw
    pixels = largest(lambda: pdfium_c.FPDFPage_CountObjects(handle), lambda k: pdfium_c.FPDFPage_GetObject(handle, k), 0)
    if pixels > cap:
        raise ExtractionError(ErrorCode.too_large, (
            f"PDF 第 {number} 页的图像像素过多（{pixels / 1e6:.0f} 百万像素，上限 {cap / 1e6:.0f} 百万像素），"
            "疑似解压炸弹，不予处理。"))


def _ocr_pages(path: Path, needs: dict[int, ErrorCode]) -> dict[int, Page]:
    pdf = _open(path)
    out: dict[int, Page] = {}
    try:
        for number in sorted(needs):
            page = pdf[number - 1]
            try:
                refuse_image_bombs(page, number)  # rendering decodes every picture of the page
            except ExtractionError:
                page.close()
                raise
            try:
                out[number] = ocr.ocr_pdf_page(page, number).page
            except Exception:  # noqa: BLE001 - one page the recogniser chokes on reads as empty
                from normdocs.review.redaction import mask_personal  # a file's name may hold a number

                log.warning("OCR failed on page %d of %s", number, mask_personal(path.name), exc_info=True)
                out[number] = Page(number=number, lines=[])
            finally:
                page.close()
            out[number].ocr = True
    finally:
        pdf.close()
    return out


def _pages_to_detail(texts: list[str]) -> set[int]:
    """Page 1, and the pages that show cues of the cover letter's end, up to a cap."""
    chosen = {1}
    if len(texts) > 1:
        chosen.add(2)  # a long title or recipients list can spill over
    for number, text in enumerate(texts, start=1):
        if len(chosen) >= MAX_DETAILED_PAGES:
            break
        if _DETAIL_CUES.search(text):
            chosen.add(number)
    return chosen


def _cheap_page(text: str, number: int) -> Page:
    lines = [
        Line(text=raw.strip(), orig=raw, page=number, index=i)
        for i, raw in enumerate(ln for ln in text.split("\n") if ln.strip())
    ]
    return Page(number=number, lines=lines, detailed=False)


def _hex_colour(colour) -> str | None:
    if colour is None or isinstance(colour, str):
        return None
    values = list(colour) if isinstance(colour, (list, tuple)) else [colour]
    if not values or not all(isinstance(v, (int, float)) for v in values):
        return None
    if len(values) == 1:
        r = g = b = values[0]
    elif len(values) == 3:
        r, g, b = values
    elif len(values) == 4:  # CMYK
        c, m, y, k = values
        r, g, b = (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)
    else:
        return None
    return "#" + "".join(f"{max(0, min(255, round(v * 255))):02x}" for v in (r, g, b))


def _font_reader(path: Path) -> pdf_lines.FontReader | bool:
    try:
        return pdf_lines.FontReader(path)
    except Exception:  # noqa: BLE001 - pdfminer cannot parse it: pdfplumber's read will say why
        return False


def _pdfium_page(
    page, textpage, number: int, fonts: pdf_lines.FontMetrics | None, skip: set[int] | None = None,
) -> Page | None:
    """The detailed page from pdfium's characters, grouped as pdfplumber groups them
    (pdf_lines); None when pdfium's read is not to be trusted for it."""
    if fonts is None or page.get_rotation() % 360:
        return None  # pdfplumber turns rotated pages' coordinates: let it read them
    left, bottom, right, top = page.get_mediabox()
    width, height = abs(right - left), abs(top - bottom)
    try:
        raws = pdf_lines.read_lines(page, textpage, height, fonts, skip)
    except Exception:  # noqa: BLE001 - a font dictionary pdfminer chokes on: pdfplumber reads the page
        log.warning("reading page %d's characters with pdfium failed", number, exc_info=True)
        return None
    if raws is None:
        return None
    lines: list[Line] = []
    for i, raw in enumerate(raws):
        chars = [c for c in raw.chars if c.text.strip()]
        if not chars:
            continue
        size, colour, bold = pdf_lines.dominant(chars)
        centre_offset = abs((raw.x0 + raw.x1) / 2 - width / 2)
        lines.append(
            Line(
                text=raw.text, orig=raw.text, page=number, index=i,
                x0=round(raw.x0, 1), top=round(raw.top, 1), x1=round(raw.x1, 1),
                bottom=round(raw.bottom, 1), size=size, color=colour, bold=bold,
                centered=centre_offset < width * 0.04 and (raw.x1 - raw.x0) < width * 0.8,
            )
        )
    return Page(number=number, width=width, height=height, lines=lines)


def _kept_out(origins: list[tuple[str, float, float]]):
    """pdfplumber's object filter that drops the characters at these origins (PDF space)."""
    by_text: dict[str, list[tuple[float, float]]] = {}
    for text, x, y in origins:
        by_text.setdefault(text, []).append((x, y))

    def keep(obj) -> bool:
        if obj.get("object_type") != "char" or obj.get("text") not in by_text:
            return True
        matrix = obj.get("matrix")
        if not matrix:
            return True
        e, f = float(matrix[4]), float(matrix[5])
        return not any(abs(e - x) < 0.5 and abs(f - y) < 0.5 for x, y in by_text[obj["text"]])

    return keep


def _detailed_page(page, number: int, set_apart: Sequence[tuple[str, float, float]] = ()) -> Page:
    lines: list[Line] = []
    width = float(page.width)
    if set_apart:
        page = page.filter(_kept_out(list(set_apart)))
    for i, raw in enumerate(page.extract_text_lines(return_chars=True, strip=True)):
        chars = [c for c in raw["chars"] if c["text"].strip()]
        if not chars:
            continue
        size = Counter(round(c["size"], 1) for c in chars).most_common(1)[0][0]
        colour = Counter(_hex_colour(c.get("non_stroking_color")) for c in chars).most_common(1)[0][0]
        bold = sum("bold" in c["fontname"].lower() for c in chars) > len(chars) / 2
        x0, x1 = float(raw["x0"]), float(raw["x1"])
        centre_offset = abs((x0 + x1) / 2 - width / 2)
        lines.append(
            Line(
                text=raw["text"], orig=raw["text"], page=number, index=i,
                x0=round(x0, 1), top=round(float(raw["top"]), 1), x1=round(x1, 1),
                bottom=round(float(raw["bottom"]), 1), size=size, color=colour, bold=bold,
                centered=centre_offset < width * 0.04 and (x1 - x0) < width * 0.8,
            )
        )
    return Page(number=number, width=width, height=float(page.height), lines=lines)
