"""The GB/T 9704 format report: each class of departure flagged on a generated document,
none on a clean one; advisory only (the rule file is data, checked when loaded)."""

from __future__ import annotations

import pytest

from normdocs.extractors import extract_file
from normdocs.schemas.rules import RuleFileError, parse_rules
from normdocs.review import review
from normdocs.enrichment.format_checks import FormatRules
from tests.make_docs import NOTICE, make_pdf


def _replace(lines, old, new):
    return [(kind, new if text == old else text) for kind, text in lines]


def checks_of(tmp_path, lines, name="doc.pdf") -> dict[str, str]:
    record = review(extract_file(make_pdf(tmp_path / name, lines), keep_layout=True))
    assert record.status == "ok", record.error
    return {c.check: c.clause for c in record.format_checks}


def test_clean_notice_has_no_format_checks(tmp_path):
    assert checks_of(tmp_path, NOTICE) == {}


@pytest.mark.parametrize("number, check", [
    ("聊政办发〔23〕9号", "doc_number_year"),
    ("聊政办发〔2023〕第027号", "doc_number_di"),
    ("聊政办发〔2023〕027号", "doc_number_zero"),
    ("聊政办发[2023]9号", "doc_number_brackets"),
    ("聊政办发（2023）9号", "doc_number_brackets"),
])
def test_number_forms(tmp_path, number, check):
    found = checks_of(tmp_path, _replace(NOTICE, "聊政办发〔2023〕9号", number))
    assert found.get(check) == "7.2.5", found
    assert "missing_element" not in found  # printed, only out of form


def test_chinese_numeral_signing_date_after_2012(tmp_path):
    found = checks_of(tmp_path, _replace(NOTICE, "2023年7月25日", "二〇二三年七月二十五日"))
    assert found == {"signed_date_chinese": "7.3.5"}


def test_chinese_numeral_date_before_2012_is_the_old_standard(tmp_path):
    lines = _replace(_replace(NOTICE, "2023年7月25日", "二〇〇五年十月八日"), "聊城市人民政府办公室 2023年7月26日印发",
                     "聊城市人民政府办公室 2005年10月9日印发")
    lines = _replace(lines, "聊政办发〔2023〕9号", "聊政办发〔2005〕9号")
    assert "signed_date_chinese" not in checks_of(tmp_path, lines)


def test_leading_zeros_in_dates(tmp_path):
    lines = _replace(NOTICE, "2023年7月25日", "2023年07月25日")
    lines = _replace(lines, "聊城市人民政府办公室 2023年7月26日印发", "聊城市人民政府办公室 2023年07月26日印发")
    found = checks_of(tmp_path, lines)
    assert found == {"signed_date_form": "7.3.5", "printed_date_form": "7.4.3"}


def test_cc_after_printed_and_without_full_stop(tmp_path):
    lines = [x for x in NOTICE if not x[1].startswith("抄送")]
    lines.append(("text", "抄送：市委有关部门，市人大常委会办公室"))
    found = checks_of(tmp_path, lines)
    assert found.get("cc_after_printed") == "7.4.2" and found.get("cc_end") == "7.4.2", found


def test_note_without_parentheses_and_out_of_place(tmp_path):
    lines = [x for x in NOTICE if x[1] != "（此件公开发布）"]
    lines.insert(6, ("text", "此件公开发布"))  # above the signature, bare
    found = checks_of(tmp_path, lines)
    assert found.get("note_parentheses") == "7.3.6" and found.get("note_position") == "7.3.6", found


def test_quoted_text_is_masked(tmp_path):
    lines = [x for x in NOTICE if x[1] != "（此件公开发布）"]
    lines.insert(8, ("text", "联系人：张三，13912345678"))
    record = review(extract_file(make_pdf(tmp_path / "m.pdf", lines), keep_layout=True))
    messages = [c.message for c in record.format_checks if c.check == "note_parentheses"]
    assert messages and "13912345678" not in messages[0] and "139****5678" in messages[0], messages


def test_missing_elements(tmp_path):
    lines = [x for x in NOTICE if x[0] != "number"]
    found = checks_of(tmp_path, lines)
    assert found == {"missing_element": "7.2.5"}


def test_header_order_and_copy_number(tmp_path):
    lines = [("text", "特急"), ("text", "0001"), ("text", "秘密★一年")] + NOTICE
    record = review(extract_file(make_pdf(tmp_path / "h.pdf", lines), keep_layout=True))
    found = {c.check: c.clause for c in record.format_checks}
    assert found.get("header_order") == "7.2.2", found
    assert found.get("copy_number_form") == "7.2.1", found
    assert found.get("classification_period_form") == "7.2.2", found


def test_attachment_list_punctuation(tmp_path):
    lines = list(NOTICE)
    lines.insert(6, ("text", "附件：聊城市2023年政务公开工作要点。"))
    found = checks_of(tmp_path, lines)
    assert found == {"attachment_list_punctuation": "7.3.4"}


def test_format_checks_never_quarantine(tmp_path):
    from normdocs.pipeline.stages import quarantine_reasons

    record = review(extract_file(make_pdf(tmp_path / "q.pdf", _replace(NOTICE, "聊政办发〔2023〕9号", "聊政办发〔23〕9号")),
                                 keep_layout=True))
    assert record.format_checks
    assert quarantine_reasons(record, []) is None
    assert '"format_checks": [{"check": "doc_number_year"' in record.to_json().replace('":[', '": [').replace(
        '":"', '": "').replace('","', '", "')


def test_rule_file_errors_name_the_file_the_rule_and_the_key():
    text = """
patterns: {doc_number: "(?P<open>x)(?P<close>x)(?P<year>x)(?P<di>x)(?P<seq>x)", arabic_date: a, chinese_date: a,
           note: a, cc: a, printed: a, attachment_heading: a, attachment_list: a, chinese_period: a}
checks:
  - {check: doc_number_year, clause: "7.2.5", message: m}
  - {check: doc_number_year, clause: "7.2.5", mesage: m}
"""
    with pytest.raises(RuleFileError) as err:
        parse_rules("format_checks.yaml", text, FormatRules)
    message = str(err.value)
    assert "format_checks.yaml" in message and "checks[1].mesage" in message


def test_run_report_shows_format_checks(tmp_path):
    import datetime as dt

    from normdocs.reports.run_report import render_report
    from normdocs.pipeline.stages import report_row
    from normdocs.schemas.report import RunReport

    record = review(extract_file(make_pdf(tmp_path / "r.pdf", _replace(NOTICE, "聊政办发〔2023〕9号", "聊政办发〔2023〕第027号")),
                                 keep_layout=True))
    now = dt.datetime.now(dt.timezone.utc)
    report = RunReport.build(documents=[report_row(record, "loaded", doc_id=1, version=1)], run_id="r1",
                             started_at=now, finished_at=now, source=str(tmp_path), rules_version="x")
    html = render_report(report, tmp_path)
    assert "公文格式（GB/T 9704）" in html and "发文字号的序号前不加“第”" in html and "7.2.5" in html
    assert report.totals.loaded == 1  # advisory: still loaded
