"""Text that does not run left to right in a PDF (a diagonal watermark, a line turned 90°, a
column of single characters) is read whole, in its own direction, into the layout's extra texts;
ordinary pages give none and their body lines are those they were."""

from pathlib import Path

import pytest

from normdocs.extractors.pdf_directions import COLUMN_PLACE, ROTATED_PLACE, WATERMARK_PLACE
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


# -- the set-apart text stays out of the body lines (a watermark or margin column drawn over the
# -- body used to interleave with the lines at its height)

LETTER = ["某市交通运输局文件", "关于加强城市道路停车管理的通知", "各区交通运输局：",
          "为了加强城市道路停车管理，现将有关事项通知如下。", "一、停车管理部门应当公开收费标准。",
          "二、本通知自印发之日起施行。", "某市交通运输局", "2026年11月20日", "（此件公开发布）"]


def _diagonal(text: str, angle: float = 35, size: int = 72, grey: float = 0.8):
    def draw(c, width, height):
        c.saveState()
        c.translate(width / 2, height - 180)
        c.rotate(angle)
        c.setFillGray(grey)
        c.setFont("STSong-Light", size)
        c.drawCentredString(0, 0, text)
        c.restoreState()
    return draw


def _upright_grey(c, width, height):
    c.saveState()
    c.setFillGray(0.85)
    c.setFont("STSong-Light", 60)
    c.drawCentredString(width / 2, height - 160, "内部资料")
    c.restoreState()


def _margin_column(c, width, height):
    c.setFont("STSong-Light", 14)
    for k, ch in enumerate("内部资料"):
        c.drawString(40, height - 126 - 26 * k, ch)


def _body(path: Path) -> list[str]:
    return [ln.text for ln in read_pdf(path).lines()]


@pytest.mark.parametrize("draw, place", [(_diagonal("内部资料"), ROTATED_PLACE), (_upright_grey, WATERMARK_PLACE),
                                         (_margin_column, COLUMN_PLACE)], ids=["diagonal", "upright", "column"])
def test_a_mark_drawn_over_the_body_leaves_its_lines_clean_and_reads_whole(tmp_path, draw, place):
    path = _pdf(tmp_path / "m.pdf", draw, body=LETTER)
    assert _body(path) == LETTER
    assert [(e.place, e.text) for e in read_pdf(path).extra if e.place == place] == [(place, "内部资料")]


def test_later_pages_and_pdfplumbers_read_leave_the_mark_out_too(tmp_path):
    import pdfplumber
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    from normdocs.extractors import pdf_directions
    from normdocs.extractors.pdf_reader import _detailed_page

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "pages.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    for n in range(3):  # page 3 is read from the cheap text only
        _diagonal("机密")(c, width, height)
        c.setFont("STSong-Light", 14)
        for k, line in enumerate(BODY):
            c.drawString(80, height - 100 - 26 * k, line)
        c.showPage()
    c.save()
    layout = read_pdf(path)
    assert [ln.text for ln in layout.pages[2].lines] == BODY and not layout.pages[2].detailed
    assert [ln.text for ln in layout.pages[0].lines] == BODY

    pdf = pdfium.PdfDocument(str(path))
    page = pdf[0]
    textpage = page.get_textpage()
    apart = pdf_directions.set_apart(page, textpage, textpage.get_text_range())
    assert apart is not None and apart.texts == [(ROTATED_PLACE, "机密")] and len(apart.origins) == 2
    textpage.close()
    page.close()
    pdf.close()
    with pdfplumber.open(str(path)) as plumber:
        assert "机" in "".join(ln.text for ln in _detailed_page(plumber.pages[0], 1).lines)
        assert [ln.text for ln in _detailed_page(plumber.pages[0], 1, apart.origins).lines] == BODY


def test_a_column_inside_the_text_stays_in_its_lines(tmp_path):
    # numbers down a table's first column: read as a column for the view, kept in their rows
    rows = ["1 停车场名称 收费标准", "2 停车场名称 收费标准", "3 停车场名称 收费标准"]

    def draw(c, width, height):
        c.setFont("STSong-Light", 14)
        for k, row in enumerate(rows):
            c.drawString(80, height - 300 - 20 * k, row[0])
            c.drawString(120, height - 300 - 20 * k, row[2:])

    assert _body(_pdf(tmp_path / "t.pdf", draw))[-3:] == rows


def _decided(path: Path):
    import datetime as dt

    from normdocs.pipeline.stages import InputFile, prepare, quarantine_reasons

    record = prepare(InputFile(str(path), path.name), None, dt.date(2026, 12, 1))
    assert record.status == "ok", record.error
    return record, quarantine_reasons(record, [])


@pytest.mark.parametrize("draw", [_diagonal("内部资料"), _diagonal("机密", angle=-30, size=90), _upright_grey,
                                  _margin_column], ids=["internal", "secret", "upright", "column"])
def test_a_watermarked_letter_is_not_published_unreviewed(tmp_path, draw):
    record, held = _decided(_pdf(tmp_path / "w.pdf", draw, body=LETTER))
    assert not (held is None and record.disclosure.attribute == "主动公开"), record.disclosure.reasons


def test_a_rotated_stamp_that_is_no_mark_changes_nothing(tmp_path):
    plain, plain_held = _decided(_pdf(tmp_path / "plain.pdf", body=LETTER))
    stamped_path = _pdf(tmp_path / "stamped.pdf", _diagonal("收文 2026年11月21日", angle=20, size=16, grey=0.3),
                        body=LETTER)
    stamped, stamped_held = _decided(stamped_path)
    assert _body(stamped_path) == LETTER
    assert (stamped.disclosure.attribute, stamped_held) == (plain.disclosure.attribute, plain_held)
    assert stamped.metadata.model_dump() == plain.metadata.model_dump()


def test_a_page_drawn_turned_keeps_its_lines(tmp_path):
    # a landscape table drawn turned on a portrait page is the page's text, not a mark over it
    def draw(c, width, height):
        c.saveState()
        c.translate(100, 100)
        c.rotate(90)
        c.setFont("STSong-Light", 14)
        for k, line in enumerate(BODY):
            c.drawString(0, -26 * k, line)
        c.restoreState()

    path = _pdf(tmp_path / "turned.pdf", draw, body=["附件2"])
    lines = [ln.text for ln in read_pdf(path).lines()]
    assert "附件2" in lines and len(lines) > 1


def test_a_margin_column_beside_a_wide_heading_is_still_set_apart(tmp_path):
    # the heading starts left of the column; the lines beside the column start right of it
    def draw(c, width, height):
        _margin_column(c, width, height)
        c.setFont("STSong-Light", 16)
        c.drawString(20, height - 165, "临江市人民政府办公室文件")

    path = _pdf(tmp_path / "h.pdf", draw, body=LETTER)
    assert _body(path) == LETTER[:3] + ["临江市人民政府办公室文件"] + LETTER[3:]
    assert (COLUMN_PLACE, "内部资料") in _turned(path)
