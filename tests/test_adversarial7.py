"""Round 7 of the adversarial documents (tests/adversarial7.py) through the real ingest stages:
every spelling and every place of every format once (`suite7`), the hostile files, and the line
between a document marked secret (kept out of the library) and one that only quotes a mark in a
sentence of its body (it may go to review, it is not kept out)."""

import datetime as dt
from pathlib import Path

import pytest

from normdocs.pipeline.stages import InputFile, prepare, quarantine_reasons
from normdocs.review.findings import find_personal, mark_hits
from tests.adversarial7 import SPELLINGS7, Case7, suite7, write_case7

TODAY = dt.date(2026, 12, 1)
CASES = suite7()
FLAGS = {"state_secret", "internal_mark", "withholding_note", "on_request_note", "secret_quoted", "id_card",
         "bank_card", "mobile", "email", "sensitive_term"}
NOT_A_DOCUMENT = {"x_zip_nested", "x_docx_zip_of_zips"}  # quarantined as unreadable, never loaded
# a quoted level outside the body (a document variable, XMP) is read as a mark: only body text is prose
QUOTED_OUTSIDE_BODY = {"doc_var", "xmp_only"}


def _run(path: Path):
    record = prepare(InputFile(str(path), path.name), None, TODAY)
    held = quarantine_reasons(record, [])
    published = held is None and record.disclosure is not None and record.disclosure.attribute == "主动公开"
    kinds = {str(getattr(f.kind, "value", f.kind)) for f in record.findings}
    return record, held, published, kinds


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_round7_case(case, tmp_path):
    record, held, published, kinds = _run(write_case7(case, tmp_path))
    if case.spelling in NOT_A_DOCUMENT:
        assert record.status != "ok" and held is not None and not published
        return
    if case.place == "hostile" and record.status != "ok":  # refused (too_large …): quarantined, named
        assert held is not None and not published and record.error.code, record.error
        return
    assert record.status == "ok", record.error
    if case.kind in ("none", "near"):
        assert published and not (kinds & FLAGS), (record.disclosure.reasons, kinds)
        return
    if case.kind == "quoted":
        assert case.place in QUOTED_OUTSIDE_BODY or held is None, kinds  # review at most, never kept out
        return
    assert not published, [f.model_dump() for f in record.findings]
    if case.kind == "secret":
        assert held is not None and held[0] == "review", kinds
    for f in record.findings:
        assert f.kind not in ("id_card", "bank_card", "mobile") or "****" in f.evidence, f.evidence


@pytest.mark.parametrize("text, kind", [
    ("秘密☆1年", "state_secret"), ("机密✩3年", "state_secret"), ("机密＊2年", "state_secret"),
    ("绝密✱长期", "state_secret"), ("机密1年", "state_secret"), ("份号：000086　秘密★6个月", "state_secret"),
    ("密级：秘密　保密期限：五年", "state_secret"), ("紧急程度：特急　密级：机密", "state_secret"),
    ("（此件不上网公开）", "withholding_note"), ("（此件删减后公开）", "withholding_note"),
    ("是否公开：否", "withholding_note"), ("仅限系统内部使用", "internal_mark"), ("会后收回", "internal_mark"),
    ("工作秘密★1年", "internal_mark"), ("内部资料　请勿转发", "internal_mark"),
    ("临江市人民政府办公室 2024年4月3日印发　内部　明电", "internal_mark"),
])
def test_round7_mark_spellings(text, kind):
    assert kind in {h.kind for h in mark_hits(text)}


@pytest.mark.parametrize("spelling", [n for n, (_, k) in SPELLINGS7.items() if k == "near"])
def test_round7_near_misses_hold_nothing(spelling):
    text = SPELLINGS7[spelling][0]
    assert mark_hits(text, body=True) == [] and find_personal(text) == []


@pytest.mark.parametrize("text, shown", [
    ("手机：一三九一二三四五六七八", "139****5678"), ("银行账号：6013—3021—4857—6012", "6013********6012"),
    ("身份证号码：一一〇一〇一一九九〇〇三〇七一二三三", "110101********1233"),
])
def test_round7_number_spellings(text, shown):
    assert [h.shown for h in find_personal(text)] == [shown]


