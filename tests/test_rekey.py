"""Re-keying (migration 0008, normdocs.library.rekey): documents loaded under an older authority's
identity are keyed again by today's, so that a re-run makes new versions, never duplicates.
On SQLite and PostgreSQL, with files made here."""

import datetime as dt
import json
import os

import pytest
from alembic import command
from sqlalchemy import text

from normdocs.extractors import extract_file
from normdocs.library.models import LibraryLock
from normdocs.library.rekey import rekey
from normdocs.library.search import search
from normdocs.library.store import Library, migration_config
from normdocs.schemas.library import LibraryItem
from normdocs.schemas.settings import Settings
from tests.db import library_url
from tests.make_docs import make_pdf

PARTY = [("mark", "中共江西省委办公厅文件"), ("number", "赣办发〔2020〕3号"),
         ("title", "中共江西省委办公厅关于加强基层治理"), ("title", "体系建设的通知"),
         ("text", "各设区市委，省委各部委，省直各单位："),
         ("text", "为加强基层治理体系建设，现就有关事项通知如下，请认真贯彻执行。"),
         ("right", "中共江西省委办公厅"), ("right", "2020年5月6日"), ("text", "（此件公开发布）")]
OLD_KEY = "name:中共江西省委办公厅|赣办发〔2020〕3号"  # what the authority before Party bodies gave
NEW_KEY = "cpc/360000/office|赣办发〔2020〕3号"


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    url, cleanup = library_url(request.param, tmp_path)
    yield url
    cleanup()


def _item(identity: str, content: str, issuer: str, ids: list[str], printed: str = "中共江西省委办公厅",
          number: str = "赣办发〔2020〕3号") -> LibraryItem:
    return LibraryItem.model_validate({
        "identity": identity, "content_hash": content * 64, "file": f"{content}.pdf", "format": "pdf",
        "metadata": {"title": "中共江西省委办公厅关于加强基层治理体系建设的通知", "doc_number": number,
                     "issuer": issuer, "issuer_printed": printed, "issuer_source": "header",
                     "issuer_ids": ids, "signed_date": "2020-05-06"},
        "body": f"正文{content}", "body_redacted": f"正文{content}",
        "disclosure": {"proposed": "主动公开", "attribute": "主动公开", "needs_review": False, "rules_version": "r1",
                       "source": "rules"},
        "findings": [],
    })


def _old(content: str) -> LibraryItem:
    return _item(OLD_KEY, content, "中共江西省委办公厅", ["name:中共江西省委办公厅"])


def _new(content: str) -> LibraryItem:
    return _item(NEW_KEY, content, "中国共产党江西省委员会办公厅", ["cpc/360000/office"])


def test_rekey_moves_old_keys_to_todays_ids_and_merges_the_duplicates(url):
    library = Library(url, Settings())
    library.upgrade()
    first = library.load(_old("a")).document_id
    library.load(_old("b"))
    library.load(_new("a"))  # the duplicate an un-keyed library gets: same text under the new key
    library.load(_new("c"))
    unrelated = library.load(_item("gov/360000/gov|赣府发〔2020〕1号", "d", "江西省人民政府", ["gov/360000/gov"],
                                   "江西省人民政府", "赣府发〔2020〕1号"))
    with library.engine.begin() as connection:
        report = rekey(connection)
    assert len(report.merged) == 1 and report.merged[0][1] == first  # the older document keeps its address
    with library.engine.begin() as connection:
        rows = connection.execute(text("SELECT id, identity, issuer, issuer_ids FROM documents ORDER BY id")).all()
        versions = connection.execute(text("SELECT content_hash FROM versions WHERE document_id = :d "
                                           "ORDER BY version"), {"d": first}).scalars().all()
        audit = connection.execute(text("SELECT event FROM audit_log WHERE document_id = :d"), {"d": first}).all()
    assert [tuple(r) for r in rows] == [
        (first, NEW_KEY, "中国共产党江西省委员会办公厅", ";cpc/360000/office;"),
        (unrelated.document_id, "gov/360000/gov|赣府发〔2020〕1号", "江西省人民政府", ";gov/360000/gov;")]
    assert [h[0] for h in versions] == ["a", "b", "c"]  # each text once, history kept
    assert [a[0] for a in audit] == ["document_rekeyed"]
    # one index entry, the current version's text
    assert [h.id for h in search(library, "正文c").hits] == [first]
    assert search(library, "正文b").hits == []
    # a re-run under today's key finds the document: a new text is a new version
    again = library.load(_new("e"))
    assert (again.document_id, again.new_version) == (first, True)
    assert [d.id for d in library.documents(issuer="中共江西省委办公厅")] == [first]
    with library.engine.begin() as connection:  # nothing left to do: a second pass changes nothing
        assert (rekey(connection).rekeyed, rekey(connection).merged) == ([], [])
    library.engine.dispose()


