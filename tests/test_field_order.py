"""The read models' field order is output: the export's and the column's CSV columns, the keys of
`list --json` and documents.json. Pinned so that a shared base class cannot reorder them."""

from __future__ import annotations

from normdocs.publish.site import CSV_FIELDS
from normdocs.schemas.library import DocumentSummary, ExportedDocument
from normdocs.schemas.publish import PublicPage, PublicRecord

HEADING = ["id", "title", "doc_number", "issuer", "doc_type", "signed_date", "published_date"]


def test_document_summary_order():
    assert list(DocumentSummary.model_fields) == [
        "id", "identity", *HEADING[1:], "validity", "valid_until", "normative", "issued_title",
        "attribute", "withdrawn"]


def test_exported_document_order():
    assert list(ExportedDocument.model_fields) == [
        *HEADING, "validity", "valid_until", "attribute", "normative", "withdrawn", "version", "body"]


def test_public_page_and_record_order():
    assert list(PublicPage.model_fields) == [
        *HEADING, "year", "validity", "valid_until", "topic", "subtopic", "attachments", "changes", "paragraphs"]
    assert CSV_FIELDS == list(PublicRecord.model_fields) == [
        *HEADING, "validity", "validity_date", "validity_by", "topic", "subtopic", "attachments", "url"]
