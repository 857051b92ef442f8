"""Bad input gets an error record with a code from the closed list, and the batch goes on."""

import os
import re

import pytest
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


def test_png_named_pdf_tells_staff_in_chinese(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    assert extract_file(path).error.message == "文件头是图片，但不是可识别的图片格式。"


def test_truncated_png_is_corrupt_with_a_chinese_reason(tmp_path):
    from PIL import Image

    whole = tmp_path / "whole.png"
    Image.effect_noise((400, 400), 80).convert("RGB").save(whole)  # noise: the data does not compress away
    path = tmp_path / "cut.png"
    path.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    record = extract_file(path)
    if record.status == "error" and record.error.code == ErrorCode.no_text_layer:
        pytest.skip("OCR is off: the image is refused before it is decoded")
    assert record.error.code == ErrorCode.corrupt_file
    assert record.error.message.startswith("图片文件已损坏：")
    assert not re.search("[A-Za-z]", record.error.message)  # Pillow's English reason stays in the developer log


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


# -- hostile input, each document in its sandbox (see extractors/sandbox.py) --------------------

def _replace_member(path, name: str, data: bytes) -> None:
    """Rewrite one member of a zip (a DOCX) in place."""
    import zipfile

    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    members[name] = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for member, content in members.items():
            zf.writestr(member, content)


def _prepare(paths, tmp_path, workers=1):
    import datetime as dt

    from normdocs.flows import ingest

    plan = ingest.plan_run(tmp_path, None, None)
    wanted = {str(p) for p in paths}
    todo = [p for p in plan.todo if p.file.path in wanted]
    return {os.path.basename(r.file): r for r in ingest.prepare_batch(todo, dt.date(2026, 1, 1), workers)}


def test_docx_with_invalid_xml_is_corrupt_and_the_batch_goes_on(tmp_path):
    bad = make_docx(tmp_path / "broken.docx", ["聊城市人民政府办公室", "关于印发某办法的通知"])
    _replace_member(bad, "word/document.xml", b"<w:document xmlns:w='x'><w:body><w:p></w:body>")
    good = make_pdf(tmp_path / "good.pdf")
    records = _prepare([bad, good], tmp_path)
    assert records["broken.docx"].status == "error"
    assert records["broken.docx"].error.code == ErrorCode.corrupt_file
    assert "损坏" in records["broken.docx"].error.message
    assert records["good.pdf"].status == "ok"


def test_zip_bomb_docx_is_too_large_without_inflating(tmp_path):
    import zipfile

    path = make_docx(tmp_path / "bomb.docx", ["正文"])
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("word/media/filler.bin", "w", force_zip64=True) as member:
            block = b"\0" * (1 << 20)
            for _ in range(600):  # 600 MB inflated, about 600 KB on disk
                member.write(block)
    assert path.stat().st_size < 5 * 2**20
    record = extract_file(path)
    assert record.error.code == ErrorCode.too_large
    assert "解压" in record.error.message


def _png_header_only(path, width: int, height: int) -> None:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit grey
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 1024))
                     + chunk(b"IEND", b""))


def test_image_decompression_bomb_is_too_large_not_no_text_layer(tmp_path):
    path = tmp_path / "bomb.png"
    _png_header_only(path, 40_000, 40_000)  # 1.6 gigapixels declared in 100 bytes
    records = _prepare([path], tmp_path)
    record = records["bomb.png"]
    assert record.status == "error" and record.error.code == ErrorCode.too_large
    assert "像素" in record.error.message and "1600 百万像素" in record.error.message
    assert not re.search("[A-Za-z]", record.error.message)  # staff read it in Chinese


def _pdf_with_one_picture(path, width: int, height: int) -> None:
    """A one-page PDF whose only content is a 1-bit picture of width × height of compressed zeros."""
    import zlib

    packer = zlib.compressobj(9)
    row = b"\0" * (width // 8)
    data = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 1 "
        b"/Filter /FlateDecode /Length %d >>\nstream\n" % (width, height, len(data)) + data + b"\nendstream",
        b"<< /Length 31 >>\nstream\nq 595 0 0 842 0 0 cm /Im0 Do Q\nendstream",
    ]
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))


def test_a_pdf_page_whose_picture_is_a_decompression_bomb_is_too_large_not_ocred(tmp_path, monkeypatch):
    monkeypatch.setenv("NORMDOCS_OCR", "1")
    path = tmp_path / "scan.pdf"
    _pdf_with_one_picture(path, 24_000, 24_000)  # 576 megapixels in about 100 KB
    assert path.stat().st_size < 2**20
    record = extract_file(path)
    assert record.error.code == ErrorCode.too_large, record.error
    assert "第 1 页" in record.error.message and "576 百万像素" in record.error.message


