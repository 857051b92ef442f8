"""Full-text search over masked titles and redacted bodies.

A query is words separated by spaces, all of which must match, and "quoted phrases"
(“中文引号” too), combined with the browsing filters. Each word is looked up in the bigram
index (tokens.py, search_index.py), on both backends the same way. Ranking is the same on
both, so that a library answers the same on SQLite and PostgreSQL: documents whose title holds
every word come first, then the newest (publication date, else date of writing), then by id.
A single character (税) is looked up in titles only: in bodies it would match nearly everything.
Totals are counted up to COUNT_CAP ("1000+" beyond), which bounds the cost of common words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import Integer, TextClause, column, func, select, table, text

from normdocs.library.browse import NEWEST_FIRST, ROW_COLUMNS, Row, row
from normdocs.library.filters import Condition, Filters, conditions
from normdocs.library.models import Document, SearchIndex
from normdocs.library.tokens import Phrase, Term, fold_chars, highlight_pattern, split_query

MAX_QUERY_CHARS = 200
MAX_TERMS = 10
COUNT_CAP = 1000
SNIPPET_CHARS = 120
SNIPPET_BEFORE = 30

NOT_UTF8 = "检索词不是有效的 UTF-8 文字（终端或脚本的编码可能是 GBK）：请改用 UTF-8 后重试。"


class QueryError(ValueError):
    """A query that cannot be searched; the message (Chinese) says why."""


@dataclass(frozen=True)
class Hit:
    row: Row
    title: str  # the indexed (masked) title
    in_title: bool  # every word is in the title: ranked first
    snippet: str  # from the redacted body, whitespace collapsed
    highlights: list[tuple[int, int]]  # spans of `snippet` matching a word
    title_highlights: list[tuple[int, int]]

    def __getattr__(self, name):  # hit.id, hit.issuer … read through to the row
        if name == "row":
            raise AttributeError(name)
        return getattr(self.row, name)


@dataclass(frozen=True)
class SearchResult:
    query: str
    terms: list[str]
    total: int  # up to COUNT_CAP, then COUNT_CAP + 1 (see `capped`)
    hits: list[Hit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    offset: int = 0

    @property
    def capped(self) -> bool:
        return self.total > COUNT_CAP

    @property
    def total_text(self) -> str:
        return f"{COUNT_CAP}+" if self.capped else str(self.total)

    def __iter__(self):
        return iter(self.hits)

    def __len__(self) -> int:
        return len(self.hits)


def decode(query: str | bytes) -> str:
    """Any bytes in, text out or a QueryError: a query from a GBK terminal arrives as bytes or,
    through sys.argv, as a str with lone surrogates, neither of which a database accepts."""
    if isinstance(query, bytes):
        try:
            query = query.decode("utf-8")
        except UnicodeDecodeError:
            raise QueryError(NOT_UTF8) from None
    try:
        query.encode("utf-8")
    except UnicodeEncodeError:
        raise QueryError(NOT_UTF8) from None
    return query


def parse(query: str | bytes) -> list[Term]:
    query = decode(query)
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"检索词过长（{len(query)} 字）：请缩短到 {MAX_QUERY_CHARS} 字以内。")
    terms = split_query(query)
    if len(terms) > MAX_TERMS:
        raise QueryError(f"检索词过多（{len(terms)} 个）：最多 {MAX_TERMS} 个。")
    return terms


# -- the index, per backend ----------------------------------------------------------------

def _fts(phrase: Phrase) -> str:
    return '"' + " ".join(phrase.tokens) + '"' + ("*" if phrase.prefix else "")


def _tsquery(phrase: Phrase) -> str:
    parts = [f"'{token}'" for token in phrase.tokens]  # letters and digits only: no escaping
    if phrase.prefix:
        parts[-1] += ":*"
    return " <-> ".join(parts)


def _ids(sql: str, params: dict):
    return text(sql).bindparams(**params).columns(column("id", Integer))


def _term_sets(dialect: str, term: Term, n: int) -> tuple[str, str | None, dict]:
    """SQL selecting the ids of documents whose title (first) or body (second) matches `term`."""
    if dialect == "sqlite":
        expression = " AND ".join(_fts(p) for p in term.phrases)
        params = {f"t{n}": expression, f"b{n}": expression}
        title = f"SELECT rowid FROM search_titles WHERE search_titles MATCH :t{n}"
        body = f"SELECT rowid FROM search_bodies WHERE search_bodies MATCH :b{n}"
    else:
        params = {f"t{n}": " & ".join(f"({_tsquery(p)})" for p in term.phrases)}
        title = f"SELECT document_id FROM search_terms WHERE part = 0 AND terms @@ CAST(:t{n} AS tsquery)"
        # body chunks: each piece of a long phrase in some chunk of the same document
        pieces = []
        for i, phrase in enumerate(term.phrases):
            params[f"b{n}_{i}"] = _tsquery(phrase)
            pieces.append(f"SELECT document_id FROM search_terms WHERE part > 0 "
                          f"AND terms @@ CAST(:b{n}_{i} AS tsquery)")
        body = " INTERSECT ".join(pieces)
    return title, (None if term.single else body), params


def _exists(params: dict, name: str, part: str) -> TextClause:
    """PostgreSQL: a correlated EXISTS, so a page newest-first can stop early on common words."""
    return text(f"EXISTS (SELECT 1 FROM search_terms t WHERE t.document_id = documents.id AND {part} "
                f"AND t.terms @@ CAST(:{name} AS tsquery))").bindparams(**{name: params[name]})


def _conditions(dialect: str, terms: list[Term]) -> tuple[list[Condition], list[Condition]]:
    """Each term matching the title or the body; and each term matching the title (the first rank)."""
    match: list[Condition] = []
    in_title: list[Condition] = []
    for n, term in enumerate(terms):
        title, body, params = _term_sets(dialect, term, n)
        title_params = {k: v for k, v in params.items() if k.startswith("t")}
        if dialect != "sqlite" and len(term.phrases) == 1:
            # one phrase: in the title or in one chunk of the body, i.e. in any row of the document
            params[f"a{n}"] = params[f"t{n}"]
            match.append(_exists(params, f"a{n}", "t.part = 0" if term.single else "TRUE"))
            in_title.append(_exists(params, f"t{n}", "t.part = 0"))
            continue
        either = title if body is None else f"{title} UNION {body}"
        match.append(Document.id.in_(_ids(either, params if body else title_params)))
        in_title.append(Document.id.in_(_ids(title, title_params)))
    return match, in_title


TITLE_FEW = 5000  # titles holding every term: fewer are read and sorted, more are walked newest first


def _title_all(terms: list[Term]) -> str:
    """PostgreSQL: one tsquery for every term in a title (a title is one row of search_terms)."""
    return " & ".join(f"({_term_sets('postgresql', t, n)[2][f't{n}']})" for n, t in enumerate(terms))


def _in_title_pg(s, terms: list[Term], walked: list[Condition]) -> list[Condition]:
    """PostgreSQL's rank-1 condition. Its planner cannot tell how many titles hold a phrase, and
    walked the newest-first order probing title after title for a rare one (0.4 s at 10^5) while
    sorting every match of a common one would be as slow. So the titles are counted first in
    the small title index (up to TITLE_FEW): few are read once and sorted (OFFSET 0 keeps
    the planner from folding them back into the walk), many are walked."""
    every = _title_all(terms)
    # through the title index: a sequential scan with the LIMIT read body chunks as well
    s.execute(text("SET LOCAL enable_seqscan = off"))
    few = s.scalar(text("SELECT count(*) FROM (SELECT 1 FROM search_terms WHERE part = 0 "
                        "AND terms @@ CAST(:q AS tsquery) LIMIT :n) AS found"),
                   {"q": every, "n": TITLE_FEW + 1}) <= TITLE_FEW
    s.execute(text("SET LOCAL enable_seqscan = on"))
    if not few:
        return walked  # an EXISTS per term, which the planner walks newest first
    sql = "SELECT document_id FROM search_terms WHERE part = 0 AND terms @@ CAST(:title_all AS tsquery) OFFSET 0"
    return [Document.id.in_(_ids(sql, {"title_all": every}))]


def match_conditions(library, query: str | bytes) -> list[Condition]:
    """WHERE conditions on `documents` for a query (for facets of a search)."""
    terms = parse(query)
    return _conditions(library.engine.dialect.name, terms)[0] if terms else []


# PostgreSQL's GIN index finds the rows holding a phrase's tokens, but only the row itself
# (its positions) says whether they are adjacent: each candidate is read. A count in SQL hashes
# every matching row before its LIMIT applies (a semi-join), i.e. reads all of them; streaming
# the rows of the rarest phrase and stopping at COUNT_CAP + 1 documents reads only those needed.
_SEARCH_TERMS = table("search_terms", column("document_id", Integer), column("part", Integer))
STREAM_BATCH = 500


def _driver(terms: list[Term]) -> tuple[Term, Phrase]:
    """The phrase with the most tokens (the rarest, as a rule) and its term."""
    return max(((t, p) for t in terms for p in t.phrases), key=lambda tp: (len(tp[1].tokens), tp[0].single))


def _streamed_count(s, terms: list[Term], filters: Filters, match: list[Condition]) -> int:
    """Documents under `filters` matching every term (`match`: their conditions), up to
    COUNT_CAP + 1."""
    term, phrase = _driver(terms)
    rows = (select(_SEARCH_TERMS.c.document_id)
            .join(Document, Document.id == _SEARCH_TERMS.c.document_id)
            .where(text("search_terms.terms @@ CAST(:driver AS tsquery)").bindparams(driver=_tsquery(phrase)),
                   *conditions(filters)))
    if term.single:
        rows = rows.where(_SEARCH_TERMS.c.part == 0)
    # a matching row of a one-phrase term is a document matching it: the other terms are checked
    others = [m for t, m in zip(terms, match) if t is not term or len(t.phrases) > 1]
    found: set[int] = set()
    stream = s.execute(rows.execution_options(yield_per=STREAM_BATCH))
    try:
        for batch in stream.partitions():
            fresh = {r[0] for r in batch} - found
            if fresh and others:
                fresh = set(s.scalars(select(Document.id).where(Document.id.in_(fresh), *others)))
            found |= fresh
            if len(found) > COUNT_CAP:
                return COUNT_CAP + 1
    finally:
        stream.close()
    return len(found)


# -- snippets ------------------------------------------------------------------------------

_GAP = re.compile(r"(?<![A-Za-z0-9])\s+|\s+(?![A-Za-z0-9])")  # line breaks inside Chinese text
_SPACES = re.compile(r"\s+")


def _display(text: str) -> str:
    return _SPACES.sub(" ", _GAP.sub("", text.strip()))


def _spans(pattern: re.Pattern | None, shown: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(fold_chars(shown))] if pattern else []


def snippet(body: str | None, pattern: re.Pattern | None, width: int = SNIPPET_CHARS) -> tuple[str, list]:
    """A window of the body around its first match (or its opening), PDF line breaks removed,
    with the spans of every match inside it."""
    if not body:
        return "", []
    found = pattern.search(fold_chars(body)) if pattern else None
    start = 0 if found is None else max(0, found.start() - SNIPPET_BEFORE)
    # take more raw text than needed: line breaks and indentation collapse
    shown = _display(body[start : start + 2 * width])
    cut = len(shown) > width
    shown = shown[:width]
    shown = ("…" if start > 0 else "") + shown + ("…" if cut or start + 2 * width < len(body) else "")
    return shown, _spans(pattern, shown)


# -- the search ----------------------------------------------------------------------------

def search(library, query: str | bytes, filters: Filters = Filters(), limit: int = 20,
           offset: int = 0) -> SearchResult:
    terms = parse(query)
    text_query = decode(query)
    if not terms:
        return SearchResult(query=text_query, terms=[], total=0,
                            notes=["请输入要检索的字词（标点和空格不计）。"])
    notes = [f"单字“{t.text}”只在标题中检索；检索正文请用两个字以上的词。" for t in terms if t.single]
    match, in_title = _conditions(library.engine.dialect.name, terms)
    where = conditions(filters) + match
    want = offset + limit
    with library.session() as s:
        if library.engine.dialect.name == "sqlite":
            total = s.scalar(select(func.count()).select_from(
                select(Document.id).where(*where).limit(COUNT_CAP + 1).subquery()))
        else:
            total = _streamed_count(s, terms, filters, match)
            in_title = _in_title_pg(s, terms, in_title)
        # Rank 1 (every word in the title) then rank 2, each newest first, in two queries that
        # each stop after the page: one query ordered by the rank would sort every match.
        first = list(s.scalars(select(Document.id).where(*conditions(filters), *in_title)
                               .order_by(*NEWEST_FIRST).limit(want)))
        ranked = [(i, True) for i in first]
        if len(first) < want:
            seen = set(first)
            rest = s.scalars(select(Document.id).where(*where).order_by(*NEWEST_FIRST)
                             .limit(want))  # holds every rank-1 match: there are fewer than `want`
            ranked += [(i, False) for i in rest if i not in seen][: want - len(first)]
        ranked = ranked[offset:want]
        ids = [i for i, _ in ranked]
        rows = {r[0]: row(r) for r in s.execute(select(*ROW_COLUMNS).where(Document.id.in_(ids)))}
        texts = {r[0]: (r[1], r[2]) for r in s.execute(
            select(SearchIndex.document_id, SearchIndex.title, SearchIndex.body)
            .where(SearchIndex.document_id.in_(ids)))}
    pattern = highlight_pattern(terms)
    hits = []
    for doc_id, in_title_rank in ranked:
        title, body = texts.get(doc_id, (None, None))
        title = title or rows[doc_id].title or ""
        shown, spans = snippet(body, pattern)
        hits.append(Hit(row=rows[doc_id], title=title, in_title=in_title_rank, snippet=shown, highlights=spans,
                        title_highlights=_spans(pattern, title)))
    return SearchResult(query=text_query, terms=[t.text for t in terms], total=total, hits=hits, notes=notes,
                        offset=offset)
