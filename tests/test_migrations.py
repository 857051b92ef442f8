"""The Alembic migrations build exactly the tables models.py declares, on both backends."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from normdocs.library.models import Base
from normdocs.library.store import Library
from tests.db import library_url


def _declared_only(obj, name, type_, reflected, compare_to) -> bool:
    # raw-SQL search structures (FTS5 shadow tables, trigram and bigram indexes) are not in the models
    if type_ == "table":
        return name in Base.metadata.tables
    if type_ == "index" and compare_to is None:
        return False
    return True


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_migrations_match_the_models(backend, tmp_path):
    url, cleanup = library_url(backend, tmp_path)
    try:
        library = Library(url)
        library.upgrade()
        with library.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_object": _declared_only, "compare_type": True})
            diff = compare_metadata(context, Base.metadata)
        library.engine.dispose()
        assert diff == [], f"models.py and the migrations disagree: {diff}"
    finally:
        cleanup()
