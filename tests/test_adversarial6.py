"""Round 6 of the adversarial documents (tests/adversarial6.py) through the real ingest stages:
marks and numbers in places and spellings no earlier round tried are never published unreviewed,
and near misses (invoice numbers, 文号, area codes, a failing check digit) are not flagged."""

import datetime as dt

import pytest

from normdocs.pipeline.stages import InputFile, prepare, quarantine_reasons
from normdocs.review.findings import find_personal, mark_hits
from tests.adversarial6 import SPELLINGS6, Case6, suite6, write_case6

TODAY = dt.date(2026, 12, 1)
CASES = suite6()
FLAGS = {"state_secret", "internal_mark", "withholding_note", "on_request_note", "secret_quoted", "id_card",
         "bank_card", "mobile", "email", "sensitive_term"}


# what round 6 found and this code still misses (see benchmarks/adversarial_round6.md); a PDF's
# diagonal watermark, text turned 90° and a column of single characters are read as lines of
# their own now (extractors/pdf_directions.py)
KNOWN_GAPS: set[tuple[str, str]] = set()


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(reason="known gap", strict=False))
                                  if (c.fmt, c.place) in KNOWN_GAPS else c for c in CASES],
                         ids=[c.name for c in CASES])
def test_round6_case(case, tmp_path):
    path = write_case6(case, tmp_path)
    record = prepare(InputFile(str(path), path.name), None, TODAY)
    held = quarantine_reasons(record, [])
    assert record.status == "ok", record.error
    published = held is None and record.disclosure.attribute == "主动公开"
    kinds = {str(getattr(f.kind, "value", f.kind)) for f in record.findings}
    if case.kind in ("none", "near"):
        assert published and not (kinds & FLAGS), (record.disclosure.reasons, kinds)
        return
    assert not published, [f.model_dump() for f in record.findings]
    if case.kind == "secret":
        assert held is not None and held[0] == "review"
    for f in record.findings:
        assert f.kind not in ("id_card", "bank_card", "mobile") or "****" in f.evidence, f.evidence


@pytest.mark.parametrize("text, kind", [("机·密★1年", "state_secret"), ("机-密", "state_secret"),
                                        ("停车管理;机　　密", "state_secret"), ("内部资料 发文机关", "internal_mark"),
                                        ("（此件不对外公开）", "withholding_note"), ("限内部传阅", "internal_mark"),
                                        ("（内部）", "internal_mark")])
def test_new_mark_spellings(text, kind):
    assert kind in {h.kind for h in mark_hits(text)}


@pytest.mark.parametrize("text", ["2024-05-01 至 2024-06-01", "分为 绝 密 机 密 秘 密 三级。", "中·外合作",
                                  "涉及国家秘密、商业秘密、个人隐私的政府信息，不予公开。", "公开方式：主动公开"])
def test_near_misses_hold_no_mark(text):
    assert mark_hits(text, body=True) == []


@pytest.mark.parametrize("text, kind, shown", [
    ("身份证33010619850621103 ×", "id_card", "330106********103X"),
    ("公民身份号码610103·19790909\n·5559", "id_card", "610103********5559"),
    ("联系人139 . 1234 . 5678", "mobile", "139****5678"),
    ("电话008613812345678", "mobile", "138****5678"),
    ("手机：1381234\n5678", "mobile", "138****5678"),
])
def test_new_number_spellings(text, kind, shown):
    assert [(h.kind, h.shown) for h in find_personal(text)] == [(kind, shown)]


@pytest.mark.parametrize("spelling", [n for n, (_, k) in SPELLINGS6.items() if k == "near"])
def test_near_miss_numbers_are_no_personal_number(spelling):
    assert find_personal(SPELLINGS6[spelling][0]) == []


def _probe(tmp_path, lines: list[str], place: str = "body_mid", fmt: str = "txt"):
    SPELLINGS6["_probe"] = ("\n".join(lines), "probe")
    try:
        path = write_case6(Case6("_probe", place, fmt, True), tmp_path)
    finally:
        del SPELLINGS6["_probe"]
    record = prepare(InputFile(str(path), path.name), None, TODAY)
    return {str(getattr(f.kind, "value", f.kind)) for f in record.findings}, quarantine_reasons(record, [])


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf", "html"])
@pytest.mark.parametrize("lines", [["一、秘密★10年以上的文件"], ["各单位对", "秘密★10年的文件由专人保管"],
                                   ["对标注秘密★10年", "的文件应当由专人保管"], ["对标注秘密★10年的文件"]])
def test_a_level_quoted_in_a_short_unpunctuated_body_line_is_quoted(tmp_path, fmt, lines):
    kinds, held = _probe(tmp_path, lines, fmt=fmt)
    assert "secret_quoted" in kinds and "state_secret" not in kinds, kinds
    assert held is None  # loaded 待审 for a reviewer, not kept out of the library


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf", "html"])
@pytest.mark.parametrize("text", ["绝密★启用前", "机密★1年", "秘密★5年 特急"])
def test_a_mark_on_its_own_line_stays_a_mark(tmp_path, fmt, text):
    kinds, held = _probe(tmp_path, [text], fmt=fmt)
    assert "state_secret" in kinds and held is not None and held[0] == "review"


def test_a_quoted_looking_line_at_the_top_of_page_one_stays_a_mark(tmp_path):
    """The 版头 is where marks stand: a level glued to prose there is the document's mark."""
    from tests.adversarial import SPELLINGS, Case, write_case

    SPELLINGS["_probe"] = ("对标注秘密★10年的文件", "probe")
    try:
        path = write_case(Case("_probe", "top", "txt", True), tmp_path)
    finally:
        del SPELLINGS["_probe"]
    record = prepare(InputFile(str(path), path.name), None, TODAY)
    assert "state_secret" in {f.kind for f in record.findings}
    assert quarantine_reasons(record, []) is not None


@pytest.mark.slow
def test_round6_suite_through_the_real_command_leaks_no_number(adversarial_ingest):
    """Round 6 through `normdocs ingest`, in the one run that holds round 1 too
    (tests/conftest.py `adversarial_ingest`); the counts below are this round's."""
    assert not KNOWN_GAPS  # a known gap is xfail above: leave its cases out of the shared run first
    result = adversarial_ingest
    assert not result["hung"] and not result["crashed"], result.get("stderr_tail")
    assert result["accounted"], result["totals"]
    mine = result["by_group"]["round6"]
    assert mine["files"] == len(CASES)
    assert mine["published_unreviewed_marked"] == 0
    assert mine["published_controls"] == mine["controls"]
    assert mine["secret_kept_out"] == mine["secret"] > 0
    assert result["planted_in_original_text"] > 0
    assert result["full_numbers_outside_originals"] == 0, result["leaks_by_place"]
