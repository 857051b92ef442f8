"""Failure classes found on the dev part of real-corpus round 6 (more of the round-5 crawler's
pages, a PDF and a DOCX), each on files made here: a site's metadata list with bracketed labels
and a joint issuer in a cell of its own, a label whose value stands on the next line, a number
alone under the page's heading outside the content, a content block that holds only the heading,
and a signature that leaves its city out while the body names it by its short form."""

from pathlib import Path

from normdocs.extractors import extract_file
from normdocs.extractors.authority import load_authority
from tests.make_docs import make_docx, make_pdf


def _write(path: Path, body: str) -> Path:
    path.write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{body}</body></html>',
                    encoding="utf-8")
    return path


def test_a_bracketed_metadata_list_names_the_joint_issuers_and_the_date(tmp_path):
    # no signature on the page: the site's [发文机构] and [联合发文单位] cells are the issuers
    listing = ('<ol class="doc-info"><li>[主题分类] <span>卫生、体育/医药管理</span></li>'
               '<li>[发文机构] <span></span><span>北京市医疗保障局</span></li>'
               '<li>[联合发文单位] <span>北京市人力资源和社会保障局</span></li>'
               '<li>[成文日期] <span>2026-06-22</span></li>'
               '<li>[发文字号] <span>京医保发</span><span>〔2026〕</span><span>5号</span></li>'
               '<li>[废止日期] <span></span></li></ol>')
    content = ('<div class="content"><p>北京市医疗保障局等单位关于新增部分医疗服务价格项目的通知</p>'
               '<p>京医保发〔2026〕5号</p><p>各区医疗保障局，各有关医疗机构：</p>'
               '<p>现就新增部分医疗服务价格项目通知如下。</p><p>附件：项目规范表</p></div>')
    md = extract_file(_write(tmp_path / "bracketed.html", listing + content)).metadata
    assert md.issuer == "北京市医疗保障局、北京市人力资源和社会保障局"
    assert md.signed_date == "2026-06-22"
    assert md.doc_number == "京医保发〔2026〕5号"


def test_an_empty_template_number_cell_gives_no_number(tmp_path):
    listing = ('<ol class="doc-info"><li>[发文机构] <span>北京市西城区教育委员会</span></li>'
               '<li>[发文字号] <span>〔〕号</span></li></ol>')
    content = ('<div class="content"><p>北京市西城区教育委员会关于入学工作的实施意见</p>'
               '<p>各学校：</p><p>现提出如下意见。</p><p>北京市西城区教育委员会</p><p>2020年4月30日</p></div>')
    md = extract_file(_write(tmp_path / "template.html", listing + content)).metadata
    assert md.doc_number is None
    assert md.issuer == "北京市西城区教育委员会"


def test_a_label_with_its_value_on_the_next_line(tmp_path):
    # <li><span>发文字号：</span><p>…</p></li>: the markup breaks the label from its value
    body = ('<div class="content"><ul><li><span>制发单位：</span><p>北京住房公积金管理委员会办公室</p></li>'
            '<li><span>发文字号：</span><p>京房公积金管委会办〔2025〕13号</p></li></ul>'
            '<h2>关于2025住房公积金年度缴存有关问题的通知</h2><p>各住房公积金缴存单位：</p>'
            '<p>现就有关问题通知如下。</p><p>北京住房公积金管理委员会办公室</p><p>2025年9月18日</p></div>')
    md = extract_file(_write(tmp_path / "next_line.html", body)).metadata
    assert md.doc_number == "京房公积金管委会办〔2025〕13号"
    assert md.issuer == "北京住房公积金管理委员会办公室"


def test_a_number_alone_under_the_heading_outside_the_content(tmp_path):
    body = ('<div class="head"><h2>长春市人民政府办公厅关于加强房地产市场调控的通知</h2>'
            '<h3>长府办发〔2020〕35号</h3><span>【字体：大 中 小】</span></div>'
            '<div class="content"><p>各县（市）区政府，市政府各委办局：</p><p>现就有关事项通知如下。</p>'
            '<p>长春市人民政府办公厅</p><p>2020年9月22日</p></div>'
            '<div class="related"><p>相关文件：长府办发〔2017〕65号等</p></div>')
    md = extract_file(_write(tmp_path / "outside_number.html", body)).metadata
    assert md.doc_number == "长府办发〔2020〕35号"
    assert md.issuer == "长春市人民政府办公厅"


