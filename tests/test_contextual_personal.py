"""Personal identifiers read only after a word naming them (issue 9): passport, permit and officer's
numbers, home addresses. Each sends the document to review and is masked in every output; a bare
code, a passport mentioned without a number, an office's address or phone is no finding."""

import datetime as dt
import re

import docx

import pytest

from normdocs.pipeline.stages import InputFile, prepare, quarantine_reasons
from normdocs.review.confidentiality_rules import RulesError, load_confidentiality, parse_confidentiality
from normdocs.review.determination import NEVER_UNREVIEWED
from normdocs.review.findings import PERSONAL_KINDS, find_personal
from normdocs.review.redaction import mask_personal, mask_record
from tests.adversarial import SPELLINGS, Case, write_case

TODAY = dt.date(2026, 12, 1)
PLANTED = {
    "passport": ("申请人护照号码：E12345678。", "E12345678"),
    "passport_ea": ("持护照（号码EA1234567）入境。", "EA1234567"),
    "hk_permit": ("往来港澳通行证号码：C87654321。", "C87654321"),
    "tw_permit": ("台湾居民来往大陆通行证：01234567。", "01234567"),
    "officer": ("军官证号：军字第2345678号。", "2345678"),
    "address": ("张三，住址：济南市历下区文化东路12号3单元201室。", "文化东路12号3单元201室"),
    "lives": ("李四，家住历城区洪家楼街道88号。", "洪家楼街道88号"),
}
KINDS = {"passport": "passport", "passport_ea": "passport", "hk_permit": "travel_permit",
         "tw_permit": "travel_permit", "officer": "officer_id", "address": "home_address", "lives": "home_address"}
NEAR_MISSES = {
    "passport_no_number": "出国（境）人员应于返回后七日内将护照交由组织人事部门统一保管。",
    "product_code": "采购设备型号E12345678，数量两台。",
    "passport_then_code": "申请护照须携带身份证。产品编号E12345678。",
    "office_address": "办公地址：济南市历下区龙奥北路8号。",
    "hall_address": "市政务服务大厅地址：济南市历下区龙奥北路1号。",
    "contact_address": "联系地址：济南市市中区经七路5号，通讯地址：历下区解放路12号。",
    "city_hall": "地址：市政府大楼。",
    "office_phone": "联系电话：0531-12345678。",
    "hospital": "现住院治疗的患者安排在3号病区。",
    "company_seat": "企业住所：济南市历下区经十路12号。",
}


def _prepared(tmp_path, text: str, fmt: str):
    SPELLINGS["_probe"] = (text, "probe")
    try:
        path = write_case(Case("_probe", "mid" if fmt == "txt" else "body_mid", fmt, True), tmp_path)
    finally:
        del SPELLINGS["_probe"]
    record = prepare(InputFile(str(path), path.name), None, TODAY)
    return record, quarantine_reasons(record, [])


@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize("name", sorted(PLANTED))
def test_an_identifier_after_its_word_is_found_masked_and_sent_to_review(tmp_path, name, fmt):
    text, value = PLANTED[name]
    record, held = _prepared(tmp_path, text, fmt)
    kinds = {f.kind for f in record.findings}
    assert KINDS[name] in kinds, record.findings
    assert record.disclosure is not None and record.disclosure.attribute == "待审"  # never published unreviewed
    assert held is None or held[0] == "review"
    shown = " ".join(f.evidence for f in record.findings)
    assert value not in shown and "**" in shown
    assert value not in (record.metadata.body_redacted or "")


@pytest.mark.parametrize("fmt", ["txt", "docx"])
@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_near_misses_are_no_finding(tmp_path, name, fmt):
    record, held = _prepared(tmp_path, NEAR_MISSES[name], fmt)
    flagged = [f for f in record.findings if f.kind in PERSONAL_KINDS]
    assert not flagged, flagged
    assert record.disclosure is not None and record.disclosure.attribute == "主动公开"
    assert held is None


def test_number_kinds_are_in_the_decisions_safety_net_and_the_personal_kinds():
    for kind in ("passport", "travel_permit", "officer_id"):
        assert kind in NEVER_UNREVIEWED and kind in PERSONAL_KINDS
    assert "home_address" in PERSONAL_KINDS


def test_mask_personal_masks_each_value_of_a_list_and_is_idempotent():
    text = "关于护照号码E12345678、E87654321和G11223344的说明"
    masked = mask_personal(text)
    assert not re.search(r"[EG]\d{8}", masked)
    assert masked == "关于护照号码E******78、E******21和G******44的说明"
    assert mask_personal(masked) == masked and not find_personal(masked)
    # 8 digits with no word naming them: a short name is not scanned and keeps its form
    assert mask_personal("关于2024年12345678号的通知") == "关于2024年12345678号的通知"


def test_metadata_and_file_name_are_masked(tmp_path):
    record, _ = _prepared(tmp_path, PLANTED["passport"][0], "txt")
    record.metadata = record.metadata.model_copy(update={"title": "关于张三（护照号码E12345678）的批复"})
    record.file = str(tmp_path / "张三住址：历下区文化东路12号.txt")
    mask_record(record)
    assert "E12345678" not in record.metadata.title and "E******78" in record.metadata.title
    assert "文化东路12号" not in record.file


def test_a_contextual_rule_without_its_schema_is_refused():
    import yaml
    from importlib import resources

    raw = yaml.safe_load(resources.files("normdocs.rules").joinpath("confidentiality.yaml").read_text(encoding="utf-8"))
    raw["personal"]["contextual"][0]["colour"] = "red"
    with pytest.raises(RulesError, match=r"contextual\[0\].*colour"):
        parse_confidentiality(raw)
    assert load_confidentiality().contextual  # the shipped file loads


def test_a_table_column_named_in_its_header_is_read_under_it(tmp_path):
    """姓名 护照号码 住址 / 张三 E12345678 济南市…: the values stand a row below their word."""
    document = docx.Document()
    for text in ("临江市人民政府办公室文件", "临政办发〔2024〕12号", "关于张三等同志出国审批的通知", "各有关单位：",
                 "现将人员信息公布如下。"):
        document.add_paragraph(text)
    # a last column of words: a number in the last cell runs into the next row's 序号 in the body
    # as the DOCX reader joins a table (C12345678 + 2), the same for every kind of number
    table = document.add_table(rows=3, cols=5)
    rows = [("序号", "姓名", "护照号码", "往来港澳通行证号码", "备注"), ("1", "张三", "E12345678", "C12345678", "出访"),
            ("2", "李四", "G87654321", "W23456789", "出访")]
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    for text in ("临江市人民政府办公室", "2024年4月2日"):
        document.add_paragraph(text)
    path = tmp_path / "出国人员.docx"
    document.save(path)
    record = prepare(InputFile(str(path), path.name), None, TODAY)
    shown = {(f.kind, f.evidence) for f in record.findings}
    assert {("passport", "E******78"), ("passport", "G******21"), ("travel_permit", "C******78"),
            ("travel_permit", "W******89")} <= shown
    assert record.disclosure is not None and record.disclosure.attribute == "待审"
    redacted = record.metadata.body_redacted or ""
    assert not any(v in redacted for v in ("E12345678", "G87654321", "C12345678", "W23456789"))


def test_overlapping_values_of_two_kinds_are_both_found_and_both_masked():
    text = "姓名护照号码住址\n张三E12345678济南市历下区文化东路12号"  # a DOCX table as its body joins it
    kinds = {h.kind for h in find_personal(text)}
    assert {"passport", "home_address"} <= kinds
    masked = mask_personal(text)
    assert "E12345678" not in masked and "文化东路12号" not in masked
