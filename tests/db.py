"""Library fixtures on both backends: SQLite in a temporary folder, PostgreSQL in its own schema.

PostgreSQL is the machine's server on 127.0.0.1:5432 (trust auth, database `test`), or
NORMDOCS_TEST_PG_URL. Where it cannot be reached the PostgreSQL cases are skipped, unless
NORMDOCS_REQUIRE_PG=1 (as in CI), where they fail.
"""

from __future__ import annotations

import os
import uuid

import pytest

PG_URL = os.environ.get("NORMDOCS_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def pg_reachable() -> bool:
    import psycopg

    try:
        with psycopg.connect(PG_URL.replace("+psycopg", ""), connect_timeout=3):
            return True
    except psycopg.OperationalError:
        return False


def library_url(backend: str, tmp_path) -> tuple[str, callable]:
    """A fresh library URL and its clean-up."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'library.db'}", lambda: None
    if not pg_reachable():
        if os.environ.get("NORMDOCS_REQUIRE_PG") == "1":
            pytest.fail(f"PostgreSQL not reachable at {PG_URL}")
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}")
    import psycopg

    schema = "normdocs_test_" + uuid.uuid4().hex[:10]
    plain = PG_URL.replace("+psycopg", "")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')

    def drop() -> None:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')

    # public stays on the path so a pg_trgm installed there is found
    return f"{PG_URL}?options=-csearch_path%3D{schema},public", drop
