"""Marks the confidentiality view must not mis-read or miss: a level word inside a longer word
(工作秘密, 商业秘密) is no state secret, and a mark broken over two lines is still a mark."""

import datetime as dt

import pytest

from normdocs.pipeline.stages import InputFile, prepare, quarantine_reasons
from normdocs.review.findings import find_marks
from tests.adversarial import SPELLINGS, Case, write_case

TODAY = dt.date(2026, 12, 1)


def _ingest(tmp_path, text: str, place: str, fmt: str, marker: bool = True):
    SPELLINGS["_probe"] = (text, "probe")
    try:
        path = write_case(Case("_probe", place, fmt, marker), tmp_path)
    finally:
        del SPELLINGS["_probe"]
    record = prepare(InputFile(str(path), path.name), None, TODAY)
    return record, quarantine_reasons(record, [])


@pytest.mark.parametrize("text", ["工作秘密", "（工作秘密）", "商业秘密", "涉及商业秘密", "本通知不涉及国家秘密",
                                  "属于工作秘密，注意保管", "密级：非秘密"])
def test_a_level_inside_a_longer_word_is_no_state_secret(tmp_path, text):
    """At the top of page 1, where the element parser reads 密级: the level word inside a longer
    word neither sets the classification nor yields a state-secret finding."""
    record, held = _ingest(tmp_path, text, "top", "txt")
    assert record.metadata.classification is None
    assert not any(f.kind == "state_secret" or f.secret for f in record.findings), record.findings
    assert held is None  # loaded (as 待审 when it is an internal mark), not kept out as a state secret


@pytest.mark.parametrize("text", ["机密★1年 特急", "000123 秘密★6个月", "密级：机密", "绝密"])
def test_a_level_standing_as_its_own_word_is_still_the_classification(tmp_path, text):
    record, held = _ingest(tmp_path, text, "top", "txt")
    assert record.metadata.classification in ("绝密", "机密", "秘密")
    assert held is not None and held[0] == "review"


@pytest.mark.parametrize("text, kind", [("工作秘密★", None), ("(工作秘密)", "internal_mark"),
                                        ("国家秘密★1年", None), ("商业机密★", None), ("机密★1年", "state_secret")])
def test_level_compounds_hide_only_the_state_secret_reading(text, kind):
    kinds = [k for k, _, _ in find_marks(text)]
    assert ("state_secret" in kinds) == (kind == "state_secret"), kinds
    if kind == "internal_mark":
        assert "internal_mark" in kinds


@pytest.mark.parametrize("fmt, place", [("pdf", "split_lines"), ("docx", "split_lines"), ("docx", "header_split"),
                                        ("html", "split_lines")])
@pytest.mark.parametrize("text, kind", [("机密★1年", "state_secret"), ("（此件不予公开）", "withholding_note"),
                                        ("内部资料 严禁外传", "internal_mark")])
def test_a_mark_broken_over_two_lines_is_still_a_mark(tmp_path, fmt, place, text, kind):
    record, held = _ingest(tmp_path, text, place, fmt)
    assert kind in {f.kind for f in record.findings}, [f.model_dump() for f in record.findings]
    assert record.disclosure.attribute != "主动公开" or held is not None
    if kind == "state_secret":
        assert held is not None and held[0] == "review"


def test_ordinary_lines_read_together_hold_no_mark(tmp_path):
    """The control: the base notice's own consecutive lines make no mark when read in pairs."""
    record, held = _ingest(tmp_path, "", "split_lines", "pdf")
    assert held is None and record.findings == [] and record.disclosure.attribute == "主动公开"


# -- a level quoted in a sentence of the body ---------------------------------------------------

QUOTED = ["对标注秘密★10年的文件应当由专人保管，不得擅自复制。", "对标注“机密★5年”的文件，阅后及时收回。",
          "密级为机密的文件，应当在本机关内阅读。", "标有（绝密）字样的文件不得携带外出。",
          "一、秘密★10年以上的文件，由专人保管。"]


@pytest.mark.parametrize("fmt, place", [("txt", "mid"), ("docx", "body_mid"), ("pdf", "body_mid"), ("html", "body_mid")])
@pytest.mark.parametrize("text", QUOTED)
def test_a_level_quoted_in_a_body_sentence_goes_to_review_not_out_of_the_library(tmp_path, fmt, place, text):
    """A notice quoting a level in a sentence is no secret document: loaded 待审 for a reviewer
    (never published unreviewed, no conflict with its 主动公开 附注), not kept out of the library."""
    record, held = _ingest(tmp_path, text, place, fmt)
    kinds = {f.kind for f in record.findings}
    assert "secret_quoted" in kinds and "state_secret" not in kinds, [f.model_dump() for f in record.findings]
    assert held is None
    d = record.disclosure
    assert (d.attribute, d.needs_review, d.conflict) == ("待审", True, False)
    assert any("引用" in r for r in d.reasons)


