"""Separable release (区分处理): the redacted body, and full numbers never in any output."""

import json
import subprocess
import sys

from typer.testing import CliRunner

from normdocs.cli.main import app
from normdocs.review.redaction import redact
from tests.make_docs import NOTICE, make_docx, make_pdf
from tests.test_findings import luhn_complete, make_id

runner = CliRunner()


def _numbers():
    return make_id(area="110105", birth="19770615", seq="052"), "13912345678", luhn_complete("6222"), "wanglei@example.cn"


def test_redact_masks_every_personal_number_and_sensitive_term():
    id_number, mobile, card, email = _numbers()
    text = (f"当事人身份证号码{id_number}，联系电话{mobile}，银行卡号{card}，邮箱{email}。\n"
            "附件：涉密人员名单。文号聊政办发〔2023〕9号，2023年7月25日，热线12345。")
    out = redact(text)
    for value in (id_number, mobile, card, email, "涉密人员名单"):
        assert value not in out
    assert id_number[:6] + "********" + id_number[-4:] in out
    assert "139****5678" in out and card[:4] + "********" + card[-4:] in out and "w***@example.cn" in out
    assert "涉*****" in out
    assert "文号聊政办发〔2023〕9号，2023年7月25日，热线12345。" in out
    assert out.count("\n") == text.count("\n")


def test_redact_leaves_clean_text_alone_and_none_as_none():
    assert redact("现将有关事项通知如下。") == "现将有关事项通知如下。"
    assert redact(None) is None


def _doc(tmp_path):
    id_number, mobile, card, email = _numbers()
    lines = NOTICE[:6] + [
        ("text", f"当事人身份证号码{id_number}，"),
        ("text", f"联系电话{mobile}，银行卡号{card}，"),
        ("text", f"电子邮箱{email}。"),
    ] + NOTICE[6:]
    return make_pdf(tmp_path / "n.pdf", lines), (id_number, mobile, card, email)


def test_inspect_json_never_holds_a_full_number(tmp_path):
    pdf, values = _doc(tmp_path)
    result = runner.invoke(app, ["inspect", str(pdf)])
    assert result.exit_code == 0, result.output
    for value in values:
        assert value not in result.output
    record = json.loads(result.stdout)
    assert "body" not in record["metadata"] and "body_redacted" not in record["metadata"] and "layout" not in record
    assert sorted(f["kind"] for f in record["findings"]) == ["bank_card", "email", "id_card", "mobile"]
    assert all(f["page"] == 1 and f["line"] for f in record["findings"])
    d = record["disclosure"]
    assert (d["proposed"], d["attribute"], d["conflict"], d["needs_review"]) == ("依申请公开", "待审", True, True)


def test_inspect_body_prints_the_redacted_body_beside_the_original(tmp_path):
    pdf, values = _doc(tmp_path)
    record = json.loads(runner.invoke(app, ["inspect", "--body", str(pdf)]).stdout)
    redacted, body = record["metadata"]["body_redacted"], record["metadata"]["body"]
    for value in values:
        assert value not in redacted
    assert values[0] in body  # the original is there on request
    assert "现将《聊城市2023年政务公开工作要点》印发给你们" in redacted


def test_subprocess_stdout_and_stderr_hold_no_full_number(tmp_path):
    pdf, values = _doc(tmp_path)
    run = subprocess.run([sys.executable, "-m", "normdocs.cli.main", "inspect", str(pdf)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    for value in values:
        assert value not in run.stdout and value not in run.stderr
    assert len(json.loads(run.stdout)["findings"]) == 4


def test_clean_public_notice_keeps_its_marker_and_has_no_findings(tmp_path):
    pdf = make_pdf(tmp_path / "n.pdf")
    record = json.loads(runner.invoke(app, ["inspect", str(pdf)]).stdout)
    assert record["findings"] == []
    d = record["disclosure"]
    assert (d["proposed"], d["attribute"], d["source"], d["needs_review"]) == ("主动公开", "主动公开", "marker", False)


def test_docx_without_pages_still_locates_by_paragraph(tmp_path):
    id_number = _numbers()[0]
    docx = make_docx(tmp_path / "a.docx", ["关于典型案例的通报", "各单位：", f"当事人身份证号码{id_number}。",
                                           "某局", "2023年5月6日", "（此件公开发布）"])
    record = json.loads(runner.invoke(app, ["inspect", str(docx)]).stdout)
    assert [(f["kind"], f["page"], f["line"]) for f in record["findings"]] == [("id_card", 1, 3)]
    assert record["disclosure"]["conflict"] is True
    assert id_number not in json.dumps(record, ensure_ascii=False)


def test_numbers_glued_to_the_next_rows_serial_are_masked_in_the_redacted_body(tmp_path):
    """A DOCX table read into the body: each row's last cell (an ID, a mobile, a card) runs into the
    next row's 序号 when the body joins the lines back; the redacted body (the search index) hides it."""
    import docx

    from normdocs.extractors import extract_file
    from normdocs.review import review

    id_a, id_b = make_id(area="110105", birth="19770615", seq="052"), make_id(area="420102", birth="19881103", seq="117")
    mobile, card = "13912345678", luhn_complete("6222")
    document = docx.Document()
    for _, text in NOTICE[:4]:
        document.add_paragraph(text)
    table = document.add_table(rows=0, cols=3)
    for row in (["1", "张某某", id_a], ["2", "李某某", mobile], ["3", "王某某", card], ["4", "赵某某", id_b]):
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value
    document.add_paragraph("特此通知。")
    document.save(str(tmp_path / "list.docx"))
    record = review(extract_file(tmp_path / "list.docx"))
    assert record.disclosure.needs_review
    assert id_a + "2" not in record.metadata.body  # each row is a paragraph of its own
    for value in (id_a, id_b, mobile, card):
        assert value in record.metadata.body  # the original text keeps them
        assert value not in record.metadata.body_redacted


def test_a_long_number_that_holds_no_personal_one_is_left_as_printed():
    text = "索引号202412010001230，合同编号1234567890123456789012。"
    assert redact(text) == text


def test_a_list_of_rows_in_text_keeps_each_number_apart_and_a_wrapped_number_whole(tmp_path):
    """Plain text (as a PDF's lines): a row ending in an ID above a row starting with its 序号 is not
    one long number in the body; a number wrapped over two lines is still masked whole."""
    from normdocs.extractors import extract_file
    from normdocs.review import review

    id_a, id_b = make_id(area="110105", birth="19770615", seq="052"), make_id(area="420102", birth="19881103", seq="117")
    text = "\n".join([*(t for _, t in NOTICE[:6]), "附件名单如下：", f"1 张某某 {id_a}", f"2 李某某 {id_b}",
                      f"联系人王某某的身份证号码为{id_b[:10]}", f"{id_b[10:]}，请核对后报送县政府办公室。"])
    (tmp_path / "rows.txt").write_text(text, encoding="utf-8")
    record = review(extract_file(tmp_path / "rows.txt"))
    assert id_a + "2" not in record.metadata.body
    for value in (id_a, id_b, id_b[:10], id_b[10:]):
        assert value not in record.metadata.body_redacted