def test_a_fifo_a_device_link_and_links_outside_are_never_opened(tmp_path):
    """Quarantined with a reason code, without blocking: opening a FIFO or /dev/zero would hang."""
    source = tmp_path / "in"
    source.mkdir()
    os.mkfifo(source / "pipe.pdf")
    os.symlink("/dev/zero", source / "zero.pdf")
    os.symlink("/etc/passwd", source / "passwd.txt")
    make_pdf(source / "good.pdf")
    os.symlink(source / "good.pdf", source / "alias.pdf")  # a link inside the folder is read
    records = _prepare([source / n for n in ("pipe.pdf", "zero.pdf", "passwd.txt", "good.pdf", "alias.pdf")], source)
    assert records["pipe.pdf"].error.code == ErrorCode.special_file
    assert records["zero.pdf"].error.code == ErrorCode.outside_source
    assert records["passwd.txt"].error.code == ErrorCode.outside_source
    assert all(records[n].metadata.body is None for n in ("pipe.pdf", "zero.pdf", "passwd.txt"))
    assert records["good.pdf"].status == "ok" and records["alias.pdf"].status == "ok"
    assert extract_file(source / "pipe.pdf").error.code == ErrorCode.special_file  # inspect too


def test_hidden_files_are_counted_as_ignored_with_their_reason(tmp_path):
    from normdocs.flows import ingest

    make_pdf(tmp_path / "good.pdf")
    (tmp_path / ".DS_Store").write_bytes(b"\0\1")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("x")
    os.symlink(tmp_path / ".git", tmp_path / "linked")
    plan = ingest.plan_run(tmp_path, None, None)
    assert [p.file.rel for p in plan.todo] == ["good.pdf"]
    reasons = {f.rel: f.reason for f in plan.ignored}
    assert set(reasons) == {".DS_Store", ".git/config", "linked"}
    assert "隐藏" in reasons[".DS_Store"] and "链接" in reasons["linked"]
    rows = ingest.ignored_rows(plan.ignored)
    from normdocs.schemas.report import Totals

    totals = Totals.from_rows(rows)
    assert (totals.inputs, totals.ignored) == (3, 3)


def test_refused_files_are_quarantined_once_not_at_every_run(tmp_path):
    import datetime as dt

    from normdocs.flows import ingest
    from normdocs.library.store import Library

    source = tmp_path / "in"
    source.mkdir()
    os.mkfifo(source / "pipe.pdf")
    os.symlink("/etc/passwd", source / "passwd.txt")
    os.symlink(source / "missing.pdf", source / "dangling.pdf")
    library = Library(f"sqlite:///{tmp_path / 'lib.db'}")
    library.upgrade()
    for run in ("r1", "r2"):
        library.start_run(run, str(source))
        library.note_run_rules(run, "rules")
        plan = ingest.plan_run(source, None, library, "rules")
        records = ingest.prepare_batch(plan.todo, dt.date(2026, 1, 1))
        ingest.load_or_quarantine(records, {}, library, run, "rules")
        if run == "r1":
            assert len(plan.todo) == 3
        else:
            assert (len(plan.todo), len(plan.skipped)) == (0, 3)
    assert len(library.quarantined()) == 3


def _long_docx(path, paragraphs: int) -> None:
    """A DOCX of many short paragraphs, written directly (python-docx takes minutes for this)."""
    from xml.sax.saxutils import escape

    head = ["聊城市人民政府办公室文件", "聊政办发〔2023〕9号", "聊城市人民政府办公室", "关于印发统计资料汇编的通知",
            "各县（市、区）人民政府：", "现将汇编印发给你们，请认真贯彻执行。"]
    tail = ["聊城市人民政府办公室", "2023年7月25日", "（此件公开发布）", "聊城市人民政府办公室 2023年7月26日印发"]
    body = [f"第{i}项 数据记录。" for i in range(paragraphs - len(head) - len(tail))]
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    xml = "".join(f"<w:p><w:r><w:t>{escape(t)}</w:t></w:r></w:p>" for t in head + body + tail)
    make_docx(path, ["x"])
    _replace_member(path, "word/document.xml",
                    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {ns}><w:body>{xml}'
                    "</w:body></w:document>".encode())


@pytest.mark.slow
def test_a_docx_of_100000_paragraphs_is_read_as_a_long_document(tmp_path):
    # 1.4 million characters: past spaCy's max_length (E088), the limit the 500,000-paragraph file hit
    path = tmp_path / "long.docx"
    _long_docx(path, 100_000)
    record = _prepare([path], tmp_path)["long.docx"]
    assert record.status == "ok", record.error
    assert record.metadata.doc_number == "聊政办发〔2023〕9号"  # from the cover
    assert record.metadata.printed_date == "2023-07-26"  # from the imprint
    assert len(record.metadata.body) > 1_000_000  # the whole text is kept and checked


@pytest.mark.slow
def test_an_html_of_50_mb_is_read_or_refused_never_fatal(tmp_path):
    path = tmp_path / "big.html"
    row = "<tr><td class=\"c\" style=\"padding:2px\">第{}项 数据记录。</td></tr>\n"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("<html><head><title>关于印发统计资料汇编的通知</title></head><body><h1>关于印发统计资料汇编的通知</h1>"
                 "<p>聊政办发〔2023〕9号</p><table>")
        i = 0
        while fh.tell() < 50 * 2**20:
            fh.write("".join(row.format(i + k) for k in range(1000)))
            i += 1000
        fh.write("</table><p>聊城市人民政府办公室</p><p>2023年7月25日</p></body></html>")
    good = make_pdf(tmp_path / "good.pdf")
    records = _prepare([path, good], tmp_path)
    big = records["big.html"]
    # refused by its size before anything parses it (a 500-page document is a few MB)
    assert big.error.code == ErrorCode.too_large and "50.0 MB" in big.error.message, big.error
    assert records["good.pdf"].status == "ok"
