"""OCR of scanned pages and images (RapidOCR with the models its wheel ships).

Real OCR costs 1.5-2.5 s a page on 2 cores, so only a few tests run it, on the shipped scan
samples (data/samples/scan_*, mixed_*; made by scripts/make_samples.py). The rest check the
page triage, the text clean-up and the review flags without running the recogniser.
"""

import subprocess
import sys

import pytest

from normdocs.extractors import extract_file
from normdocs.extractors.ocr import _value_confidence, normalise_ocr_text, summarise
from normdocs.extractors.textlayer import page_text_problem, poor_ocr_layer
from normdocs.schemas.layout import Layout, Line, Page
from normdocs.schemas.record import ErrorCode, Metadata, OcrInfo
from tests.conftest import SAMPLES


@pytest.fixture(autouse=True)
def _ocr_on(monkeypatch):
    monkeypatch.delenv("NORMDOCS_OCR", raising=False)


# ------------------------------------------------------------------ real OCR (slow-ish)


def test_scanned_pdf_reads_and_its_sideways_page_is_turned_upright(sample_record):
    record = sample_record("scan_notice_changde.pdf", keep_layout=True)
    assert record.status == "ok", record.error
    meta = record.metadata
    assert meta.title == "常德市住房和城乡建设局关于做好2024年城镇老旧小区改造工作的通知"
    assert meta.doc_number == "常建发〔2024〕15号"
    assert meta.signed_date == "2024-03-12"
    assert meta.printed_date == "2024-03-13"
    assert record.ocr.pages == [1, 2]
    assert record.ocr.mean_confidence > 0.9
    page2 = record.layout.pages[1]
    assert page2.ocr and page2.height > page2.width  # scanned landscape, read as portrait
    texts = [line.text for line in page2.lines]
    assert texts.index("2024年3月12日") < next(i for i, t in enumerate(texts) if t.startswith("抄送"))
    # the red issuer mark stays red; the seal's own red text is not read as a line
    assert record.layout.pages[0].lines[0].is_red
    assert not any(line.is_red for line in page2.lines)


def test_text_pdf_with_one_picture_page_ocrs_that_page_only(sample_record):
    record = sample_record("mixed_notice_yueyang.pdf", keep_layout=True)
    assert record.status == "ok", record.error
    assert record.ocr.pages == [2]
    assert record.metadata.doc_number == "岳教发〔2024〕21号"  # text layer, page 1
    assert record.metadata.signed_date == "2024-06-20"  # OCR, page 2
    page1, page2 = record.layout.pages
    assert not page1.ocr and all(line.confidence is None for line in page1.lines)
    assert page2.ocr and all(line.confidence is not None for line in page2.lines)


def test_multipage_tiff_with_an_upside_down_page(sample_record):
    record = sample_record("scan_opinion_hengyang.tif", keep_layout=True)
    assert record.status == "ok", record.error
    assert record.format == "image"
    assert record.ocr.pages == [1, 2]
    assert record.metadata.doc_number == "衡政办发〔2024〕8号"
    assert record.metadata.signed_date == "2024-04-16"
    assert record.layout.pages[1].lines[0].text == "衡阳市人民政府办公室"  # read top-down


# ------------------------------------------------------------------ OCR off


def test_ocr_off_keeps_the_old_errors(monkeypatch):
    monkeypatch.setenv("NORMDOCS_OCR", "0")
    assert extract_file(SAMPLES / "scan_notice_changde.pdf").error.code == ErrorCode.no_text_layer
    assert extract_file(SAMPLES / "bad" / "garbled.pdf").error.code == ErrorCode.garbled_text_layer
    assert extract_file(SAMPLES / "scan_letter_xiangtan.png").error.code == ErrorCode.no_text_layer
    mixed = extract_file(SAMPLES / "mixed_notice_yueyang.pdf")
    assert mixed.status == "ok" and mixed.ocr is None  # as before: the text pages are read


