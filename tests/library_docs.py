"""Plain-text 公文 for library tests: notices issuing 办法, decisions abolishing them, orders,
letters; read through the real extraction, decision and loading path (no Prefect)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from normdocs.pipeline.stages import InputFile, library_item, prepare, quarantine_reasons


def cn_date(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def notice(issuer: str, number: str, subject: str, signed: str, body: str = "", marker: str = "（此件公开发布）",
           cc: str = "抄送：市委有关部门。") -> str:
    """A notice issuing 《subject》 (an 办法: a normative document)."""
    return "\n".join([
        f"{issuer}文件", "", number, "", f"{issuer}关于印发《{subject}》的通知", "",
        "各县（市、区）人民政府，市政府各部门：",
        f"　　现将《{subject}》印发给你们，请认真贯彻执行。{body}", "",
        f"　　附件：{subject}", "", f"　　　　{issuer}", f"　　　　{cn_date(signed)}", "", f"　　{marker}", "",
        cc, f"{issuer}　　{cn_date(signed)}印发", "",
    ])


def decision(issuer: str, number: str, targets: list[tuple[str, str]], signed: str) -> str:
    listed = "、".join(f"《{t}》（{n}）" for t, n in targets)
    first = targets[0][0]
    return "\n".join([
        f"{issuer}文件", "", number, "", f"{issuer}关于废止《{first}》的决定", "",
        f"　　经研究，决定废止{listed}。", "", f"　　　　{issuer}", f"　　　　{cn_date(signed)}", "",
        "　　（此件公开发布）", "",
    ])


def letter(issuer: str, number: str, title: str, recipient: str, signed: str, marker: str) -> str:
    return "\n".join([
        issuer, "", number, "", title, "", f"{recipient}：", "　　你单位来函收悉。经研究，现函复如下：同意。", "",
        f"　　　　{issuer}", f"　　　　{cn_date(signed)}", "", f"　　{marker}", "",
    ])


def order(issuer: str, number: str, subject: str, signed: str) -> str:
    return "\n".join([
        f"{issuer}令", "", number, "",
        f"　　《{subject}》已经{cn_date(signed)}市人民政府常务会议通过，现予公布，自公布之日起施行。", "",
        "　　　　市长　张三", f"　　　　{cn_date(signed)}", "", "　　（此件公开发布）", "",
    ])


def load_texts(library, folder: Path, docs: dict[str, str], today: dt.date | None = None) -> dict[str, int]:
    """Write each text as NAME.txt, read it through the ingest stages and load it; name -> library id."""
    today = today or dt.date(2026, 12, 1)
    ids = {}
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        record = prepare(InputFile(str(path), path.name), None, today)
        assert record.status == "ok", (name, record.error)
        assert quarantine_reasons(record, []) is None, (name, quarantine_reasons(record, []))
        ids[name] = library.load(library_item(record), run_id="test").document_id
    return ids
