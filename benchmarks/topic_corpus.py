"""主题分类 against what sites printed: a labelled set restored from public repositories.

    python benchmarks/topic_corpus.py [--split test|tune|all] [--json] [--errors]
                                      [--mirrors DIR] [--cache DIR]
    python benchmarks/topic_corpus.py --model DIR  # with a textcat from topic_train.py (tune only)
    python benchmarks/topic_corpus.py --build      # (re)write labels.jsonl from the mirrors
    python benchmarks/topic_corpus.py --labels benchmarks/topic_corpus/fresh.jsonl  # the unseen set
    python benchmarks/topic_corpus.py --build-fresh  # (re)write fresh.jsonl from the mirrors

`topic_corpus/labels.jsonl` names each labelled document (repository, commit, path, how it is
read, sha256) and the 主题分类 its site printed; the documents are not in this repository. Two
kinds of source:

- `pickle-str`: a crawler's pickled jiangxi.gov.cn page (read with pickletools, never unpickled)
  with the site's metadata table. The page goes through `extract_file` like any page; the label
  is read from the table by `from_site`, then hidden (`use_site=False`).
- `csv-row`: one row of a crawler's CSV of a site's 文件 column (title, body, the page's 主题分类
  cell). The classifier gets the title and the body text, never the label column. Rows whose
  body the crawler lost are scored on the title alone (`input: title`).
- `sql-row`: one row of a crawler's SQL dump of www.gov.cn/zhengce/content pages (fresh.jsonl):
  the label is read from the page's metadata table (the `html` column), the classifier gets the
  `title` column and the text of the `content` column (the body, which holds no table).

The split is fixed in labels.jsonl, made before any scoring: by a hash of the title (a CSV row)
or of the file name (a page), so documents sharing a title fall in one part. Tune rules on
"tune"; "test" is scored, not looked at.

Prints coverage (documents given a topic), top-level agreement on those and over all (an
abstention, 待定, counts as wrong there), and the confusion of the main topics. Exits 0 once
scored: a low score is a result.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import io
import json
import os
import re
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = HERE / "topic_corpus" / "labels.jsonl"
FRESH = HERE / "topic_corpus" / "fresh.jsonl"
DEFAULT_MIRRORS = Path(os.environ.get("NORMDOCS_MIRRORS", "/work/.mirror"))
DEFAULT_CACHE = Path(os.environ.get("NORMDOCS_TOPIC_CORPUS_CACHE", "/tmp/normdocs-topic-corpus"))
MIN_BODY = 50  # characters of body below which a row is scored on its title alone

# the sources labels.jsonl is built from (see topic_corpus/README.md)
PICKLED_PAGES = ("chairmenfrog/Policy_crawler", "c207101ae1af33cd7586e059182c54cf2b2865a4", "data/HTML_pk")
CSV_TABLES = [
    ("gerry0208/spider_project", "015f6583fdc6be29861b56a104b23b68931acdd8",
     "河北政府网站/3人民政府-政府信息公开/人民政府_省政府办公厅文件.csv",
     {"title": "标题", "body": "内容", "label": "主题", "key": "序号"}),
]
# fresh.jsonl: sources found after the labels.jsonl rounds, scored once before any tuning
SQL_TABLES = [
    ("ZhouYNF/platform-1", "aa9b1792f3ba2b4d790a55aeddaa811e339341dd", "db/ge_policy_raw20190217.sql"),
]
GOV_CN_LABEL = re.compile(r"主题分类：</b></td>\s*<td[^>]*>([^<]*)<")


def _real_corpus():
    spec = importlib.util.spec_from_file_location("normdocs_real_corpus", HERE / "real_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


RC = _real_corpus()  # mirror_dir, pickled_string, sha256, MissingSource


def git_show(repo: str, commit: str, path: str, mirrors: Path) -> bytes:
    git_dir = RC.mirror_dir(repo, mirrors)
    if not git_dir.exists():
        raise RC.MissingSource(f"{repo}: no mirror at {git_dir} (fetch github:{repo} with the search tool)")
    shown = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"], capture_output=True)
    if shown.returncode != 0:
        raise RC.MissingSource(f"{repo}@{commit[:10]}:{path}: {shown.stderr.decode(errors='replace').strip()}")
    return shown.stdout


def split_of(key: str) -> str:
    return "test" if int(hashlib.sha256(key.encode()).hexdigest(), 16) % 2 else "tune"


def clean_body(text: str) -> str:
    """The crawler's body cell with its runs of blank lines and spaces closed up."""
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def csv_rows(data: bytes, columns: dict) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def row_text(row: dict, columns: dict) -> tuple[str, str]:
    return row[columns["title"]].strip(), clean_body(row[columns["body"]])


