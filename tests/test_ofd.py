"""OFD (GB/T 33190) reader: shipped samples, hand-built packages, broken packages."""

import zipfile
from pathlib import Path

import pytest

from normdocs.extractors import extract_file
from normdocs.extractors.ofd_reader import _deltas, read_ofd
from normdocs.schemas.record import ErrorCode, ExtractionError
from tests.conftest import REPO, SAMPLES

NS = "http://www.ofdspec.org/2016"
REAL_OFD = REPO.parent / "shared" / "corpus" / "real" / "doc25.ofd"
if not REAL_OFD.exists():
    REAL_OFD = Path("/work/shared/corpus/real/doc25.ofd")

OFD_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<ofd:OFD xmlns:ofd="{NS}" DocType="OFD" Version="1.1"><ofd:DocBody>
<ofd:DocInfo><ofd:DocID>test</ofd:DocID></ofd:DocInfo><ofd:DocRoot>{{root}}</ofd:DocRoot>
</ofd:DocBody></ofd:OFD>"""

DOCUMENT_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData><ofd:MaxUnitID>99</ofd:MaxUnitID>
<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>
<ofd:TemplatePage ID="50" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData>
<ofd:Pages><ofd:Page ID="1" BaseLoc="{{page}}"/></ofd:Pages></ofd:Document>"""


def _text(x, y, text, size=5.6444, dx=None, color=None, ctm=None, extra=""):
    """A TextObject whose box starts at (x, y) mm with its baseline one font size below."""
    attrs = f' CTM="{ctm}"' if ctm else ""
    fill = f'<ofd:FillColor Value="{color}"/>' if color else ""
    delta = f' DeltaX="{dx}"' if dx else ""
    return (f'<ofd:TextObject ID="9" Boundary="{x} {y} 160 {size * 1.2}" Font="2" Size="{size}"{attrs}{extra}>'
            f'{fill}<ofd:TextCode X="0" Y="{size}"{delta}>{text}</ofd:TextCode></ofd:TextObject>')


def _page(*objects, area=None):
    area_xml = f"<ofd:Area><ofd:PhysicalBox>{area}</ofd:PhysicalBox></ofd:Area>" if area else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}">{area_xml}'
            f'<ofd:Template TemplateID="50"/><ofd:Content><ofd:Layer ID="3">{"".join(objects)}'
            f"</ofd:Layer></ofd:Content></ofd:Page>")


def _write_ofd(path: Path, page_xml: str, *, template_xml: str | None = None, absolute=False, ofd_xml=None):
    root = "/Doc_0/Document.xml" if absolute else "Doc_0/Document.xml"
    page = "/Doc_0/Pages/Page_0/Content.xml" if absolute else "Pages/Page_0/Content.xml"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("OFD.xml", ofd_xml if ofd_xml is not None else OFD_XML.format(root=root))
        zf.writestr("Doc_0/Document.xml", DOCUMENT_XML.format(page=page))
        zf.writestr("Doc_0/Pages/Page_0/Content.xml", page_xml)
        if template_xml is not None:
            zf.writestr("Doc_0/Tpls/Tpl_0/Content.xml", template_xml)
    return path


# A 函 laid out like a converter writes it: digits in their own objects (a Latin font whose box
# sits slightly higher), text in a PageBlock, the issuer mark red, the date split in six objects.
LETTER = _page(
    _text(40, 30, "江北县城市管理局", size=10.5833, dx="g 7 10.5833", color="230 0 0"),
    _text(25, 60, "关于商请配合开展", size=7.7611, dx="g 7 7.7611"),
    _text(87.09, 60, "2024", size=7.7611, dx="g 3 3.8806"),
    _text(103.6, 60, "年市容环境整治的函", size=7.7611, dx="g 8 7.7611"),
    f'<ofd:PageBlock ID="20"><ofd:PageBlock ID="21">{_text(28, 85, "县交通运输局：", dx="g 6 5.6444")}'
    "</ofd:PageBlock></ofd:PageBlock>",
    _text(39.3, 96, "为改善城区市容环境，请你局予以支持。", dx="g 17 5.6444"),
    _text(39.3, 106, "此函。", dx="g 2 5.6444"),
    _text(120, 140, "江北县城市管理局", dx="g 7 5.6444"),
    _text(124, 150.1, "2024", dx="g 3 2.8222"),
    _text(136.5, 150, "年"),
    _text(142.9, 150.1, "3"),
    _text(147.6, 150, "月"),
    _text(154, 150.1, "15", dx="2.8222"),
    _text(161.9, 150, "日"),
)


def test_shipped_ofd_sample_reads_its_elements():
    record = extract_file(SAMPLES / "notice_yinchuan.ofd")
    assert record.status == "ok", record.error
    assert record.format == "ofd"
    md = record.metadata
    assert md.title == "银川市交通运输局关于做好2023年农村公路养护管理工作的通知"
    assert md.doc_number == "银交发〔2023〕27号"
    assert md.issuer == "银川市交通运输局"
    assert md.signed_date == "2023-04-18"
    assert md.printed_date == "2023-04-19"
    assert md.attachments == ["银川市2023年农村公路养护工程计划表"]