@pytest.mark.parametrize("lines", [["各单位要切实加强涉密文件日常管理对标注秘密★10年", "的文件应当由专人保管不得擅自复制。"],
                                   ["各单位要切实加强涉密文件日常管理工作，对", "秘密★10年以上的文件由专人保管不得擅自复制"]])
def test_a_level_quoted_in_a_sentence_wrapped_over_pdf_lines_goes_to_review(tmp_path, lines):
    from tests.make_docs import NOTICE, make_pdf

    path = make_pdf(tmp_path / "wrapped.pdf", NOTICE[:5] + [("text", line) for line in lines] + NOTICE[5:])
    record = prepare(InputFile(str(path), path.name), None, TODAY)
    kinds = {f.kind for f in record.findings}
    assert "secret_quoted" in kinds and "state_secret" not in kinds, [f.model_dump() for f in record.findings]
    assert quarantine_reasons(record, []) is None and record.disclosure.attribute == "待审"


def test_a_label_line_in_the_body_beside_prose_stays_a_mark(tmp_path):
    from tests.make_docs import NOTICE, make_pdf

    path = make_pdf(tmp_path / "label.pdf", NOTICE[:5] + [("text", "密级：机密★1年")] + NOTICE[5:])
    record = prepare(InputFile(str(path), path.name), None, TODAY)
    assert "state_secret" in {f.kind for f in record.findings}
    assert quarantine_reasons(record, [])[0] == "review"


@pytest.mark.parametrize("text", ["本文件密级为机密，请妥善保管。", "机密★1年 临政办发〔2024〕12号", "机密★1年，"])
def test_a_level_declared_for_the_document_itself_in_the_body_is_still_a_mark(tmp_path, text):
    record, held = _ingest(tmp_path, text, "mid", "txt")
    assert "state_secret" in {f.kind for f in record.findings}
    assert held is not None and held[0] == "review"


@pytest.mark.parametrize("fmt, place", [("docx", "default_header"), ("docx", "footnote"), ("html", "meta_tag"),
                                        ("pdf", "running_header")])
def test_a_level_in_a_sentence_outside_the_body_stays_a_mark(tmp_path, fmt, place):
    """Headers, footnotes, page furniture and metadata are where marks are printed: no quoting there."""
    record, held = _ingest(tmp_path, QUOTED[0], place, fmt)
    assert "state_secret" in {f.kind for f in record.findings}, [f.model_dump() for f in record.findings]
    assert held is not None and held[0] == "review"


# -- a mark stamped as a picture that OCR cannot read ----------------------------------------

@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_header_picture_ocr_is_off_for_goes_to_a_reviewer(tmp_path, monkeypatch, fmt):
    monkeypatch.setenv("NORMDOCS_OCR", "0")
    record, held = _ingest(tmp_path, "机密★1年", "image_stamp", fmt)
    assert [f.kind for f in record.findings] == ["unread_picture"]
    assert record.disclosure.attribute == "待审" and record.disclosure.needs_review
    assert any("无法识别的图片" in r for r in record.disclosure.reasons)
    assert held is None  # loaded for a reviewer with its text, not kept out as a state secret


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("text", ["机 密 ★ 1 年", "内 部 资 料"])
def test_a_letter_spaced_stamp_picture_reads_whole(tmp_path, fmt, text):
    """A stamp picture cut tight to its ink: its spaced characters are one row, read as one line."""
    record, held = _ingest(tmp_path, text, "image_stamp", fmt, marker=False)
    assert {"state_secret", "internal_mark"} & {f.kind for f in record.findings}, [f.model_dump() for f in record.findings]
    assert record.disclosure.attribute != "主动公开" or held is not None


def test_a_header_picture_that_reads_no_words_goes_to_a_reviewer(tmp_path):
    record, _ = _ingest(tmp_path, "   ", "image_stamp", "pdf")
    assert "unread_picture" in {f.kind for f in record.findings}
    assert record.disclosure.attribute == "待审"


def test_a_document_without_header_pictures_has_no_unread_finding(tmp_path, monkeypatch):
    monkeypatch.setenv("NORMDOCS_OCR", "0")
    record, held = _ingest(tmp_path, "", "page1_top", "pdf")
    assert record.findings == [] and record.disclosure.attribute == "主动公开" and held is None