def row_sha(title: str, body: str) -> str:
    return RC.sha256(f"{title}\n{body}".encode("utf-8"))


_INSERT = re.compile(r"(?i)insert into \w+ \(([^)]*)\) values \(")


def sql_rows(data: bytes) -> list[dict]:
    """The rows of a MySQL dump's `insert into T (cols) values (...);` statements, as dicts.
    Strings are single-quoted with backslash escapes and doubled quotes; other values (null,
    numbers) are kept as their text."""
    text = data.decode("utf-8")
    rows, i = [], 0
    while (m := _INSERT.search(text, i)) is not None:
        columns = [c.strip() for c in m.group(1).split(",")]
        i, values = m.end(), []
        while True:
            while text[i].isspace():
                i += 1
            if text[i] == "'":
                j, buf = i + 1, []
                while True:
                    c = text[j]
                    if c == "\\":
                        buf.append(text[j + 1])
                        j += 2
                    elif c == "'" and text[j + 1] == "'":
                        buf.append("'")
                        j += 2
                    elif c == "'":
                        break
                    else:
                        buf.append(c)
                        j += 1
                values.append("".join(buf))
                i = j + 1
            else:
                bare = re.compile(r"[^,)]*").match(text, i)
                values.append(bare.group(0).strip())
                i = bare.end()
            while text[i].isspace():
                i += 1
            i += 1
            if text[i - 1] == ")":
                break
        rows.append(dict(zip(columns, values)))
    return rows


class _Text(HTMLParser):
    BLOCKS = {"p", "div", "br", "tr", "li", "table", "h1", "h2", "h3", "td"}

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def html_text(fragment: str) -> str:
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    return clean_body("".join(parser.parts).replace("\u3000", " ").replace("\xa0", " "))


def sql_input(row: dict) -> tuple[str, str]:
    return row["title"].strip(), html_text(row["content"])


# ---------------------------------------------------------------- building labels.jsonl


def build(mirrors: Path) -> list[dict]:
    from normdocs.extractors import extract_file
    from normdocs.enrichment.topics import from_site, load_topic_rules

    rules = load_topic_rules()
    entries: list[dict] = []
    repo, commit, folder = PICKLED_PAGES
    listing = subprocess.run(["git", "--git-dir", str(RC.mirror_dir(repo, mirrors)), "ls-tree", "-r", "--name-only",
                              commit, folder], capture_output=True, text=True, check=True).stdout.split()
    cache = DEFAULT_CACHE / "build"
    cache.mkdir(parents=True, exist_ok=True)
    for path in listing:
        page = RC.pickled_string(git_show(repo, commit, path, mirrors)).encode("utf-8")
        name = f"jx_{Path(path).stem}.html"
        (cache / name).write_bytes(page)
        record = extract_file(cache / name, keep_layout=True)
        site = record.layout.site_metadata if record.layout else {}
        printed = from_site(site, rules)
        if printed is None:
            continue
        entries.append({"id": f"jx-{Path(path).stem}", "file": name, "repo": repo, "commit": commit, "path": path,
                        "extract": "pickle-str", "sha256": RC.sha256(page), "input": "page",
                        "printed": site.get("主题分类", ""), "topic_printed": printed.topic,
                        "split": split_of(name)})
    for repo, commit, path, columns in CSV_TABLES:
        data = git_show(repo, commit, path, mirrors)
        seen: set[str] = set()
        for n, row in enumerate(csv_rows(data, columns)):
            title, body = row_text(row, columns)
            label = row[columns["label"]].strip()
            topic = rules.find(label)
            sha = row_sha(title, body)
            if topic is None or not title or sha in seen:  # no known topic printed, or a repeated row
                continue
            seen.add(sha)
            entries.append({"id": f"hb-{row[columns['key']].strip()}", "repo": repo, "commit": commit, "path": path,
                            "extract": "csv-row", "row": n, "file_sha256": RC.sha256(data), "sha256": sha,
                            "input": "title+body" if len(body) >= MIN_BODY else "title",
                            "printed": label, "topic_printed": topic.name, "split": split_of(title)})
    return entries


