"""validate_batch: real Great Expectations runs (no mocks) on small batches.

One file Data Context per module (the `gx_root` fixture): the first run pays GX's import and
the context's scaffolding, later runs about 0.3-0.6 s each.
"""

from __future__ import annotations

import datetime as dt
import os

import pytest

from normdocs.pipeline.stages import validation_row
from normdocs.schemas.determination import Decision
from normdocs.schemas.library import StoredIdentity
from normdocs.schemas.provenance import Provenance, Validity
from normdocs.schemas.record import Metadata, Record
from normdocs.schemas.validation import ValidationRow
from normdocs.validation.expectations import (
    BatchValidation,
    ValidationConfig,
    load_config,
    validate_batch,
)

TODAY = dt.date(2026, 11, 25)
BODY_SENTINEL = "正文哨兵ZQXJ-7731-不得外泄"
ID_LIKE = "110101199003074258"  # shaped like a resident ID number


def fields(row_id: str) -> dict:
    return dict(
        doc_type="通知", title=f"关于印发某某管理办法的通知{row_id}", doc_number=f"某政规〔2023〕{len(row_id)}号",
        issuer="某市人民政府", signed_date="2023-05-01", printed_date="2023-05-02", published_date="2023-05-03",
    )


def entry(row_id: str, **overrides) -> ValidationRow:
    row = dict(row_id=row_id, **fields(row_id), validity="有效", attribute="主动公开", classification=None,
               has_body=True, identity=f"identity-{row_id}", content_hash=f"hash-{row_id}")
    return ValidationRow(**{**row, **overrides})


def reviewed(row_id: str, body: str | None) -> ValidationRow:
    """The row the pipeline builds from a reviewed record with this body."""
    md = fields(row_id)
    record = Record(
        file=f"/in/{row_id}.pdf", sha256=f"hash-{row_id}", metadata=Metadata(**md, body=body),
        provenance=Provenance(identity=f"identity-{row_id}", published_date=md["published_date"]),
        validity=Validity(validity="有效"),
        disclosure=Decision(proposed="主动公开", attribute="主动公开", source="rules", needs_review=False,
                            rules_version="test"))
    return validation_row(record, row_id)


@pytest.fixture(scope="module")
def gx_root(tmp_path_factory):
    return tmp_path_factory.mktemp("gx") / "gx"


def run(gx_root, rows, **kw) -> BatchValidation:
    kw.setdefault("today", TODAY)
    return validate_batch(rows, gx_root=gx_root, **kw)


def messages(result: BatchValidation, row_id: str) -> str:
    return "\n".join(result.messages(row_id))


def test_good_batch_passes_and_writes_data_docs(gx_root):
    result = run(gx_root, [entry("a"), entry("b", classification="秘密", attribute="不予公开")])
    assert result.success, result.failures
    assert result.failures == {}
    assert result.row_count == 2
    assert result.data_docs is not None and result.data_docs.name == "index.html"
    assert result.data_docs.is_file()
    assert gx_root in result.data_docs.parents
    assert os.environ["GX_ANALYTICS_ENABLED"] == "false"


def test_each_missing_required_field_is_reported_on_its_row(gx_root):
    required = ["title", "doc_number", "issuer", "signed_date", "published_date", "validity", "attribute"]
    rows = [entry(f"miss-{f}", **{f: None}) for f in required]
    rows.append(entry("miss-body", has_body=False))
    rows.append(entry("blank-issuer", issuer="   "))  # blank counts as missing
    rows.append(entry("ok"))
    result = run(gx_root, rows)
    assert not result.success
    assert "ok" not in result.failures
    for f in required:
        failures = result.failures[f"miss-{f}"]
        assert [x.field for x in failures] == [f], failures
        assert failures[0].expectation == "expect_column_values_to_not_be_null"
    assert messages(result, "miss-published_date") == (
        "缺少发布日期（published_date）：请在清单 normdocs-manifest.csv 中为该文件填写 published_date 列。")
    assert "缺少文号（doc_number）" in messages(result, "miss-doc_number")
    assert "缺少标题（title）" in messages(result, "miss-title")
    body = result.failures["miss-body"]
    assert [(x.field, x.expectation) for x in body] == [("body", "expect_column_values_to_be_in_set")]
    assert "缺少正文" in body[0].message
    assert [x.field for x in result.failures["blank-issuer"]] == ["issuer"]


