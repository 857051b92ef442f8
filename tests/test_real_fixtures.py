"""Regression fixtures: real published documents (dev part of benchmarks/real_corpus), one
field at a time. Each file is named after what it catches; tests/fixtures/real/gold.jsonl
holds its gold (same conventions as benchmarks/real_corpus/README.md).

Fields the parser gets wrong today are marked xfail(strict=True) in KNOWN_WRONG, with why:
when a change makes one right, the test turns XPASS and fails — remove its entry then.
`issuer_printed` and `topic_printed` are checked only once the metadata has the key.
"""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import pytest

from normdocs.extractors import extract_file
from tests.mirrors import one_file_mirror, real_corpus_module

FIXTURES = Path(__file__).parent / "fixtures" / "real"
FIELDS = ["title", "doc_number", "issuer", "issuer_printed", "doc_type", "signed_date",
          "printed_date", "classification", "urgency", "disclosure_marker", "recipients", "cc",
          "topic_printed"]
NOT_YET_REPORTED = {"topic_printed"}

# (file, field) -> why the current parser gets it wrong
KNOWN_WRONG: dict[tuple[str, str], str] = {
    ("joint_ministries_short_names_header.pdf", "issuer_printed"):
        "the header's 国家 is lost when the stacked names are read (the canonical issuer is right)",
    ("order_amendment_sentence_not_recipients_jiangxi.html", "signed_date"):
        "the 令 prints no date: the site's 成文日期 (the 2020 web date) wins over the 2016 date "
        "in the regulation's revision note (a doubtful gold too)",
}


def gold_entries() -> list[dict]:
    lines = (FIXTURES / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def cases():
    for entry in gold_entries():
        for field in FIELDS:
            if field not in entry:
                continue
            marks = []
            reason = KNOWN_WRONG.get((entry["file"], field))
            if reason:
                marks.append(pytest.mark.xfail(strict=True, reason=reason))
            yield pytest.param(entry["file"], field, entry[field], marks=marks,
                               id=f"{entry['file']}::{field}")


_records: dict[str, dict] = {}


def metadata_of(name: str) -> dict:
    """Extract each fixture once per test session."""
    if name not in _records:
        record = extract_file(FIXTURES / name)
        assert record.status == "ok", f"{name}: {record.error}"
        meta = record.metadata.model_dump() if record.metadata else {}
        _records[name] = {k: v.value if isinstance(v, Enum) else v for k, v in meta.items()}
    return _records[name]


@pytest.mark.parametrize(("name", "field", "expected"), list(cases()))
def test_real_fixture_field(name, field, expected):
    meta = metadata_of(name)
    if field in NOT_YET_REPORTED and field not in meta:
        pytest.skip(f"metadata has no {field} yet")
    assert meta.get(field) == expected


def test_every_fixture_has_gold_and_every_gold_has_a_file():
    files = {p.name for p in FIXTURES.iterdir() if p.name not in ("gold.jsonl", "README.md")}
    assert files == {e["file"] for e in gold_entries()}


# ---------------------------------------------------------------- the corpus restorer


def test_restore_reads_a_pickled_page_without_unpickling_and_checks_its_hash(tmp_path):
    import hashlib
    import pickle

    rc = real_corpus_module()
    page = "<html><body><p>关于印发某某办法的通知</p></body></html>"
    commit, mirrors = one_file_mirror(tmp_path, "page.pkl", pickle.dumps(page))
    entry = {"repo": "owner/name", "commit": commit, "path": "page.pkl", "extract": "pickle-str",
             "file": "page.html", "sha256": hashlib.sha256(page.encode()).hexdigest()}

    restored = rc.restore(entry, tmp_path / "cache", mirrors)
    assert restored.read_text(encoding="utf-8") == page

    with pytest.raises(rc.MissingSource, match="restored bytes differ"):
        rc.restore({**entry, "file": "other.html", "sha256": "0" * 64}, tmp_path / "cache", mirrors)
    with pytest.raises(rc.MissingSource, match="fetch github:owner/missing"):
        rc.restore({**entry, "repo": "owner/missing"}, tmp_path / "cache2", mirrors)


def test_the_pickle_reader_refuses_anything_but_one_string():
    import pickle

    rc = real_corpus_module()
    with pytest.raises(ValueError):
        rc.pickled_string(pickle.dumps(["a", "b"]))


def test_photographed_pages_are_bound_unchanged_into_one_pdf(tmp_path):
    import io

    from PIL import Image

    rc = real_corpus_module()
    jpegs = []
    for size in ((40, 60), (80, 50)):
        buffer = io.BytesIO()
        Image.new("RGB", size, "white").save(buffer, format="JPEG")
        jpegs.append(buffer.getvalue())
    assert rc.jpeg_size(jpegs[1]) == (80, 50, 3)

    pdf = rc.jpeg_pages_pdf(jpegs)
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    assert pdf.count(b"/Type /Page ") == 2
    assert all(jpeg in pdf for jpeg in jpegs)  # embedded as DCTDecode, not re-encoded
    assert rc.jpeg_pages_pdf(jpegs) == pdf  # same photos, same bytes: the gold sha256 holds
    with pytest.raises(ValueError):
        rc.jpeg_size(b"\xff\xd8not a jpeg")


def test_a_split_can_be_narrowed_to_named_documents():
    rc = real_corpus_module()
    entries = [{"id": "rc001", "split": "dev"}, {"id": "rc002", "split": "heldout"},
               {"id": "rc003", "split": "heldout"}]
    assert [e["id"] for e in rc.select_entries(entries, "heldout")] == ["rc002", "rc003"]
    assert [e["id"] for e in rc.select_entries(entries, "heldout", {"rc003"})] == ["rc003"]
    assert [e["id"] for e in rc.select_entries(entries, "all", {"rc001", "rc003"})] == [
        "rc001", "rc003"]
    assert rc.select_entries(entries, "heldout", {"rc001"}) == []  # a dev id stays out
    with pytest.raises(SystemExit, match="rc999"):
        rc.select_entries(entries, "all", {"rc999"})
