"""Legacy Word .doc / WPS .wps through LibreOffice, and what happens without it."""

import shutil
import stat
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from normdocs.extractors import extract_file, legacy_word
from normdocs.extractors.legacy_word import read_legacy_word
from normdocs.schemas.record import ErrorCode, ExtractionError
from tests.conftest import SAMPLES

needs_soffice = pytest.mark.skipif(
    legacy_word.find_soffice() is None,
    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui",
)
DOC = SAMPLES / "reply_xining.doc"


def _check_xining(record):
    assert record.status == "ok", record.error
    assert record.format == "doc"
    md = record.metadata
    assert md.title == "西宁市人民政府关于同意城北区调整部分街道行政区划的批复"
    assert md.doc_number == "宁政复〔2019〕33号"
    assert md.issuer == "西宁市人民政府"
    assert md.signed_date == "2019-08-26"
    assert md.recipients == ["城北区人民政府"]
    assert md.cc == ["市民政局", "市自然资源和规划局"]


@needs_soffice
def test_doc_sample_reads_its_elements():
    _check_xining(extract_file(DOC))


@needs_soffice
def test_wps_named_file_reads_the_same(tmp_path):
    # Kingsoft WPS Writer's .wps is an OLE2 Word document: detected as "doc", same reader.
    wps = tmp_path / "批复.wps"
    shutil.copyfile(DOC, wps)
    _check_xining(extract_file(wps))


@needs_soffice
def test_parallel_conversions_do_not_lock_each_other_out(tmp_path):
    copies = []
    for i in range(3):
        copies.append(tmp_path / f"copy{i}.doc")
        shutil.copyfile(DOC, copies[-1])
    with ThreadPoolExecutor(max_workers=3) as pool:
        records = list(pool.map(extract_file, copies))
    for record in records:
        _check_xining(record)


@needs_soffice
def test_corrupt_doc_is_corrupt_file(tmp_path):
    bad = tmp_path / "broken.doc"
    bad.write_bytes(DOC.read_bytes()[:1536])  # the OLE2 header survives, the streams do not
    record = extract_file(bad)
    assert record.format == "doc"
    assert record.status == "error"
    assert record.error.code == ErrorCode.corrupt_file


def test_without_libreoffice_the_error_says_so(monkeypatch):
    monkeypatch.setattr(legacy_word, "find_soffice", lambda: None)
    record = extract_file(DOC)
    assert record.format == "doc"
    assert record.status == "error"
    assert record.error.code == ErrorCode.unsupported_format
    assert "未安装 LibreOffice" in record.error.message


def test_find_soffice_honours_the_environment(monkeypatch, tmp_path):
    fake = tmp_path / "my-soffice"
    fake.write_text("#!/bin/sh\n")
    monkeypatch.setenv("NORMDOCS_SOFFICE", str(fake))
    assert legacy_word.find_soffice() == str(fake)


def _fake_soffice(tmp_path: Path, body: str) -> Path:
    script = tmp_path / "fake-soffice"
    script.write_text(f"#!/bin/sh\n{body}\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


@pytest.mark.skipif(sys.platform == "win32", reason="uses a shell script as the fake converter")
def test_hanging_conversion_is_killed(monkeypatch, tmp_path):
    fake = _fake_soffice(tmp_path, "sleep 30 & sleep 30")  # a child process too
    monkeypatch.setenv("NORMDOCS_SOFFICE", str(fake))
    monkeypatch.setenv("NORMDOCS_SOFFICE_TIMEOUT", "0.5")
    start = time.monotonic()
    with pytest.raises(ExtractionError) as info:
        read_legacy_word(DOC)
    assert time.monotonic() - start < 10
    assert info.value.code == ErrorCode.corrupt_file
    assert "超时" in info.value.message


@pytest.mark.skipif(sys.platform == "win32", reason="uses a shell script as the fake converter")
def test_conversion_without_output_is_corrupt_file(monkeypatch, tmp_path):
    fake = _fake_soffice(tmp_path, "echo 'Error: source file could not be loaded' >&2; exit 0")
    monkeypatch.setenv("NORMDOCS_SOFFICE", str(fake))
    with pytest.raises(ExtractionError) as info:
        read_legacy_word(DOC)
    assert info.value.code == ErrorCode.corrupt_file
    assert "could not be loaded" in info.value.message
