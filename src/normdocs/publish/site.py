"""The 政府信息公开 column as a self-contained static site.

Only documents in force as 主动公开 (released by the pipeline or a reviewer) and not withdrawn;
only redacted text. Incremental: each page's data has a digest kept in `state.json`; a page is
rendered and written only when its digest changed (a validity change changes the data of both the
document changed and the document that changed it), and the pages of documents that left the
published view are deleted at once. The feed lists the column's changes.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import io
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined

from normdocs.library.publish_queries import document_rows
from normdocs.library.store import Library
from normdocs.publish.safe import cell, public_text
from normdocs.schemas.library import CatalogueEntry
from normdocs.schemas.publish import PublicChange, PublicLink, PublicPage, PublicRecord, ValidityNote

STATE = ".normdocs-state.json"  # digests and feed history; holds nothing unpublished
STATE_VERSION = 1
FEED_SIZE = 100  # entries kept in the Atom feed
PENDING_TOPIC = "待定"
CSV_FIELDS = list(PublicRecord.model_fields)


@dataclass
class PublishResult:
    documents: int
    in_force: int
    written: list[str] = field(default_factory=list)  # paths relative to the site folder
    removed: list[str] = field(default_factory=list)


def _cn_date(iso: str | None) -> str:
    if not iso:
        return ""
    d = dt.date.fromisoformat(iso[:10])
    return f"{d.year}年{d.month}月{d.day}日"


def _validity_note(row: CatalogueEntry) -> ValidityNote:
    """The validity with the date and the document that changed it."""
    validity = row.validity or "有效"
    if validity in ("已废止", "已修改"):
        changers = [c for c in row.changed_by if c.kind == validity]
        if changers:
            c = min(changers, key=lambda c: c.signed_date or c.published_date or "9999")
            return ValidityNote(validity=validity, date=c.signed_date or c.published_date,
                                by=PublicLink(id=c.id if c.published else None, title=public_text(c.title),
                                              doc_number=c.doc_number))
    elif validity == "已失效" and row.valid_until:
        return ValidityNote(validity=validity, date=row.valid_until)
    return ValidityNote(validity=validity)


def page_data(row: CatalogueEntry, published_ids: set[int]) -> PublicPage:
    """Everything a document's page shows (public text only), which its digest covers."""
    topic = row.topic
    return PublicPage(
        id=row.id, title=public_text(row.title) or "（无标题）", doc_number=row.doc_number,
        issuer=public_text(row.issuer), doc_type=row.doc_type, signed_date=row.signed_date,
        published_date=row.published_date, year=(row.signed_date or row.published_date or "")[:4],
        validity=_validity_note(row), valid_until=row.valid_until,
        topic=topic.topic or PENDING_TOPIC, subtopic=topic.subtopic if topic.topic else None,
        attachments=[public_text(a) for a in row.attachments],
        changes=[PublicChange(kind=c.kind, id=c.id if c.id in published_ids else None,
                              title=public_text(c.title), doc_number=c.doc_number) for c in row.changes],
        paragraphs=[p for p in (public_text(row.body_redacted) or "").split("\n") if p.strip()],
    )


