"""Browsing the library: pages of documents under filters, and facets with counts.

Plain functions over a Library, for `normdocs list` and the web console alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, desc, func, literal_column, select, tuple_
from sqlalchemy.orm import InstrumentedAttribute

from normdocs.library.filters import IN_FORCE, LABELS, Condition, Filters, conditions, issuer_column, topic_column
from normdocs.library.models import Document
from normdocs.schemas.library import StoredDecision, StoredFinding

FACET_TOP = 30  # values shown per facet; the rest are counted in `more`


def sort_date() -> ColumnElement:
    """Newest first: the publication date, else the date of writing (indexed by migration 0005).
    The '' is written into the SQL, not bound: SQLite uses an expression index only for the
    same expression, and a parameter is not the same (every page sorted the whole library)."""
    return func.coalesce(Document.published_date, Document.signed_date, literal_column("''"))


NEWEST_FIRST = (desc(sort_date()), desc(Document.id))


@dataclass(frozen=True)
class Row:
    """What a listing shows of a document (titles are the library's masked ones)."""

    id: int
    title: str | None
    doc_number: str | None
    issuer: str | None
    doc_type: str | None
    signed_date: str | None
    published_date: str | None
    validity: str | None
    valid_until: str | None
    attribute: str | None
    normative: bool
    withdrawn: bool

    @property
    def date(self) -> str:
        return self.published_date or self.signed_date or ""

    @property
    def marks(self) -> list[str]:
        return marks(self.attribute, self.validity, self.withdrawn)


ROW_COLUMNS = (Document.id, Document.title, Document.doc_number, Document.issuer, Document.doc_type,
               Document.signed_date, Document.published_date, Document.validity, Document.valid_until,
               Document.attribute, Document.normative, Document.withdrawn)


def row(values) -> Row:
    return Row(*values[:12])


def marks(attribute: str | None, validity: str | None, withdrawn: bool) -> list[str]:
    """Warnings a listing puts before a title: not public, awaiting review, not in force."""
    out = []
    if withdrawn:
        out.append("已撤回")
    if attribute in ("不予公开", "依申请公开", "待审"):
        out.append(attribute)
    if validity and validity != "有效":
        out.append(validity)
    return out


@dataclass(frozen=True)
class Page:
    total: int
    rows: list[Row]
    offset: int = 0


def list_documents(library, filters: Filters = Filters(), limit: int = 50, offset: int = 0,
                   total: int | None = None) -> Page:
    """Documents under `filters`, newest first, with the total count (pass `total` when the
    facets of the same filters already counted it)."""
    where = conditions(filters)
    with library.session() as s:
        if total is None:
            total = s.scalar(select(func.count()).select_from(Document).where(*where))
        # (not for a year: its documents lie together in the newest-first order, not spread over it)
        if (where and filters.year is None and library.engine.dialect.name == "sqlite"
                and _walk_is_cheaper(s, total, offset + limit)):
            # (condition) = 1 is the same test, but no index can answer it: SQLite walks newest first
            where = [condition.self_group() == literal_column("1") for condition in where]
        rows = s.execute(select(*ROW_COLUMNS).where(*where).order_by(*NEWEST_FIRST)
                         .limit(limit).offset(offset)).all()
    return Page(total=total, rows=[row(r) for r in rows], offset=offset)


def _walk_is_cheaper(s, total: int, wanted: int) -> bool:
    """SQLite picks an index for an equality (validity = 有效) and sorts every match, even when
    the matches are most of the library: walking the newest-first index instead reads about
    wanted × library / total rows, against `total` rows read and sorted. (PostgreSQL's planner
    weighs the LIMIT itself.)"""
    if total == 0:
        return False
    size = s.scalar(select(func.count()).select_from(Document))
    return wanted * size <= total * total


@dataclass(frozen=True)
class Facet:
    field: str
    label: str
    values: list[tuple[object, int]]  # (value, count), None for documents without one
    more: int = 0  # further values not listed
    selected: object = None


@dataclass(frozen=True)
class Facets:
    total: int
    in_force: int  # of `total`, 现行有效 (validity 有效, not withdrawn): the one-click view
    facets: dict[str, Facet] = field(default_factory=dict)


def facet_columns() -> dict[str, ColumnElement[Any] | InstrumentedAttribute[Any]]:
    return {"issuer": issuer_column(), "year": Document.year, "doc_type": Document.doc_type,
            "attribute": Document.attribute, "validity": Document.validity, "topic": topic_column()}


def facets(library, filters: Filters = Filters(), query: str | bytes | None = None,
           top: int = FACET_TOP) -> Facets:
    """Counts per issuer, year, 文种, attribute, validity and topic of the documents under
    `filters` (and matching `query`, as search understands it). Values are ordered here, not
    by the database, so both backends list them alike: most documents first, then by value
    (None first); years newest first (None last)."""
    where: list[Condition] = list(conditions(filters))
    if query:
        from normdocs.library.search import match_conditions

        where += match_conditions(library, query)
    with library.session() as s:
        if library.engine.dialect.name == "postgresql":
            counts, validity = _counted_in_one_pass(s, where)
        else:
            counts, validity = _counted_per_facet(s, where)
    in_force = sum(n for v, w, n in validity if v == IN_FORCE and not w)
    merged: dict = {}
    for v, _, n in validity:
        merged[v] = merged.get(v, 0) + n
    counts["validity"] = list(merged.items())
    total = sum(n for _, n in counts["attribute"])  # every document has one attribute (or none)
    out: dict[str, Facet] = {}
    for name in facet_columns():
        if name == "year":
            rows = sorted(counts[name], key=lambda vn: (vn[0] is None, -(vn[0] or 0)))
        else:
            rows = sorted(counts[name], key=lambda vn: (-vn[1], vn[0] is not None, vn[0] or ""))
        listed = rows[:top]
        out[name] = Facet(field=name, label=LABELS[name], values=listed, more=len(rows) - len(listed),
                          selected=getattr(filters, name, None))
    return Facets(total=total, in_force=in_force, facets=out)


def _counted_per_facet(s, where) -> tuple[dict[str, list], list]:
    """One GROUP BY per facet, each answered by its covering index (models.FACET_INDEXES)."""
    counts: dict[str, list] = {}
    for name, column in facet_columns().items():
        if name != "validity":
            counts[name] = [tuple(r) for r in s.execute(
                select(column, func.count()).where(*where).group_by(column)).all()]
    # the validity counts with 现行有效 (not withdrawn) in the same pass
    validity = [tuple(r) for r in s.execute(select(Document.validity, Document.withdrawn, func.count())
                                            .where(*where).group_by(Document.validity, Document.withdrawn))]
    return counts, validity


def _counted_in_one_pass(s, where) -> tuple[dict[str, list], list]:
    """PostgreSQL: every facet in one scan (GROUPING SETS) instead of one scan per facet."""
    columns = {name: c for name, c in facet_columns().items() if name != "validity"}
    sets = [tuple_(c) for c in columns.values()] + [tuple_(Document.validity, Document.withdrawn)]
    flags = [func.grouping(c) for c in columns.values()] + [func.grouping(Document.validity)]
    rows = s.execute(select(*columns.values(), Document.validity, Document.withdrawn, *flags, func.count())
                     .where(*where).group_by(func.grouping_sets(*sets))).all()
    counts: dict[str, list] = {name: [] for name in columns}
    validity = []
    names = list(columns)
    k = len(names)
    for r in rows:
        grouped = [i for i, flag in enumerate(r[k + 2 : 2 * k + 3]) if flag == 0]
        if grouped == [k]:
            validity.append((r[k], r[k + 1], r[-1]))
        else:
            counts[names[grouped[0]]].append((r[grouped[0]], r[-1]))
    return counts, validity


@dataclass(frozen=True)
class ReviewItem:
    row: Row
    decision: StoredDecision | None  # the current version's proposal: proposed, reasons, basis, conflict, rules_version
    findings: list[StoredFinding]  # masked evidence


@dataclass(frozen=True)
class ReviewPage:
    total: int
    items: list[ReviewItem]
    offset: int = 0


def review_page(library, filters: Filters = Filters(), limit: int = 50, offset: int = 0,
                after: int | None = None) -> ReviewPage:
    """A page of the review queue (待审, not withdrawn, oldest first) in five queries, whatever
    the queue's length; `after` (the last document id shown) pages by keyset instead of offset."""
    from normdocs.library.models import Determination, Finding
    from normdocs.library.store import current_version_ids

    where = conditions(filters) + [Document.attribute == "待审", Document.withdrawn.is_(False)]
    with library.session() as s:
        total = s.scalar(select(func.count()).select_from(Document).where(*where))
        page = select(*ROW_COLUMNS).where(*where).order_by(Document.id).limit(limit)
        page = page.where(Document.id > after) if after is not None else page.offset(offset)
        rows = [row(r) for r in s.execute(page)]
        versions = current_version_ids(s, [r.id for r in rows])
        decisions = {d.version_id: StoredDecision.model_validate(d) for d in s.scalars(
            select(Determination).where(Determination.version_id.in_(list(versions.values()))))}
        findings: dict[int, list[StoredFinding]] = {}
        for f in s.scalars(select(Finding).where(Finding.version_id.in_(list(versions.values())))
                           .order_by(Finding.id)):
            findings.setdefault(f.version_id, []).append(StoredFinding.model_validate(f))
    items = []
    for r in rows:
        vid = versions.get(r.id, -1)  # every loaded document has a version
        items.append(ReviewItem(row=r, decision=decisions.get(vid), findings=findings.get(vid, [])))
    return ReviewPage(total=total or 0, items=items, offset=offset)