def test_announcement_letter_and_notice_may_lack_a_number(gx_root):
    rows = [entry("gg", doc_type="公告", doc_number=None), entry("tg", doc_type="通告", doc_number=None),
            entry("han", doc_type="函", doc_number=None), entry("tz", doc_type="通知", doc_number=None),
            entry("untyped", doc_type=None, doc_number=None)]
    result = run(gx_root, rows)
    assert set(result.failures) == {"tz", "untyped"}
    assert "缺少文号（doc_number）" in messages(result, "tz")


def test_exceptions_come_from_config(gx_root):
    config = load_config()
    assert config.exempt_doc_types("doc_number") == sorted(["公告", "通告", "函"])
    strict = config.model_copy(update={"exceptions": {}})
    result = run(gx_root, [entry("gg", doc_type="公告", doc_number=None)], config=strict)
    assert [f.field for f in result.failures["gg"]] == ["doc_number"]


def test_document_number_form_and_year(gx_root):
    rows = [entry("ascii", doc_number="某政规[2023]5号"), entry("noyear", doc_number="某政规5号"),
            entry("old", doc_number="某政规〔1900〕5号", ), entry("ahead", doc_number="某政规〔2030〕5号"),
            entry("thisyear", doc_number="某政规〔2026〕12号", signed_date="2026-01-05",
                  printed_date="2026-01-06", published_date="2026-01-07")]
    result = run(gx_root, rows)
    for row_id in ("ascii", "noyear"):
        failures = result.failures[row_id]
        assert [(f.field, f.expectation) for f in failures] == [("doc_number", "expect_column_values_to_match_regex")]
        assert failures[0].message.startswith("文号格式不符：应为“机关代字〔年份〕序号号”")
    for row_id, year in (("old", 1900), ("ahead", 2030)):
        failures = result.failures[row_id]
        assert [(f.field, f.expectation) for f in failures] == [("doc_number", "expect_column_values_to_be_between")]
        assert f"文号年份 {year} 不合理" in failures[0].message
    assert "thisyear" not in result.failures


def test_order_number_of_a_ling_is_a_valid_number(gx_root):
    rows = [entry("order", doc_type="令", doc_number="厦门市人民政府令第198号"),
            entry("bare", doc_type="令", doc_number="第198号")]
    result = run(gx_root, rows)
    assert "order" not in result.failures
    assert [f.field for f in result.failures["bare"]] == ["doc_number"]


def test_future_date_fails_and_passes_once_the_day_comes(gx_root):
    row = entry("future", published_date="2026-12-01")
    result = run(gx_root, [row])
    failures = result.failures["future"]
    assert [(f.field, f.expectation) for f in failures] == [("published_date", "expect_column_values_to_be_between")]
    assert "晚于今天（2026-11-25）" in failures[0].message
    assert run(gx_root, [row], today=dt.date(2026, 12, 1)).success


def test_invalid_iso_dates(gx_root):
    rows = [entry("feb30", signed_date="2023-02-30"), entry("slashes", printed_date="2023/05/02"),
            entry("chinese", published_date="2023年5月3日")]
    result = run(gx_root, rows)
    assert [(f.field, f.expectation) for f in result.failures["feb30"]] == [
        ("signed_date", "expect_column_values_to_match_strftime_format")]
    assert "成文日期（signed_date）“2023-02-30”不是有效日期" in messages(result, "feb30")
    assert [f.field for f in result.failures["slashes"]] == ["printed_date"]
    assert [f.field for f in result.failures["chinese"]] == ["published_date"]


def test_date_order(gx_root):
    rows = [entry("late-signed", signed_date="2023-06-01", printed_date=None, published_date="2023-05-03"),
            entry("late-printed", printed_date="2023-05-10"),
            entry("same-day", signed_date="2023-05-03", printed_date="2023-05-03", published_date="2023-05-03")]
    result = run(gx_root, rows)
    late = result.failures["late-signed"]
    assert [f.expectation for f in late] == ["expect_column_pair_values_a_to_be_greater_than_b"]
    assert late[0].message.startswith("成文日期晚于发布日期")
    printed = messages(result, "late-printed")
    assert "印发日期晚于发布日期" in printed and "成文日期" not in printed
    assert "same-day" not in result.failures


