"""Writing the search index: each document's masked title and redacted body as tokens.

SQLite: two FTS5 tables of space-separated tokens (`search_titles`, `search_bodies`, rowid =
document id, the `ascii` tokenizer splitting on the spaces only). PostgreSQL: `search_terms`, one
tsvector per title and per body chunk with a GIN index, built here from the same tokens (no
parser, no dictionary) so both backends index exactly the same thing. A tsvector keeps at most
256 positions per lexeme and positions up to 16,383, so bodies go in overlapping chunks small
enough for both; a query phrase (tokens.MAX_PHRASE) always fits inside one chunk's overlap.

Whoever rewrites a `search_index` row must call `put` (or `rebuild`) so the tokens follow.
"""

from __future__ import annotations

from typing import Any, Iterable

from sqlalchemy import text

from normdocs.library.tokens import MAX_PHRASE, text_tokens

CHUNK_TOKENS = 4000
CHUNK_OVERLAP = MAX_PHRASE
MAX_POSITIONS = 255  # per lexeme and chunk; PostgreSQL drops positions past 256
TITLE_TOKENS = 1000  # a title is a line or two; a hostile one is cut, the same on both backends


def _positions(tokens: list[str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i, token in enumerate(tokens, 1):
        out.setdefault(token, []).append(i)
    return out


def chunks(tokens: list[str]) -> Iterable[dict[str, list[int]]]:
    """Overlapping pieces of a body, each as lexeme → positions within PostgreSQL's limits."""
    start, n = 0, len(tokens)
    while start < n:
        end = min(start + CHUNK_TOKENS, n)
        while True:
            positions = _positions(tokens[start:end])
            if end - start <= 2 * CHUNK_OVERLAP or max(map(len, positions.values())) <= MAX_POSITIONS:
                break
            end = start + (end - start) // 2  # a lexeme repeated too often: a smaller chunk
        yield positions
        if end >= n:
            break
        start = end - CHUNK_OVERLAP


def tsvector_literal(positions: dict[str, list[int]]) -> str:
    # tokens hold letters and digits only (tokens.py), so quoting never needs escapes
    return " ".join(f"'{lexeme}':{','.join(map(str, pos[:MAX_POSITIONS]))}" for lexeme, pos in positions.items())


def title_text(title: str | None, doc_number: str | None) -> str:
    """What a title is indexed as: the masked title and the document number (文号), which
    people search by too; the bar keeps them apart (no token spans both)."""
    return " | ".join(part for part in (title, doc_number) if part)


def put_many(connection: Any, dialect: str, rows: list[tuple[int, str | None, str | None]],
             replace: bool = True) -> None:
    """(Re)index documents: `rows` are (document id, title_text(), redacted body). `connection`
    is a Session or Connection inside the caller's transaction; `replace=False` for ids not yet
    indexed (bulk loads)."""
    write_tokens(connection, dialect, [(d, text_tokens(t)[:TITLE_TOKENS], text_tokens(b)) for d, t, b in rows],
                 replace)


def write_tokens(connection: Any, dialect: str, rows: list[tuple[int, list[str], list[str]]],
                 replace: bool = True) -> None:
    """`put_many` with the tokens already made: (document id, title tokens, body tokens)."""
    if not rows:
        return
    ids = [{"id": doc_id} for doc_id, _, _ in rows]
    if dialect == "sqlite":
        if replace:
            connection.execute(text("DELETE FROM search_titles WHERE rowid = :id"), ids)
            connection.execute(text("DELETE FROM search_bodies WHERE rowid = :id"), ids)
        connection.execute(text("INSERT INTO search_titles(rowid, terms) VALUES (:id, :t)"),
                           [{"id": d, "t": " ".join(t)} for d, t, _ in rows])
        connection.execute(text("INSERT INTO search_bodies(rowid, terms) VALUES (:id, :t)"),
                           [{"id": d, "t": " ".join(b)} for d, _, b in rows])
        return
    if replace:
        connection.execute(text("DELETE FROM search_terms WHERE document_id = :id"), ids)
    values = []
    for doc_id, title_tokens, body_tokens in rows:
        if title_tokens:
            values.append({"id": doc_id, "part": 0, "v": tsvector_literal(_positions(title_tokens))})
        for part, positions in enumerate(chunks(body_tokens), 1):
            values.append({"id": doc_id, "part": part, "v": tsvector_literal(positions)})
    if values:
        connection.execute(text("INSERT INTO search_terms(document_id, part, terms) "
                                "VALUES (:id, :part, CAST(:v AS tsvector))"), values)


def put(connection: Any, dialect: str, document_id: int, title: str | None, doc_number: str | None,
        body: str | None) -> None:
    put_many(connection, dialect, [(document_id, title_text(title, doc_number), body)])


def rebuild(connection: Any, dialect: str, batch: int = 500) -> int:
    """Index every row of `search_index` again (migration 0005, or after its text was rewritten)."""
    if dialect == "sqlite":
        connection.execute(text("DELETE FROM search_titles"))
        connection.execute(text("DELETE FROM search_bodies"))
    else:
        connection.execute(text("DELETE FROM search_terms"))
    done, last = 0, -1
    while True:
        rows = connection.execute(text(
            "SELECT s.document_id, s.title, d.doc_number, s.body FROM search_index s "
            "JOIN documents d ON d.id = s.document_id WHERE s.document_id > :last "
            "ORDER BY s.document_id LIMIT :n"), {"last": last, "n": batch}).all()
        if not rows:
            return done
        put_many(connection, dialect, [(r[0], title_text(r[1], r[2]), r[3]) for r in rows])
        done += len(rows)
        last = rows[-1][0]
