"""The library at archive scale: build N documents on SQLite and PostgreSQL, time what staff do.

    .venv/bin/python benchmarks/library_scale.py                 # 100,000 documents, both backends
    .venv/bin/python benchmarks/library_scale.py -n 5000 --backend sqlite --repeat 10

Generated documents: metadata (issuers, 文种, numbers, dates, validity, attribute), Chinese
bodies of 1,500-4,500 characters built from policy phrases (so words have realistic spreads:
a topic word in a few per cent of documents, 工作 in nearly all), second versions for 10%,
findings for the pending ones, abolition links and review decisions. Rows go in with bulk
inserts in batches; the search tokens are made once and written to both backends. Then each
query is repeated (different words or ids each time) and p50/p95 printed, with the library's
size on disk and the machine's load (`uptime`: the machine is shared). The target: p95 at most
500 ms for the queue, a facet page, a document page and each search.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import insert, text

from normdocs.library import search_index
from normdocs.library.browse import facets, list_documents
from normdocs.library.export import export_documents
from normdocs.library.filters import Filters
from normdocs.library.models import (
    Determination, Document, Finding, ReviewDecision, SearchIndex, ValidityLink, Version, utcnow,
)
from normdocs.library.search import search
from normdocs.library.store import Library
from normdocs.library.tokens import text_tokens

PG_URL = os.environ.get("NORMDOCS_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
TARGET_MS = 500

PLACES = ["聊城市", "济南市", "青岛市", "淄博市", "枣庄市", "东营市", "烟台市", "潍坊市", "济宁市", "泰安市",
          "威海市", "日照市", "临沂市", "德州市", "滨州市", "菏泽市", "东昌府区", "茌平区", "阳谷县", "莘县",
          "东阿县", "冠县", "高唐县", "临清市"]
OFFICES = ["人民政府", "人民政府办公室", "发展和改革委员会", "教育局", "财政局", "住房和城乡建设局", "交通运输局",
           "农业农村局", "水利局", "生态环境局", "卫生健康委员会", "应急管理局", "市场监督管理局", "人力资源和社会保障局",
           "民政局", "自然资源和规划局", "文化和旅游局", "医疗保障局"]
CODES = ["政发", "政办发", "发改", "教发", "财预", "建发", "交发", "农发", "水发", "环发", "卫发", "应急", "市监", "人社发"]
DOMAINS = ["住房", "教育", "医疗", "交通", "农业", "水利", "环境", "文化", "旅游", "财政", "税收", "社保", "就业",
           "养老", "消防", "食品", "药品", "市场", "科技", "人才", "土地", "规划", "民政", "统计", "审计", "金融",
           "能源", "电力", "通信", "体育", "卫生", "应急", "气象", "林业", "粮食", "物价", "档案", "信访", "殡葬",
           "供热"]
ASPECTS = ["管理", "补贴", "改革", "监督", "保障", "服务", "安全", "建设", "发展", "考核", "资金", "项目", "试点",
           "标准", "许可", "执法", "救助", "培训", "登记", "检查"]
DOC_TYPES = [("通知", 50), ("意见", 12), ("决定", 5), ("通报", 6), ("报告", 4), ("批复", 8), ("函", 10), ("公告", 3),
             ("纪要", 2)]
SENTENCES = [
    "为进一步加强{t}工作，切实提高{t}水平，根据有关法律法规，结合本地实际，制定本办法。",
    "各级各部门要高度重视{t}，把{t}列入重要议事日程，明确责任分工，狠抓工作落实。",
    "{p}要建立健全{t}长效机制，完善配套政策，加大资金投入，确保各项任务按期完成。",
    "坚持以人民为中心的发展思想，统筹推进{t}和{u}，不断增强人民群众的获得感、幸福感、安全感。",
    "对在{t}中表现突出的单位和个人给予通报表扬，对工作不力的依法依规严肃问责。",
    "本办法自{y}年{m}月{d}日起施行，有效期{n}年。",
    "{p}各有关部门要加强协调配合，形成工作合力，定期开展{t}督导检查，及时研究解决存在的问题。",
    "申请{t}的，应当向所在地{p}提交书面申请及相关证明材料，经审核符合条件的予以办理。",
    "联系人：张科长，联系电话：0635-{n}{n}{n}{n}{n}{n}{n}，咨询时间为工作日上午九时至下午五时。",
    "加快推进{u}领域数字化转型，依托一体化政务服务平台，实现{t}事项网上办理、一网通办。",
    "财政部门要统筹安排{t}专项资金，严格资金使用管理，提高资金使用效益，防止截留挪用。",
    "各县（市、区）要于每年{m}月底前将{t}落实情况报送市政府办公室，并抄送市{u}主管部门。",
]


TOPIC_NAMES = ["综合政务", "国民经济管理、国有资产监管", "财政、金融、审计", "城乡建设、环境保护", "农业、林业、水利",
               "科技、教育", "文化、广电、新闻出版", "卫生、体育", "劳动、人事、监察", "民政、扶贫、救灾", "交通",
               "公安、安全、司法", "市场监管、安全生产监管", "商贸、海关、旅游", "工业、交通"]


def fill_topics(library: Library) -> None:
    """A library built before documents.topic (migration 0007) gets generated topics once."""
    with library.engine.begin() as c:
        if c.execute(text("SELECT count(*) FROM documents WHERE topic IS NOT NULL")).scalar():
            return
        for i, name in enumerate(TOPIC_NAMES):
            c.execute(text("UPDATE documents SET topic = :t WHERE id % :n = :i"),
                      {"t": name, "n": len(TOPIC_NAMES) + 2, "i": i})


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


class Corpus:
    """Deterministic generated documents."""

    POOL = 3000  # distinct bodies, with their tokens made once (building 10^5 bodies is most of the cost)

    def __init__(self, seed: int = 7):
        self.random = random.Random(seed)
        self.issuers = [p + o for p in PLACES for o in OFFICES]
        self.topics = [d + a for d in DOMAINS for a in ASPECTS]
        self.pool: list[tuple[str, list[str]]] = []

    def body(self, topics: list[str], issuer: str) -> str:
        r = self.random
        target = r.randint(1500, 4500)
        paragraphs, size = [], 0
        while size < target:
            sentences = []
            for _ in range(r.randint(3, 6)):
                t = r.choice(topics) if r.random() < 0.7 else r.choice(self.topics)
                sentences.append(r.choice(SENTENCES).format(
                    t=t, u=r.choice(self.topics), p=issuer, y=r.randint(2015, 2025), m=r.randint(1, 12),
                    d=r.randint(1, 28), n=r.randint(1, 9)))
            paragraph = "".join(sentences)
            # printed line breaks every 28 characters, as a PDF's text layer gives them
            paragraphs.append("\u3000\u3000" + "\n".join(paragraph[i : i + 28] for i in range(0, len(paragraph), 28)))
            size += len(paragraph)
        return "\n".join(paragraphs)

    def pooled_body(self, topics: list[str], issuer: str) -> int:
        if len(self.pool) < self.POOL:
            body = self.body(topics, issuer)
            self.pool.append((body, text_tokens(body)))
            return len(self.pool) - 1
        return self.random.randrange(self.POOL)

    def document(self, doc_id: int) -> dict:
        r = self.random
        issuer = r.choice(self.issuers)
        doc_type = r.choices([t for t, _ in DOC_TYPES], [w for _, w in DOC_TYPES])[0]
        topics = r.sample(self.topics, r.randint(2, 4))
        year = r.randint(2010, 2025)
        month, day = r.randint(1, 12), r.randint(1, 28)
        signed = f"{year}-{month:02d}-{day:02d}"
        published = f"{year}-{month:02d}-{min(28, day + r.randint(0, 5)):02d}" if r.random() < 0.9 else None
        verb = r.choice(["印发", "加强", "做好", "推进", "规范"])
        title = f"{issuer}关于{verb}{topics[0]}{r.choice(['工作', '管理办法', '实施方案', '若干措施'])}的{doc_type}"
        validity = r.choices(["有效", "已废止", "已修改", "已失效"], [80, 10, 5, 5])[0]
        attribute = r.choices(["主动公开", "依申请公开", "不予公开", "待审"], [84, 5, 3, 8])[0]
        return {
            "id": doc_id, "identity": f"{issuer}|{doc_id}", "title": title,
            "doc_number": f"聊{r.choice(CODES)}〔{year}〕{r.randint(1, 200)}号", "issuer": issuer, "doc_type": doc_type,
            "signed_date": signed, "published_date": published, "year": year, "normative": r.random() < 0.3,
            "issued_title": None, "validity": validity,
            "valid_until": f"{year + 5}-{month:02d}-{day:02d}" if r.random() < 0.3 else None,
            "attribute": attribute, "withdrawn": r.random() < 0.01, "created_at": utcnow(), "updated_at": utcnow(),
            "topic": r.choice(TOPIC_NAMES) if r.random() < 0.85 else None,  # 待定 below the threshold
            "body_id": self.pooled_body(topics, issuer), "versions": 2 if r.random() < 0.1 else 1,
        }


def batches(corpus: Corpus, n: int, size: int = 1000):
    for start in range(1, n + 1, size):
        docs = [corpus.document(i) for i in range(start, min(n + 1, start + size))]
        for d in docs:
            d["body"], d["body_tokens"] = corpus.pool[d["body_id"]]
        yield docs


class CachedTokens:
    """search_index.write_tokens with each pooled body's rows made once (same rows it writes)."""

    def __init__(self):
        self.sqlite: dict[int, str] = {}
        self.pg: dict[int, list[str]] = {}

    def write(self, connection, dialect: str, docs: list[dict]) -> None:
        title_rows = [(d["id"], text_tokens(search_index.title_text(d["title"], d["doc_number"]))[
            : search_index.TITLE_TOKENS]) for d in docs]
        if dialect == "sqlite":
            connection.execute(text("INSERT INTO search_titles(rowid, terms) VALUES (:id, :t)"),
                               [{"id": i, "t": " ".join(t)} for i, t in title_rows])
            for d in docs:
                if d["body_id"] not in self.sqlite:
                    self.sqlite[d["body_id"]] = " ".join(d["body_tokens"])
            connection.execute(text("INSERT INTO search_bodies(rowid, terms) VALUES (:id, :t)"),
                               [{"id": d["id"], "t": self.sqlite[d["body_id"]]} for d in docs])
            return
        values = [{"id": i, "part": 0, "v": search_index.tsvector_literal(search_index._positions(t))}
                  for i, t in title_rows if t]
        for d in docs:
            if d["body_id"] not in self.pg:
                self.pg[d["body_id"]] = [search_index.tsvector_literal(p)
                                         for p in search_index.chunks(d["body_tokens"])]
            values += [{"id": d["id"], "part": part, "v": v} for part, v in enumerate(self.pg[d["body_id"]], 1)]
        connection.execute(text("INSERT INTO search_terms(document_id, part, terms) "
                                "VALUES (:id, :part, CAST(:v AS tsvector))"), values)


