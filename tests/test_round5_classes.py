"""Failure classes found on the dev part of real-corpus round 5 (municipal, provincial and
ministry pages and PDFs), each on files made here: site chrome around a web page's number and
主送, metadata printed as label lines or label/value blocks outside the content, a title printed
twice, a breadcrumb over the title, joint signers side by side on one line, ministries' 代字 that
name a department, renamed bodies and autonomous prefectures' short names."""

from pathlib import Path

import pytest

from normdocs.extractors import extract_file
from normdocs.extractors.authority import load_authority
from tests.make_docs import make_pdf


def _page(path: Path, head: str, content: list[str]) -> Path:
    body = "".join(f"<p>{p}</p>" for p in content)
    path.write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{head}'
                    f'<div class="content">{body}</div></body></html>', encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def authority():
    return load_authority()


def test_a_comment_between_a_label_cell_and_its_value_is_skipped(tmp_path):
    head = ("<table><tr><td>发文字号：</td><!-- 文号 --><td>琼公积金贷〔2023〕14号</td></tr>"
            "<tr><td>成文日期：</td><!-- 日期 --><td>2023-11-10</td></tr></table>")
    md = extract_file(_page(tmp_path / "comment.html", head, [
        "关于优化住房公积金个人住房贷款中住房套数认定标准的通知", "各住房公积金缴存人：",
        "现就有关事项通知如下。", "海南省住房公积金管理局", "2023年11月10日"])).metadata
    assert md.doc_number == "琼公积金贷〔2023〕14号"
    assert md.issuer == "海南省住房公积金管理局"


def test_the_number_and_addressees_under_a_pages_toolbar(tmp_path):
    md = extract_file(_page(tmp_path / "toolbar.html", "", [
        "北京市市场监督管理局关于印发《工作方案》的通知", "公报PDF", "PDF格式下载", "收藏", "打印",
        "京市监发〔2025〕21号", "各区市场监管局，市局机关各处室：", "现将《工作方案》印发给你们，请认真贯彻落实。",
        "北京市市场监督管理局", "2025年4月11日"])).metadata
    assert md.doc_number == "京市监发〔2025〕21号"
    assert md.recipients == ["各区市场监管局", "市局机关各处室"]


def test_a_number_alone_after_the_share_buttons(tmp_path):
    md = extract_file(_page(tmp_path / "share.html", "", [
        "证监会 国资委 全国工商联关于进一步支持上市公司健康发展的通知", "日期：2022-04-11 来源：证监会",
        "分享到：", "QQ空间", "【字号：大 中 小】", "证监发〔2022〕36号", "近年来，上市公司持续提升发展质量。",
        "中国证监会  国资委  全国工商联", "2022年4月11日"])).metadata
    assert md.doc_number == "证监发〔2022〕36号"
    assert md.issuer == "中国证券监督管理委员会、国务院国有资产监督管理委员会、中华全国工商业联合会"
    assert md.recipients == []


def test_a_number_between_the_pages_heading_and_the_documents_title(tmp_path):
    md = extract_file(_page(tmp_path / "above.html", "", [
        "上海市教育委员会关于印发《实施办法》的通知（沪教委规〔2021〕2号）", "沪教委规〔2021〕2号",
        "上海市教育委员会关于印发《实施办法》的通知", "各区教育局，各有关直属事业单位：",
        "现将《实施办法》印发给你们，请认真贯彻执行。", "2021年3月11日"])).metadata
    assert md.doc_number == "沪教委规〔2021〕2号"
    assert md.title == "上海市教育委员会关于印发《实施办法》的通知"
    assert md.recipients == ["各区教育局", "各有关直属事业单位"]


def test_metadata_as_label_lines_and_label_blocks_outside_the_content(tmp_path):
    head = ('<div class="meta"><div>发文机关：省住房公积金管理局</div>'
            "<div>文 号：琼公积金贷函〔2020〕6号发布日期：2020-08-18</div></div>")
    md = extract_file(_page(tmp_path / "lines.html", head, [
        "关于调整住房公积金个人住房贷款业务有关规定的通知", "各直属管理局：", "现将有关规定调整如下。",
        "海南省住房公积金管理局", "2020年8月18日"])).metadata
    assert md.doc_number == "琼公积金贷函〔2020〕6号"
    head = ('<div class="top"><div class="flex"><h1>文件编号：</h1><p>慈住建〔2023〕36号</p></div>'
            '<div class="flex"><h1>成文日期：</h1><p>2023-04-21</p></div></div>')
    md = extract_file(_page(tmp_path / "blocks.html", head, [
        "慈溪市住房和城乡建设局 慈溪市财政局关于印发《实施细则》的通知", "发布日期：2023-04-24 15:12\n信息来源：市住建局",
        "各镇人民政府、街道办事处，各产业平台：", "现将《实施细则》印发给你们。",
        "慈溪市住房和城乡建设局", "慈溪市财政局", "2023年4月21日"])).metadata
    assert md.doc_number == "慈住建〔2023〕36号"
    assert md.recipients == ["各镇人民政府、街道办事处", "各产业平台"]
    assert md.issuer == "慈溪市住房和城乡建设局、慈溪市财政局"


