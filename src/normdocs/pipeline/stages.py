"""The ingest stages as plain functions on plain records; flows/ingest.py only wires them.

file → extracted record → determination and findings → provenance and validity →
validation row → library item or quarantine → report row.

The stage boundary for personal data is `review` (normdocs.review): it masks the record it returns
(file name, every metadata field, error message; see review.redaction.mask_record), so the
identity, validation row, library item, quarantine entry and report row are all built from the
masked view; only `metadata.body` (the library's original-text column) keeps full numbers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from normdocs.extractors import count_pages, extract_file, file_sha256, regular_file_problem
from normdocs.extractors.issuer import apply_issuer
from normdocs.intake.manifest import MANIFEST_NAMES, PROBLEMS, entry_hash, find_manifest, read_manifest
from normdocs.schemas.determination import ATTRIBUTE_RANK
from normdocs.schemas.library import library_item as library_item  # re-exported: the stage's name
from normdocs.schemas.library import shared
from normdocs.schemas.provenance import Provenance, ProvenanceRules, Validity
from normdocs.schemas.record import ErrorCode, ErrorInfo, ExtractionError, Record
from normdocs.schemas.report import DocumentRow
from normdocs.schemas.validation import ValidationRow
from normdocs.schemas.vocab import Attribute
from normdocs.review import review
from normdocs.enrichment.provenance import identity, published_date
from normdocs.enrichment.validity import assess_validity

# Manifest columns that override what extraction found.
OVERRIDABLE = [
    "title", "doc_number", "issuer", "doc_type", "signed_date", "printed_date", "classification", "urgency",
    "disclosure_marker",
]


@dataclass(frozen=True)
class InputFile:
    path: str  # as found under the source folder
    rel: str  # relative to the source folder, POSIX: the manifest's key
    # set when the path must never be opened (a FIFO, a device, a link leading outside the folder)
    refused: ErrorCode | None = None
    reason: str | None = None


@dataclass(frozen=True)
class IgnoredFile:
    """A name found in the folder and deliberately not processed, with the reason (counted apart)."""

    path: str
    rel: str
    reason: str


@dataclass
class Found:
    files: list[InputFile] = dataclasses.field(default_factory=list)
    ignored: list[IgnoredFile] = dataclasses.field(default_factory=list)
    manifest: dict[str, dict] = dataclasses.field(default_factory=dict)


HIDDEN_REASON = "隐藏文件（文件名以“.”开头），按约定不处理。"
HIDDEN_DIR_REASON = "位于隐藏文件夹（名称以“.”开头）中，按约定不处理。"
LINKED_DIR_REASON = "指向文件夹的链接，不跟随。"


def find_inputs(source: Path, manifest_path: Path | None = None) -> Found:
    """Every name under the folder, sorted: files to process (some refused without opening: FIFOs,
    devices, links leading outside the folder), and names ignored with their reason (hidden files
    and folders, linked folders). The manifest itself is neither."""
    source = Path(source)
    root = os.path.realpath(source)
    manifest_path = manifest_path or find_manifest(source)
    found = Found(manifest=read_manifest(manifest_path) if manifest_path else {})
    for folder, dirs, names in os.walk(source):
        base = Path(folder)
        kept = []
        for d in sorted(dirs):
            path = base / d
            if d.startswith("."):
                found.ignored.extend(_hidden_folder(path, source))
            elif path.is_symlink():
                found.ignored.append(IgnoredFile(str(path), path.relative_to(source).as_posix(), LINKED_DIR_REASON))
            else:
                kept.append(d)
        dirs[:] = kept
        for name in sorted(names):
            path = base / name
            rel = path.relative_to(source).as_posix()
            if name in MANIFEST_NAMES and base == source:
                continue
            if name.startswith("."):
                found.ignored.append(IgnoredFile(str(path), rel, HIDDEN_REASON))
                continue
            found.files.append(_classify(path, rel, root))
    return found


def _hidden_folder(folder: Path, source: Path) -> list[IgnoredFile]:
    """A hidden folder's files are each counted as ignored (none is opened)."""
    out = []
    for sub, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            path = Path(sub) / name
            out.append(IgnoredFile(str(path), path.relative_to(source).as_posix(), HIDDEN_DIR_REASON))
    return out