def test_a_name_only_the_site_made_known_keeps_its_key(url):
    """The site's table is not stored: a stored key that re-resolving would make less known stays."""
    library = Library(url, Settings())
    library.upgrade()
    item = _item("gov/360100/housing|洪房字〔2020〕1号", "a", "南昌市住房保障和房产管理局", ["gov/360100/housing"],
                 "市住房保障和房产管理局", "洪房字〔2020〕1号")
    md = {**item.metadata.model_dump(), "title": "关于做好住房保障工作的通知"}
    library.load(item.model_copy(update={"metadata": item.metadata.model_validate(md)}))
    with library.engine.begin() as connection:
        assert rekey(connection).rekeyed == []
        assert connection.execute(text("SELECT identity FROM documents")).scalar() == "gov/360100/housing|洪房字〔2020〕1号"
    library.engine.dispose()


def _stamp(library: Library, revision: str) -> None:
    with library.engine.begin() as connection:
        command.stamp(migration_config(connection), revision)


@pytest.mark.slow
def test_migration_0008_rekeys_a_real_ingest_and_a_rerun_adds_a_version(url, prefect_server, home, tmp_path,
                                                                        monkeypatch):
    """Ingest a Party document, make its rows what the pre-Party authority wrote, upgrade through
    0008, ingest an edited file: a new version of the same document, never a second document."""
    from normdocs.flows.ingest import ingest_flow

    monkeypatch.setenv("NORMDOCS_DATABASE_URL", url)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    make_pdf(inbox / "party.pdf", PARTY)
    assert extract_file(inbox / "party.pdf").metadata.issuer_ids == ["cpc/360000/office"]
    first = ingest_flow(source=str(inbox), workers=1)
    assert first["loaded"] == 1
    library = Library(url, Settings())
    with library.engine.begin() as connection:  # the rows as the older code left them
        doc_id, key = connection.execute(text("SELECT id, identity FROM documents")).one()
        assert key == NEW_KEY
        stored = connection.execute(text("SELECT id, metadata_json FROM versions")).one()
        md = stored[1] if isinstance(stored[1], dict) else json.loads(stored[1])
        md.update(issuer="中共江西省委办公厅", issuer_ids=["name:中共江西省委办公厅"])
        connection.execute(text("UPDATE versions SET metadata_json = :m WHERE id = :v"),
                           {"m": json.dumps(md, ensure_ascii=False), "v": stored[0]})
        connection.execute(text("UPDATE documents SET identity = :i, issuer = '中共江西省委办公厅', "
                                "issuer_ids = ';name:中共江西省委办公厅;'"), {"i": OLD_KEY})
        connection.execute(text("DROP TABLE library_state"))  # 0009's, newer than the rows above
    _stamp(library, "0007")
    library.upgrade()
    with library.engine.begin() as connection:
        assert connection.execute(text("SELECT identity, issuer_ids FROM documents")).one() == (
            NEW_KEY, ";cpc/360000/office;")
    same = ingest_flow(source=str(inbox), workers=1)
    assert (same["loaded"], same["skipped"]) == (0, 1)
    make_pdf(inbox / "party.pdf", [(k, t.replace("请认真贯彻执行", "请结合实际认真贯彻执行")) for k, t in PARTY])
    edited = ingest_flow(source=str(inbox), workers=1)
    assert (edited["loaded"], edited["new_versions"]) == (1, 1)
    docs = library.documents()
    assert [d.id for d in docs] == [doc_id]
    assert [v.version for v in library.document(doc_id).versions] == [1, 2]
    library.engine.dispose()


def test_db_rekey_command_rekeys_the_configured_library(home):
    from typer.testing import CliRunner

    from normdocs.cli.main import app

    library = Library()
    library.upgrade()
    library.load(_old("a"))
    done = CliRunner().invoke(app, ["db", "rekey"])
    assert done.exit_code == 0, done.output
    assert "1 件更新标识" in done.output
    assert [d.identity for d in library.documents()] == [NEW_KEY]
    library.engine.dispose()


