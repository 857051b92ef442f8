"""Bad input gets an error record with a code from the closed list, and the batch goes on."""

import os

from reportlab.lib.pdfencrypt import StandardEncryption

from normdocs.extractors import extract_file
from normdocs.schemas.record import ErrorCode
from tests.make_docs import make_docx, make_pdf


def _code(path):
    record = extract_file(path)
    assert record.status == "error", record
    assert record.error.message  # a message staff can read
    return record.error.code


def test_truncated_pdf_is_corrupt(tmp_path):
    good = make_pdf(tmp_path / "good.pdf")
    bad = tmp_path / "truncated.pdf"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    assert _code(bad) == ErrorCode.corrupt_file


def test_pdf_with_a_user_password_is_encrypted(tmp_path):
    path = make_pdf(tmp_path / "locked.pdf", encrypt=StandardEncryption("secret", ownerPassword="owner"))
    assert _code(path) == ErrorCode.encrypted


def test_pdf_with_only_an_owner_password_reads(tmp_path):
    path = make_pdf(tmp_path / "owner.pdf", encrypt=StandardEncryption("", ownerPassword="owner", canPrint=0))
    record = extract_file(path)
    assert record.status == "ok"
    assert record.metadata.doc_number == "聊政办发〔2023〕9号"


def test_png_named_pdf_is_unsupported(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    record = extract_file(path)
    assert record.format == "image"
    assert record.error.code == ErrorCode.unsupported_format


def test_zero_byte_file_is_empty(tmp_path):
    path = tmp_path / "zero.pdf"
    path.write_bytes(b"")
    assert _code(path) == ErrorCode.empty_file


def test_docx_without_text_is_empty(tmp_path):
    assert _code(make_docx(tmp_path / "empty.docx", [])) == ErrorCode.empty_file


def test_pdf_without_text_is_no_text_layer(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(50, 50, 300, 500, fill=1)
    c.showPage()
    c.save()
    assert _code(path) == ErrorCode.no_text_layer


def test_directory_and_dangling_link_are_unreadable(tmp_path):
    (tmp_path / "folder.pdf").mkdir()
    os.symlink(tmp_path / "missing.pdf", tmp_path / "link.pdf")
    assert _code(tmp_path / "folder.pdf") == ErrorCode.unreadable
    assert _code(tmp_path / "link.pdf") == ErrorCode.unreadable


def test_file_gone_before_reading_is_vanished(tmp_path):
    path = make_pdf(tmp_path / "gone.pdf")
    path.unlink()
    assert _code(path) == ErrorCode.vanished