def _classify(path: Path, rel: str, root: str) -> InputFile:
    """lstat and stat only: nothing here opens the file."""
    try:
        st = os.lstat(path)
    except OSError:
        return InputFile(str(path), rel)  # extraction says it vanished
    if stat.S_ISLNK(st.st_mode):
        target = os.path.realpath(path)
        if os.path.commonpath([root, target]) != root:
            return InputFile(str(path), rel, ErrorCode.outside_source,
                             "文件是指向所处理文件夹之外的链接，不予打开。")
        try:
            st = os.stat(path)
        except OSError:
            return InputFile(str(path), rel, ErrorCode.unreadable, "文件是指向不存在目标的链接，无法读取。")
    problem = regular_file_problem(st)
    if problem is not None and problem.code == ErrorCode.special_file:
        return InputFile(str(path), rel, problem.code, problem.message)
    return InputFile(str(path), rel)


def discover(source: Path, manifest_path: Path | None = None) -> tuple[list[InputFile], dict[str, dict]]:
    """Files under the folder in sorted order (hidden files and the manifest left out), and the manifest.

    A folder that does not exist is an error, not an empty run: the run fails and its failure
    report says so (a deployment pointed at a wrong path must not end "Completed" with 0 files)."""
    if not Path(source).is_dir():
        raise FileNotFoundError(f"来源文件夹不存在或不是文件夹：{source}")
    found = find_inputs(source, manifest_path)
    return found.files, found.manifest


def refused_hash(file: InputFile) -> str:
    """A stable key for a file that is never opened, so its quarantine is recorded once, not every run."""
    return hashlib.sha256(f"refused\0{file.refused.value if file.refused else ''}\0{file.rel}".encode()).hexdigest()


def content_hash(path: str) -> str | None:
    """SHA-256 of the file, or None when it cannot be read (extraction then says why)."""
    try:
        return file_sha256(path)
    except (OSError, ExtractionError):
        return None


def refused_record(file: InputFile) -> Record:
    return Record(file=file.path, sha256=refused_hash(file), status="error",
                  error=ErrorInfo(code=file.refused or ErrorCode.unreadable, message=file.reason or "文件无法读取。"))


def prepare(file: InputFile, manifest_entry: dict[str, str] | None, today: dt.date,
            *, provenance_rules: ProvenanceRules | None = None, extract: Callable[[str], Record] | None = None,
            report: Callable[[str, object], None] | None = None) -> Record:
    """Read, decide and date one file: everything up to validation, no database.

    The published date comes from the sources rules/provenance.yaml lists (`published_date_sources`,
    `manifest_only`; `provenance_rules` defaults to that file). `extract` reads the file with its
    layout (default: extract_file; ingest passes the cache);
    `report(kind, value)` is told the stage ("stage", name) and the pages ("pages", n) as they
    become known (the sandbox's budget)."""
    if file.refused is not None:
        return refused_record(file)
    report = report or (lambda kind, value: None)
    report("stage", "extract")
    pages = count_pages(file.path)
    if pages:
        report("pages", pages)
    record = extract(file.path) if extract else extract_file(file.path, keep_layout=True)
    site = record.layout.site_metadata if record.layout else {}
    conflicts = _apply_overrides(record, manifest_entry) if record.status == "ok" else []
    report("stage", "review")
    record = review(record)
    _flag_manifest_conflicts(record, conflicts)
    record.layout = None  # the model served the findings' page and line; it is not stored
    report("stage", "enrich")
    published = published_date(record.metadata, site, manifest_entry, provenance_rules)
    record.provenance = Provenance(
        identity=identity(record.metadata), published_date=published.value, published_date_source=published.source,
        published_date_derived=published.derived, manifest=manifest_entry or None,
        manifest_hash=entry_hash(manifest_entry), flags=published.flags,
    )
    if record.status == "ok":
        info = assess_validity(record.metadata, record.metadata.body or "", today)
        record.validity = Validity(
            validity=(manifest_entry or {}).get("validity") or info.validity, normative=info.normative,
            issued_title=info.issued_title, valid_until=info.valid_until,
            links=info.links,
        )
    return record


def prepare_isolated(args: tuple, report: Callable[[str, object], None] | None = None) -> Record:
    """prepare() as the sandbox's child runs it: (file, manifest entry, today, sha, cache dir)."""
    from normdocs.extractors.cache import cached_extract

    file, entry, today, sha, cache_dir = args
    extract = None
    if cache_dir is not None and sha and file.refused is None:
        def extract(path: str) -> Record:
            return cached_extract(path, sha=sha, cache_dir=cache_dir)
    return prepare(file, entry, today, extract=extract, report=report)


def warm_up() -> None:
    """Load what every document needs once per child (element rules and pipeline, readers)."""
    import normdocs.extractors.cache  # noqa: F401
    from normdocs.extractors.nlp import element_pipeline
    from normdocs.review import review  # noqa: F401

    element_pipeline()


