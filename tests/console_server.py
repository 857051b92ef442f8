"""A real console server on 127.0.0.1 (uvicorn in a thread, a free port) over a real SQLite library
holding real documents: a PDF with a resident ID number (its finding keeps page and box), a
title with <script>, and accounts of every role."""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

PASSWORD = "correct horse 1"
ROLES = {"reviewer": ["审核一", "审核二", "审核三"], "auditor": ["审计员"], "admin": ["管理员"]}


def valid_id(base17: str = "11010519491231002") -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(d) * w for d, w in zip(base17, weights)) % 11]
    return base17 + check


ID_NUMBER = valid_id()
MOBILE = "13812345678"


@dataclass
class Console:
    url: str
    library: object
    docs: dict = field(default_factory=dict)
    run_id: str = "20240101T000000-abcdef"


def _load_file(library, path: Path, run_id: str) -> int:
    from normdocs.pipeline.stages import InputFile, library_item, prepare

    record = prepare(InputFile(str(path), path.name), None, dt.date(2024, 1, 1))
    assert record.status == "ok", record.error
    return library.load(library_item(record), run_id).document_id


def build(tmp: Path, signoffs: str = "3"):
    from normdocs.library.store import Library
    from normdocs.schemas.library import QuarantineItem
    from normdocs.schemas.settings import Settings
    from tests.make_docs import make_pdf

    library = Library(f"sqlite:///{tmp / 'library.db'}", Settings(review_signoffs=signoffs, home=str(tmp / "home")))
    library.upgrade()
    run_id = "20240101T000000-abcdef"
    library.start_run(run_id, str(tmp))
    id_pdf = make_pdf(tmp / "id.pdf", [
        ("mark", "聊城市人民政府办公室文件"), ("number", "聊政办发〔2023〕11号"),
        ("title", "关于发放困难群众救助金的通知"), ("text", "各县（市、区）人民政府："),
        ("text", f"申请人张某，身份证号{ID_NUMBER}，联系电话{MOBILE}。"),
        ("right", "聊城市人民政府办公室"), ("right", "2023年7月25日"),
    ])
    script_pdf = make_pdf(tmp / "script.pdf", [
        ("mark", "聊城市人民政府办公室文件"), ("number", "聊政办发〔2023〕12号"),
        ("title", "关于<script>alert(1)</script>的通知"), ("text", "各县（市、区）人民政府："),
        ("text", "请做好相关工作。"), ("right", "聊城市人民政府办公室"), ("right", "2023年7月26日"),
    ])
    docs = {"id": _load_file(library, id_pdf, run_id), "script": _load_file(library, script_pdf, run_id)}
    library.quarantine(QuarantineItem.model_validate({
        "file": str(tmp / "secret.pdf"), "content_hash": "s" * 64, "stage": "review",
        "reasons": ["保密审查发现阻断项（state_secret），不得入库，须人工处理。"], "metadata": {"classification": "秘密"},
        "findings": [{"kind": "state_secret", "evidence": "秘密★1年", "page": 1, "line": 1, "severity": "block"},
                     {"kind": "id_card", "evidence": ID_NUMBER[:6] + "********" + ID_NUMBER[-4:], "page": 1, "line": 5,
                      "severity": "review"}]}), run_id)
    report = tmp / "home" / "reports" / run_id / "index.html"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text("<!doctype html><title>报告</title><p>运行报告</p>", encoding="utf-8")
    library.finish_run(run_id, "completed", {"inputs": 3, "loaded": 2, "quarantined": 1, "skipped": 0,
                                              "pending_review": 2, "new_versions": 0}, str(report))
    accounts = library.accounts()
    for role, names in ROLES.items():
        for name in names:
            accounts.add(name, role, PASSWORD)
    return library, docs, run_id


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, library):
        import uvicorn

        from normdocs.console import create_app

        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(create_app(library), host="127.0.0.1", port=self.port,
                                                    log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("console server did not start")
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def login(base: str, name: str, password: str = PASSWORD):
    """An httpx client signed in as `name` and its CSRF token (read from a page's form)."""
    import re

    import httpx

    c = httpx.Client(base_url=base, follow_redirects=False)
    form = c.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    r = c.post("/login", data={"csrf": token, "username": name, "password": password})
    assert r.status_code == 303, r.text
    page = c.get("/queue")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    return c, csrf
