from normdocs.extractors.cleanup import clean_layout
from normdocs.extractors.elements import body_text
from normdocs.schemas.layout import Layout, Line, Page, Zone


def _layout(pages: list[list[str]]) -> Layout:
    return Layout(pages=[
        Page(number=n, lines=[Line(text=t, page=n, index=i) for i, t in enumerate(texts)])
        for n, texts in enumerate(pages, start=1)
    ])


def test_page_numbers_and_running_headers_are_noise():
    layout = clean_layout(_layout([
        ["某市人民政府公报", "第一段正文内容，", "— 1 —"],
        ["某市人民政府公报", "第二段正文内容。", "-2-"],
        ["某市人民政府公报", "第三段正文内容。", "- 3 -"],
    ]))
    noise = [ln.orig for ln in layout.lines() if ln.zone == Zone.noise]
    assert noise == ["某市人民政府公报", "— 1 —", "某市人民政府公报", "-2-", "某市人民政府公报", "- 3 -"]


def test_word_split_by_a_page_break_is_joined_back():
    layout = clean_layout(_layout([
        ["本项工作由市财政局、市住房城乡建", "— 1 —"],
        ["设局共同负责，按季度报送进展。", "— 2 —"],
    ]))
    assert "市住房城乡建设局共同负责" in body_text(layout)
    assert "—" not in body_text(layout)
