"""The confidentiality view: normalisation, places readers add, the rule file's schema,
numbers in every form, and the manifest that may make a document stricter, never laxer."""

import datetime as dt
import sys
from pathlib import Path

import pytest
import yaml

from normdocs.extractors import extract_file
from normdocs.intake.manifest import PROBLEMS, read_manifest
from normdocs.pipeline.stages import InputFile, prepare, quarantine_reasons
from normdocs.review.confidentiality_rules import RulesError, parse_confidentiality
from normdocs.review.findings import find_findings, find_marks, find_personal
from normdocs.review.textview import normalise
from tests.adversarial import CARD_6013, CARD_9558, ID1, ID2, ID3, Case, write_case
from tests.make_docs import make_pdf

TODAY = dt.date(2026, 12, 1)
RULES = Path(__file__).resolve().parents[1] / "src" / "normdocs" / "rules" / "confidentiality.yaml"


# -- normalisation ------------------------------------------------------------------------------

def test_normalised_text_maps_back_to_the_printed_characters():
    norm = normalise("機\u200b密 ★ １年", compact=True)
    assert norm.text == "机密★1年"
    assert norm.printed_text(0, len(norm.text)) == "機\u200b密 ★ １年"


@pytest.mark.parametrize("spelling, kind", [
    ("此件不公开", "withholding_note"), ("(此件不公开)", "withholding_note"), ("【此件不予公开】", "withholding_note"),
    ("公开方式 不予公开", "withholding_note"), ("（此件依申请公开）", "on_request_note"),
    ("内部资料 严禁外传", "internal_mark"), ("密级 内部资料", "internal_mark"),
    ("機密", "state_secret"), ("本文件密级为机密", "state_secret"), ("机\u200b密★1年", "state_secret"),
    ("密级 机密★1年", "state_secret"), ("㊙密", "state_secret"),
])
def test_every_spelling_is_read_as_its_mark(spelling, kind):
    assert [k for k, _, _ in find_marks(spelling)] == [kind]


@pytest.mark.parametrize("text", ["对不予公开的信息应当说明理由", "（此件公开发布）", "依法保护国家秘密和商业秘密",
                                  "公开方式：主动公开", "做好内部资料的归档工作"])
def test_ordinary_sentences_are_no_marks(text):
    assert find_marks(text) == []


# -- places readers add to the view --------------------------------------------------------------

@pytest.mark.parametrize("fmt, place, label", [
    ("docx", "first_header", "首页页眉"), ("docx", "even_header", "偶数页页眉"), ("docx", "text_box", "文本框"),
    ("docx", "comment", "批注"), ("docx", "footnote", "脚注"), ("docx", "core_title", "文档属性"),
    ("html", "title_tag", "网页标题"), ("html", "meta_row", "元数据表"), ("html", "outside_block", "正文外区块"),
    ("pdf", "annotation", "PDF 注释"), ("pdf", "form_field", "表单域"), ("pdf", "running_header", "页眉页脚（重复行）"),
])
def test_a_mark_outside_the_body_is_found_with_its_place(tmp_path, fmt, place, label):
    record = extract_file(write_case(Case("secret_star", place, fmt, marker=False), tmp_path), keep_layout=True)
    secret = [f for f in find_findings(record) if f.kind == "state_secret"]
    assert [(f.evidence, f.place) for f in secret] == [("机密★1年", label)]
    assert "机密" not in (record.metadata.body or "")  # the body stays the document's own text


def test_a_number_in_a_comment_is_found_and_masked(tmp_path):
    record = extract_file(write_case(Case("id_dashes", "comment", "docx", marker=False), tmp_path), keep_layout=True)
    ids = [f for f in find_findings(record) if f.kind == "id_card"]
    assert [(f.evidence, f.place) for f in ids] == [(ID1[:6] + "********" + ID1[-4:], "批注")]


# -- numbers in every form ----------------------------------------------------------------------

def test_ids_with_separators_spaces_or_a_letter_and_cards_by_issuer_prefix():
    text = (f"{ID1[:6]}-{ID1[6:14]}-{ID1[14:]}、{ID2[:6]} {ID2[6:10]} {ID2[10:14]} {ID2[14:]}、"
            f"{' '.join([ID3[:4], ID3[4:8], ID3[8:12], ID3[12:16], ID3[16:]])}、{ID2}A、{CARD_9558}、{CARD_6013}")
    assert [h.kind for h in find_personal(text)] == ["id_card"] * 4 + ["bank_card"] * 2


