"""End to end: no full personal number outside the original files and the original-text column,
and no script from a document runs in a page.

A folder of generated documents with personal numbers planted in the title, recipients, cc,
attachment names, file names and body (plain, with separators, in full-width digits) is
ingested by the real command (`normdocs ingest`, Prefect's ephemeral server in its own
PREFECT_HOME, a copy of the session's migrated one); then everything written is scanned: the library (every table and column, the
original-text column blanked, and the raw file after VACUUM), NORMDOCS_HOME (reports, Great
Expectations results, Data Docs, cache), PREFECT_HOME (its database, logs), the run's stdout
and stderr and the outputs of show, search, review list, quarantine list and export.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.db import PG_URL, library_url
from tests.make_docs import make_docx, make_pdf
from tests.test_findings import luhn_complete, make_id

pytestmark = pytest.mark.slow

# IDs, cards and mobiles send a document to review; a secret mark keeps it out of the library
ID_TITLE = make_id("110105", "19770615", "052")
ID_RECIPIENT = make_id("420102", "19661212", "444")
ID_ATTACHMENT = make_id("610103", "19790909", "555")
ID_FILE = make_id("320106", "19880808", "246")
ID_FOLDER = make_id("440305", "19850505", "135")  # in the input folder's name: run records name it masked
CARD_BODY = luhn_complete("6222021234567", 16)
CARD_SECRET = luhn_complete("6217002870", 19)
MOBILE_TITLE = "13787654321"
MOBILE_RECIPIENT = "13612344321"
MOBILE_CC = "18955554444"
MOBILE_ATTACHMENT = "15977778888"
MOBILE_FILE = "13912345678"
MOBILE_BODY = "15066668888"
PLANTED = (ID_TITLE, ID_RECIPIENT, ID_ATTACHMENT, ID_FILE, ID_FOLDER, CARD_BODY, CARD_SECRET, MOBILE_TITLE, MOBILE_RECIPIENT,
           MOBILE_CC, MOBILE_ATTACHMENT, MOBILE_FILE, MOBILE_BODY)
# identifiers read after their word (护照号码, 往来港澳通行证, 住址): scanned for like the numbers
PASSPORT_BODY = "E12345678"
PASSPORT_ATTACHMENT = "G87654321"
PERMIT_BODY = "C23456789"
ADDRESS_BODY = "文化东路12号3单元201室"
CONTEXTUAL = (PASSPORT_BODY, PASSPORT_ATTACHMENT, PERMIT_BODY, ADDRESS_BODY)
FULLWIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
# runs in any page that renders a title as HTML instead of text
HOSTILE = "<img src=x onerror=document.body.setAttribute('data-pwned','yes')>"


def grouped(number: str, sizes: tuple[int, ...], sep: str) -> str:
    out, pos = [], 0
    for size in sizes:
        out.append(number[pos : pos + size])
        pos += size
    if pos < len(number):
        out.append(number[pos:])
    return sep.join(out)


def forms(number: str) -> set[str]:
    """The number as a scan looks for it: digits only, full-width, and with the separators people use."""
    found = {number, number.translate(FULLWIDTH)}
    sizes = {18: (6, 8), 11: (3, 4), 16: (4, 4, 4), 19: (4, 4, 4, 4)}.get(len(number)) if number.isdigit() else None
    if sizes is None:  # a passport's or permit's number, an address: written as one word
        return found
    for sep in (" ", "-"):
        found.add(grouped(number, sizes, sep))
    return found


NEEDLES = sorted({f for n in PLANTED + CONTEXTUAL for f in forms(n)}, key=len, reverse=True)


def hits(text: str) -> list[str]:
    return [n for n in NEEDLES if n in text]


def masked(number: str) -> str:
    return number[:6] + "*" * 8 + number[-4:] if len(number) == 18 else number[:3] + "****" + number[-4:]


def _notice(number: str, title: str, recipients: str, body: list[str], attachment: str, cc: str,
            marker: bool = False) -> list[tuple[str, str]]:
    return [
        ("mark", "聊城市人民政府办公室文件"), ("number", number), ("title", title), ("text", recipients),
        *[("text", line) for line in body], ("text", attachment),
        ("right", "聊城市人民政府办公室"), ("right", "2023年7月25日"),
        *([("text", "（此件公开发布）")] if marker else []),
        ("text", cc), ("text", "聊城市人民政府办公室 2023年7月26日印发"),
    ]


def _documents(folder: Path) -> None:
    # loaded for review: mobiles everywhere, an ID in the file name
    make_pdf(folder / f"通知_{ID_FILE}.pdf", _notice(
        "聊政办发〔2023〕11号", f"关于公布举报电话{MOBILE_TITLE}的通知",
        f"各县（市、区）人民政府，联系人（{grouped(MOBILE_RECIPIENT, (3, 4), '-')}）：",
        ["现将举报电话公布如下，请认真贯彻落实。", f"值班电话{grouped(MOBILE_BODY, (3, 4), ' ')}。"],
        f"附件：1. 联系人名单（{MOBILE_ATTACHMENT}）", f"抄送：市民政局，李四{MOBILE_CC}。"))
    make_docx(folder / f"通知_{MOBILE_FILE}.docx", [
        "聊城市人民政府办公室文件", "聊政办发〔2023〕12号", f"关于开通热线{MOBILE_TITLE.translate(FULLWIDTH)}的通知",
        f"王五{MOBILE_RECIPIENT}：", f"现将有关事项通知如下。联系电话{MOBILE_BODY}。",
        f"附件：{MOBILE_ATTACHMENT}联系人名单（护照号码{PASSPORT_ATTACHMENT}）",
        "聊城市人民政府办公室", "2023年7月25日", f"抄送：市民政局，赵六{MOBILE_CC}。"])
    # loaded 待审 (IDs and a card against its 主动公开 marker), its metadata masked
    make_pdf(folder / f"批复{MOBILE_FILE}.pdf", _notice(
        "聊政办发〔2023〕13号", f"关于张三（{ID_TITLE}）申请补助的批复",
        f"张三（{grouped(ID_RECIPIENT, (6, 8), ' ')}）：",
        ["你提交的申请收悉。", f"补助款已汇入银行卡号{grouped(CARD_BODY, (4, 4, 4), ' ')}。",
         f"申请人护照号码：{PASSPORT_BODY}，往来港澳通行证号码：{PERMIT_BODY}，住址：济南市历下区{ADDRESS_BODY}。"],
        f"附件：1. 申请人{ID_ATTACHMENT}身份证复印件", f"抄送：市民政局，李四{MOBILE_CC}。", marker=True))
    make_pdf(folder / f"机密件{MOBILE_FILE}.pdf", [
        ("text", "机密★1年"), *_notice("聊政办发〔2023〕14号", f"关于李四{ID_TITLE.translate(FULLWIDTH)}的处理意见",
                                       "各县（市、区）人民政府：", [f"收款账号{CARD_SECRET}。"], "", "")])
    (folder / f"损坏_{ID_FILE}.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    # a site's manifest whose cells carry markup: text in every page (one is loaded, one fails validation)
    for name in ("hostile.pdf", "hostile_number.pdf"):
        make_pdf(folder / name, _notice("聊政办发〔2023〕15号" if name == "hostile.pdf" else "聊政办发〔2023〕16号",
                                        "关于印发工作要点的通知", "各县（市、区）人民政府：", ["现将工作要点印发给你们。"],
                                        "", "", marker=True))
    (folder / "normdocs-manifest.csv").write_text(
        "path,title,doc_number,published_date\n"
        f"hostile.pdf,\"{HOSTILE}通知\",,2023-07-28\n"
        f"hostile_number.pdf,,\"{HOSTILE}\",2023-07-28\n", encoding="utf-8")


@dataclass
class Run:
    folder: Path
    home: Path
    prefect_home: Path
    env: dict
    outputs: dict[str, str]
    summary: dict
    backend: str
    url: str
    tmp: Path


def _cli(args: list[str], env: dict, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "normdocs.cli.main", *args], capture_output=True, text=True,
                          env=env, timeout=timeout)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def run(request, tmp_path_factory, prefect_home_template) -> Run:
    root = tmp_path_factory.mktemp("leaks")
    url, drop = library_url(request.param, root)
    request.addfinalizer(drop)
    folder, home, prefect_home = root / f"收件_{ID_FOLDER}", root / "home", root / "prefect"
    folder.mkdir()
    shutil.copytree(prefect_home_template, prefect_home)  # migrated already: the runs write into it
    _documents(folder)
    env = {**os.environ, "NORMDOCS_HOME": str(home), "PREFECT_HOME": str(prefect_home),
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "GX_ANALYTICS_ENABLED": "false",
           "PREFECT_LOGGING_LEVEL": "DEBUG", "NORMDOCS_WORKERS": "2",
           "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
    for name in ("PREFECT_API_URL", "NORMDOCS_DASK_ADDRESS"):
        env.pop(name, None)
    env["NORMDOCS_DATABASE_URL"] = url
    outputs: dict[str, str] = {}
    done = _cli(["ingest", str(folder), "--json"], env)
    outputs["ingest"] = done.stdout + done.stderr
    assert done.returncode == 0, done.stderr[-3000:]
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    again = _cli(["ingest", str(folder)], env)  # an unchanged re-run: skipped rows are shown too
    outputs["ingest again"] = again.stdout + again.stderr
    assert again.returncode == 0, again.stderr[-3000:]
    outputs.update(_listings(env, root))
    return Run(folder, home, prefect_home, env, outputs, summary, request.param, url, root)


def _listings(env: dict, root: Path) -> dict[str, str]:
    """What staff read from the library: run in this process (no Prefect involved)."""
    from typer.testing import CliRunner

    from normdocs.cli.main import app

    runner, outputs = CliRunner(), {}
    saved = {k: os.environ.get(k) for k in ("NORMDOCS_HOME", "NORMDOCS_DATABASE_URL")}
    for key in saved:
        os.environ[key] = env[key]
    try:
        for name, args in {
            "search": ["search", "通知"], "search json": ["search", "通知", "--json"],
            "search hotline": ["search", "举报电话"],
            "review list": ["review", "list"], "review list json": ["review", "list", "--json"],
            "quarantine list": ["quarantine", "list"], "quarantine list json": ["quarantine", "list", "--json"],
            "export csv": ["export", "--out", str(root / "out.csv")],
            "export xlsx": ["export", "--out", str(root / "out.xlsx")],
        }.items():
            done = runner.invoke(app, args)
            assert done.exit_code == 0, f"{name}: {done.output[-2000:]}"
            outputs[name] = done.output
        ids = [json.loads(line)["id"] for line in outputs["search json"].splitlines() if line.startswith("{")]
        assert ids
        for doc in ids:
            outputs[f"show {doc}"] = runner.invoke(app, ["show", str(doc)]).output
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    outputs["out.csv"] = (root / "out.csv").read_text(encoding="utf-8-sig")
    with zipfile.ZipFile(root / "out.xlsx") as book:
        outputs["out.xlsx"] = "\n".join(book.read(n).decode("utf-8", "replace") for n in book.namelist())
    return outputs


def _library_dump(run: Run) -> tuple[str, bytes]:
    """Every table and column of the library as text, with versions.body blanked; on SQLite also
    the raw bytes of a vacuumed copy with that column blanked (FTS shadow tables included)."""
    parts = []
    if run.backend == "postgresql":
        import psycopg

        schema = re.search(r"search_path%3D(\w+)", run.url).group(1)
        with psycopg.connect(PG_URL.replace("+psycopg", "")) as conn:
            tables = [r[0] for r in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = %s", (schema,))]
            for table in tables:
                cur = conn.execute(f'SELECT * FROM "{schema}"."{table}"')
                names = [c.name for c in cur.description]
                for row in cur:
                    parts.append(f"{table}: " + " | ".join(
                        "" if (table, n) == ("versions", "body") else str(v) for n, v in zip(names, row)))
        return "\n".join(parts), b""
    copy = run.tmp / "library-copy.db"
    copy.unlink(missing_ok=True)
    source = sqlite3.connect(run.url.removeprefix("sqlite:///"))
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.execute("UPDATE versions SET body = NULL")
    target.commit()
    target.execute("VACUUM")
    tables = [r[0] for r in target.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for row in target.execute(f'SELECT * FROM "{table}"'):
            parts.append(f"{table}: " + " | ".join(v.decode("latin-1") if isinstance(v, bytes) else str(v)
                                                   for v in row))
    target.close()
    return "\n".join(parts), copy.read_bytes()


def _bodies(run: Run) -> str:
    from normdocs.library.store import Library

    library = Library(run.url)
    return "\n".join(b for b in library.current_bodies([d.id for d in library.documents()], redacted=False).values()
                     if b)


def _file_text(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix == ".gz":
        try:
            data = gzip.decompress(data)
        except OSError:
            pass
    text = data.decode("utf-8", "replace") + "\n" + data.decode("latin-1")
    if path.suffix == ".json":  # JSON may write non-ASCII as \\u escapes
        try:
            text += "\n" + json.dumps(json.loads(data), ensure_ascii=False)
        except ValueError:
            pass
    return text


def test_the_run_accounts_for_every_file(run):
    s = run.summary
    assert s["inputs"] == 7 == s["loaded"] + s["quarantined"] + s["skipped"]
    # the 批复 whose 主动公开 marker conflicts with its ID and card numbers is loaded 待审 (a reviewer
    # decides it); the secret-marked, the corrupt and the invalid-number files are quarantined
    assert (s["loaded"], s["quarantined"]) == (4, 3)
    assert s["pending_review"] >= 3


def test_planted_numbers_reach_the_metadata_masked(run):
    """Not vacuous: the numbers did reach title, recipients, cc, attachments and file names."""
    text, _ = _library_dump(run)
    for number in PLANTED:
        if number not in (CARD_BODY, CARD_SECRET):  # cards are in bodies only
            assert masked(number) in text, number
    assert f"关于公布举报电话{masked(MOBILE_TITLE)}的通知" in text
    assert "G******21" in text  # the passport in an attachment's name, masked


def test_contextual_identifiers_rest_only_in_the_original_text(run):
    """Not vacuous: the passport, permit and address planted in a body are in the original text."""
    bodies = _bodies(run)
    assert all(value in bodies for value in (PASSPORT_BODY, PERMIT_BODY, ADDRESS_BODY))


def test_library_holds_full_numbers_only_in_the_original_text_column(run):
    assert MOBILE_BODY in _bodies(run).replace(" ", "")  # the original text keeps what the document says
    text, raw = _library_dump(run)
    assert hits(text) == []
    assert hits(raw.decode("utf-8", "replace")) == [] and hits(raw.decode("latin-1")) == []


@pytest.mark.parametrize("where", ["home", "prefect_home"])
def test_no_full_number_in_files_written(run, where):
    folder = getattr(run, where)
    seen, leaks = 0, {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.name.startswith("normdocs.db"):
            continue  # the library is scanned above, with its original-text column blanked
        seen += 1
        found = hits(_file_text(path))
        if found:
            leaks[str(path.relative_to(folder))] = found
    assert seen > 3
    assert leaks == {}


def test_no_full_number_in_command_output(run):
    assert any(name.startswith("show ") for name in run.outputs)
    leaks = {name: hits(text) for name, text in run.outputs.items() if hits(text)}
    assert leaks == {}
    assert masked(ID_FILE) in run.outputs["quarantine list json"]  # files shown by masked name and id


def test_extraction_cache_is_encrypted_and_owner_only(run):
    cache = run.home / "cache" / "extract"
    key = cache / "extract.key"
    assert key.stat().st_mode & 0o777 == 0o600
    entries = [p for p in cache.glob("*/*") if p.is_file()]
    assert len(entries) >= 4  # the quarantined file with a secret mark is cached too (re-decided later)
    for entry in entries:
        assert entry.stat().st_mode & 0o077 == 0
        assert "补助".encode() not in entry.read_bytes()
        with pytest.raises(OSError):
            gzip.decompress(entry.read_bytes())


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _dom(url: str, tmp_path: Path) -> str:
    """The page's DOM after load in headless Chromium; every host name fails to resolve (no traffic)."""
    cmd = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={tmp_path / 'profile'}",
        "--virtual-time-budget=3000", "--dump-dom", url,
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary on PATH (apt-get install -y chromium)")
def test_markup_in_a_title_is_text_in_the_report_and_data_docs(run, tmp_path):
    report = Path(run.summary["report"])
    gx_site = run.home / "gx" / "uncommitted" / "data_docs" / "local_site"
    pages = [report, *sorted(gx_site.glob("validations/**/*.html"))]
    assert len(pages) >= 2
    shown = []
    for page in pages:
        dom = _dom(page.as_uri(), tmp_path)
        assert not re.search(r"<body[^>]*data-pwned", dom), page  # the handler never ran
        assert not re.search(r"<img[^>]*onerror", dom, re.I), page  # no element was made
        shown.append("onerror=document.body" in dom)  # the markup is there, as text
    assert shown[0] and any(shown[1:])
