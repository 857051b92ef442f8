"""(Re)write benchmarks/real_corpus/govcn.jsonl: element labels for the www.gov.cn pages of
ZhouYNF/platform-1's SQL dump (国务院/国办 documents, 1981–2019, crawled 2019-02).

    python benchmarks/govcn_labels.py [--mirrors DIR]

The INPUT of each document is the row's `html` column (the page's content block: the site's
metadata table, then the document as the page shows it) with the metadata table cut out
(real_corpus.govcn_page); the GOLD is read from that removed table and from the text:

- title = 标题, issuer = 发文机关 (joint bodies joined with 、 as the site prints them; the
  site's short 中央军委 as the full 中央军事委员会, the site's form in the notes),
  doc_number = 发文字号 (for a 令 the 令号 as its heading prints it, 中华人民共和国国务院令第706号,
  where the site says 国令第706号), signed_date = 成文日期 — except where the document's own
  signature (the issuer's name, then a date) prints another day: the document wins (noted);
- doc_type: the 文种 ending the title (复函/答复 → 函, 指导意见/若干意见 → 意见, a 令 → 令);
- recipients: the first line ending in ：among the first eight, split on ，;
- disclosure_marker: 主动公开 when the text prints （此件公开发布）, else null;
- printed_date, classification, urgency: null (a web release prints no 版记, 密级 or 紧急程度).

The split is a hash of the page's URL (sha256, odd → heldout), fixed before any scoring.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = ("ZhouYNF/platform-1", "aa9b1792f3ba2b4d790a55aeddaa811e339341dd",
          "db/ge_policy_raw20190217.sql")


def _load(name: str, file: str):
    spec = importlib.util.spec_from_file_location(name, HERE / file)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RC = _load("normdocs_real_corpus", "real_corpus.py")
TC = _load("normdocs_topic_corpus", "topic_corpus.py")

CELL = r"{}：</b></td>\s*<td[^>]*>([^<]*)<"
DOC_TYPES = [("指导意见", "意见"), ("若干意见", "意见"), ("实施意见", "意见"), ("复函", "函"),
             ("答复", "函"), ("补充通知", "通知"), ("通知", "通知"), ("意见", "意见"), ("批复", "批复"),
             ("决定", "决定"), ("通报", "通报"), ("函", "函"), ("条例", "令")]
# the site prints some joint bodies short; the gold's issuer is the canonical full name
FULL_NAMES = {"中央军委": "中央军事委员会", "中央军委办公厅": "中央军事委员会办公厅"}
CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
CN_DIGITS["○"] = 0


def cell(html: str, label: str) -> str | None:
    m = re.search(CELL.format(label), html)
    return m.group(1).strip() if m else None


def iso(text: str) -> str | None:
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text.strip())
    return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}" if m else None


def cn_number(text: str) -> int:
    if all(c in CN_DIGITS for c in text):
        return int("".join(str(CN_DIGITS[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (CN_DIGITS.get(ones, 0) if ones else 0)


def line_date(line: str) -> str | None:
    if (found := iso(line)) is not None:
        return found
    m = re.fullmatch(r"([〇○一二三四五六七八九]{4})年([一二三四五六七八九十]+)月([一二三四五六七八九十]+)日",
                     line.strip())
    if not m:
        return None
    return f"{cn_number(m[1]):04d}-{cn_number(m[2]):02d}-{cn_number(m[3]):02d}"


def signature_date(lines: list[str], issuer: str) -> str | None:
    """The date under the issuer's own signature line (its name, joint names space-joined)."""
    names = {issuer, issuer.replace("、", " "), issuer.replace("、", "")}
    for i in range(len(lines) - 1):
        if re.sub(r"\s+", " ", lines[i]).strip() in names and (d := line_date(lines[i + 1])):
            return d
    return None


def entry_for(n: int, row: dict, file_sha: str) -> dict:
    html, lines = row["html"], TC.html_text(row["content"]).splitlines()
    title, issuer = cell(html, "标　　题"), cell(html, "发文机关")
    number, site_date = cell(html, "发文字号"), iso(cell(html, "成文日期") or "")
    notes = []
    signed = signature_date(lines, issuer)
    if signed and signed != site_date:
        notes.append(f"site 成文日期 {site_date}, the signature prints {signed}: the document wins")
    signed = signed or site_date
    full = "、".join(FULL_NAMES.get(part, part) for part in issuer.split("、"))
    if full != issuer:
        notes.append(f"site 发文机关 {issuer} (short forms); issuer is the full name")
        issuer = full
    if number and "令" in number:
        doc_type = "令"
        heading = re.sub(r"\s+", "", lines[0] + lines[1])
        if re.fullmatch(r".+令第\d+号", heading) and heading != number:
            notes.append(f"site 发文字号 {number}; the heading prints {heading}: the 令号 as printed")
            number = heading
        notes.append("a 令: title is the promulgated regulation's (the site's 标题)")
    else:
        doc_type = next((t for end, t in DOC_TYPES if title.endswith(end)), None)
    recipients: list[str] = []
    if doc_type != "令":
        for line in lines[:8]:
            if line.endswith("：") and "。" not in line and len(line) > 2:
                recipients = [r for r in line.rstrip("：").split("，") if r]
                break
    url = row["crawl_url"]
    page = RC.govcn_page(row)
    return {
        "id": f"gc{n + 1:03d}", "file": f"govcn_{Path(url).stem}.html",
        "repo": SOURCE[0], "commit": SOURCE[1], "path": SOURCE[2], "extract": "sql-row-page",
        "row": n, "file_sha256": file_sha, "sha256": RC.sha256(page), "url": url,
        "format": "html", "level": "国务院", "region": "中央", "year": int(signed[:4]),
        "split": "heldout" if int(hashlib.sha256(url.encode()).hexdigest(), 16) % 2 else "dev",
        "title": title, "doc_number": number, "issuer": issuer, "doc_type": doc_type,
        "signed_date": signed, "printed_date": None, "classification": None, "urgency": None,
        "disclosure_marker": "主动公开" if any("（此件公开发布）" in x for x in lines) else None,
        "recipients": recipients, "cc": [], "scanned": False,
        "topic_printed": (cell(html, "主题分类") or None),
        "notes": "; ".join(notes),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirrors", type=Path, default=RC.DEFAULT_MIRRORS)
    args = ap.parse_args()
    git_dir = RC.mirror_dir(SOURCE[0], args.mirrors)
    data = RC.git_show({"commit": SOURCE[1], "repo": SOURCE[0]}, git_dir, SOURCE[2])
    rows = TC.sql_rows(data)
    entries = [entry_for(n, row, RC.sha256(data)) for n, row in enumerate(rows)]
    RC.GOVCN.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries),
                        encoding="utf-8")
    print(f"{len(entries)} entries -> {RC.GOVCN}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