def test_a_title_printed_twice_the_addressees_follow_the_second(tmp_path):
    title = "安顺市住房公积金管理委员会关于适当调整我市住房公积金提取使用政策的通知"
    md = extract_file(_page(tmp_path / "twice.html", "", [
        "73256857", title, "20", "安顺市住房公积金管理中心", "通知公告", "首页", "政务公开", "公众参与",
        "政务服务", "工作动态", "部门概况", "办事指南", "政策法规", "下载中心", "专题专栏", title,
        "字号：[小中大] [我要打印] [关闭] 视力保护色：", "各缴存职工、住房公积金受委托银行、房地产开发企业：",
        "为支持缴存职工住房需求，现就有关事项通知如下。", "2022年4月6日"])).metadata
    assert md.title == title
    assert md.recipients == ["各缴存职工、住房公积金受委托银行、房地产开发企业"]
    assert md.issuer == "安顺市住房公积金管理委员会"


def test_a_breadcrumb_over_the_title_is_not_its_issuer(tmp_path):
    md = extract_file(_page(tmp_path / "crumb.html", "", [
        "首页>南京市规划和自然资源局", "关于进一步优化土地市场服务管理的通知", "宁规划资源规〔2023〕1号",
        "各有关单位：", "现对进一步优化土地市场服务管理通知如下。", "南京市规划和自然资源局", "2023年9月4日"])).metadata
    assert md.title == "关于进一步优化土地市场服务管理的通知"
    assert md.issuer == "南京市规划和自然资源局"


def test_joint_signers_side_by_side_without_the_place(tmp_path):
    lines = [("number", "沪建房管联〔2021〕476号"), ("title", "关于加强住房赠与管理的通知"),
             ("text", "各区住房保障房屋管理局："), ("text", "现就加强住房赠与管理有关事项通知如下。"),
             ("right", "市住房城乡建设管理委 市房屋管理局 市自然资源确权登记局"), ("right", "2021年7月23日"),
             ("text", "上海市房屋管理局办公室 2021年7月23日印发")]
    md = extract_file(make_pdf(tmp_path / "side.pdf", lines)).metadata
    assert md.issuer == "上海市住房和城乡建设管理委员会、上海市房屋管理局、上海市自然资源确权登记局"


@pytest.mark.parametrize("number, date, canonical, body_id", [
    ("国卫医发〔2016〕24号", "2016-05-01", "国家卫生和计划生育委员会", "nhc"),
    ("国卫医发〔2019〕7号", "2019-05-01", "国家卫生健康委员会", "nhc"),
    ("国卫办医函〔2019〕157号", "2019-02-01", "国家卫生健康委员会办公厅", "nhc-office"),
    ("自然资办函〔2021〕1432号", "2021-08-06", "自然资源部办公厅", "mnr-office"),
    ("交规划发〔2006〕3号", "2006-05-01", "交通部", "mot"),
    ("交规划发〔2026〕36号", "2026-01-01", "交通运输部", "mot"),
    ("国食药监保化〔2011〕500号", "2011-06-01", "国家食品药品监督管理局", "nmpa"),
    ("国食药监〔2015〕5号", "2015-06-01", "国家食品药品监督管理总局", "nmpa"),
])
def test_a_ministrys_code_naming_its_drafting_department(authority, number, date, canonical, body_id):
    body = authority.body_of_code(number)
    assert (body, authority.name_of(body, date)[0]) == (body_id, canonical)


@pytest.mark.parametrize("printed, date, canonical, known", [
    ("交通部", "2007-12-01", "交通部", True),
    ("交通部", "2008-06-01", "交通运输部", True),
    ("卫生部", "2013-03-16", "卫生部", True),
    ("卫生部", "2013-03-18", "国家卫生和计划生育委员会", True),
    ("国家旅游局", "2019-01-01", "文化和旅游部", True),
    ("国家食品药品监督管理总局", "2019-01-01", "国家药品监督管理局", True),
    ("德宏州人民政府办公室", None, "德宏傣族景颇族自治州人民政府办公室", True),
    ("沈阳市房产局", None, "沈阳市房产局", True),  # a body of that name, not 住房保障和房产局
    ("全国工商联", None, "中华全国工商业联合会", True),
])
def test_renamed_bodies_and_short_forms(authority, printed, date, canonical, known):
    found = authority.resolve(printed, date)
    assert (found.name, found.known) == (canonical, known)


def test_a_page_dated_by_month_only_keeps_no_day_from_the_sites_generation_date(tmp_path):
    head = '<dl><dd><label>生成日期：</label><div>2023-05-11</div></dd></dl>'
    md = extract_file(_page(tmp_path / "month.html", head, [
        "万载县2022年国民经济和社会发展统计公报", "万载县统计局", "（2023年5月）",
        "2022年，全县经济运行总体平稳。"])).metadata
    assert md.signed_date is None


@pytest.mark.parametrize("printed, canonical, body_id", [
    ("南京市疾控局", "南京市疾病预防控制局", "gov/320100/disease-control"),
    ("上海市科委", "上海市科学技术委员会", "gov/310000/science"),
    ("北京市规自委", "北京市规划和自然资源委员会", "gov/110000/natural-resources"),
    ("万载县卫健局", "万载县卫生健康局", "gov/360922/health"),
    ("鄂州市住房和城市更新局", "鄂州市住房和城市更新局", "gov/420700/housing-renewal"),
])
def test_more_standard_local_departments_and_their_short_forms(authority, printed, canonical, body_id):
    found = authority.resolve(printed)
    assert (found.name, found.id) == (canonical, body_id)