def test_ofd_layout_has_positions_sizes_and_colours():
    layout = read_ofd(SAMPLES / "notice_yinchuan.ofd")
    assert len(layout.pages) == 4
    page = layout.pages[0]
    assert page.width == pytest.approx(595.3, abs=0.2) and page.height == pytest.approx(841.9, abs=0.2)
    mark = page.lines[0]
    assert mark.text == "银川市交通运输局文件"
    assert mark.is_red and mark.centered and mark.size == pytest.approx(34, abs=0.2)
    title = next(ln for ln in page.lines if ln.text.startswith("银川市交通运输局关于"))
    assert title.size == pytest.approx(22, abs=0.2) and title.color == "#000000"
    # digits were separate text objects: rejoined into the printed line, in reading order
    assert "2023年农村公路" in title.text.replace(" ", "")
    tops = [ln.top for ln in page.lines]
    assert tops == sorted(tops)


def test_hand_built_ofd_groups_split_objects_into_lines(tmp_path):
    path = _write_ofd(tmp_path / "letter.ofd", LETTER)
    layout = read_ofd(path)
    texts = [ln.text.replace(" ", "") for ln in layout.lines()]
    assert texts == [
        "江北县城市管理局", "关于商请配合开展2024年市容环境整治的函", "县交通运输局：",
        "为改善城区市容环境，请你局予以支持。", "此函。", "江北县城市管理局", "2024年3月15日",
    ]
    mark = layout.pages[0].lines[0]
    assert mark.is_red and mark.size == pytest.approx(30, abs=0.1)
    assert mark.x0 == pytest.approx(40 * 72 / 25.4, abs=0.2)

    record = extract_file(path)
    assert record.status == "ok", record.error
    assert record.metadata.title == "关于商请配合开展2024年市容环境整治的函"
    assert record.metadata.recipients == ["县交通运输局"]
    assert record.metadata.signed_date == "2024-03-15"
    assert record.metadata.issuer == "江北县城市管理局"


def test_template_page_text_absolute_paths_and_ctm(tmp_path):
    template = _page(_text(25, 20, "模板页眉文字", dx="g 5 5.6444"))
    page = _page(
        # CTM scales a 2.8222 mm font by 2: printed as 5.6444 mm (16 pt), at box + 2*(0, 2.8222)
        _text(25, 50, "正文内容由变换矩阵放大", size=2.8222, dx="g 10 2.8222", ctm="2 0 0 2 0 0"),
        area="0 0 148 210",
    ).replace('<ofd:Template TemplateID="50"/>', "")
    page = page.replace("<ofd:Area>", '<ofd:Template TemplateID="50"/><ofd:Area>')
    path = _write_ofd(tmp_path / "tpl.ofd", page, template_xml=template, absolute=True)
    layout = read_ofd(path)
    lines = layout.pages[0].lines
    assert [ln.text for ln in lines] == ["模板页眉文字", "正文内容由变换矩阵放大"]
    assert lines[1].size == pytest.approx(16, abs=0.1)
    assert lines[1].top == pytest.approx((50 + 2 * 2.8222 - 0.88 * 5.6444) * 72 / 25.4, abs=0.3)
    assert layout.pages[0].width == pytest.approx(148 * 72 / 25.4, abs=0.2)  # the page's own Area


def test_deltax_repeat_shorthand():
    assert _deltas("1 g 3 2.5 4") == [1.0, 2.5, 2.5, 2.5, 4.0]
    assert _deltas("") == []


@pytest.mark.parametrize(
    "make, code",
    [
        (lambda p: p.write_bytes(b"PK\x03\x04 not really a zip"), ErrorCode.corrupt_file),
        (lambda p: _write_ofd(p, LETTER[: len(LETTER) // 2]), ErrorCode.corrupt_file),
        (lambda p: _write_ofd(p, LETTER, ofd_xml="<ofd:OFD xmlns:ofd='x'><unclosed>"), ErrorCode.corrupt_file),
        (lambda p: _write_ofd(p, LETTER, ofd_xml=OFD_XML.format(root="Doc_9/Document.xml")), ErrorCode.corrupt_file),
        (lambda p: _write_ofd(p, _page('<ofd:PathObject ID="4" Boundary="0 0 10 10"/>')), ErrorCode.no_text_layer),
    ],
    ids=["bad-zip", "broken-page-xml", "broken-ofd-xml", "missing-docroot", "outlines-only"],
)
def test_broken_ofd_gets_its_error_code(tmp_path, make, code):
    path = tmp_path / "broken.ofd"
    make(path)
    with pytest.raises(ExtractionError) as info:
        read_ofd(path)
    assert info.value.code == code
    assert "OFD" in info.value.message


def test_broken_ofd_through_extract_file_is_an_error_record(tmp_path):
    path = _write_ofd(tmp_path / "broken.ofd", LETTER[: len(LETTER) // 2])
    record = extract_file(path)
    assert record.format == "ofd"
    assert record.status == "error" and record.error.code == ErrorCode.corrupt_file


@pytest.mark.skipif(not REAL_OFD.exists(), reason="the shared real-document corpus is not on this machine")
def test_real_ofd_body_text_elements():
    """A converter's OFD (Suwell): header drawn as outlines, so issuer is unreadable; the rest reads."""
    record = extract_file(REAL_OFD)
    assert record.status == "ok", record.error
    md = record.metadata
    assert md.title == "关于加快南货场铁路涵洞下穿建设的函"
    assert md.recipients == ["蚌山区政府"]
    assert md.signed_date == "2023-07-12"
    assert md.doc_number is None
