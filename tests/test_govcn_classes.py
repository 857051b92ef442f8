"""Failure classes seen on www.gov.cn web releases read without the site's metadata table
(benchmarks/real_corpus/govcn.jsonl, dev part), each on pages made here: a title with no 关于
whose second line carries a 第N号 (…第4626号提案的答复), and a 令 headed by the state's name
(中华人民共和国国务院令) whose issuer is the body after it."""

from pathlib import Path

import pytest

from normdocs.extractors import extract_file
from normdocs.extractors.authority import load_authority
from tests.mirrors import one_file_mirror, real_corpus_module


def _page(path: Path, paragraphs: list[str]) -> Path:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    path.write_text("<!DOCTYPE html>\n<html><head><meta charset='utf-8'></head><body>"
                    f"<div class='wrap'><table><tr><td id='UCAP-CONTENT'>{body}</td></tr></table>"
                    "</div></body></html>", encoding="utf-8")
    return path


@pytest.mark.parametrize("lines, title", [
    (["国务院办公厅对全国政协十届四次会议", "第4626号提案的答复"],
     "国务院办公厅对全国政协十届四次会议第4626号提案的答复"),
    (["国务院办公厅对十届全国人大四次会议", "第2996号建议的答复"],
     "国务院办公厅对十届全国人大四次会议第2996号建议的答复"),
    (["省人民政府办公厅对省政协十二届三次会议第315号提案的答复"],
     "省人民政府办公厅对省政协十二届三次会议第315号提案的答复"),
])
def test_a_title_without_guanyu_above_the_number_is_the_title_not_a_header_mark(tmp_path, lines, title):
    page = _page(tmp_path / "reply.html", [
        *lines, "国办函〔2006〕82号", "张明委员：",
        "您提出的《关于设立热线电话的提案》收悉。经研究，答复如下：",
        "感谢您对政府工作的关心与支持。", "国务院办公厅", "二〇〇六年十月十八日"])
    md = extract_file(page).metadata
    assert md.title == title
    assert md.doc_number == "国办函〔2006〕82号"
    assert md.doc_type == "函"
    assert md.recipients == ["张明委员"]
    assert md.signed_date == "2006-10-18"


def test_a_header_mark_over_the_number_stays_the_header(tmp_path):
    # a red-header layout printed as text: the mark ends in 文件, not "的" and a 文种
    page = _page(tmp_path / "mark.html", [
        "江西省人民政府文件", "赣府发〔2020〕3号", "江西省人民政府关于加强安全生产工作的通知",
        "各市、县（区）人民政府，省政府各部门：", "现就加强安全生产工作通知如下。",
        "江西省人民政府", "2020年3月1日"])
    md = extract_file(page).metadata
    assert md.title == "江西省人民政府关于加强安全生产工作的通知"
    assert md.doc_number == "赣府发〔2020〕3号"
    assert md.issuer == "江西省人民政府"


def test_an_order_headed_by_the_states_name_is_issued_by_the_body(tmp_path):
    page = _page(tmp_path / "order.html", [
        "中华人民共和国国务院令", "第706号",
        "《专利代理条例》已经2018年9月6日国务院第23次常务会议修订通过，现将修订后的《专利代理条例》公布，"
        "自2019年3月1日起施行。", "总理  李克强", "2018年11月6日",
        "专利代理条例", "第一条 为了规范专利代理行为，制定本条例。"])
    md = extract_file(page).metadata
    assert md.doc_number == "中华人民共和国国务院令第706号"
    assert md.doc_type == "令"
    assert md.title == "专利代理条例"
    assert md.issuer == "国务院"


@pytest.mark.parametrize("printed, canonical, known", [
    ("中华人民共和国国务院", "国务院", True),
    ("中华人民共和国教育部", "教育部", True),
    ("中华人民共和国中央军事委员会", "中央军事委员会", True),  # an alias of its own, as before
    ("中华人民共和国江西省人民政府", "中华人民共和国江西省人民政府", False),  # a place's body: not read so
])
def test_the_states_name_before_a_named_central_body(printed, canonical, known):
    found = load_authority().resolve(printed, "2018-11-06")
    assert (found.name, found.known) == (canonical, known)


# ---------------------------------------------------------------- the benchmark's restorer


def test_a_dump_row_is_restored_as_its_page_without_the_metadata_table(tmp_path):
    import hashlib

    rc = real_corpus_module()
    table = ("<table><tr><td><table class='bd1'><tr><td><b>发文机关：</b></td><td>国务院</td>"
             "<td><b>发文字号：</b></td><td>国发〔2019〕5号</td></tr></table></td></tr></table>")
    content = "<table><tr><td id='UCAP-CONTENT'><p>国务院关于某项工作的意见</p></td></tr></table>"
    html = f"<div class='wrap'>{table}<br>{content}</div>"
    dump = ("insert into t (id, title, html) values (1, '国务院关于某项工作的意见', '"
            + html.replace("'", "\\'") + "');\n").encode("utf-8")
    commit, mirrors = one_file_mirror(tmp_path, "dump.sql", dump)
    page = rc.govcn_page({"html": html})
    assert "发文机关" not in page.decode() and "UCAP-CONTENT" in page.decode()
    entry = {"repo": "owner/name", "commit": commit, "path": "dump.sql", "extract": "sql-row-page",
             "row": 0, "file": "page.html", "file_sha256": hashlib.sha256(dump).hexdigest(),
             "sha256": hashlib.sha256(page).hexdigest()}
    assert rc.restore(entry, tmp_path / "cache", mirrors).read_bytes() == page
    with pytest.raises(rc.MissingSource, match="dump differs"):
        rc._DUMP_ROWS.clear()
        rc.restore({**entry, "file": "b.html", "file_sha256": "0" * 64}, tmp_path / "c2", mirrors)
    with pytest.raises(ValueError):
        rc.govcn_page({"html": content})  # no metadata table: refused, not passed through
