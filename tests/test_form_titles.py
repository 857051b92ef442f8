"""A title whose last word is no 文种 (a 规章 or 规范性文件 printed directly, a web notice) is
found by its place above the 主送 and the body, in text, DOCX and PDF; a body line ending
"按照有关规定" or "…的实施方案。" never is, and a 关于…的通知 reads as before."""

import pytest

from normdocs.extractors import extract_file

RULES = "青溪市城市绿化管理办法"
BODY = ["第一条 为了加强城市绿化管理，根据有关法律法规，结合本市实际，制定本办法。",
        "第二条 本办法适用于本市行政区域内城市绿化的规划、建设和管理。"]
TRAP = ["为进一步加强城市绿化管理工作", "按照有关规定", "各单位要认真落实市政府印发的实施方案。", "一、加强组织领导。"]
NOTICE = ["青溪市人民政府办公室", "青政办发〔2026〕3号", "关于加强城市绿化管理的通知", "各区县人民政府：",
          "为加强管理，按照有关规定，现通知如下。", "青溪市人民政府办公室", "2026年3月1日"]


def _txt(path, lines, big=()):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _docx(path, lines, big=()):
    import docx
    from docx.shared import Pt

    document = docx.Document()
    for text in lines:
        run = document.add_paragraph().add_run(text)
        run.font.size = Pt(22 if text in big else 16)
    document.save(str(path))
    return path


def _pdf(path, lines, big=()):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    w, h = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = h - 110
    for text in lines:
        c.setFont("STSong-Light", 22 if text in big else 16)
        if text in big:
            c.drawCentredString(w / 2, y, text)
        else:
            c.drawString(80, y, text)
        y -= 40 if text in big else 28
    c.showPage()
    c.save()
    return path


WRITERS = {"txt": _txt, "docx": _docx, "pdf": _pdf}


def _metadata(tmp_path, kind, lines, big=()):
    record = extract_file(WRITERS[kind](tmp_path / f"doc.{kind}", lines, big))
    assert record.status == "ok", record.error
    return record.metadata


@pytest.mark.parametrize("kind", WRITERS)
def test_rules_printed_directly_have_their_title(tmp_path, kind):
    md = _metadata(tmp_path, kind, [RULES, *BODY], big={RULES})
    assert md.title == RULES
    assert md.doc_type is None  # a 办法 is no 文种 (REFERENCE.md §2)


@pytest.mark.parametrize("kind", WRITERS)
def test_a_plan_under_its_number_and_above_the_recipients(tmp_path, kind):
    title = "青溪市老旧小区改造实施方案"
    md = _metadata(tmp_path, kind, ["青溪市人民政府办公室", "青政办规〔2026〕3号", title, "各区县人民政府：",
                                    "为推进老旧小区改造，制定本方案。", "青溪市人民政府办公室", "2026年3月1日"],
                   big={title})
    assert (md.title, md.doc_number, md.doc_type) == (title, "青政办规〔2026〕3号", None)
    assert md.recipients == ["各区县人民政府"]


@pytest.mark.parametrize("kind", WRITERS)
def test_body_lines_ending_in_rules_are_never_the_title(tmp_path, kind):
    assert _metadata(tmp_path, kind, TRAP).title is None
    assert _metadata(tmp_path, kind, TRAP[2:]).title is None


@pytest.mark.parametrize("kind", WRITERS)
def test_a_notice_reads_as_before(tmp_path, kind):
    md = _metadata(tmp_path, kind, NOTICE, big={NOTICE[2]})
    assert (md.title, md.doc_type) == ("关于加强城市绿化管理的通知", "通知")


def test_a_work_plan_whose_body_names_its_form_keeps_its_title(tmp_path):
    md = _metadata(tmp_path, "txt", ["青溪市2026年政务公开工作要点", "2026年是深化政务公开的关键之年，按照有关规定，"
                                     "现提出以下工作要点。"])
    assert md.title == "青溪市2026年政务公开工作要点"