def test_two_different_numbers_alone_outside_the_content_give_none(tmp_path):
    body = ('<div class="list"><p>长府办发〔2020〕35号</p><p>长府办发〔2020〕36号</p></div>'
            '<div class="content"><p>关于加强房地产市场调控的通知</p><p>各有关单位：</p>'
            '<p>现就有关事项通知如下。</p><p>长春市人民政府办公厅</p><p>2020年9月22日</p></div>')
    md = extract_file(_write(tmp_path / "two_numbers.html", body)).metadata
    assert md.doc_number is None


def test_a_content_block_holding_only_the_heading(tmp_path):
    # <div id="content"> holds the title and the share buttons; the document is the next block
    text = "".join(f"<p>{p}</p>" for p in [
        "各县（市、区）人民政府，市人民政府各部门及有关单位：",
        "为进一步落实党中央、国务院关于房地产市场工作决策部署，坚持房子是用来住的、不是用来炒的定位，"
        "保障群众住房需求，促进我市房地产市场平稳健康发展，结合我市实际，提出如下意见。",
        "一、实施购房契税补贴。在市区内购买商品住宅并缴纳契税的，给予契税补贴。", "2022年5月21日"])
    body = ('<div class="wrap"><div class="menu"><a>首页</a><a>市长信箱</a><a>在线访谈</a></div>'
            '<div id="content"><h1>安阳市人民政府办公室关于促进房地产市场平稳健康发展的意见</h1>'
            '<span>发布日期：2022-05-24 18:54</span><span>分享：</span></div>'
            f'<div class="conBox">{text}</div></div>')
    md = extract_file(_write(tmp_path / "heading_only.html", body)).metadata
    assert md.title == "安阳市人民政府办公室关于促进房地产市场平稳健康发展的意见"
    assert md.issuer == "安阳市人民政府办公室"
    assert md.signed_date == "2022-05-21"
    assert md.recipients == ["各县（市、区）人民政府", "市人民政府各部门及有关单位"]


def test_a_signature_without_its_city_named_by_the_bodys_short_form(tmp_path):
    md = extract_file(make_docx(tmp_path / "unplaced.docx", [
        "关于进一步优化无房家庭购房工作的通知", "江北新区管委会，各区人民政府，市各相关单位：",
        "无房家庭须本市户籍，前1年内在南京连续缴纳12个月城镇社会保险。现将有关事项通知如下。",
        "市促进房地产市场平稳健康发展领导小组办公室", "2021年5月28日"])).metadata
    assert md.issuer == "南京市促进房地产市场平稳健康发展领导小组办公室"
    assert md.issuer_printed == "市促进房地产市场平稳健康发展领导小组办公室"


def test_a_city_by_its_short_form_only_when_one_is_named():
    authority = load_authority()
    assert authority.city_by_short_name("在南京连续缴纳").name == "南京市"
    assert authority.city_by_short_name("南京、苏州两地") is None
    assert authority.city_by_short_name("本市户籍") is None


def test_a_numbers_digits_on_a_baseline_of_their_own(tmp_path):
    # the frame 东公积金委〔 〕 号 in one font, the year and serial in another, a line lower
    md = extract_file(make_pdf(tmp_path / "split_number.pdf", [
        ("mark", "东莞市住房公积金管理委员会文件"), ("number", "东公积金委〔 〕 号"), ("number", "2020 2"),
        ("title", "关于调整部分住房公积金贷款和提取规定的通知"), ("text", "各住房公积金缴存职工："),
        ("text", "经市住房公积金管理委员会会议审议通过，现将有关规定调整如下。"),
        ("right", "东莞市住房公积金管理委员会"), ("right", "2020年9月22日")])).metadata
    assert md.doc_number == "东公积金委〔2020〕2号"
    assert md.issuer == "东莞市住房公积金管理委员会"
