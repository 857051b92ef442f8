"""A very long DOCX body read as a stream: the same lines and confidentiality view as
docx_reader.read_docx, without the whole word/document.xml as one lxml tree.

python-docx parses the main part whole: a 500,000-paragraph document (90 MB of XML) costs
about a gigabyte of tree, plus a proxy per paragraph kept for the view. Here the package is
opened with a stub main part (its styles, headers, footers, notes, comments, properties and
relationships as they are) and the real body is parsed with lxml's iterparse, one top-level
block at a time: its lines and its view items are taken, then it is dropped. The stub gets back
what the rest of the reader looks at in the body: the section properties (headers of every kind,
the first section's header and footer lines) and the first paragraphs (header-band pictures)."""

from __future__ import annotations

import copy
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import IO

import docx
from docx.oxml.parser import element_class_lookup
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from normdocs.schemas.layout import ExtraText, Line

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BODY, _P, _TBL, _SECTPR, _PPR = (f"{{{W}}}{t}" for t in ("body", "p", "tbl", "sectPr", "pPr"))
_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_STRICT_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"


def main_part_name(zf: zipfile.ZipFile) -> str:
    """The main document part's member name, from the package relationships."""
    try:
        rels = etree.fromstring(zf.read("_rels/.rels"), etree.XMLParser(resolve_entities=False, no_network=True))
    except (KeyError, etree.XMLSyntaxError):
        return "word/document.xml"
    for rel in rels:
        if rel.get("Type") in (_OFFICE_DOCUMENT, _STRICT_DOCUMENT) and rel.get("TargetMode") != "External":
            return rel.get("Target", "word/document.xml").lstrip("/")
    return "word/document.xml"


def main_part_size(path: Path) -> int:
    """Uncompressed bytes of the main document part; 0 when the package cannot say."""
    try:
        with zipfile.ZipFile(path) as zf:
            return zf.getinfo(main_part_name(zf)).file_size
    except (OSError, zipfile.BadZipFile, KeyError):
        return 0


def _stub_package(zf: zipfile.ZipFile, main: str, out: IO[bytes]) -> None:
    """The package with its main part's body emptied (members copied as streams)."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as stub:
        for info in zf.infolist():
            if info.filename == main:
                stub.writestr(main, f'<w:document xmlns:w="{W}"><w:body/></w:document>')
                continue
            with zf.open(info) as src, stub.open(info.filename, "w") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)


class StreamedBody:
    """What the stream took from the body: lines, view items, and the elements given back to the stub."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.extra: list[ExtraText] = []
        self.band: list = []  # copies of the first top-level paragraphs (header-band pictures)
        self.sections: list = []  # copies of every sectPr, in document order; the body's own last


def _stream_body(fh: IO[bytes], container, reader, band_paragraphs: int) -> StreamedBody:
    from normdocs.extractors.docx_reader import attribute_texts, paragraph_items

    out = StreamedBody()
    events = etree.iterparse(fh, events=("start", "end"), resolve_entities=False, no_network=True,
                             load_dtd=False, huge_tree=True)
    events.set_element_class_lookup(element_class_lookup)  # python-docx's CT_P, CT_Tbl … proxies
    depth = 0
    for event, element in events:
        if event == "start":
            depth += 1
            continue
        depth -= 1
        if depth != 2:  # only blocks directly under w:body, once they are whole
            continue
        parent = element.getparent()
        if parent is None or parent.tag != _BODY:
            continue
        tag = element.tag
        if tag == _P:
            line = reader.paragraph(Paragraph(element, container))
            if line is not None:
                out.lines.append(line)
            if len(out.band) < band_paragraphs:
                out.band.append(copy.deepcopy(element))
        elif tag == _TBL:
            out.lines.extend(reader.table(Table(element, container)))
        for sect in element.iter(_SECTPR):
            out.sections.append((copy.deepcopy(sect), sect.getparent() is parent))
        out.extra.extend(paragraph_items(element, reader.captured))
        out.extra.extend(attribute_texts(element))
        reader.captured.clear()
        parent.remove(element)  # the block is read: its tree goes
    return out


def _give_back(document, body: StreamedBody) -> None:
    """Into the stub's body: the band paragraphs, then the sections as python-docx finds them."""
    stub_body = document.element.body
    for p in body.band:
        stub_body.append(p)
    last = None
    for sect, is_body_level in body.sections:
        if is_body_level:
            last = sect
            continue
        wrapper = etree.SubElement(stub_body, _P)
        etree.SubElement(wrapper, _PPR).append(sect)
    if last is not None:
        stub_body.append(last)


def read_streamed(path: Path):
    """(document, lines of the body, body view items): the document is the stub package with the
    body's sections and band paragraphs given back, for the headers, footers and the rest of the view."""
    from normdocs.extractors.docx_reader import HEADER_PARAGRAPHS, _LineReader

    with zipfile.ZipFile(path) as zf, tempfile.TemporaryFile() as stub_file:
        main = main_part_name(zf)
        _stub_package(zf, main, stub_file)
        stub_file.seek(0)
        document = docx.Document(stub_file)
        reader = _LineReader()
        with zf.open(main) as fh:
            body = _stream_body(fh, document._body, reader, HEADER_PARAGRAPHS)
    _give_back(document, body)
    return document, reader, body
