"""HTML as other sites publish it: title in an <h1> outside the content block, no metadata table."""

from pathlib import Path

import pytest

from normdocs.extractors import extract_file

FIXTURES = Path(__file__).parent / "fixtures"


def test_title_in_h1_outside_the_content_block_and_navigation_ignored():
    md = extract_file(FIXTURES / "site_h1_title.html").metadata
    assert md.title == "杭州市人民政府办公厅关于加强城市管理的通知"
    assert md.doc_number == "杭政办函〔2023〕15号"
    assert md.recipients == ["各区、县（市）人民政府", "市政府各部门、各直属单位"]
    assert md.signed_date == "2023-05-04"
    assert md.disclosure_marker == "主动公开"


def test_page_title_is_the_last_resort_for_the_title(tmp_path):
    page = tmp_path / "bare.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>济南市人民政府关于公布第三批历史建筑名录的通知_济南市人民政府</title></head>"
        "<body><div class='content'><p>各区县人民政府：</p><p>现将第三批历史建筑名录予以公布。</p></div></body></html>",
        encoding="utf-8",
    )
    assert extract_file(page).metadata.title == "济南市人民政府关于公布第三批历史建筑名录的通知"


def test_the_sites_disclosure_attribute_is_read_wherever_its_label_stands():
    import lxml.html

    from normdocs.extractors.html_reader import site_disclosure

    def attribute(body: str) -> str | None:
        return site_disclosure(lxml.html.document_fromstring(f"<html><body>{body}</body></html>"))

    assert attribute('<dl><dd><label><font>公开方式：</font></label>'
                     '<div class="v"> 主动公开 </div></dd></dl>') == "主动公开"
    assert attribute("<ul><li><span>公开属性：</span>依申请公开</li></ul>") == "依申请公开"
    assert attribute("<table><tr><td>公开形式</td><td>不公开</td></tr></table>") == "不予公开"
    # near misses: another label's value, an unknown value, the words in running text
    assert attribute("<dl><dd><label>公开范围：</label><div>面向全社会</div></dd></dl>") is None
    assert attribute("<dl><dd><label>公开方式：</label><div>网站</div></dd></dl>") is None
    assert attribute("<p>本机关的公开方式：主动公开的文件在网站发布，依申请公开的另行办理。</p>") is None
    # the spellings a manifest accepts count on a page too; a value outside the closed list does not
    assert attribute("<table><tr><td>公开方式</td><td>免予公开</td></tr></table>") == "不予公开"
    assert attribute("<table><tr><td>公开方式</td><td>部分公开</td></tr></table>") is None


@pytest.mark.parametrize("printed,marker", [("部分公开", None), ("不公开", "不予公开"), ("公开", "主动公开")])
def test_a_site_cell_gives_a_marker_only_from_the_closed_list(printed, marker):
    from normdocs.extractors.elements import parse_elements
    from normdocs.schemas.layout import Layout, Line, Page
    from normdocs.schemas.record import Metadata

    lines = [Line(text="关于做好防汛工作的通知", index=0), Line(text="各乡镇人民政府：", index=1)]
    md = parse_elements(Layout(pages=[Page(number=1, lines=lines)], site_metadata={"公开方式": printed}))
    assert md.disclosure_marker == marker
    Metadata.model_validate(md.model_dump())  # the cached record reloads


def test_the_article_title_meta_names_a_document_whose_title_ends_in_no_doc_type(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(
        '<html><head><title>某省人民政府 规划计划 2020年全省粮食工作要点</title>'
        '<meta name="ArticleTitle" content="2020年全省粮食工作要点"></head>'
        '<body><div id="zoom"><p>2020年是收官之年。明确全省粮食工作要点如下：</p>'
        "<p>一、强化考核</p></div></body></html>", encoding="utf-8")
    assert extract_file(page).metadata.title == "2020年全省粮食工作要点"


def test_a_title_from_the_article_title_meta_still_names_its_issuer(tmp_path):
    """The site's 发文机关 cell abbreviates (省政府办公厅); the title the site gives prints it in
    full before 关于, and that is what the document prints."""
    page = tmp_path / "p.html"
    page.write_text(
        '<html><head><title>江西省人民政府 工作动态 江西省人民政府办公厅关于做好春节值班工作的通知</title>'
        '<meta name="ArticleTitle" content="江西省人民政府办公厅关于做好春节值班工作的通知"></head><body>'
        "<table><tr><td>发文机关：</td><td>省政府办公厅</td><td>成文日期：</td><td>2020-01-20</td></tr></table>"
        '<div id="zoom"><p>各市、县（区）人民政府，省政府各部门：</p><p>春节将至，现就值班工作通知如下。</p>'
        "<p>一、严格值班制度。</p><p>2020年1月20日</p></div></body></html>", encoding="utf-8")
    md = extract_file(page).metadata
    assert md.title == "江西省人民政府办公厅关于做好春节值班工作的通知"
    assert (md.issuer, md.issuer_printed) == ("江西省人民政府办公厅", "江西省人民政府办公厅")