def test_mobile_followed_by_a_word_that_starts_like_a_unit():
    assert [h.mask for h in find_personal("13812345678户名张三")] == ["138****5678"]
    assert find_personal("共13812345678户") == []  # households: a statistic


def test_zero_width_characters_hide_no_number():
    assert [h.kind for h in find_personal(f"卡{CARD_9558[:6]}\u200b{CARD_9558[6:]}")] == ["bank_card"]


# -- the rule file's schema -----------------------------------------------------------------------

def test_rule_file_errors_name_the_file_the_rule_and_the_key():
    raw = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    raw["marks"][1]["patern"] = raw["marks"][1].pop("pattern")
    with pytest.raises(RulesError, match=r"confidentiality.yaml: marks\[1\] \(secret_star\), patern"):
        parse_confidentiality(raw)
    raw = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    raw["marks"][0]["pattern"] = "{nowhere}"
    with pytest.raises(RulesError, match=r"marks\[0\] \(secret_line\), pattern: unknown piece"):
        parse_confidentiality(raw)
    raw = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    raw["personal"]["id_card"]["groupings"] = ["6-8-3"]
    with pytest.raises(RulesError, match="does not add up to 18"):
        parse_confidentiality(raw)


# -- manifest: normalised, validated per row, never laxer -------------------------------------------

def test_manifest_values_are_normalised_and_a_bad_cell_names_its_row(tmp_path):
    path = tmp_path / "normdocs-manifest.csv"
    path.write_text("path,disclosure_marker,published_date\na.pdf,公开,2023/8/1\nb.pdf,也许,2023-08-01\n",
                    encoding="utf-8")
    entries = read_manifest(path)
    assert entries["a.pdf"] == {"disclosure_marker": "主动公开", "published_date": "2023-08-01"}
    assert "disclosure_marker" not in entries["b.pdf"]
    assert "第 3 行" in entries["b.pdf"][PROBLEMS] and "也许" in entries["b.pdf"][PROBLEMS]


def test_a_bad_manifest_cell_quarantines_that_file_only(tmp_path):
    pdf = make_pdf(tmp_path / "b.pdf")
    (tmp_path / "normdocs-manifest.csv").write_text("path,disclosure_marker\nb.pdf,也许\n", encoding="utf-8")
    entry = read_manifest(tmp_path / "normdocs-manifest.csv")["b.pdf"]
    record = prepare(InputFile(str(pdf), "b.pdf"), entry, TODAY)
    stage, reasons = quarantine_reasons(record, [])
    assert stage == "manifest" and "不在可选值" in reasons[0]


def test_manifest_may_make_stricter_but_a_laxer_marker_is_a_conflict_for_review(tmp_path):
    withheld = write_case(Case("withhold_fw", "top", "txt", marker=False), tmp_path)
    lax = prepare(InputFile(str(withheld), withheld.name), {"disclosure_marker": "主动公开"}, TODAY)
    d = lax.disclosure
    assert (d.attribute, d.needs_review, d.conflict) == ("待审", True, True)
    assert quarantine_reasons(lax, []) is None  # loaded for a reviewer, not published
    public = make_pdf(tmp_path / "p.pdf")
    strict = prepare(InputFile(str(public), "p.pdf"), {"disclosure_marker": "不予公开"}, TODAY)
    assert (strict.disclosure.attribute, strict.disclosure.conflict) == ("不予公开", False)


def test_personal_conflict_loads_for_review_and_a_secret_stays_out(tmp_path):
    personal = write_case(Case("id_dashes", "mid", "txt", marker=True), tmp_path)
    record = prepare(InputFile(str(personal), personal.name), None, TODAY)
    assert record.disclosure.conflict and record.disclosure.attribute == "待审"
    assert quarantine_reasons(record, []) is None
    secret = write_case(Case("secret_star", "top", "txt", marker=True), tmp_path)
    stage, reasons = quarantine_reasons(prepare(InputFile(str(secret), secret.name), None, TODAY), [])
    assert stage == "review" and "机密★1年" in reasons[0]


def test_the_generator_is_importable_from_benchmarks():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import adversarial_gen

    assert callable(adversarial_gen.run)


def test_every_mark_word_holds_a_trigger_character():
    raw = yaml.safe_load(RULES.read_text(encoding="utf-8"))
    triggers = set(raw["triggers"])
    for piece in ("level", "withhold", "on_request", "internal_word", "internal_strong"):
        for word in raw["pieces"][piece]:
            assert triggers & set(word), (piece, word)