def load_batch(library: Library, docs: list[dict], tokens: CachedTokens, next_ids: dict):
    now = utcnow()
    versions, determinations, findings, index, links, decisions = [], [], [], [], [], []
    for d in docs:
        for v in range(1, d["versions"] + 1):
            vid = next_ids["version"] = next_ids["version"] + 1
            body = d["body"] if v == d["versions"] else d["body"][: len(d["body"]) // 2]
            versions.append({"id": vid, "document_id": d["id"], "version": v, "content_hash": uuid.uuid4().hex * 2,
                             "file": f"archive/{d['year']}/{d['id']}-{v}.pdf", "format": "pdf", "pages": 3,
                             "metadata_json": {"title": d["title"], "doc_number": d["doc_number"]}, "body": body,
                             "body_redacted": body, "published_date_source": "printed", "run_id": "bench",
                             "loaded_at": now})
            pending = d["attribute"] == "待审"
            determinations.append({"id": vid, "version_id": vid, "proposed": "主动公开",
                                   "attribute": "待审" if pending else d["attribute"], "source": "rules",
                                   "basis": ["第十九条"], "reasons": ["内容涉及公众利益。"], "needs_review": pending,
                                   "conflict": False, "rules_version": "bench", "decided_at": now})
            if pending and v == d["versions"]:
                findings.append({"version_id": vid, "kind": "mobile", "evidence": "138****5678", "page": 1,
                                 "line": 3, "severity": "review"})
        index.append({"document_id": d["id"], "title": d["title"], "body": d["body"]})
        if d["attribute"] != "待审" and random.random() < 0.3:
            decisions.append({"document_id": d["id"], "action": "decide", "attribute": d["attribute"],
                              "reviewer": "王科长", "comment": "同意", "decided_at": now})
        if d["id"] % 50 == 0 and d["id"] > 100:
            links.append({"source_document_id": d["id"], "kind": "已废止", "target_doc_number": None,
                          "target_title": None, "target_document_id": d["id"] - 77, "applied_at": now})
    documents = [{k: v for k, v in d.items() if k not in ("body", "body_tokens", "body_id", "versions")}
                 for d in docs]
    dialect = library.engine.dialect.name
    with library.engine.begin() as c:
        c.execute(insert(Document), documents)
        c.execute(insert(Version), versions)
        c.execute(insert(Determination), determinations)
        if findings:
            c.execute(insert(Finding), findings)
        c.execute(insert(SearchIndex), index)
        if links:
            c.execute(insert(ValidityLink), links)
        if decisions:
            c.execute(insert(ReviewDecision), decisions)
        tokens.write(c, dialect, docs)


def make_library(backend: str, workdir: Path, keep: bool, reuse: bool, resume: bool = False
                 ) -> tuple[Library, callable]:
    if backend == "sqlite":
        path = workdir / "library.db"
        library = Library(f"sqlite:///{path}")
        return library, lambda: None
    import psycopg

    name = "normdocs_scale" if keep or reuse or resume else f"normdocs_scale_{os.getpid()}"
    plain = PG_URL.replace("+psycopg", "")
    if not reuse and not resume:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    library = Library(PG_URL.rsplit("/", 1)[0] + "/" + name)
    if keep or reuse or resume:
        return library, library.engine.dispose

    def drop():
        library.engine.dispose()
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return library, drop


def size_on_disk(library: Library, workdir: Path) -> str:
    if library.engine.dialect.name == "sqlite":
        total = sum(p.stat().st_size for p in workdir.glob("library.db*"))
        return f"{total / 1e9:.2f} GB (SQLite file with WAL)"
    with library.engine.connect() as c:
        total = c.execute(text("SELECT pg_database_size(current_database())")).scalar()
        tables = c.execute(text(
            "SELECT relname, pg_total_relation_size(oid) FROM pg_class WHERE relkind = 'r' "
            "AND relnamespace = 'public'::regnamespace ORDER BY 2 DESC LIMIT 4")).all()
    parts = ", ".join(f"{name} {size / 1e9:.2f}" for name, size in tables)
    return f"{total / 1e9:.2f} GB (database; {parts})"


def timed(fn, repeat: int, warmup: int = 2) -> tuple[float, float]:
    for i in range(warmup):
        fn(i)
    times = []
    for i in range(repeat):
        t0 = time.perf_counter()
        fn(i + warmup)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), percentile(times, 0.95)