def test_enumerations(gx_root):
    rows = [entry("v", validity="失效"), entry("a", attribute="公开"), entry("c", classification="内部"),
            entry("ok", validity="已废止", attribute="待审", classification="绝密")]
    result = run(gx_root, rows)
    assert [f.field for f in result.failures["v"]] == ["validity"]
    assert "有效性（validity）取值“失效”无效：应为 有效、已修改、已废止、已失效 之一" in messages(result, "v")
    assert [f.field for f in result.failures["a"]] == ["attribute"]
    assert [f.field for f in result.failures["c"]] == ["classification"]
    assert all(f.expectation == "expect_column_values_to_be_in_set" for f in result.failures["c"])
    assert "ok" not in result.failures


def test_duplicate_identity_in_batch(gx_root):
    rows = [entry("one", identity="same"), entry("two", identity="same"), entry("three")]
    result = run(gx_root, rows)
    assert set(result.failures) == {"one", "two"}
    for row_id in ("one", "two"):
        failures = result.failures[row_id]
        assert [(f.field, f.expectation) for f in failures] == [("identity", "expect_column_values_to_be_unique")]
        assert "标识相同" in failures[0].message


def test_library_clash_versus_new_version(gx_root):
    clash, version, same = entry("clash"), entry("version"), entry("same")
    library = {
        clash.identity: StoredIdentity(title="关于另一件事的通知", content_hash="x"),
        version.identity: StoredIdentity(title=version.title, content_hash="older-hash"),
        same.identity: StoredIdentity(title=same.title, content_hash=same.content_hash),
    }
    result = run(gx_root, [clash, version, same, entry("fresh")], library=library)
    assert set(result.failures) == {"clash"}
    failure = result.failures["clash"][0]
    assert (failure.field, failure.expectation) == ("identity", "expect_column_pair_values_to_be_equal")
    assert "关于另一件事的通知" in failure.message
    assert result.new_versions == ["version"]


def test_bodies_and_extra_columns_never_reach_gx(gx_root):
    with pytest.raises(ValueError):  # a row has no place for a body or any other column
        ValidationRow(**entry("x").model_dump(), body=BODY_SENTINEL)
    # the body's presence is derived from the record, the text is dropped
    with_body = reviewed("with-body", f"第一条 {BODY_SENTINEL} 联系人身份证号{ID_LIKE}。")
    empty_body = reviewed("empty-body", "")
    result = run(gx_root, [with_body, empty_body, entry("flag-only", has_body=False)])
    assert "with-body" not in result.failures
    for row_id in ("empty-body", "flag-only"):
        assert [(f.field, f.expectation) for f in result.failures[row_id]] == [
            ("body", "expect_column_values_to_be_in_set")]
    written = [p for p in gx_root.rglob("*") if p.is_file()]
    assert any(p.suffix == ".json" and "validations" in p.parts for p in written)
    assert any(p.suffix == ".html" for p in written)
    for path in written:
        data = path.read_bytes()
        for needle in (BODY_SENTINEL, ID_LIKE, "第一条"):
            assert needle.encode("utf-8") not in data, path
    suite = (gx_root / "expectations" / "normdocs_library_entry.json").read_text(encoding="utf-8")
    assert '"has_body"' in suite and '"body"' not in suite.replace('"field": "body"', "")


def test_config_loads_policy_options():
    config = load_config()
    assert isinstance(config, ValidationConfig)
    assert config.min_year == 1949 and config.thresholds.mostly == 1.0
    assert "body" in config.required_fields and "title" in config.required_fields
    from zoneinfo import ZoneInfo
    assert config.today() in {(dt.datetime.now(ZoneInfo("Asia/Shanghai")) + dt.timedelta(seconds=s)).date()
                              for s in (-1, 0)}
    with pytest.raises(ValueError):
        ValidationConfig.model_validate({**config.model_dump(), "required_fields": ["nonsense"]})


def test_empty_batch_and_bad_row_ids(gx_root):
    assert validate_batch([], gx_root=gx_root, today=TODAY).success
    with pytest.raises(ValueError):
        run(gx_root, [entry("dup"), entry("dup")])
    with pytest.raises(ValueError):
        run(gx_root, [entry("")])


def test_suite_rewritten_under_the_same_root_by_another_process(gx_root):
    from normdocs.validation import expectations as ex

    row = entry("gg", doc_type="公告", doc_number=None)
    assert run(gx_root, [row]).success  # cached checkpoint for the default config
    strict = load_config().model_copy(update={"exceptions": {}})
    other = ex._context(gx_root)  # as another process would: its own context, same files
    ex._checkpoint(other, ex._build_expectations(strict, TODAY))
    assert run(gx_root, [row]).success  # stale suite detected, rebuilt from this config
    assert not run(gx_root, [row], config=strict).success
