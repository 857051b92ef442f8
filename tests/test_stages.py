"""Ingest stages as plain functions: manifest, published date, identity, validity, quarantine rules."""

import datetime as dt

import pytest
from pydantic import ValidationError

from normdocs.intake.manifest import ManifestError, entry_hash, read_manifest
from normdocs.pipeline.stages import (
    InputFile, discover, library_item, prepare, quarantine_reasons, report_row, validation_row,
)
from normdocs.schemas.library import LibraryItem
from normdocs.schemas.record import Metadata
from normdocs.schemas.validation import ValidationRow
from normdocs.enrichment.provenance import identity, load_provenance_rules, published_date
from normdocs.enrichment.validity import assess_validity
from tests.make_docs import make_pdf

TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gbk"])
def test_manifest_csv_as_excel_writes_it(tmp_path, encoding):
    path = tmp_path / "normdocs-manifest.csv"
    path.write_bytes("path,published_date,validity\r\nsub\\通知.pdf,2023-08-01,有效\r\n".encode(encoding))
    assert read_manifest(path) == {"sub/通知.pdf": {"published_date": "2023-08-01", "validity": "有效"}}


def test_manifest_row_without_path_is_a_clear_error(tmp_path):
    path = tmp_path / "normdocs-manifest.csv"
    path.write_text("path,published_date\n,2023-08-01\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="第 2 行缺少 path"):
        read_manifest(path)


def test_manifest_is_never_taken_for_a_document(tmp_path):
    make_pdf(tmp_path / "a.pdf")
    (tmp_path / "normdocs-manifest.csv").write_text("path,published_date\na.pdf,2023-08-01\n", encoding="utf-8")
    files, manifest = discover(tmp_path)
    assert [f.rel for f in files] == ["a.pdf"]
    assert manifest["a.pdf"]["published_date"] == "2023-08-01"


def test_published_date_sources_in_order_and_a_reupload_is_not_trusted():
    md = Metadata(signed_date="2016-10-06", printed_date="2016-10-08")
    assert published_date(md, {}, {"published_date": "2016-10-09"}).source == "manifest"
    site = published_date(md, {"发布日期": "2016年10月12日"}, None)
    assert (site.value, site.source, site.derived) == ("2016-10-12", "site", False)
    reupload = published_date(md, {"发布日期": "2018年12月02日"}, None)
    assert (reupload.value, reupload.source, reupload.derived) == ("2016-10-08", "printed", True)
    assert "旧文重传" in reupload.flags[0]
    assert published_date(Metadata(signed_date="2016-10-06"), {}, None).source == "signed"
    manifest_only = load_provenance_rules().model_copy(update={"manifest_only": True})
    assert published_date(md, {}, None, manifest_only).value is None
    patient = load_provenance_rules().model_copy(update={"reupload_years": 3})  # 2016 → 2018 now counts
    assert published_date(md, {"发布日期": "2018年12月02日"}, None, patient).source == "site"


def test_identity_is_issuer_and_number_else_issuer_title_and_date():
    # known bodies by the authority's id (stable across renames), others by name
    assert identity(Metadata(issuer="国务院", doc_number="国发〔2018〕44号", title="x")) == "state-council|国发〔2018〕44号"
    assert identity(Metadata(issuer="某局", title="关于某事的函", signed_date="2023-01-01")) == \
        "name:某局|关于某事的函|2023-01-01"


def test_stated_period_governs_validity():
    five_years = assess_validity(
        Metadata(title="关于印发《苏州市住宅专项维修资金管理办法》的通知", signed_date="2021-08-30"),
        "本办法自2021年10月1日起施行，有效期5年。", TODAY)
    assert (five_years.normative, five_years.issued_title) == (True, "苏州市住宅专项维修资金管理办法")
    assert (five_years.valid_until, five_years.validity) == ("2026-09-30", "已失效")
    until = assess_validity(Metadata(title="关于印发《某市停车管理办法》的通知", signed_date="2024-01-01"),
                            "本办法有效期至2028年12月31日。", TODAY)
    assert (until.valid_until, until.validity) == ("2028-12-31", "有效")
    provisional = assess_validity(Metadata(title="关于印发《某市临时救助暂行办法》的通知", signed_date="2023-03-01"), "", TODAY)
    assert provisional.validity == "已失效"  # 暂行 with no stated period: the configured cap (2 years)


def test_abolition_decision_lists_its_targets_with_numbers():
    info = assess_validity(
        Metadata(title="聊城市人民政府关于废止《聊城市城市供水管理办法》等3件规范性文件的决定", signed_date="2024-01-05"),
        "决定废止《聊城市城市供水管理办法》（聊政发〔2015〕12号）、《聊城市城市节约用水规定》（聊政发[2016]3号）。", TODAY)
    assert [(x.kind, x.title, x.doc_number) for x in info.links] == [
        ("已废止", "聊城市城市供水管理办法", "聊政发〔2015〕12号"), ("已废止", "聊城市城市节约用水规定", "聊政发〔2016〕3号")]


def test_prepare_applies_manifest_overrides_and_dates(tmp_path):
    pdf = make_pdf(tmp_path / "n.pdf")
    entry = {"published_date": "2023-07-28", "validity": "有效"}
    record = prepare(InputFile(str(pdf), "n.pdf"), entry, TODAY)
    assert record.status == "ok"
    assert record.provenance.published_date == "2023-07-28"
    assert record.provenance.manifest_hash == entry_hash(entry)
    assert record.disclosure.attribute == "主动公开"
    row = validation_row(record, "0")
    assert row.has_body is True and "body" not in ValidationRow.model_fields
    assert quarantine_reasons(record, []) is None
    assert quarantine_reasons(record, ["缺少发布日期。"]) == ("validate", ["缺少发布日期。"])


def test_the_stages_rows_and_the_library_item_carry_the_record_fields_by_name(tmp_path):
    pdf = make_pdf(tmp_path / "n.pdf")
    record = prepare(InputFile(str(pdf), "n.pdf"), {"published_date": "2023-07-28"}, TODAY)
    md, prov, decision = record.metadata, record.provenance, record.disclosure
    row = validation_row(record, "7")
    assert row.model_dump() == {
        "row_id": "7", "doc_type": md.doc_type, "title": md.title, "doc_number": md.doc_number,
        "issuer": md.issuer, "signed_date": md.signed_date, "printed_date": md.printed_date,
        "published_date": "2023-07-28", "validity": record.validity.validity, "attribute": decision.attribute,
        "classification": None, "has_body": True, "identity": prov.identity, "content_hash": record.sha256}
    report = report_row(record, "loaded", doc_id=3)
    assert (report.title, report.doc_number, report.issuer, report.signed_date) == \
        (md.title, md.doc_number, md.issuer, md.signed_date)
    assert (report.published_date, report.published_date_source, report.flags) == \
        ("2023-07-28", "manifest", prov.flags)
    assert (report.attribute, report.proposed, report.needs_review, report.reasons) == \
        (decision.attribute, decision.proposed, decision.needs_review, decision.reasons)
    item = library_item(record)
    stored = item.metadata.stored()
    assert stored["published_date"] == "2023-07-28" and "body" not in stored and "topic" in stored
    assert item.body == md.body and item.validity == record.validity.validity
    assert item.disclosure == decision and item.attribute_on_load() == decision.attribute
    assert item.under_rules("abc").disclosure.rules_version == f"{decision.rules_version}+abc"
    with pytest.raises(ValidationError):  # the library's contract is closed: a misspelt key is refused
        LibraryItem.model_validate({**item.model_dump(), "validty": "有效"})


def test_the_published_date_sources_of_provenance_yaml_decide_where_the_date_comes_from(tmp_path):
    pdf = make_pdf(tmp_path / "n.pdf")
    file, entry = InputFile(str(pdf), "n.pdf"), {"published_date": "2023-07-28"}
    assert prepare(file, entry, TODAY).provenance.published_date_source == "manifest"
    packaged = load_provenance_rules()
    signed_first = packaged.model_copy(update={"published_date_sources": ["signed", "manifest"]})
    record = prepare(file, entry, TODAY, provenance_rules=signed_first)
    assert record.provenance.published_date_source == "signed"
    assert record.provenance.published_date == record.metadata.signed_date
    manifest_only = packaged.model_copy(update={"manifest_only": True})
    assert prepare(file, None, TODAY, provenance_rules=manifest_only).provenance.published_date is None


def test_unreadable_file_is_quarantined_at_extraction(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    record = prepare(InputFile(str(path), "broken.pdf"), None, TODAY)
    stage, reasons = quarantine_reasons(record, [])
    assert stage == "extract" and "损坏" in reasons[0]