def review_page(library: Library):
    """What the review console opens with: the first page of 待审, with evidence."""
    from normdocs.library import browse

    page_fn = getattr(browse, "review_page", None)
    if page_fn is not None:
        return page_fn(library, limit=50)
    return list_documents(library, Filters(attribute="待审"), limit=50)


def run_queries(library: Library, n: int, repeat: int, workdir: Path, only: list[str]
                ) -> list[tuple[str, float, float]]:
    r = random.Random(11)
    corpus = Corpus()
    topics, domains, issuers = corpus.topics, DOMAINS, corpus.issuers
    facet_filters = [Filters(), Filters(in_force=True), Filters(year=2020), Filters(issuer=issuers[3]),
                     Filters(validity="已废止", doc_type="通知"), Filters(attribute="主动公开", year=2023)]
    out = []

    def add(name, fn, times=repeat, warmup=2):
        if only and not any(word in name for word in only):
            return
        p50, p95 = timed(fn, times, warmup)
        out.append((name, p50, p95))
        print(f"  {name:<34} p50 {p50:8.1f} ms   p95 {p95:8.1f} ms", flush=True)

    add("review queue (first page)", lambda i: review_page(library))
    add("review_queue(), all pending (extra)", lambda i: library.review_queue(), times=1, warmup=0)
    def facet_page(i):
        chosen = facet_filters[i % len(facet_filters)]
        counts = facets(library, chosen)
        return list_documents(library, chosen, total=counts.total)

    add("facet page (facets + first page)", facet_page)
    add("document page", lambda i: library.document(r.randint(1, n)))
    add("search one word (4 chars)", lambda i: search(library, r.choice(topics)))
    add("search two characters", lambda i: search(library, r.choice(domains)))
    add("search two words", lambda i: search(library, f"{r.choice(domains)} {r.choice(ASPECTS)}"))
    add("search word + filter (in force)", lambda i: search(library, r.choice(topics), Filters(in_force=True)))
    add("search common word 工作 (extra)", lambda i: search(library, "工作"), times=max(3, repeat // 5))
    add("search common phrase 人民政府 (extra)", lambda i: search(library, "人民政府"), times=max(3, repeat // 5))
    add("export 10,000 rows to XLSX", lambda i: export_documents(library, workdir / f"export{i}.xlsx",
                                                                  limit=10_000), times=3)
    add("export 10,000 rows to CSV", lambda i: export_documents(library, workdir / f"export{i}.csv",
                                                                 limit=10_000), times=3)
    return out


def build(libraries: dict[str, Library], n: int) -> None:
    corpus = Corpus()
    cache = CachedTokens()
    next_ids, loaded = {}, {}
    t0 = time.perf_counter()
    for name, library in libraries.items():
        library.upgrade()
        with library.engine.begin() as c:  # a killed build goes on where it stopped (--resume)
            loaded[name] = c.execute(text("SELECT coalesce(max(id), 0) FROM documents")).scalar()
            next_ids[name] = {"version": c.execute(text("SELECT coalesce(max(id), 0) FROM versions")).scalar()}
            if name == "postgresql":  # a bulk load builds GIN indexes once, at the end
                c.execute(text("DROP INDEX IF EXISTS ix_search_terms_terms"))
                c.execute(text("DROP INDEX IF EXISTS ix_search_terms_title"))
    done = 0
    for docs in batches(corpus, n):
        for name, library in libraries.items():
            random.seed(done)
            if docs[-1]["id"] > loaded[name]:
                load_batch(library, docs, cache, next_ids[name])
        done += len(docs)
        if done % 10_000 == 0 or done == n:
            print(f"  {done} documents loaded ({time.perf_counter() - t0:.0f} s)", flush=True)
    for name, library in libraries.items():
        t1 = time.perf_counter()
        with library.engine.begin() as c:
            if name == "postgresql":
                c.execute(text("SET maintenance_work_mem = '256MB'"))
                c.execute(text("CREATE INDEX ix_search_terms_terms ON search_terms USING gin (terms)"))
                c.execute(text("CREATE INDEX ix_search_terms_title ON search_terms USING gin (terms) WHERE part = 0"))
                for seq, table in (("documents_id_seq", "documents"), ("versions_id_seq", "versions"),
                                   ("determinations_id_seq", "determinations")):
                    c.execute(text(f"SELECT setval('{seq}', (SELECT max(id) FROM {table}))"))
            else:
                c.execute(text("INSERT INTO search_bodies(search_bodies) VALUES ('optimize')"))
                c.execute(text("INSERT INTO search_titles(search_titles) VALUES ('optimize')"))
        with library.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            # what autovacuum does after a bulk load: statistics, and the visibility map that
            # lets PostgreSQL answer facet counts from the covering indexes alone
            c.execute(text("ANALYZE"))
            if name == "postgresql":
                c.execute(text("VACUUM documents"))
        print(f"  {name}: indexes and statistics {time.perf_counter() - t1:.0f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100_000, help="documents (default 100,000)")
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--repeat", type=int, default=30, help="timed runs per query")
    parser.add_argument("--dir", type=Path, default=None, help="work folder (default a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the libraries (SQLite in --dir, database "
                        "normdocs_scale) for --reuse")
    parser.add_argument("--reuse", action="store_true", help="time the libraries a --keep run left")
    parser.add_argument("--only", nargs="*", default=[], help="time only the queries whose name holds one of these")
    parser.add_argument("--resume", action="store_true", help="go on building the libraries a killed --keep run left")
    args = parser.parse_args()
    workdir = args.dir or Path(tempfile.mkdtemp(prefix="normdocs-scale-"))
    workdir.mkdir(parents=True, exist_ok=True)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    print(f"commit {commit}; {args.n} documents; {subprocess.run(['uptime'], capture_output=True, text=True).stdout.strip()}")
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    libraries, cleanups = {}, []
    try:
        for backend in backends:
            library, cleanup = make_library(backend, workdir, args.keep, args.reuse, args.resume)
            libraries[backend] = library
            cleanups.append(cleanup)
        t0 = time.perf_counter()
        if args.reuse:  # a library kept by an older commit: bring its schema up to date first
            for library in libraries.values():
                library.upgrade()
                fill_topics(library)
                with library.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                    c.execute(text("ANALYZE"))
                    if library.engine.dialect.name == "postgresql":
                        c.execute(text("VACUUM documents"))
        if not args.reuse:
            if "sqlite" in backends and not args.resume:
                for p in workdir.glob("library.db*"):
                    p.unlink()
            build(libraries, args.n)
            print(f"built in {time.perf_counter() - t0:.0f} s")
        results = {}
        for backend, library in libraries.items():
            print(f"{backend}: {size_on_disk(library, workdir)}")
            results[backend] = run_queries(library, args.n, args.repeat, workdir, args.only)
        print(f"uptime at the end: {subprocess.run(['uptime'], capture_output=True, text=True).stdout.strip()}")
        print("\nquery                               " + "".join(f"{b:>24}" for b in results))
        for i, (name, _, _) in enumerate(next(iter(results.values()))):
            cells = "".join(f"{results[b][i][1]:9.0f} /{results[b][i][2]:6.0f} ms   " for b in results)
            print(f"{name:<36}{cells}")
        over = [(b, name, p95) for b in results for name, _, p95 in results[b]
                if p95 > TARGET_MS and "extra" not in name and "export" not in name]
        print("p50 / p95; target p95 <= 500 ms: " + ("met" if not over else f"missed: {over}"))
    finally:
        for cleanup in cleanups:
            cleanup()
        if args.dir is None and not args.keep:
            for p in workdir.glob("*"):
                p.unlink()
            workdir.rmdir()


if __name__ == "__main__":
    sys.exit(main())
