"""A very long DOCX body is read as a stream (extractors/docx_stream.py): the lines and the
confidentiality view must be those of the whole-tree reader, on every place a DOCX holds text."""

from __future__ import annotations

import pytest

from normdocs.extractors.docx_reader import STREAM_BYTES, read_docx
from normdocs.extractors.docx_stream import main_part_size
from tests.adversarial import PLACES, Case, write_case
from tests.conftest import SAMPLES


def _same(path) -> None:
    whole, streamed = read_docx(path, stream=False), read_docx(path, stream=True)
    assert streamed.model_dump() == whole.model_dump()


@pytest.mark.parametrize("place", PLACES["docx"])
def test_every_docx_place_reads_the_same_streamed(tmp_path, place):
    _same(write_case(Case("secret_star", place, "docx", marker=True), tmp_path))


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.glob("*.docx")))
def test_the_sample_docx_files_read_the_same_streamed(name):
    _same(SAMPLES / name)


def test_sections_tables_and_their_headers_read_the_same_streamed(tmp_path):
    import docx
    from docx.enum.section import WD_SECTION

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "第一节页眉 内部资料"
    document.add_paragraph("某某市人民政府办公室文件")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "抄送：市委办公室", "2024年3月1日印发"
    table.cell(1, 0).merge(table.cell(1, 1)).text = "合并单元格"
    table.cell(1, 0).add_paragraph("第二段")
    document.add_section(WD_SECTION.NEW_PAGE)
    second = document.sections[1]
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "第二节页眉 机密★1年"
    second.different_first_page_header_footer = True
    second.first_page_footer.paragraphs[0].text = "第二节首页页脚"
    document.add_paragraph("正文第二节。")
    path = tmp_path / "sections.docx"
    document.save(str(path))
    layout = read_docx(path, stream=True)
    assert "第二节页眉 机密★1年" in [e.text for e in layout.extra]
    assert [ln.text for ln in layout.lines() if ln.part == "header"] == ["第一节页眉 内部资料"]
    _same(path)


def test_a_body_past_the_threshold_is_streamed_by_its_size(tmp_path):
    path = write_case(Case("secret_star", "body_mid", "docx", marker=False), tmp_path)
    assert 0 < main_part_size(path) < STREAM_BYTES  # an ordinary document keeps the whole-tree reader
    assert main_part_size(tmp_path / "missing.docx") == 0
