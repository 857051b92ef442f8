"""Full-text search over titles and redacted bodies.

Trigram indexes (SQLite FTS5 `trigram`, PostgreSQL pg_trgm) find nothing for one- or
two-character queries such as 住房 or 通知, which people type most: those use LIKE.
"""

from __future__ import annotations

from sqlalchemy import or_, select, text

from normdocs.library.models import Document, SearchIndex
from normdocs.library.store import Library

TRIGRAM = 3


def _like_pattern(query: str) -> str:
    return "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search(library: Library, query: str, limit: int = 50) -> list[Document]:
    query = query.strip()
    if not query:
        return []
    with library.session() as s:
        if len(query) >= TRIGRAM and library.engine.dialect.name == "sqlite":
            phrase = '"' + query.replace('"', '""') + '"'
            ids = [row[0] for row in s.execute(
                text("SELECT rowid FROM search_fts WHERE search_fts MATCH :q ORDER BY rank LIMIT :n"),
                {"q": phrase, "n": limit})]
        else:
            pattern = _like_pattern(query)
            operator = "ilike" if library.engine.dialect.name == "postgresql" else "like"
            ids = list(s.scalars(select(SearchIndex.document_id).where(or_(
                getattr(SearchIndex.title, operator)(pattern, escape="\\"),
                getattr(SearchIndex.body, operator)(pattern, escape="\\"),
            )).limit(limit)))
        if not ids:
            return []
        docs = {d.id: d for d in s.scalars(select(Document).where(Document.id.in_(ids)))}
        return [docs[i] for i in ids if i in docs]