def test_text_documents_do_not_load_the_ocr_engine():
    code = (
        "import sys; from normdocs.extractors import extract_file; "
        f"r = extract_file({str(SAMPLES / 'notice_liaocheng.pdf')!r}); "
        "print(r.status, r.ocr, 'rapidocr' in sys.modules, 'onnxruntime' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["ok", "None", "False", "False"]


# ------------------------------------------------------------------ no recogniser needed


def test_page_triage():
    assert page_text_problem("") == ErrorCode.no_text_layer
    assert page_text_problem("(cid:12)(cid:40)(cid:7)" * 5) == ErrorCode.garbled_text_layer
    assert page_text_problem("¹ØÓÚ¼ÓÇ¿³ÇÊÐÈ¼Æø°²È«¹ÜÀí") == ErrorCode.garbled_text_layer
    assert page_text_problem("关于加强城市燃气安全管理工作的通知\n各区人民政府，市政府各部门：") is None
    clean = "为全面落实三高四新战略定位，推动强省会战略落地见效，稳定住房消费，提升服务质量。" * 3
    poor = "为全面落实\n“ 三 高四新\n” 战略定位 ， 推动强省会战略落地见效， 稳定住房消费 ， 生育三 孩的职工 家庭"
    assert not poor_ocr_layer(clean)
    assert poor_ocr_layer(poor)


def test_pages_render_as_displayed_with_their_rotate_entry():
    import pypdfium2 as pdfium

    from normdocs.extractors.ocr import render_pdf_page

    pdf = pdfium.PdfDocument(SAMPLES / "scan_notice_changde.pdf")
    try:
        page = pdf[1]  # the page scanned sideways: a landscape picture
        assert render_pdf_page(page, 50).width > render_pdf_page(page, 50).height
        page.set_rotation(270)  # what a viewer-corrected scan carries: /Rotate 270
        image = render_pdf_page(page, 50)
        assert image.height > image.width
        page.close()
    finally:
        pdf.close()


def test_ocr_punctuation_is_put_back():
    assert normalise_ocr_text("长县住建发[2022]68号") == "长县住建发〔2022〕68号"
    assert normalise_ocr_text("(此件公开发布)") == "（此件公开发布）"
    assert normalise_ocr_text("抄送:县财政局,县自然资源局") == "抄送：县财政局，县自然资源局"
    assert normalise_ocr_text("2022年8月18日") == "2022年8月18日"


def test_fields_read_from_unsure_lines_are_flagged(monkeypatch):
    monkeypatch.setenv("NORMDOCS_OCR_LOW_CONFIDENCE", "0.9")
    lines = [
        Line(text="岳阳市教育局关于开展2024年中小学", confidence=0.99),
        Line(text="暑期安全教育活动的通知", confidence=0.62),
        Line(text="岳教发〔2024〕21号", confidence=0.97),
        Line(text="二〇二四年六月二十日", confidence=0.71),
    ]
    layout = Layout(pages=[Page(number=1, lines=lines, ocr=True)])
    meta = Metadata(title="岳阳市教育局关于开展2024年中小学暑期安全教育活动的通知",
                    doc_number="岳教发〔2024〕21号", signed_date="2024-06-20")
    info = summarise(layout, meta)
    assert info.pages == [1]
    assert info.low_confidence_fields == ["title", "signed_date"]
    assert _value_confidence("岳教发〔2024〕21号", lines) == 0.97
    assert summarise(Layout(pages=[Page(number=1, lines=lines)]), meta) is None  # no OCR page
    assert OcrInfo.model_validate_json(info.model_dump_json()) == info  # the record's JSON round-trips


def test_images_and_ofd_report_their_page_count(sample_record):
    from normdocs.extractors import extract_file
    from tests.conftest import SAMPLES

    assert sample_record("scan_opinion_hengyang.tif").pages == 2
    assert extract_file(SAMPLES / "notice_yinchuan.ofd").pages == 4