def build_fresh(mirrors: Path) -> list[dict]:
    """fresh.jsonl: the gov.cn pages of SQL_TABLES whose metadata table prints a known 主题分类.
    All 60 were scored once, before any tuning; then split by a hash of the page's URL (tune 34,
    test 26), so that cues can be read off national documents without touching the test half."""
    from normdocs.enrichment.topics import from_site, load_topic_rules

    rules = load_topic_rules()
    entries: list[dict] = []
    for repo, commit, path in SQL_TABLES:
        data = git_show(repo, commit, path, mirrors)
        seen: set[str] = set()
        for n, row in enumerate(sql_rows(data)):
            label = GOV_CN_LABEL.search(row.get("html", ""))
            printed = from_site({"主题分类": label.group(1).strip()}, rules) if label else None
            title, body = sql_input(row)
            sha = row_sha(title, body)
            if printed is None or not title or sha in seen:
                continue
            seen.add(sha)
            entries.append({"id": f"gov-{Path(row['crawl_url']).stem}", "repo": repo, "commit": commit,
                            "path": path, "extract": "sql-row", "row": n, "file_sha256": RC.sha256(data),
                            "sha256": sha, "url": row["crawl_url"],
                            "input": "title+body" if len(body) >= MIN_BODY else "title",
                            "printed": label.group(1).strip(), "topic_printed": printed.topic,
                            "split": split_of(row["crawl_url"])})
    return entries


# ---------------------------------------------------------------- scoring


def restore_inputs(entries: list[dict], mirrors: Path, cache: Path):
    """(entry, record or (title, body)) for each entry whose source is on this machine."""
    from normdocs.extractors import extract_file

    tables: dict[tuple[str, str, str], list[dict]] = {}
    missing: Counter = Counter()
    for entry in entries:
        try:
            if entry["extract"] == "pickle-str":
                target = cache / entry["file"]
                if not (target.exists() and RC.sha256(target.read_bytes()) == entry["sha256"]):
                    page = RC.pickled_string(git_show(entry["repo"], entry["commit"], entry["path"], mirrors))
                    data = page.encode("utf-8")
                    if RC.sha256(data) != entry["sha256"]:
                        raise RC.MissingSource(f"{entry['id']}: restored bytes differ from the sha256")
                    cache.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(data)
                yield entry, extract_file(target, keep_layout=True)
            elif entry["extract"] == "sql-row":
                key = (entry["repo"], entry["commit"], entry["path"])
                if key not in tables:
                    data = git_show(*key, mirrors)
                    if RC.sha256(data) != entry["file_sha256"]:
                        raise RC.MissingSource(f"{entry['path']}: the dump differs from its sha256")
                    tables[key] = sql_rows(data)
                title, body = sql_input(tables[key][entry["row"]])
                if row_sha(title, body) != entry["sha256"]:
                    raise RC.MissingSource(f"{entry['id']}: the row differs from its sha256")
                yield entry, (title, body if entry["input"] == "title+body" else "")
            else:
                key = (entry["repo"], entry["commit"], entry["path"])
                if key not in tables:
                    data = git_show(*key, mirrors)
                    if RC.sha256(data) != entry["file_sha256"]:
                        raise RC.MissingSource(f"{entry['path']}: the table differs from its sha256")
                    tables[key] = csv_rows(data, {})
                columns = next(c for r, m, p, c in CSV_TABLES if (r, m, p) == key)
                title, body = row_text(tables[key][entry["row"]], columns)
                if row_sha(title, body) != entry["sha256"]:
                    raise RC.MissingSource(f"{entry['id']}: the row differs from its sha256")
                yield entry, (title, body if entry["input"] == "title+body" else "")
        except RC.MissingSource as err:
            missing[str(err).split(":")[0]] += 1
            print(f"missing: {err}", file=sys.stderr)


def classify(item, rules=None):
    from normdocs.enrichment.topics import classify_text, classify_topic

    if isinstance(item, tuple):
        return classify_text(*item, rules)
    return classify_topic(item, rules, use_site=False)