@pytest.mark.parametrize("place", ["image_alt", "image_file"])
@pytest.mark.parametrize("text, kind", [("机密", "state_secret"), ("不予公开", "withholding_note"),
                                        ("内部资料", "internal_mark")])
def test_an_html_mark_given_only_as_a_picture_is_read_from_its_alt_text_or_file_name(tmp_path, place, text, kind):
    record, held = _ingest(tmp_path, text, place, "html")
    found = [f for f in record.findings if f.kind == kind]
    assert found and found[0].place in ("图片说明", "图片文件名"), [f.model_dump() for f in record.findings]
    assert record.disclosure.attribute != "主动公开" or held is not None


def test_an_html_picture_named_in_latin_letters_is_no_text(tmp_path):
    from normdocs.extractors.html_reader import picture_name

    assert picture_name("/images/logo_2024.png") == "" and picture_name("data:image/png;base64,AAAA") == ""
    assert picture_name("https://x.gov.cn/a/%E4%B8%8D%E4%BA%88%E5%85%AC%E5%BC%80.png?v=2") == "不予公开"


# -- PDF form fields in a hierarchy, OFD header pictures ---------------------------------------

@pytest.mark.parametrize("text, kind", [("机密★1年", "state_secret"), ("（此件不予公开）", "withholding_note")])
def test_a_pdf_form_value_set_on_a_parent_field_is_read(tmp_path, text, kind):
    record, held = _ingest(tmp_path, text, "form_hierarchy", "pdf")
    found = [f for f in record.findings if f.kind == kind]
    assert found and found[0].place == "表单域", [f.model_dump() for f in record.findings]
    assert record.disclosure.attribute != "主动公开" or held is not None


def _ofd_with_header_picture(path, png: bytes):
    import zipfile

    from tests.test_ofd import LETTER, NS, OFD_XML

    document = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
                "<ofd:MaxUnitID>99</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>"
                "</ofd:PageArea><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData>"
                '<ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>')
    res = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:MultiMedias>'
           '<ofd:MultiMedia ID="70" Type="Image"><ofd:MediaFile>stamp.png</ofd:MediaFile></ofd:MultiMedia>'
           "</ofd:MultiMedias></ofd:Res>")
    image = '<ofd:ImageObject ID="71" ResourceID="70" Boundary="20 8 60 12" CTM="60 0 0 12 0 0"/>'
    page = LETTER.replace("</ofd:Layer>", image + "</ofd:Layer>").replace('<ofd:Template TemplateID="50"/>', "")
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("OFD.xml", OFD_XML.format(root="Doc_0/Document.xml"))
        zf.writestr("Doc_0/Document.xml", document)
        zf.writestr("Doc_0/DocumentRes.xml", res)
        zf.writestr("Doc_0/Res/stamp.png", png)
        zf.writestr("Doc_0/Pages/Page_0/Content.xml", page)
    return path


def test_an_ofd_header_picture_is_read_by_ocr_into_the_view(tmp_path):
    from tests.adversarial import _stamp_png

    path = _ofd_with_header_picture(tmp_path / "stamp.ofd", _stamp_png("机密★1年"))
    record = prepare(InputFile(str(path), path.name), None, TODAY)
    assert record.status == "ok", record.error
    assert "state_secret" in {f.kind for f in record.findings}, [f.model_dump() for f in record.findings]
    assert quarantine_reasons(record, [])[0] == "review"


def test_an_ofd_header_picture_ocr_is_off_for_goes_to_a_reviewer(tmp_path, monkeypatch):
    from tests.adversarial import _stamp_png

    monkeypatch.setenv("NORMDOCS_OCR", "0")
    path = _ofd_with_header_picture(tmp_path / "stamp.ofd", _stamp_png("内部资料"))
    record = prepare(InputFile(str(path), path.name), None, TODAY)
    assert "unread_picture" in {f.kind for f in record.findings}
    assert record.disclosure.attribute == "待审"


def test_a_header_picture_too_large_to_read_goes_to_a_reviewer(tmp_path):
    """Not decoded (a 45-megapixel picture), but not passed over either: a mark may be stamped on it."""
    import io

    import docx
    from PIL import Image

    from normdocs.extractors import extract_file
    from normdocs.review.findings import find_findings

    buf = io.BytesIO()
    Image.new("1", (9000, 5000), 1).save(buf, format="PNG")
    d = docx.Document()
    d.sections[0].header.paragraphs[0].add_run().add_picture(io.BytesIO(buf.getvalue()))
    d.add_paragraph("正文")
    d.save(str(tmp_path / "big_stamp.docx"))
    record = extract_file(tmp_path / "big_stamp.docx", keep_layout=True)
    assert "unread_picture" in {f.kind for f in find_findings(record)}
