"""The masked view of a record, Great Expectations values, the encrypted extraction cache and the
code digest that versions the cache and incremental runs."""

from __future__ import annotations

import gzip
import html
import os
import time

import pytest

import normdocs
from normdocs.extractors import cache as cache_module
from normdocs.extractors.cache import cache_path, cached_extract, code_files, extraction_version, prune_cache
from normdocs.schemas.record import ErrorCode, ErrorInfo, Metadata, Record
from normdocs.review import review
from normdocs.schemas.validation import ValidationRow
from normdocs.validation.expectations import validate_batch
from normdocs.review.redaction import mask_personal, mask_record, masked_metadata
from tests.make_docs import NOTICE, make_pdf
from tests.test_findings import make_id

ID = make_id("110105", "19770615", "052")
MOBILE = "13787654321"


def test_mask_personal_masks_numbers_and_keeps_the_rest_as_written():
    assert mask_personal(f"关于张三（{ID}）的批复") == f"关于张三（{ID[:6]}********{ID[-4:]}）的批复"
    fullwidth = MOBILE.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert mask_personal(f"热线{fullwidth}，２０２３年") == "热线137****4321，２０２３年"
    assert mask_personal("关于加强涉密载体管理的通知") == "关于加强涉密载体管理的通知"  # no personal data
    assert mask_personal(None) is None and mask_personal("") == ""


def test_a_mobile_before_a_unit_word_is_masked():
    # 名单 and 户名 start like the units 名 and 户 (rules: not_units): still a mobile
    assert MOBILE not in mask_personal(f"附件：联系人{MOBILE}名单")
    assert MOBILE not in mask_personal(f"{MOBILE}户名张三")


def test_masked_metadata_covers_every_field_but_the_body():
    md = Metadata(title=f"关于{MOBILE}的通知", recipients=[f"张三{ID}"], cc=[f"李四{MOBILE}"],
                  attachments=[f"{ID}名单"], signer=f"王五{MOBILE}", body=f"正文{ID}", extra_note=f"备注{MOBILE}")
    out = masked_metadata(md)
    dumped = out.model_dump_json()
    assert out.body == f"正文{ID}"  # the original text keeps it
    assert dumped.count(ID) == 1 and MOBILE not in dumped
    assert out.recipients == [f"张三{ID[:6]}********{ID[-4:]}"] and out.cc == ["李四137****4321"]
    assert masked_metadata(out) == out  # idempotent


def test_review_masks_file_name_metadata_and_error(tmp_path):
    pdf = make_pdf(tmp_path / f"通知_{ID}.pdf", NOTICE[:2] + [("title", f"关于热线{MOBILE}的通知")] + NOTICE[4:])
    from normdocs.extractors import extract_file

    record = review(extract_file(str(pdf), keep_layout=True))
    shown = record.model_dump_json(exclude={"layout": True, "metadata": {"body"}})
    assert ID not in shown and MOBILE not in shown
    assert record.file.endswith(f"通知_{ID[:6]}********{ID[-4:]}.pdf")
    assert record.metadata.title == "关于热线137****4321的通知"
    bad = Record(file=f"/x/{ID}.pdf", status="error",
                 error=ErrorInfo(code=ErrorCode.corrupt_file, message=f"无法打开 /x/{ID}.pdf"))
    assert ID not in mask_record(bad).model_dump_json()


def test_great_expectations_sees_masked_escaped_values(tmp_path):
    hostile = "<img src=x onerror=alert(1)>"
    rows = [ValidationRow(row_id="0", doc_type="通知", title=f"{hostile}{MOBILE}", doc_number=f"{hostile}{ID}",
                          issuer="某市人民政府", signed_date="2023-01-01", published_date="2023-01-02",
                          validity="有效", attribute="主动公开", has_body=True, identity="x|y", content_hash="c")]
    result = validate_batch(rows, gx_root=tmp_path / "gx")
    messages = result.messages("0")
    assert any(f"{hostile}{ID[:6]}********" in m for m in messages)  # staff read the value unescaped, masked
    written = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                        for p in (tmp_path / "gx").rglob("*") if p.is_file() and p.suffix in (".html", ".json"))
    assert ID not in written and MOBILE not in written
    assert hostile not in written and html.escape(hostile) in written


