"""Synthetic GB/T 9704 text PDFs for benchmarks: cover letters with long attachments.

Real archives are mostly a 1-2 page cover letter (red issuer mark, number, title, recipients,
short body, signature, date, imprint zone) followed by the attached regulation, which is
dense 16pt text over many pages. Speed and memory depend on that shape, so the generator
reproduces it: page geometry follows GB/T 9704-2012 (A4, 156 x 225 mm text block, 22 lines
of 16pt type per page), the issuer mark is red, the imprint zone sits between thin lines.

Uses reportlab's built-in `STSong-Light` CID font: no font file needed, and the text layer
extracts as proper Unicode (the font is not embedded, so pages render blank without a CJK
font installed; text extraction does not care).

Everything is deterministic for a given seed. Each generated document also carries its
expected metadata (`DocSpec.gold()`, same label conventions as the real corpus's
gold.jsonl), so `benchmarks/accuracy.py` can run on a generated corpus too.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

MM = 72 / 25.4
PAGE_W, PAGE_H = A4
LEFT = 28 * MM  # GB/T 9704 7.2: left margin 28 mm, top margin 37 mm
TOP = 37 * MM
TEXT_W = 156 * MM
TEXT_H = 225 * MM
LINES_PER_PAGE = 22
PITCH = TEXT_H / LINES_PER_PAGE  # ~29 pt between baselines
BODY_SIZE = 16  # 三号
TITLE_SIZE = 22  # 二号
IMPRINT_SIZE = 14  # 四号
CHARS_PER_LINE = int(TEXT_W // BODY_SIZE)  # 27 full-width characters
HEADER_SLOTS = 6  # line slots used on page 1 by issuer mark, doc number and red rule
IMPRINT_SLOTS = 4  # slots reserved at the bottom of the last cover page for the 版记
RED = (0.9, 0.0, 0.0)

# (issuer, agency code of its doc numbers, office that prints its documents)
ISSUERS = [
    ("聊城市人民政府办公室", "聊政办发", "聊城市人民政府办公室"),
    ("福州市人民政府", "榕政", "福州市人民政府办公厅"),
    ("南京市住房保障和房产局", "宁房市字", "南京市住房保障和房产局办公室"),
    ("安庆市住房公积金管理委员会", "宜公积金委", "安庆市住房公积金管理委员会"),
    ("重庆市人民政府办公厅", "渝府办发", "重庆市人民政府办公厅"),
    ("长沙县住房和城乡建设局", "长县住建发", "长沙县住房和城乡建设局"),
    ("达州市人民政府办公室", "达市府办发", "达州市人民政府办公室"),
    ("河南省财政厅", "豫财预", "河南省财政厅办公室"),
]
SUBJECTS = [
    "进一步促进房地产市场平稳健康发展",
    "调整住房公积金贷款有关政策",
    "加强城市生活垃圾分类管理工作",
    "做好2023年度政务公开工作",
    "优化营商环境若干措施",
    "加快推进老旧小区改造",
    "规范行政规范性文件制定和监督管理",
    "支持小微企业和个体工商户发展",
    "做好近期促进消费工作",
    "加强安全生产专项整治",
]
# (what the title says after the subject, the 文种 it ends with)
KINDS = [
    ("的通知", "通知"),
    ("的意见", "意见"),
    ("的实施意见", "意见"),
    ("的决定", "决定"),
    ("的通报", "通报"),
    ("的函", "函"),
]
ATTACHED = [  # titles of attached normative documents
    "住房公积金贷款管理办法",
    "城市生活垃圾分类管理实施细则",
    "老旧小区改造工作方案",
    "2023年政务公开工作要点",
    "进一步促进消费若干措施",
    "行政规范性文件管理办法",
    "安全生产专项整治三年行动实施方案",
    "小微企业扶持资金管理暂行办法",
]
RECIPIENT_SETS = [
    ["各县（市、区）人民政府", "市政府各部门", "各直属机构"],
    ["各区县（自治县）人民政府", "市政府各部门", "有关单位"],
    ["各有关单位"],
    ["各县（市）、区人民政府", "市政府各部门、各直属机构"],
    ["市国土局", "市规划局", "各区住房保障部门"],
]
CC_SETS = [
    [],
    ["市委各部门", "市人大常委会办公室", "市政协办公室"],
    ["人行福州中心支行"],
    ["市纪委监委", "市中级法院", "市检察院"],
    ["各管委会委员单位"],
]
# Sentence parts combined at random: enough variety that pages are not identical.
OPENERS = [
    "为进一步贯彻落实党中央、国务院决策部署，",
    "根据《中华人民共和国行政许可法》等法律法规规定，",
    "为切实加强和改进相关工作，",
    "经市政府同意，",
    "按照省委、省政府工作要求，",
    "结合本地实际，",
    "为规范管理、提高效率，",
]
MIDDLES = [
    "各地各部门要充分认识做好此项工作的重要意义",
    "进一步健全完善工作机制，明确责任分工",
    "加强统筹协调，形成工作合力",
    "严格落实属地管理责任和行业监管责任",
    "及时研究解决工作推进中遇到的困难和问题",
    "坚持以人民为中心的发展思想，稳步推进各项改革任务",
    "加大政策宣传解读力度，及时回应社会关切",
    "住房公积金缴存职工首次购买普通自住住房的，最高贷款额度调整为60万元",
    "对符合条件的小微企业给予不超过50万元的一次性补助",
]
CLOSERS = ["。", "，确保各项措施落地见效。", "，切实维护人民群众合法权益。", "。现就有关事项通知如下。"]
CHINESE_NUMERALS = "一二三四五六七八九十"


def cn_number(n: int) -> str:
    """1..999 in Chinese numerals, as in 第十二条, 第一百零五条."""
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        tail = "" if rest == 0 else ("零" if rest < 10 else "") + cn_number(rest)
        if 10 <= rest < 20:
            tail = "一" + tail  # 一百一十二, not 一百十二
        return CHINESE_NUMERALS[hundreds - 1] + "百" + tail
    if n <= 10:
        return CHINESE_NUMERALS[n - 1]
    tens, ones = divmod(n, 10)
    prefix = "" if tens == 1 else CHINESE_NUMERALS[tens - 1]
    return prefix + "十" + (CHINESE_NUMERALS[ones - 1] if ones else "")


def sentence(rng: random.Random) -> str:
    return rng.choice(OPENERS) + rng.choice(MIDDLES) + rng.choice(CLOSERS)


def wrap(text: str, width: int = CHARS_PER_LINE) -> list[str]:
    """Break by character count: official documents are set on a fixed character grid."""
    return [text[i : i + width] for i in range(0, len(text), width)] or [""]


@dataclass
class DocSpec:
    """One generated document: its printed elements and how many pages it spans."""

    issuer: str
    doc_number: str
    title: str
    doc_type: str
    recipients: list[str]
    cc: list[str]
    printer: str
    signed_date: str  # ISO
    printed_date: str  # ISO
    urgency: str | None
    disclosure: bool  # print （此件公开发布）
    cover_pages: int  # 1 or 2 (a 2-page cover letter has a longer body)
    attachment_pages: int
    attachment_title: str | None
    seed: int
    pages: int = 0  # filled in by write_pdf: the real page count
    file: str = ""

    def gold(self) -> dict:
        """Expected metadata in the gold.jsonl conventions of the real corpus."""
        return {
            "file": self.file,
            "title": self.title,
            "doc_number": self.doc_number,
            "issuer": self.issuer,
            "doc_type": self.doc_type,
            "signed_date": self.signed_date,
            "printed_date": self.printed_date,
            "classification": None,
            "urgency": self.urgency,
            "disclosure_marker": "主动公开" if self.disclosure else None,
            "recipients": self.recipients,
            "cc": self.cc,
            "scanned": False,
            "notes": f"synthetic (corpus_gen seed {self.seed}), {self.pages} pages",
        }


def cn_date(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{y}年{m}月{d}日"


def random_spec(rng: random.Random, total_pages: int, seed: int = 0) -> DocSpec:
    """A document of about `total_pages` pages (the cover letter may add one for its 版记)."""
    issuer, code, printer = rng.choice(ISSUERS)
    year = rng.randint(2016, 2025)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    subject = rng.choice(SUBJECTS)
    cover_pages = 1 if total_pages <= 2 or rng.random() < 0.6 else 2
    attachment_pages = max(0, total_pages - cover_pages)
    if attachment_pages:
        # a cover letter that forwards an attached regulation: 关于印发《…办法》的通知
        attached = rng.choice(ATTACHED)
        title = f"{issuer}关于印发《{attached}》的通知"
        doc_type, attachment_title = "通知", attached
    else:
        suffix, doc_type = rng.choice(KINDS)
        title = f"{issuer}关于{subject}{suffix}"
        attachment_title = None
    signed = f"{year}-{month:02d}-{day:02d}"
    printed_day = min(28, day + rng.randint(0, 3))
    return DocSpec(
        issuer=issuer,
        doc_number=f"{code}〔{year}〕{rng.randint(1, 150)}号",
        title=title,
        doc_type=doc_type,
        recipients=list(rng.choice(RECIPIENT_SETS)),
        cc=list(rng.choice(CC_SETS)),
        printer=printer,
        signed_date=signed,
        printed_date=f"{year}-{month:02d}-{printed_day:02d}",
        urgency=rng.choice([None, None, None, None, "加急", "特急"]),
        disclosure=rng.random() < 0.6,
        cover_pages=cover_pages,
        attachment_pages=attachment_pages,
        attachment_title=attachment_title,
        seed=seed,
    )


# ---------------------------------------------------------------- drawing


class _Pager:
    """Places text on the 22-line grid and counts pages; draws page numbers (— 1 —)."""

    def __init__(self, path: Path):
        self.c = canvas.Canvas(str(path), pagesize=A4)
        self.c.setTitle("")  # real files rarely carry a useful Info title
        self.page = 1
        self.slot = 0

    def y(self, slot: float) -> float:
        return PAGE_H - TOP - (slot + 1) * PITCH + 6  # baseline of grid line `slot`

    def text(self, s: str, slot: float, size: float = BODY_SIZE, x: float | None = None,
             align: str = "left", color=(0, 0, 0)) -> None:
        self.c.setFillColorRGB(*color)
        self.c.setFont(FONT, size)
        width = pdfmetrics.stringWidth(s, FONT, size)
        if align == "center":
            x = LEFT + (TEXT_W - width) / 2
        elif align == "right":
            x = LEFT + TEXT_W - width - (x or 0)
        self.c.drawString(LEFT if x is None else x, self.y(slot), s)

    def rule(self, y: float, width: float = 0.5, color=(0, 0, 0)) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(LEFT, y, LEFT + TEXT_W, y)

    def new_page(self) -> None:
        # page number: 4号 font, 7 mm below the text block, outside/inside alternating
        label = f"— {self.page} —"
        self.c.setFillColorRGB(0, 0, 0)
        self.c.setFont(FONT, IMPRINT_SIZE)
        w = pdfmetrics.stringWidth(label, FONT, IMPRINT_SIZE)
        x = LEFT + TEXT_W - w - 14 if self.page % 2 else LEFT + 14
        self.c.drawString(x, PAGE_H - TOP - TEXT_H - 7 * MM - IMPRINT_SIZE, label)
        self.c.showPage()
        self.page += 1
        self.slot = 0

    def flow(self, line: str, *, reserve: int = 0, **kw) -> None:
        """Next grid line, breaking the page when the text block (less `reserve`) is full."""
        if self.slot >= LINES_PER_PAGE - reserve:
            self.new_page()
        self.text(line, self.slot, **kw)
        self.slot += 1


def _paragraph_lines(rng: random.Random, n_lines: int) -> list[str]:
    """About `n_lines` lines of body text: paragraphs indented two full-width spaces."""
    out: list[str] = []
    while len(out) < n_lines:
        para = "\u3000\u3000" + "".join(sentence(rng) for _ in range(rng.randint(2, 4)))
        out.extend(wrap(para))
    return out[:n_lines]


def _draw_cover(p: _Pager, spec: DocSpec, rng: random.Random) -> None:
    # 版头: urgency top left, red issuer mark, doc number, red rule
    if spec.urgency:
        p.text(spec.urgency, -1.5, size=BODY_SIZE)
    mark = spec.issuer + "文件"
    size = min(52.0, TEXT_W / len(mark))  # the mark may not be wider than the text block
    p.text(mark, 1.5, size=size, align="center", color=RED)
    p.text(spec.doc_number, 4, align="center")
    p.rule(p.y(4) - 12, width=2, color=RED)
    p.slot = HEADER_SLOTS

    # 主体: title (wrapped at ~20 characters, centred), recipients, body
    for part in wrap(spec.title, 20):
        p.flow(part, size=TITLE_SIZE, align="center")
    p.slot += 1
    p.flow("，".join(spec.recipients) + "：")
    body_lines = 3 if spec.cover_pages == 1 else rng.randint(12, 17)
    for line in _paragraph_lines(rng, body_lines):
        p.flow(line)
    if spec.attachment_title:
        p.flow(f"\u3000\u3000附件：{spec.attachment_title}")
    p.slot += 1
    p.flow(spec.issuer, align="right", x=4 * BODY_SIZE)
    p.flow(cn_date(spec.signed_date), align="right", x=4 * BODY_SIZE)
    if spec.disclosure:
        p.flow("\u3000\u3000（此件公开发布）")

    # 版记 at the bottom of the last cover page, between thin rules; if it does not fit,
    # it goes on a page of its own, as real documents do with （此页无正文）
    if p.slot > LINES_PER_PAGE - IMPRINT_SLOTS:
        p.new_page()
        p.text("（此页无正文）", 0, align="left")
    bottom = PAGE_H - TOP - TEXT_H
    rows = []
    if spec.cc:
        rows.append("抄送：" + "，".join(spec.cc) + "。")
    rows.append(None)  # the 印发 row: printer left, date right
    y = bottom + PITCH * len(rows) + 4
    p.rule(y, width=0.75)
    for row in rows:
        y -= PITCH
        p.c.setFillColorRGB(0, 0, 0)
        p.c.setFont(FONT, IMPRINT_SIZE)
        if row is None:
            p.c.drawString(LEFT + IMPRINT_SIZE, y + 9, spec.printer)
            date = cn_date(spec.printed_date) + "印发"
            w = pdfmetrics.stringWidth(date, FONT, IMPRINT_SIZE)
            p.c.drawString(LEFT + TEXT_W - IMPRINT_SIZE - w, y + 9, date)
        else:
            p.c.drawString(LEFT + IMPRINT_SIZE, y + 9, row)  # the CC_SETS fit on one line
        p.rule(y, width=0.5 if row is not None else 0.75)
    p.new_page()


def _draw_attachment(p: _Pager, spec: DocSpec, rng: random.Random) -> None:
    """Exactly `attachment_pages` full pages: 附件 heading, title, chapters and articles.

    Long attachments are several attached documents (附件2, 附件3 …), each starting on a new
    page with its own article numbering, as real bundles are: no regulation has 1,000 articles.
    """
    last_page = p.page + spec.attachment_pages - 1
    titles = [spec.attachment_title or "实施办法"] + [t for t in ATTACHED if t != spec.attachment_title]
    part = 0
    while True:
        part += 1
        p.text("附件" if part == 1 else f"附件{part}", 0)
        for i, line in enumerate(wrap(titles[(part - 1) % len(titles)], 20)):
            p.text(line, 1.5 + i * 1.2, size=TITLE_SIZE, align="center")
        p.slot = 4
        if not _draw_articles(p, rng, last_page, max_articles=rng.randint(40, 150)):
            break  # the last page is full
        p.new_page()  # this document ended early: the next attachment starts a new page
    p.new_page()


def _draw_articles(p: _Pager, rng: random.Random, last_page: int, max_articles: int) -> bool:
    """Chapters and articles until `max_articles` (True) or the last page is full (False)."""
    chapter = 0
    for article in range(1, max_articles + 1):
        if rng.random() < 0.05 or chapter == 0:  # a chapter heading now and then
            chapter += 1
            line = f"第{cn_number(chapter)}章　{'总则' if chapter == 1 else rng.choice(SUBJECTS)}"
            if not _put(p, line, last_page, align="center"):
                return False
        text = f"\u3000\u3000第{cn_number(article)}条　" + "".join(
            sentence(rng) for _ in range(rng.randint(1, 4))
        )
        if not all(_put(p, line, last_page) for line in wrap(text)):
            return False
    return p.page < last_page


def _put(p: _Pager, line: str, last_page: int, **kw) -> bool:
    """Place a line unless that would start a page past `last_page`."""
    if p.slot >= LINES_PER_PAGE:
        if p.page >= last_page:
            return False
        p.new_page()
    p.text(line, p.slot, **kw)
    p.slot += 1
    return True


def write_pdf(path: str | Path, spec: DocSpec) -> DocSpec:
    """Render `spec` to `path`; sets spec.pages to the number of pages written."""
    path = Path(path)
    rng = random.Random(spec.seed)
    p = _Pager(path)
    _draw_cover(p, spec, rng)
    if spec.attachment_pages:
        _draw_attachment(p, spec, rng)
    p.c.save()
    spec.pages = p.page - 1
    spec.file = path.name
    return spec


# ---------------------------------------------------------------- corpora


def realistic_lengths(n: int, rng: random.Random) -> list[int]:
    """Page counts with the shape of a real archive: most 1-6 pages, ~10% 7-19, ~10% 20-60.

    The long and middle shares are fixed counts (not coin flips) so that a small corpus
    always contains some long documents and totals stay comparable between runs.
    """
    n_long = max(1, round(n * 0.1)) if n >= 3 else 0
    n_mid = round(n * 0.1)
    lengths = [rng.randint(20, 60) for _ in range(n_long)]
    lengths += [rng.randint(7, 19) for _ in range(n_mid)]
    short = rng.choices([1, 2, 3, 4, 5, 6], weights=[1, 4, 4, 3, 2, 1], k=n - len(lengths))
    lengths += short
    rng.shuffle(lengths)
    return lengths


def generate_corpus(directory: str | Path, n: int = 30, seed: int = 9704) -> list[DocSpec]:
    """Write `n` PDFs (doc000.pdf …) and a gold.jsonl with their expected metadata."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    specs = []
    for i, pages in enumerate(realistic_lengths(n, rng)):
        spec = random_spec(rng, pages, seed=seed * 1000 + i)
        specs.append(write_pdf(directory / f"doc{i:03d}.pdf", spec))
    write_gold(directory / "gold.jsonl", specs)
    return specs


def generate_long(path: str | Path, pages: int = 300, seed: int = 300) -> DocSpec:
    """One big document: a 2-page cover letter plus `pages - 2` attachment pages."""
    rng = random.Random(seed)
    spec = random_spec(rng, pages, seed=seed)
    spec.cover_pages, spec.attachment_pages = 2, pages - 2
    if not spec.attachment_title:
        spec.attachment_title = "实施办法"
    return write_pdf(path, spec)


def write_gold(path: str | Path, specs: list[DocSpec]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for spec in specs:
            f.write(json.dumps(spec.gold(), ensure_ascii=False) + "\n")


if __name__ == "__main__":  # quick look: python benchmarks/corpus_gen.py OUTDIR [N]
    import sys

    out = sys.argv[1] if len(sys.argv) > 1 else "corpus_out"
    specs = generate_corpus(out, int(sys.argv[2]) if len(sys.argv) > 2 else 30)
    print(f"{len(specs)} PDFs, {sum(s.pages for s in specs)} pages in {out}")
