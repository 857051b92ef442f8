"""Text that does not run left to right in a PDF (a diagonal watermark, a line turned 90°, a
column of single characters) is read whole, in its own direction, into the layout's extra texts;
ordinary pages give none and their body lines are those they were."""

from pathlib import Path

import pytest

from normdocs.extractors.pdf_directions import COLUMN_PLACE, ROTATED_PLACE
from normdocs.extractors.pdf_reader import read_pdf

BODY = ["第一条 为了加强城市道路停车管理，制定本办法。", "第二条 本办法适用于本市行政区域内的道路停车。",
        "第三条 停车管理部门应当公开收费标准。", "第四条 本办法自印发之日起施行。"]


def _pdf(path: Path, draw=None, body=BODY) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    if draw is not None:
        draw(c, width, height)
    c.setFont("STSong-Light", 14)
    y = height - 100
    for line in body:
        c.drawString(80, y, line)
        y -= 26
    c.showPage()
    c.save()
    return path


def _turned(path: Path) -> list[tuple[str, str]]:
    return [(e.place, e.text) for e in read_pdf(path).extra if e.place in (ROTATED_PLACE, COLUMN_PLACE)]


@pytest.mark.parametrize("angle", [45, -30, 90, -90, 180])
def test_rotated_mark_reads_whole(tmp_path, angle):
    def draw(c, width, height):
        c.saveState()
        c.translate(width / 2, height / 2 - 60)
        c.rotate(angle)
        c.setFont("STSong-Light", 40)
        c.drawCentredString(0, 0, "内部资料 注意保存")
        c.restoreState()

    assert _turned(_pdf(tmp_path / "w.pdf", draw)) == [(ROTATED_PLACE, "内部资料 注意保存")]


def test_two_rotated_lines_stay_apart_and_in_order(tmp_path):
    def draw(c, width, height):
        c.saveState()
        c.translate(60, height - 300)
        c.rotate(90)
        c.setFont("STSong-Light", 14)
        c.drawString(0, 0, "机密★1年")
        c.drawString(0, -20, "不予公开")
        c.restoreState()

    assert _turned(_pdf(tmp_path / "r.pdf", draw)) == [(ROTATED_PLACE, "机密★1年"), (ROTATED_PLACE, "不予公开")]


def test_column_of_single_characters_reads_top_down(tmp_path):
    def draw(c, width, height):
        c.setFont("STSong-Light", 16)
        for k, ch in enumerate("此件不予公开"):
            c.drawString(40, height - 90 - 20 * k, ch)

    assert _turned(_pdf(tmp_path / "v.pdf", draw)) == [(COLUMN_PLACE, "此件不予公开")]


def test_ordinary_pages_give_nothing_and_keep_their_lines(tmp_path):
    # a paragraph whose characters line up in columns, one-character lines far apart, a
    # letter-spaced heading: none of them is a column or a rotated line
    grid = ["机密内部资料不予公开的规定"] * 6
    plain = read_pdf(_pdf(tmp_path / "grid.pdf", body=grid))
    assert _turned(tmp_path / "grid.pdf") == []

    def draw(c, width, height):
        c.setFont("STSong-Light", 14)
        c.drawString(300, height - 600, "一")
        c.drawString(300, height - 700, "二")
        for k, ch in enumerate("通知"):
            c.drawString(80 + 28 * k, height - 70, ch)

    assert _turned(_pdf(tmp_path / "o.pdf", draw)) == []
    assert [ln.text for ln in plain.lines()] == grid


def test_a_watermark_on_every_page_is_one_extra_text(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "pages.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for n in range(3):
        c.saveState()
        c.translate(300, 400)
        c.rotate(45)
        c.setFont("STSong-Light", 60)
        c.drawCentredString(0, 0, "机密")
        c.restoreState()
        c.setFont("STSong-Light", 14)
        c.drawString(80, 700, f"第{n + 1}页 正文。")
        c.showPage()
    c.save()
    assert [(e.place, e.text, e.page) for e in read_pdf(path).extra if e.place == ROTATED_PLACE] == [
        (ROTATED_PLACE, "机密", 1)]
