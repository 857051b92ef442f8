"""Regression tests for layouts real offices print, each class on a file made here."""

from normdocs.extractors import extract_file
from normdocs.review import review
from tests.make_docs import make_docx, make_pdf

SITE_PAGE = """<html><head><meta charset="utf-8">
<title>江西省人民政府 工作动态 江西省人民政府办公厅关于加快发展流通促进商业消费的实施意见</title></head>
<body><div class="xxgkTitle"><table><tr>
<td><b><span>索  引  号: </span></b>014500815/2020-01518</td>
<td><b> 发文机关: </b> 省政府办公厅</td>
<td><b>文      号:</b> 赣府厅发〔2020〕7号</td></tr>
<tr><td><b>成文日期: </b> 2020-2-28</td></tr></table></div>
<div id="zoom"><p>各市、县（区）人民政府，省政府各部门：</p>
<p>为加快发展流通，促进商业消费，现提出如下实施意见。</p>
<p>2020年2月28日</p><p>（此件主动公开）</p></div></body></html>"""


def test_site_metadata_with_label_and_value_in_one_cell_and_title_after_the_column(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(SITE_PAGE, encoding="utf-8")
    md = extract_file(path).metadata
    assert md.title == "江西省人民政府办公厅关于加快发展流通促进商业消费的实施意见"
    assert md.doc_number == "赣府厅发〔2020〕7号"
    assert (md.issuer, md.issuer_source.value) == ("江西省人民政府办公厅", "title")
    assert md.issuer_ids == ["gov/360000/gov-office"]


def test_abbreviated_site_issuer_takes_its_place_from_the_number(tmp_path):
    page = SITE_PAGE.replace("江西省人民政府办公厅关于", "关于")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    md = extract_file(path).metadata
    assert (md.issuer, md.issuer_printed, md.issuer_source.value) == ("江西省人民政府办公厅", "省政府办公厅", "site")


def test_graphic_header_issuer_from_the_imprint_office(tmp_path):
    lines = [("number", "聊政发〔2023〕9号"), ("title", "聊城市人民政府关于印发聊城市"),
             ("title", "2023年政务公开工作要点的通知"), ("text", "各县（市、区）人民政府，市政府各部门："),
             ("text", "现将《聊城市2023年政务公开工作要点》印发给你们，请认真贯彻落实。"), ("right", "2023年7月25日"),
             ("text", "（此件公开发布）"), ("text", "抄送：市委有关部门，市人大常委会办公室。"),
             ("text", "聊城市人民政府办公室 2023年7月26日印发")]
    lines[1] = ("title", "关于印发聊城市")  # no issuer in the title; the red mark is a picture
    md = extract_file(make_pdf(tmp_path / "graphic.pdf", lines)).metadata
    assert (md.issuer, md.issuer_source.value) == ("聊城市人民政府", "imprint")


def test_abbreviated_signature_resolves_to_the_canonical_name(tmp_path):
    lines = [("title", "关于开展市场主体年报工作的通知"), ("text", "各设区市市场监管局："),
             ("text", "现就做好年报工作通知如下。"), ("right", "江西省市场监管局"), ("right", "2020年2月12日")]
    md = extract_file(make_pdf(tmp_path / "abbrev.pdf", lines)).metadata
    assert (md.issuer, md.issuer_printed, md.issuer_source.value) == (
        "江西省市场监督管理局", "江西省市场监管局", "signature")


def test_kangxi_radicals_in_a_text_layer_read_as_ordinary_characters(tmp_path):
    path = make_docx(tmp_path / "radicals.docx", [
        "国务院关于深⼊实施“⼈⼯智能+”⾏动的意⻅", "国发〔2025〕11号", "各省、⾃治区、直辖市⼈⺠政府：",
        "现提出如下意⻅。", "国务院", "2025年8⽉21⽇"])
    md = extract_file(path).metadata
    assert md.title == "国务院关于深入实施“人工智能+”行动的意见"
    assert md.doc_type == "意见" and md.doc_number == "国发〔2025〕11号"


def _decide(tmp_path, name, paragraphs):
    record = extract_file(make_docx(tmp_path / name, paragraphs))
    return review(record).disclosure


def test_internal_working_rules_marked_public_go_to_review(tmp_path):
    decision = _decide(tmp_path, "rules.docx", [
        "聊城市住房和城乡建设局机关公文处理实施细则", "局机关各处室：",
        "为规范局机关公文办理，收文登记后由拟稿人起草，核稿人审核，带班领导签批。", "聊城市住房和城乡建设局",
        "2023年3月1日", "（此件主动公开）"])
    assert decision.needs_review and decision.attribute == "待审"


def test_rules_on_how_citizens_submit_documents_stay_public(tmp_path):
    decision = _decide(tmp_path, "citizens.docx", [
        "聊城市住房和城乡建设局关于规范住房公积金申请材料提交的通知", "各县（市、区）住房和城乡建设局：",
        "申请人办理住房公积金提取时，应当提交身份证明和购房合同等材料。", "聊城市住房和城乡建设局",
        "2023年3月1日", "（此件主动公开）"])
    assert decision.attribute == "主动公开" and not decision.needs_review