# -- the extraction cache --------------------------------------------------------------------

def test_cache_entries_are_encrypted_owner_only_and_still_re_read(tmp_path):
    pdf = make_pdf(tmp_path / "n.pdf", NOTICE[:6] + [("text", f"联系电话{MOBILE}。")] + NOTICE[6:])
    from normdocs.extractors import file_sha256

    sha, cache = file_sha256(str(pdf)), tmp_path / "cache"
    first = cached_extract(str(pdf), sha=sha, cache_dir=cache)
    entry = cache_path(cache, sha)
    data = entry.read_bytes()
    assert MOBILE.encode() not in data and "聊城".encode() not in data
    with pytest.raises(OSError):
        gzip.decompress(data)
    assert (cache / "extract.key").stat().st_mode & 0o777 == 0o600
    assert entry.stat().st_mode & 0o077 == 0
    pdf.unlink()  # a hit never touches the file
    again = cached_extract(str(pdf), sha=sha, cache_dir=cache)
    assert again.metadata.body == first.metadata.body and MOBILE in again.metadata.body


def test_an_entry_under_another_key_is_read_again(tmp_path):
    pdf = make_pdf(tmp_path / "n.pdf")
    from normdocs.extractors import file_sha256

    sha, cache = file_sha256(str(pdf)), tmp_path / "cache"
    cached_extract(str(pdf), sha=sha, cache_dir=cache)
    (cache / "extract.key").unlink()
    record = cached_extract(str(pdf), sha=sha, cache_dir=cache)  # a new key: the old entry is unreadable
    assert record.status == "ok" and record.metadata.doc_number


def test_prune_cache_by_last_use_and_code_version(tmp_path):
    cache = tmp_path / "cache"
    (cache / "ab").mkdir(parents=True)
    current = cache_path(cache, "ab" + "0" * 62)
    current.write_bytes(b"x")
    old_code = cache / "ab" / f"{'ab' + '1' * 62}-000000000000.json.gz.enc"
    old_code.write_bytes(b"x")
    plain = cache / "ab" / f"{'ab' + '2' * 62}-{extraction_version()}.json.gz"
    plain.write_bytes(b"x")
    (cache / "extract.key").write_bytes(os.urandom(32))
    assert set(prune_cache(cache, 30)) == {old_code, plain}
    assert current.exists() and (cache / "extract.key").exists()
    assert prune_cache(cache, 30, now=time.time() + 31 * 86400) == [current]
    assert prune_cache(cache, 0, now=time.time() + 365 * 86400) == []


# -- versions --------------------------------------------------------------------------------

def test_version_is_defined():
    assert isinstance(normdocs.__version__, str) and normdocs.__version__


def test_extraction_digest_covers_the_code_and_the_rules_it_reads():
    names = {p.relative_to(p.parents[1]).as_posix() for p in code_files("normdocs.extractors")}
    assert {"extractors/pdf_reader.py", "extractors/elements.py", "schemas/record.py", "schemas/layout.py"} <= names
    assert not any(n.startswith(("flows/", "library/")) for n in names)
    assert "elements.yaml" in cache_module._rule_names(
        next(p for p in code_files("normdocs.extractors") if p.name == "nlp.py"))
    assert extraction_version() in cache_path("/c", "ab" * 32).name


def test_a_code_change_changes_the_digest(monkeypatch, tmp_path):
    before = cache_module.code_digest("normdocs.extractors")
    files = code_files("normdocs.extractors")
    changed = tmp_path / files[3].name
    changed.write_bytes(files[3].read_bytes() + b"\n# a parser fix\n")
    monkeypatch.setattr(cache_module, "code_files", lambda *roots: [*files[:3], changed, *files[4:]])
    assert cache_module.code_digest("normdocs.extractors") != before