def _digest(page: PublicPage) -> str:
    data = page.model_dump(mode="json")
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("normdocs.publish", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["cn_date"] = _cn_date
    return env


def _script_hash(script: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()


FILTER_SCRIPT = (Path(__file__).parent / "templates" / "filter.js")


def _write_if_changed(root: Path, rel: str, content: str, written: list[str]) -> None:
    path = root / rel
    data = content.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    written.append(rel)


def _csv(records: list[PublicRecord]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    for record in records:
        row = record.model_dump()
        row["attachments"] = "；".join(record.attachments)
        writer.writerow([cell(row[f]) for f in CSV_FIELDS])
    return "\ufeff" + buffer.getvalue()  # Excel opens UTF-8 with a BOM


def _events(state: dict, pages: dict[int, PublicPage], now: str) -> list[dict]:
    """The feed's entries: a document appearing, its validity changing."""
    events = list(state.get("events", []))
    seen = state.get("validity", {})
    for doc_id, p in pages.items():
        before = seen.get(str(doc_id))
        validity = p.validity.validity
        if before is None:
            events.append({"id": doc_id, "at": now, "kind": "发布", "text": f"发布：{p.title}"})
        elif before != validity:
            events.append({"id": doc_id, "at": now, "kind": "有效性",
                           "text": f"有效性变更（{before} → {validity}）：{p.title}"})
    return events[-FEED_SIZE * 3:]


def publish_site(library: Library, out: Path, now: dt.datetime | None = None) -> PublishResult:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    now_iso = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc).isoformat(timespec="seconds")
    state_path = out / STATE
    state = json.loads(state_path.read_text(encoding="utf-8")) if state_path.exists() else {}
    if state.get("version") != STATE_VERSION:
        state = {"version": STATE_VERSION}
    rows = document_rows(library, with_text=True, published_only=True)
    published_ids = {r.id for r in rows}
    pages = {r.id: page_data(r, published_ids) for r in rows}
    env = _environment()
    result = PublishResult(documents=len(pages), in_force=sum(p.validity.validity == "有效" for p in pages.values()))

    # withdrawn or no longer 主动公开: the page goes at once, and any stray page with it
    docs_dir = out / "docs"
    if docs_dir.is_dir():
        for path in sorted(docs_dir.glob("*.html")):
            if not path.stem.isdigit() or int(path.stem) not in pages:
                path.unlink()
                result.removed.append(f"docs/{path.name}")
    digests = state.get("digests", {})
    page_template = env.get_template("document.html.j2")
    for doc_id, p in sorted(pages.items()):
        digest = _digest(p)
        rel = f"docs/{doc_id}.html"
        if digests.get(str(doc_id)) == digest and (out / rel).exists():
            continue
        _write_if_changed(out, rel, page_template.render(doc=p), result.written)
        digests[str(doc_id)] = digest
    digests = {k: v for k, v in digests.items() if int(k) in pages}

    ordered = sorted(pages.values(), key=lambda p: (p.signed_date or "", p.id), reverse=True)
    script = FILTER_SCRIPT.read_text(encoding="utf-8")
    facets = {
        "topics": sorted({p.topic for p in ordered}, key=lambda t: (t == PENDING_TOPIC, t)),
        "issuers": sorted({p.issuer for p in ordered if p.issuer}),
        "years": sorted({p.year for p in ordered if p.year}, reverse=True),
        "validities": ["有效", "已修改", "已废止", "已失效"],
    }
    _write_if_changed(out, "index.html", env.get_template("index.html.j2").render(
        docs=ordered, facets=facets, script=script, script_hash=_script_hash(script),
        in_force=result.in_force), result.written)
    records = [PublicRecord.of(p) for p in ordered]
    _write_if_changed(out, "documents.json", json.dumps([r.model_dump(mode="json") for r in records], ensure_ascii=False,
                                                        indent=1) + "\n", result.written)
    _write_if_changed(out, "documents.csv", _csv(records), result.written)

    # a withdrawn document leaves the feed (and the state) too
    events = [e for e in _events(state, pages, now_iso) if e["id"] in pages]
    shown = list(reversed(events))[:FEED_SIZE]
    updated = shown[0]["at"] if shown else state.get("feed_updated", now_iso)
    _write_if_changed(out, "feed.atom", env.get_template("feed.atom.j2").render(
        entries=shown, pages=pages, updated=updated), result.written)

    state.update({"digests": digests, "events": events, "feed_updated": updated,
                  "validity": {str(k): p.validity.validity for k, p in pages.items()}})
    _write_if_changed(out, STATE, json.dumps(state, ensure_ascii=False, indent=1, sort_keys=True), [])
    return result