def test_db_rekey_is_not_stopped_by_the_lock_of_a_killed_run(home):
    import socket
    import subprocess
    import sys

    from typer.testing import CliRunner

    from normdocs.cli.main import app
    from normdocs.flows.runlock import lock_name

    library = Library()
    library.upgrade()
    library.load(_old("a"))
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    holder = {"run_id": "killed", "host": socket.gethostname(), "pid": dead.pid, "pid_started": None, "processes": []}
    assert library.try_lock(lock_name(library.url), holder, 60, lambda h: False) == ("acquired", None)
    done = CliRunner().invoke(app, ["db", "rekey"])
    assert done.exit_code == 0, done.output
    assert [d.identity for d in library.documents()] == [NEW_KEY]
    # a live holder (this process) still stops it
    library.release_lock(lock_name(library.url), "killed")
    me = {**holder, "run_id": "alive", "pid": os.getpid(), "pid_started": None}
    assert library.try_lock(lock_name(library.url), me, 60, lambda h: False) == ("acquired", None)
    refused = CliRunner().invoke(app, ["db", "rekey"])
    assert refused.exit_code == 1 and "alive" in refused.output
    # another host's lock whose heartbeat lapsed is taken over; the lock is free afterwards
    library.release_lock(lock_name(library.url), "alive")
    far = {**holder, "run_id": "elsewhere", "host": "another-host"}
    assert library.try_lock(lock_name(library.url), far, 60, lambda h: False) == ("acquired", None)
    with library.session() as s, s.begin():
        s.get(LibraryLock, lock_name(library.url)).heartbeat_at = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)
    taken = CliRunner().invoke(app, ["db", "rekey"])
    assert taken.exit_code == 0, taken.output
    assert library.lock_holder(lock_name(library.url)) is None
    library.engine.dispose()


def test_ingest_rekeys_once_when_the_issuer_authority_changed(url):
    """A library keyed under another authority (its noted digest differs) is re-keyed before a run
    plans, once: the next call finds the digest noted and leaves the library alone."""
    from normdocs.extractors.authority import authority_digest
    from normdocs.library.rekey import keyed_authority, note_keyed_authority

    library = Library(url, Settings())
    library.upgrade()
    library.load(_old("a"))
    with library.engine.begin() as connection:
        note_keyed_authority(connection, "an-older-one")
    report = library.rekey_if_authority_changed()
    assert report is not None and [(old, new) for _, old, new in report.rekeyed] == [(OLD_KEY, NEW_KEY)]
    assert [d.identity for d in library.documents()] == [NEW_KEY]
    with library.engine.begin() as connection:
        assert keyed_authority(connection) == authority_digest()
        assert connection.execute(text("SELECT source FROM audit_log WHERE event = 'document_rekeyed'")).all() == []
    with library.engine.begin() as connection:  # a document an older release keyed, after the digest was noted
        connection.execute(text("UPDATE documents SET identity = :i"), {"i": OLD_KEY})
    assert library.rekey_if_authority_changed() is None  # unchanged authority: no scan
    assert [d.identity for d in library.documents()] == [OLD_KEY]
    library.engine.dispose()


@pytest.mark.slow
def test_a_run_after_an_authority_change_adds_versions_not_duplicates(prefect_server, home, tmp_path):
    """The rows a run under an older authority left (its key, its digest): the next ingest of an
    edited file re-keys first, so the edit is a second version of the one document."""
    from normdocs.flows.ingest import ingest_flow
    from normdocs.library.rekey import note_keyed_authority

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    make_pdf(inbox / "party.pdf", PARTY)
    assert ingest_flow(source=str(inbox), workers=1)["loaded"] == 1
    library = Library()
    with library.engine.begin() as connection:
        doc_id = connection.execute(text("SELECT id FROM documents")).scalar()
        connection.execute(text("UPDATE documents SET identity = :i"), {"i": OLD_KEY})
        note_keyed_authority(connection, "an-older-one")
    make_pdf(inbox / "party.pdf", [(k, t.replace("请认真贯彻执行", "请结合实际认真贯彻执行")) for k, t in PARTY])
    edited = ingest_flow(source=str(inbox), workers=1)
    assert (edited["loaded"], edited["new_versions"]) == (1, 1)
    assert [d.id for d in library.documents()] == [doc_id]
    assert [d.identity for d in library.documents()] == [NEW_KEY]
    library.engine.dispose()
