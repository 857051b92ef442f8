"""pdfium's detailed read of a PDF page (extractors/pdf_lines.py) gives pdfplumber's lines."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from normdocs.extractors import pdf_lines, pdf_reader

ZENHEI = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


def _write(path: Path) -> Path:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    font = "STSong-Light"
    if ZENHEI.exists():  # an embedded subset TrueType font, as office suites write
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont("ZenHei", str(ZENHEI), subfontIndex=0))
        font = "ZenHei"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    c.setFont(font, 22)
    c.setFillColorRGB(0.85, 0.05, 0.1)
    c.drawCentredString(297, 790, "某某市人民政府文件")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("STSong-Light", 16)
    c.drawString(90, 750, "某政发〔2024〕12号")
    c.setFont("Helvetica-Bold", 14)
    c.drawString(90, 720, "Bold Latin 2024, with  two spaces")
    text = c.beginText()
    text.setFont(font, 1)
    text.setTextTransform(16, 0, 0, 16, 90, 690)  # size 1, scaled by the text matrix
    text.textOut("字号放大的文字")
    c.drawText(text)
    c.saveState()
    c.translate(90, 660)
    c.scale(1.5, 1.5)
    c.setFont(font, 10)
    c.drawString(0, 0, "坐标缩放的文字")
    c.restoreState()
    text = c.beginText(90, 630)
    text.setFont(font, 14)
    text.setCharSpace(3)
    text.textOut("字间距加宽")
    c.drawText(text)
    c.setFont(font, 16)
    c.drawString(90, 600, "混合")
    c.setFont(font, 12)
    c.drawString(122, 601, "字号")
    c.setFont(font, 14)
    c.drawString(90, 570, "词")
    c.drawString(106.5, 570, "距")  # a 2.5 pt gap: one word; 3.6 pt: two
    c.drawString(124.1, 570, "边界")
    c.setFont("STSong-Light", 16)
    c.drawString(90, 540, "某某市人民政府办公室")
    c.drawString(400, 540, " ")  # a text object of a space alone (pdfium drops it)
    c.drawString(420, 540, "2024年3月5日印发")
    c.saveState()
    c.translate(520, 300)
    c.rotate(90)
    c.setFont(font, 12)
    c.drawString(0, 0, "旋转的文字")
    c.restoreState()
    c.showPage()
    c.save()
    return path


def _both(path: Path, number: int = 1):
    with pdfplumber.open(str(path)) as plumber:
        old = pdf_reader._detailed_page(plumber.pages[number - 1], number)
    doc = pdfium.PdfDocument(str(path))
    fonts = pdf_lines.FontReader(path)
    try:
        page = doc[number - 1]
        textpage = page.get_textpage()
        new = pdf_reader._pdfium_page(page, textpage, number, fonts.page(number))
        textpage.close()
        page.close()
    finally:
        fonts.close()
        doc.close()
    return old, new


def test_pdfium_lines_are_pdfplumbers(tmp_path):
    old, new = _both(_write(tmp_path / "lines.pdf"))
    assert new is not None
    assert [ln.text for ln in new.lines] == [ln.text for ln in old.lines]
    for o, n in zip(old.lines, new.lines):
        for key in ("x0", "top", "x1", "bottom"):
            assert getattr(n, key) == pytest.approx(getattr(o, key), abs=0.5), (o.text, key)
        assert (n.size, n.color, n.bold, n.centered) == (o.size, o.color, o.bold, o.centered), o.text
    assert (new.width, new.height) == pytest.approx((old.width, old.height))
    assert any(ln.bold for ln in new.lines) and any(ln.is_red for ln in new.lines)
    assert any("印发" in ln.text and " " in ln.text for ln in new.lines)  # the dropped space splits


def test_read_pdf_details_the_pages_from_pdfium(tmp_path):
    path = _write(tmp_path / "doc.pdf")
    layout = pdf_reader.read_pdf(path)
    old, _ = _both(path)
    assert layout.pages[0].detailed
    # the rotated line is set apart from the body lines (pdf_directions) and read in its own direction
    assert [ln.text for ln in layout.pages[0].lines] == [ln.text for ln in old.lines if ln.text != "字文的转旋"]
    assert any(e.text == "旋转的文字" for e in layout.extra)