def sandbox_failed(file: InputFile, sha: str | None, entry: dict | None, stage: str, code: ErrorCode,
                   message: str) -> Record:
    """The record of a file whose processing crashed or overran in the sandbox: quarantined at `stage`."""
    record = Record(file=file.path, sha256=sha, status="error", error=ErrorInfo(code=code, message=message),
                    provenance=Provenance(manifest=entry or None, manifest_hash=entry_hash(entry)))
    record.failed_stage = stage
    return record


_LEVEL_RANK = {"秘密": 1, "机密": 2, "绝密": 3}


def _apply_overrides(record: Record, entry: dict[str, str] | None) -> list[str]:
    """The manifest's fields over what extraction found; it may make the document stricter,
    never laxer: a laxer disclosure marker is not applied and comes back as a conflict (Chinese)."""
    md, conflicts = record.metadata, []
    for field in OVERRIDABLE:
        value = (entry or {}).get(field)
        if not value:
            continue
        if field == "disclosure_marker" and md.disclosure_marker and \
                ATTRIBUTE_RANK[value] < ATTRIBUTE_RANK[md.disclosure_marker]:
            conflicts.append(f"清单标注为{value}，但文件印有{md.disclosure_marker}的附注；清单不能放宽文件自身的标注，"
                             "二者冲突，须人工审核。")
            continue
        if field == "classification" and md.classification and \
                _LEVEL_RANK.get(value, 0) < _LEVEL_RANK.get(md.classification, 0):
            continue  # the printed level is the stricter one
        setattr(md, field, value)
    if entry and entry.get("issuer"):
        apply_issuer(md, entry["issuer"])  # canonical name, ids and source: manifest
    return conflicts


def _flag_manifest_conflicts(record: Record, conflicts: list[str]) -> None:
    """A manifest laxer than the printed marker: a conflict a reviewer settles (待审)."""
    decision = record.disclosure
    if not conflicts or decision is None:
        return
    decision.needs_review, decision.conflict, decision.attribute = True, True, Attribute.待审
    decision.reasons = [*decision.reasons, *(c for c in conflicts if c not in decision.reasons)]


def validation_row(record: Record, row_id: str) -> ValidationRow:
    md = record.metadata
    return ValidationRow(
        row_id=row_id, **shared(md, ValidationRow, mode="json"), **shared(record.provenance, ValidationRow),
        **shared(record.validity, ValidationRow), **shared(record.disclosure, ValidationRow, mode="json"),
        has_body=bool(md.body), content_hash=record.sha256,
    )


def quarantine_reasons(record: Record, failures: list[str]) -> tuple[str, list[str]] | None:
    """(stage, reasons) when the document must not be loaded; None when it may.

    A state secret (a 密级 mark, or a term the rules call secret) stays out of the library,
    with its masked evidence, for the secrecy office. Everything else a reviewer must see —
    personal numbers, internal marks, a conflict with the 附注 or the manifest — is loaded
    with its text as 待审 (the decision says needs_review), to be released or withheld."""
    if record.status != "ok":
        return record.failed_stage or "extract", [record.error.message if record.error else "文件无法读取。"]
    problems = ((record.provenance.manifest if record.provenance else None) or {}).get(PROBLEMS)
    if problems:
        return "manifest", [problems]
    if failures:
        return "validate", failures
    decision = record.disclosure
    secret = [f for f in record.findings if f.secret or f.kind == "state_secret"]
    if secret or record.metadata.classification:
        evidence = "、".join(dict.fromkeys(f.evidence for f in secret)) or record.metadata.classification
        reasons = [f"文件标有国家秘密标志或涉密内容（{evidence}），不得入库，须交保密工作机构处理。"]
        if decision is not None and decision.conflict:
            reasons += [r for r in decision.reasons if r not in reasons]  # they say what conflicts with the 附注
        return "review", reasons
    return None


def report_row(record: Record, status: str, *, failures: Sequence[str] = (), doc_id: int | None = None,
               version: int | None = None, new_version: bool = False) -> DocumentRow:
    return DocumentRow(
        file=record.file, doc_id=doc_id, status=status, version=version, new_version=new_version,
        **shared(record.metadata, DocumentRow), **shared(record.provenance, DocumentRow),
        **shared(record.validity, DocumentRow), **shared(record.disclosure, DocumentRow),
        findings=record.findings, failures=list(failures),
        error=record.error.message if record.error else None, format_checks=list(record.format_checks),
        ocr=record.ocr,
    )