def score(rows: list[tuple[dict, object]]) -> dict:
    assigned = [(e["topic_printed"], t.topic) for e, t in rows if t.topic]
    right = sum(g == t for g, t in assigned)
    confusion = Counter((e["topic_printed"], t.topic or "待定") for e, t in rows)
    by_input: dict[str, dict] = {}
    for kind in sorted({e["input"] for e, _ in rows}):
        part = [(e, t) for e, t in rows if e["input"] == kind]
        got = [(e["topic_printed"], t.topic) for e, t in part if t.topic]
        by_input[kind] = {"documents": len(part), "assigned": len(got),
                          "agreement_assigned": round(sum(g == t for g, t in got) / len(got), 3) if got else None}
    per_topic = {}
    for gold in sorted({e["topic_printed"] for e, _ in rows}):
        part = [t.topic for e, t in rows if e["topic_printed"] == gold]
        claimed = [e["topic_printed"] for e, t in rows if t.topic == gold]
        per_topic[gold] = {"printed": len(part), "assigned": sum(1 for t in part if t),
                           "right": sum(1 for t in part if t == gold),
                           "precision": round(sum(1 for g in claimed if g == gold) / len(claimed), 3) if claimed else None}
    return {
        "documents": len(rows), "assigned": len(assigned),
        "coverage": round(len(assigned) / len(rows), 3) if rows else None,
        "agreement_assigned": round(right / len(assigned), 3) if assigned else None,
        "agreement_all": round(right / len(rows), 3) if rows else None,
        "by_input": by_input, "per_topic": per_topic,
        "confusion": [{"printed": g, "classified": t, "n": n} for (g, t), n in confusion.most_common()],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("test", "tune", "all"), default="test")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--errors", action="store_true", help="list each disagreement (only look at tune's)")
    parser.add_argument("--build", action="store_true", help="rewrite labels.jsonl from the mirrors")
    parser.add_argument("--build-fresh", action="store_true", help="rewrite fresh.jsonl from the mirrors")
    parser.add_argument("--labels", type=Path, default=LABELS,
                        help="the labelled set (default labels.jsonl; fresh.jsonl is the unseen one)")
    parser.add_argument("--model", type=Path, help="a textcat from topic_train.py, consulted as `model:` is")
    parser.add_argument("--mirrors", type=Path, default=DEFAULT_MIRRORS)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    args = parser.parse_args()
    if args.build:
        entries = build(args.mirrors)
        LABELS.parent.mkdir(parents=True, exist_ok=True)
        LABELS.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries), encoding="utf-8")
        print(f"{len(entries)} labelled documents -> {LABELS}")
        return 0
    if args.build_fresh:
        entries = build_fresh(args.mirrors)
        FRESH.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries), encoding="utf-8")
        print(f"{len(entries)} labelled documents -> {FRESH}")
        return 0
    entries = [json.loads(line) for line in args.labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    entries = [e for e in entries if args.split == "all" or e["split"] == args.split]
    from normdocs.enrichment.topics import load_topic_rules

    rules = load_topic_rules()
    if args.model:
        rules = rules.model_copy(update={"model": str(args.model.resolve())})
    rows, titles = [], {}
    for e, item in restore_inputs(entries, args.mirrors, args.cache):
        titles[e["id"]] = item[0] if isinstance(item, tuple) else item.metadata.title
        rows.append((e, classify(item, rules)))
    result = {"labels": args.labels.name, "split": args.split, "model": str(args.model) if args.model else None, **score(rows)}
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(f"labels={args.labels.name} split={args.split} documents={result['documents']} assigned={result['assigned']} "
          f"coverage={result['coverage']}")
    print(f"top-level agreement: {result['agreement_assigned']} on assigned, {result['agreement_all']} over all")
    for kind, part in result["by_input"].items():
        print(f"  input {kind}: {part}")
    print("per printed topic (printed / assigned / right; precision of the classifier's claims):")
    for gold, part in result["per_topic"].items():
        print(f"  {gold}: {part['printed']} / {part['assigned']} / {part['right']}; precision {part['precision']}")
    print("confusion (printed -> classified):")
    for c in result["confusion"]:
        mark = "" if c["printed"] == c["classified"] else "  ✗"
        print(f"  {c['n']:4d}  {c['printed']} -> {c['classified']}{mark}")
    if args.errors:
        for e, t in rows:
            if t.topic != e["topic_printed"]:
                print(f"  {e['id']} [{e['input']}] printed {e['topic_printed']}, got {t.topic or '待定'} "
                      f"({t.confidence}; {'、'.join(t.cues[:6])}) {titles[e['id']]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