def _probe(tmp_path, text: str, place: str, fmt: str):
    SPELLINGS7["_probe"] = (text, "probe")
    try:
        path = write_case7(Case7("_probe", place, fmt, True), tmp_path)
    finally:
        del SPELLINGS7["_probe"]
    return _run(path)


# A document marked secret: a printed 密级 line (whatever its pieces), in the body, after the last
# sentence of a paragraph, on the 版记's 印发 line — kept out of the library for the secrecy office.
@pytest.mark.parametrize("fmt", ["txt", "docx", "html", "pdf"])
@pytest.mark.parametrize("text, place", [
    ("密级：秘密　保密期限：五年", "body_mid"), ("份号：000086　秘密★6个月", "body_mid"),
    ("绝密★长期　特提", "imprint_line"), ("密级：秘密　保密期限：五年", "imprint_line"),
])
def test_a_printed_mark_keeps_the_document_out(tmp_path, fmt, text, place):
    _, held, _, kinds = _probe(tmp_path, text, place, fmt)
    assert "state_secret" in kinds and held is not None and held[0] == "review", kinds


# … and one that only quotes a mark in a sentence of its body goes to review at most.
@pytest.mark.parametrize("fmt", ["txt", "docx", "html", "pdf"])
@pytest.mark.parametrize("text", ["对标注“秘密★10年”的文件，应当由专人保管。", "文件密级为机密的，应当在首页标明。",
                                  "文件中不得标注‘机密’字样。", "凡标注密级：机密的文件，应当由专人保管。"])
def test_a_mark_quoted_in_a_body_sentence_is_not_kept_out(tmp_path, fmt, text):
    _, held, _, kinds = _probe(tmp_path, text, "body_mid", fmt)
    assert "state_secret" not in kinds and held is None, kinds


def test_a_level_at_the_end_of_a_paragraph_is_the_documents_mark(tmp_path):
    """……请认真贯彻执行。密级:绝密 保密期限:10年 — a printed 密级 line after the last sentence (round 6)."""
    from tests.adversarial6 import Case6, write_case6

    record = prepare(*(lambda p: (InputFile(str(p), p.name), None, TODAY))(
        write_case6(Case6("s_label_period", "para_tail", "docx", False), tmp_path)))
    assert "state_secret" in {f.kind for f in record.findings}
    assert quarantine_reasons(record, []) is not None


@pytest.mark.slow
def test_round7_suite_through_the_real_command_leaks_no_number(adversarial_ingest):
    """Round 7 through `normdocs ingest`, in the one run that holds rounds 1 and 6 too
    (tests/conftest.py `adversarial_ingest`); the counts below are this round's."""
    result = adversarial_ingest
    assert not result["hung"] and not result["crashed"], result.get("stderr_tail")
    assert result["accounted"], result["totals"]
    mine = result["by_group"]["round7"]
    assert mine["files"] == len(CASES)
    assert mine["published_unreviewed_marked"] == 0
    assert mine["secret_kept_out"] == mine["secret"] > 0
    assert result["planted_in_original_text"] > 0
    assert result["full_numbers_outside_originals"] == 0, result["leaks_by_place"]
    assert result["live_formula_cells"] == 0


def test_a_mark_wrapped_on_the_imprint_line_is_kept_out(tmp_path):
    """…2024年4月3日印发　　秘密★一 / 年 in a PDF: a level after 印发 is the 版记's label (`label_after`)."""
    _, held, _, kinds = _run(write_case7(Case7("s_spaced_cn_one", "imprint_line", "pdf", False), tmp_path))
    assert "state_secret" in kinds and held is not None


def test_a_mark_cut_by_a_page_break_is_found(tmp_path):
    """仅限 at the foot of page 1, 系统内部使用 at the top of page 2, the page number between them."""
    _, held, published, kinds = _run(write_case7(Case7("i_system_only", "page_break_split", "pdf", True), tmp_path))
    assert "internal_mark" in kinds and not published
