#!/usr/bin/env python3
"""Third held-out set: GB/T 9704 documents in layouts and wordings the earlier generators avoid.

    python benchmarks/heldout3_gen.py OUTDIR

Writes ~40 PDF / DOCX / HTML / TXT documents and OUTDIR/gold.jsonl (conventions of
/work/shared/corpus/real/README.md and of heldout2_gen.py: 第 kept in old numbers, a 公告/通告
numbered `第X号` gets heading + number, 会议纪要 its own 文种). Every layout choice that is not
part of a document's identity (margins, sizes, leading, red shade, page-number style, running
header) is drawn from a per-document seeded RNG. Gold is written by hand beside each document.
All names are fictional.
"""

from __future__ import annotations

import html as H
import json
import random
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
REDS = [(0.9, 0.05, 0.05), (0.85, 0, 0), (1, 0, 0), (0.78, 0.08, 0.1), (0.93, 0.18, 0.18), (0.86, 0.1, 0.0)]
BLACK = (0, 0, 0)
PAGENO = ["em", "hy", "hys", "di", "dot", "bare"]


def pageno(style, n):
    return {"em": f"— {n} —", "hy": f"-{n}-", "hys": f"- {n} -", "di": f"第{n}页",
            "dot": f"·{n}·", "bare": str(n), "none": ""}[style]


SENT = [
    "请各单位结合本地区本部门实际，抓紧制定具体实施方案，明确责任单位和完成时限。",
    "凡涉及群众切身利益的事项，要事先公开征求意见，充分听取基层和群众的意见建议。",
    "牵头单位要定期召集联席会议，通报工作进展，协调解决推进过程中遇到的困难。",
    "对落实不到位、群众反映强烈的，由督查部门通报批评并责令限期整改。",
    "各级财政部门要加强资金监管，确保专款专用，严禁截留、挤占和挪用。",
    "有关情况请于每季度末前五个工作日内报送办公室综合科。",
    "要注重总结推广典型经验，发挥示范带动作用，以点带面推动整体工作。",
    "原有规定与本通知不一致的，以本通知为准。",
    "实施过程中遇到的重大问题，请及时报告。",
    "各地要把安全生产责任落实到岗位、落实到人，切实做到守土有责。",
    "要严格执行请示报告制度，不得瞒报、迟报、漏报。",
    "新闻媒体要开设专栏，营造全社会关心支持的良好氛围。",
    "请各牵头部门于年底前将工作总结报送市政府督查室。",
    "严格控制会议数量和规模，切实减轻基层负担。",
    "对在工作中作出突出成绩的单位和个人，按照有关规定予以表彰。",
]
HEADS = ["一、", "二、", "三、", "四、", "五、"]
TOPICS = ["总体要求", "主要任务", "保障措施", "工作步骤", "有关要求"]


def body(seed, n=3, heads=True, extra=None):
    rng = random.Random(seed * 104729 + 17)
    out = []
    if extra:
        out.append(("p", extra))
    for k in range(n):
        if heads:
            out.append(("p0", HEADS[k] + TOPICS[(k + seed) % 5]))
        out.append(("p", "".join(rng.sample(SENT, 2 + rng.randint(0, 2)))))
    return out


# ----------------------------------------------------------------- PDF renderer


class Pdf:
    def __init__(self, path, st, rng):
        self.st, self.rng = st, rng
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.W, self.Hh = A4
        self.L = rng.uniform(25, 30) * mm
        self.R = self.W - rng.uniform(23, 28) * mm
        self.T = self.Hh - rng.uniform(33, 40) * mm
        self.B = rng.uniform(30, 36) * mm
        self.size = rng.choice([15, 15.5, 16, 16, 16.5])
        self.lead = rng.uniform(1.5, 1.9)
        self.red = rng.choice(REDS)
        self.pn = st.get("pageno") or rng.choice(PAGENO)
        self.y = self.T
        self.page = 1

    def sw(self, s, size):
        return pdfmetrics.stringWidth(s, FONT, size)

    def draw(self, x, y, s, size, color=BLACK):
        self.c.setFillColorRGB(*color)
        self.c.setFont(FONT, size)
        self.c.drawString(x, y, s)

    def newpage(self):
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = self.T
        hdr = self.st.get("runhead")
        if hdr:
            self.draw(self.L + (self.R - self.L - self.sw(hdr, 10.5)) / 2, self.Hh - 20 * mm, hdr, 10.5)
            self.c.setLineWidth(0.4)
            self.c.line(self.L, self.Hh - 22 * mm, self.R, self.Hh - 22 * mm)

    def footer(self):
        lab = pageno(self.pn, self.page)
        if self.st.get("runfoot"):
            f = self.st["runfoot"]
            self.draw(self.L + (self.R - self.L - self.sw(f, 10.5)) / 2, self.B - 22 * mm, f, 10.5)
        if lab:
            if self.pn in ("di", "bare"):
                x = self.L + (self.R - self.L - self.sw(lab, 12)) / 2
            else:
                x = self.R - self.sw(lab, 14) - 8 if self.page % 2 else self.L + 8
            self.draw(x, self.B - 13 * mm, lab, 14 if self.pn not in ("di", "bare") else 12)

    def line(self, s, size=None, align="l", color=BLACK, indent=0.0, pitch=None):
        size = size or self.size
        pitch = pitch or size * self.lead
        if self.y - pitch < self.B:
            self.newpage()
        self.y -= pitch
        w = self.sw(s, size)
        x = {"c": self.L + (self.R - self.L - w) / 2, "r": self.R - w - indent}.get(align, self.L + indent)
        self.draw(x, self.y, s, size, color)

    def wrap(self, s, first):
        per = int((self.R - self.L) // self.size)
        out, cur, room = [], "", per - first
        for ch in s:
            if len(cur) >= room:
                out.append(cur)
                cur, room = "", per
            cur += ch
        return out + ([cur] if cur else [])

    def rule(self, color, width, gap=7, double=False):
        self.y -= gap
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(self.L, self.y, self.R, self.y)
        if double:
            self.c.setLineWidth(0.6)
            self.c.line(self.L, self.y - 3, self.R, self.y - 3)
        self.y -= gap

    def render(self, ops):
        S = self.size
        for op in ops:
            k = op[0]
            if k == "tl":
                self.line(op[1], S)
            elif k == "tr":
                self.line(op[1], S, "r")
            elif k == "mark":
                names, suffix = op[1], op[2]
                size = self.rng.choice([30, 34, 36, 40])
                size = min(size, (self.R - self.L) / max(len(n) + (2 if suffix else 0) for n in names))
                if suffix and len(names) > 1:
                    top = self.y
                    wmax = max(self.sw(n, size) for n in names)
                    x0 = self.L + (self.R - self.L - wmax - self.sw(suffix, size) - size / 2) / 2
                    for n in names:
                        self.y -= size * 1.25
                        self.draw(x0 + (wmax - self.sw(n, size)) / 2, self.y, n, size, self.red)
                    self.draw(x0 + wmax + size / 2, (top + self.y) / 2 - size * 0.4, suffix, size, self.red)
                else:
                    for n in names:
                        self.line(n + (suffix or ""), size, "c", self.red, pitch=size * 1.3)
                self.y -= self.rng.uniform(8, 24)
            elif k == "num":
                al = op[2] if len(op) > 2 else "c"
                self.line(op[1], S, al, indent=S if al == "r" else 0)
            elif k == "numsig":
                self.line(op[1], S, "l", indent=S)
                self.draw(self.R - S - self.sw(op[2], S), self.y, op[2], S)
            elif k == "red":
                self.rule(self.red, 2.2, self.rng.uniform(5, 9), double=len(op) > 1)
            elif k == "title":
                self.y -= 10
                ts = self.rng.choice([20, 21, 22])
                for t in op[1]:
                    self.line(t, ts, "c", pitch=ts * 1.5)
                self.y -= 8
            elif k == "c":
                self.line(op[1], S, "c")
            elif k == "rec":
                for t in op[1]:
                    self.line(t, S)
            elif k in ("p", "p0"):
                first = 2
                for i, t in enumerate(self.wrap(op[1], first)):
                    self.line(t, S, indent=S * first if i == 0 else 0)
            elif k == "att":
                for i, t in enumerate(op[1]):
                    self.line(t, S, indent=S * 2 if i == 0 else S * 5)
            elif k == "sig":
                self.y -= S * 1.5
                for t in op[1]:
                    self.line(t, S, "r", indent=S * 3)
                self.line(op[2], S, "r", indent=S * 2)
            elif k == "note":
                self.line(op[1], S, indent=S * 2)
            elif k == "pb":
                self.newpage()
            elif k == "imp":
                rows = op[1]
                need = (len(rows) + 1) * S * 1.7 + 20
                if self.y - need < self.B:
                    self.newpage()
                self.y = max(self.B + need, min(self.y, self.B + need + 30))
                self.rule(BLACK, 1.0, 3)
                per = int((self.R - self.L - S) // (S - 1))
                for i, r in enumerate(rows):
                    if isinstance(r, tuple):
                        self.line(r[0], S - 1, indent=S * 0.5)
                        self.draw(self.R - S * 0.5 - self.sw(r[1], S - 1), self.y, r[1], S - 1)
                    else:
                        while len(r) > per:
                            self.line(r[:per], S - 1, indent=S * 0.5)
                            r = r[per:]
                        self.line(r, S - 1, indent=S * 0.5)
                    if not cont(rows, i):
                        self.rule(BLACK, 0.5, 3)
        self.footer()
        self.c.save()


# ----------------------------------------------------------------- DOCX renderer


def _border(par, where):
    ppr = par._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    for w in where:
        e = OxmlElement(f"w:{w}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "8")
        e.set(qn("w:space"), "1")
        e.set(qn("w:color"), "000000")
        b.append(e)
    ppr.append(b)


def _field(par, instr):
    r = par.add_run()
    for tag, txt in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if tag:
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), tag)
            r._r.append(f)
        elif txt == "1":
            t = OxmlElement("w:t")
            t.text = "1"
            r._r.append(t)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)


def write_docx(path, ops, st, rng):
    d = Document()
    sec = d.sections[0]
    sec.left_margin, sec.right_margin = Mm(rng.uniform(25, 30)), Mm(rng.uniform(24, 28))
    sec.top_margin, sec.bottom_margin = Mm(rng.uniform(35, 38)), Mm(rng.uniform(33, 36))
    S = rng.choice([15, 16, 16])
    red = RGBColor(*[int(c * 255) for c in rng.choice(REDS)])
    normal = d.styles["Normal"]
    normal.font.size = Pt(S)
    normal.font.name = "仿宋_GB2312"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    normal.paragraph_format.line_spacing = Pt(rng.choice([28, 28.95, 29, 30]))
    if st.get("runhead"):
        sec.header.paragraphs[0].text = st["runhead"]
        sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    pn = st.get("pageno") or rng.choice(["em", "hy", "di", "none"])
    if pn != "none":
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER if pn == "di" else WD_ALIGN_PARAGRAPH.RIGHT
        pre, post = {"em": ("— ", " —"), "hy": ("-", "-"), "di": ("第", "页")}[pn]
        fp.add_run(pre)
        _field(fp, "PAGE")
        fp.add_run(post)

    def para(text="", align=None, size=None, color=None, bold=False, indent=None, first=None):
        p = d.add_paragraph()
        if text:
            r = p.add_run(text)
            if size:
                r.font.size = Pt(size)
            if color is not None:
                r.font.color.rgb = color
            r.bold = bold
        if align:
            p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                           "j": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        if indent is not None:
            p.paragraph_format.right_indent = Pt(indent)
        if first is not None:
            p.paragraph_format.first_line_indent = Pt(first)
        return p

    for op in ops:
        k = op[0]
        if k == "tl":
            para(op[1])
        elif k == "tr":
            para(op[1], "r")
        elif k == "mark":
            size = rng.choice([26, 30, 36])
            if op[2] and len(op[1]) > 1 and st.get("marktable", True):
                t = d.add_table(rows=len(op[1]), cols=2)
                for i, n in enumerate(op[1]):
                    c = t.cell(i, 0)
                    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
                    rr = c.paragraphs[0].add_run(n)
                    rr.font.size, rr.font.color.rgb = Pt(size), red
                m = t.cell(0, 1).merge(t.cell(len(op[1]) - 1, 1))
                rr = m.paragraphs[0].add_run(op[2])
                rr.font.size, rr.font.color.rgb = Pt(size), red
            else:
                for n in op[1]:
                    para(n + (op[2] or ""), "c", size, red)
            para()
        elif k == "num":
            al = op[2] if len(op) > 2 else "c"
            para(op[1], al)
        elif k == "numsig":
            p = para()
            p.paragraph_format.tab_stops.add_tab_stop(Mm(150), alignment=2)
            p.add_run("    " + op[1] + "\t" + op[2])
        elif k == "red":
            p = para()
            ppr = p._p.get_or_add_pPr()
            b = OxmlElement("w:pBdr")
            e = OxmlElement("w:bottom")
            e.set(qn("w:val"), "thinThickSmallGap" if len(op) > 1 else "single")
            e.set(qn("w:sz"), "24")
            e.set(qn("w:space"), "1")
            e.set(qn("w:color"), str(red))
            b.append(e)
            ppr.append(b)
        elif k == "title":
            para()
            if st.get("title_br"):
                p = para(align="c")
                for i, t in enumerate(op[1]):
                    r = p.add_run(t)
                    r.font.size = Pt(22)
                    if i < len(op[1]) - 1:
                        r.add_break()
            else:
                for t in op[1]:
                    para(t, "c", 22)
            para()
        elif k == "c":
            para(op[1], "c")
        elif k == "rec":
            para("".join(op[1]))
        elif k == "p":
            para(op[1], "j", first=S * 2)
        elif k == "p0":
            para(op[1], first=S * 2)
        elif k == "att":
            para(op[1][0], first=S * 2)
            for t in op[1][1:]:
                p = para(t)
                p.paragraph_format.left_indent = Pt(S * 5)
        elif k == "sig":
            para()
            for t in op[1]:
                para(t, "r", indent=S * 3)
            para(op[2], "r", indent=S * 2)
        elif k == "note":
            para(op[1], first=S * 2)
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "imp":
            para()
            if st.get("imptable"):
                t = d.add_table(rows=len(op[1]), cols=2)
                for i, r in enumerate(op[1]):
                    if isinstance(r, tuple):
                        t.cell(i, 0).text, t.cell(i, 1).text = r
                        t.cell(i, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    else:
                        m = t.cell(i, 0).merge(t.cell(i, 1))
                        m.text = r
            else:
                for i, r in enumerate(op[1]):
                    p = para()
                    if isinstance(r, tuple):
                        p.paragraph_format.tab_stops.add_tab_stop(Mm(155), alignment=2)
                        p.add_run("  " + r[0] + "\t" + r[1])
                    else:
                        p.add_run("  " + r)
                    _border(p, (["top"] if i == 0 else []) + ([] if cont(op[1], i) else ["bottom"]))
    d.save(str(path))


# ----------------------------------------------------------------- HTML renderer


def write_html(path, ops, st, rng):
    e = H.escape
    parts = []
    for op in ops:
        k = op[0]
        if k in ("tl", "num", "c"):
            al = "center" if k in ("num", "c") and (len(op) < 3 or op[2] == "c") else ("right" if len(op) > 2 and op[2] == "r" else "left")
            parts.append(f'<p style="text-align:{al}">{e(op[1])}</p>')
        elif k == "tr":
            parts.append(f'<p style="text-align:right">{e(op[1])}</p>')
        elif k == "mark":
            for n in op[1]:
                parts.append(f'<p style="text-align:center;color:#e00;font-size:32px">{e(n + (op[2] or ""))}</p>')
        elif k == "numsig":
            parts.append(f'<p>{e(op[1])}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{e(op[2])}</p>')
        elif k == "red":
            parts.append('<hr style="border-color:#e00"/>')
        elif k == "title":
            sep = "<br/>" if st.get("title_br", True) else ""
            parts.append(f'<p style="text-align:center;font-size:22px"><strong>{sep.join(e(t) for t in op[1])}</strong></p>')
        elif k == "rec":
            parts.append(f"<p>{e(''.join(op[1]))}</p>")
        elif k in ("p", "p0"):
            parts.append(f'<p style="text-indent:2em">{e(op[1])}</p>')
        elif k == "att":
            parts.append('<p style="text-indent:2em">' + "<br/>".join(e(t) for t in op[1]) + "</p>")
        elif k == "sig":
            for t in op[1] + [op[2]]:
                parts.append(f'<p style="text-align:right">{e(t)}</p>')
        elif k == "note":
            parts.append(f'<p style="text-indent:2em">{e(op[1])}</p>')
        elif k == "pb":
            parts.append('<p style="page-break-before:always"></p>')
        elif k == "imp":
            rows = "".join(
                f"<tr><td>{e(r[0])}</td><td align=right>{e(r[1])}</td></tr>" if isinstance(r, tuple)
                else f"<tr><td colspan=2>{e(r)}</td></tr>" for r in op[1])
            parts.append(f'<table border="0" width="100%" style="border-top:1px solid #000">{rows}</table>')
    meta = ""
    if st.get("meta"):
        cells = "".join(f"<tr><td><b>{e(a)}：</b></td><td>{e(b)}</td></tr>" for a, b in st["meta"])
        meta = f'<table class="xxgk_table">{cells}</table>'
    head = f"<title>{e(st['htitle'])}</title>" if st.get("htitle") else ""
    enc = st.get("enc", "utf-8")
    h1 = f'<h1 class="article-title">{e(st["h1"])}</h1>' if st.get("h1") else ""
    top = f'<div class="crumb">首页 &gt; 政务公开 &gt; {e(st.get("crumb", "政策文件"))}</div>' if st.get("crumb") else ""
    doc = (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={enc}">{head}</head>'
           f'<body>{top}{h1}{meta}<div class="article-content">{"".join(parts)}</div>'
           f'<div class="foot">主办：{e(st.get("site", "政府门户网站"))}　网站标识码：0000000000</div></body></html>')
    Path(path).write_bytes(doc.encode(enc))


# ----------------------------------------------------------------- TXT renderer


def write_txt(path, ops, st, rng):
    W = st.get("width", 34)
    wrap = st.get("wrap", True)
    out = []
    page = [1]

    def centre(s):
        return "　" * max(0, (W - len(s)) // 2) + s

    def pb():
        if st.get("txt_pn"):
            out.append("")
            out.append(centre(pageno(st["txt_pn"], page[0])))
        out.append("\f" if st.get("ff") else "")
        page[0] += 1

    for op in ops:
        k = op[0]
        if k == "tl":
            out.append(op[1])
        elif k == "tr":
            out.append("　" * max(0, W - len(op[1])) + op[1])
        elif k == "mark":
            for n in op[1]:
                out.append(centre(n + (op[2] or "")))
            out.append("")
        elif k in ("num", "c"):
            al = op[2] if len(op) > 2 else "c"
            out.append(centre(op[1]) if al == "c" else ("　" * max(0, W - len(op[1]) - 1) + op[1] if al == "r" else op[1]))
        elif k == "numsig":
            out.append("　" + op[1] + "　" * 4 + op[2])
        elif k == "red":
            out.append(st.get("rule", "━" * W))
        elif k == "title":
            out.append("")
            out.extend(centre(t) for t in op[1])
            out.append("")
        elif k == "rec":
            out.extend(op[1] if wrap else ["".join(op[1])])
        elif k in ("p", "p0"):
            s = "　　" + op[1]
            if wrap:
                out.extend(s[i:i + W] for i in range(0, len(s), W))
            else:
                out.append(s)
        elif k == "att":
            out.append("　　" + op[1][0])
            out.extend("　" * 5 + t for t in op[1][1:])
        elif k == "sig":
            out.append("")
            out.extend("　" * max(0, W - len(t) - 3) + t for t in op[1])
            out.append("　" * max(0, W - len(op[2]) - 2) + op[2])
        elif k == "note":
            out.append("　　" + op[1])
        elif k == "pb":
            pb()
        elif k == "imp":
            out.append("")
            out.append("─" * W)
            for i, r in enumerate(op[1]):
                out.append("　" + (r[0] + "　" * max(1, W - len(r[0]) - len(r[1]) - 2) + r[1] if isinstance(r, tuple) else r))
                if not cont(op[1], i):
                    out.append("─" * W)
    if st.get("txt_pn"):
        out.append("")
        out.append(centre(pageno(st["txt_pn"], page[0])))
    nl = "\r\n" if st.get("crlf") else "\n"
    txt = nl.join(out) + nl
    Path(path).write_bytes(txt.encode(st.get("enc", "utf-8")))


# ----------------------------------------------------------------- documents

DOCS = []
FIELDS = ["title", "doc_number", "issuer", "doc_type", "signed_date", "printed_date", "classification",
          "urgency", "disclosure_marker"]


def doc(file, ops, gold, **st):
    g = {"file": file}
    for f in FIELDS:
        g[f] = gold.get(f)
    g["recipients"] = gold.get("recipients", [])
    g["cc"] = gold.get("cc", [])
    g["scanned"] = False
    DOCS.append(dict(file=file, ops=ops, gold=g, st=st))


IMP = lambda *rows: ("imp", list(rows))  # noqa: E731


def cont(rows, i):
    """True when imprint row i+1 continues row i (a wrapped 抄送 line): no rule between them."""
    return i + 1 < len(rows) and isinstance(rows[i + 1], str) and not rows[i + 1].startswith(("抄", "分送", "送"))
T = lambda *lines: ("title", list(lines))  # noqa: E731
SIG = lambda names, date: ("sig", list(names), date)  # noqa: E731
B = body

# ---- PDF ---------------------------------------------------------------------

doc("a01_ministry_guotuzi.pdf", [
    ("mark", ["国土资源部文件"], None), ("num", "国土资发〔2004〕112号"), ("red",),
    T("国土资源部关于进一步规范矿业权", "出让管理的通知"),
    ("rec", ["各省、自治区、直辖市国土资源厅（国土环境资源厅、国土资源局、",
             "国土资源和房屋管理局、房屋土地资源管理局），解放军土地管理局，",
             "新疆生产建设兵团国土资源局："]),
    *B(1, 3, extra="为贯彻落实《国务院关于全面整顿和规范矿产资源开发秩序的通知》（国发〔2005〕28号）精神，现就有关事项通知如下："),
    SIG(["国土资源部"], "二〇〇四年五月十四日"),
    ("note", "主题词：国土资源　矿业权　出让　通知"),
    IMP("抄送：国务院办公厅，国家发展改革委，财政部，部机关各司局。", ("国土资源部办公厅", "2004年5月17日印发")),
], dict(title="国土资源部关于进一步规范矿业权出让管理的通知", doc_number="国土资发〔2004〕112号", issuer="国土资源部",
        doc_type="通知", signed_date="2004-05-14", printed_date="2004-05-17",
        recipients=["各省、自治区、直辖市国土资源厅（国土环境资源厅、国土资源局、国土资源和房屋管理局、房屋土地资源管理局）",
                    "解放军土地管理局", "新疆生产建设兵团国土资源局"],
        cc=["国务院办公厅", "国家发展改革委", "财政部", "部机关各司局"]), pageno="em")

doc("a02_letter_format_zhenbanhan.pdf", [
    ("mark", ["望川省人民政府办公厅"], None), ("red", 2), ("num", "望政办函〔2019〕57号", "r"),
    T("望川省人民政府办公厅关于同意建立望川省", "职业教育工作联席会议制度的函"),
    ("rec", ["省教育厅："]),
    ("p", "你厅《关于建立望川省职业教育工作联席会议制度的请示》（望教职成〔2019〕14号）收悉。经省人民政府同意，现函复如下："),
    *B(2, 2, heads=False),
    SIG(["望川省人民政府办公厅"], "2019年8月6日"), ("note", "（此件公开发布）"),
    IMP("抄送：联席会议各成员单位。", ("望川省人民政府办公厅秘书处", "2019年8月7日印发")),
], dict(title="望川省人民政府办公厅关于同意建立望川省职业教育工作联席会议制度的函", doc_number="望政办函〔2019〕57号",
        issuer="望川省人民政府办公厅", doc_type="函", signed_date="2019-08-06", printed_date="2019-08-07",
        disclosure_marker="主动公开", recipients=["省教育厅"], cc=["联席会议各成员单位"]))

doc("a03_party_committee_weifa.pdf", [
    ("tl", "000217"), ("tl", "机密★5年"), ("tl", "特急"),
    ("mark", ["中共霁阳市委"], "文件"), ("num", "霁委发〔2008〕11号"), ("red",),
    T("中共霁阳市委关于加强基层党组织", "换届选举工作的意见"),
    ("rec", ["各县（市、区）委，市委各部委，市直各单位党组（党委），", "各人民团体党组："]),
    *B(3, 4),
    SIG(["中共霁阳市委"], "二〇〇八年三月二十日"),
    ("note", "（此件发至县级）"),
    IMP("抄送：省委组织部。", ("中共霁阳市委办公室", "2008年3月21日印发")),
], dict(title="中共霁阳市委关于加强基层党组织换届选举工作的意见", doc_number="霁委发〔2008〕11号", issuer="中共霁阳市委",
        doc_type="意见", signed_date="2008-03-20", printed_date="2008-03-21", classification="机密", urgency="特急",
        recipients=["各县（市、区）委", "市委各部委", "市直各单位党组（党委）", "各人民团体党组"], cc=["省委组织部"]))

doc("a04_old_zi_number_1993.pdf", [
    ("mark", ["北陵省劳动厅"], "文件"), ("num", "陵劳字(1993)第41号"), ("red",),
    T("关于调整企业职工最低工资标准的通知"),
    ("rec", ["各地区行署、各市劳动局，省直各厅局劳资处："]),
    *B(4, 3),
    SIG(["北陵省劳动厅"], "一九九三年九月二十七日"),
    IMP("抄报：劳动部，省政府办公厅。", "抄送：省总工会，省财政厅。", ("北陵省劳动厅办公室", "一九九三年九月二十九日印发")),
], dict(title="关于调整企业职工最低工资标准的通知", doc_number="陵劳字〔1993〕第41号", issuer="北陵省劳动厅",
        doc_type="通知", signed_date="1993-09-27", printed_date="1993-09-29",
        recipients=["各地区行署、各市劳动局", "省直各厅局劳资处"], cc=["省总工会", "省财政厅"]), pageno="bare")

doc("a05_request_signer_two.pdf", [
    ("tr", "公开"),
    ("mark", ["汀兰市卫生健康委员会"], "文件"),
    ("numsig", "汀卫健〔2021〕46号", "签发人：宋立群"), ("red",),
    T("汀兰市卫生健康委员会关于申请建设市级", "公共卫生应急物资储备库的请示"),
    ("rec", ["市人民政府："]),
    *B(5, 2, heads=False),
    ("p", "妥否，请批示。"),
    SIG(["汀兰市卫生健康委员会"], "2021年4月12日"),
    ("note", "（联系人：规划发展科　钟雨桐，电话：0598-2736104）"),
    IMP(("汀兰市卫生健康委员会办公室", "2021年4月12日印发")),
], dict(title="汀兰市卫生健康委员会关于申请建设市级公共卫生应急物资储备库的请示", doc_number="汀卫健〔2021〕46号",
        issuer="汀兰市卫生健康委员会", doc_type="请示", signed_date="2021-04-12", printed_date="2021-04-12",
        disclosure_marker="主动公开", recipients=["市人民政府"]))

doc("a06_joint_three_stacked.pdf", [
    ("mark", ["曲阑市教育局", "曲阑市财政局", "曲阑市人力资源和社会保障局"], "文件"),
    ("num", "曲教发〔2016〕29号"), ("red",),
    T("曲阑市教育局　曲阑市财政局", "曲阑市人力资源和社会保障局", "关于乡村教师生活补助发放的实施意见"),
    ("rec", ["各县（区）教育局、财政局、人力资源和社会保障局，市直各学校："]),
    *B(6, 3),
    SIG(["曲阑市教育局　　曲阑市财政局", "曲阑市人力资源和社会保障局"], "2016年11月3日"),
    ("note", "（此件主动公开）"),
    IMP("抄送：市人民政府办公室，市编办。", ("曲阑市教育局办公室", "2016年11月4日印发")),
], dict(title="曲阑市教育局曲阑市财政局曲阑市人力资源和社会保障局关于乡村教师生活补助发放的实施意见",
        doc_number="曲教发〔2016〕29号", issuer="曲阑市教育局、曲阑市财政局、曲阑市人力资源和社会保障局",
        doc_type="意见", signed_date="2016-11-03", printed_date="2016-11-04", disclosure_marker="主动公开",
        recipients=["各县（区）教育局、财政局、人力资源和社会保障局", "市直各学校"], cc=["市人民政府办公室", "市编办"]))

doc("a07_order_ling_with_rule.pdf", [
    ("mark", ["北陵省人民政府令"], None), ("c", "第87号"), ("red",),
    ("p", "《北陵省农村公路养护管理办法》已经2017年6月9日省人民政府第104次常务会议通过，现予公布，自2017年8月1日起施行。"),
    ("sig", ["省长　韩培元"], "2017年6月23日"), ("note", "（此件公开发布）"),
    ("pb",), T("北陵省农村公路养护管理办法"),
    ("p0", "第一条　为加强农村公路养护管理，保障农村公路完好、安全、畅通，根据有关法律法规，结合本省实际，制定本办法。"),
    ("p0", "第二条　本办法适用于本省行政区域内县道、乡道和村道的养护管理。"),
    ("p0", "第三条　本办法自2017年8月1日起施行。"),
], dict(title="北陵省农村公路养护管理办法", doc_number="北陵省人民政府令第87号", issuer="北陵省人民政府", doc_type="令",
        signed_date="2017-06-23", disclosure_marker="主动公开"),
    runhead="北陵省人民政府规章", runfoot="北陵省人民政府发布")

doc("a08_gazette_number_under_title.pdf", [
    T("鹿鸣县人民政府办公室关于印发鹿鸣县", "城区停车收费管理暂行办法的通知"),
    ("c", "（鹿政办发〔2022〕19号）"),
    ("rec", ["各乡镇人民政府，县政府各部门，各有关单位："]),
    ("p", "《鹿鸣县城区停车收费管理暂行办法》已经县人民政府同意，现印发给你们，请认真贯彻执行。"),
    SIG(["鹿鸣县人民政府办公室"], "2022年3月15日"),
    ("pb",), T("鹿鸣县城区停车收费管理暂行办法"), *B(8, 2),
    ("p", "本办法自2022年4月1日起施行，有效期2年。"),
], dict(title="鹿鸣县人民政府办公室关于印发鹿鸣县城区停车收费管理暂行办法的通知", doc_number="鹿政办发〔2022〕19号",
        issuer="鹿鸣县人民政府办公室", doc_type="通知", signed_date="2022-03-15",
        recipients=["各乡镇人民政府", "县政府各部门", "各有关单位"]),
    runhead="鹿鸣县人民政府公报　2022年第2期")

doc("a09_minutes_qi.pdf", [
    ("mark", ["桐溪市人民政府"], None), ("mark", ["常务会议纪要"], None),
    ("red",),
    T("桐溪市人民政府第十四次常务会议纪要"),
    ("p", "2012年4月18日，市长孟庆和主持召开市人民政府第十四次常务会议。现将会议议定事项纪要如下："),
    *B(9, 3),
    ("p", "出席：孟庆和、林卫东、许晓华、周海峰"), ("p", "列席：市政府办公室、市发展改革委、市财政局负责同志"),
    IMP("分送：市委办公室，市人大常委会办公室，市政协办公室，各县（市、区）人民政府，市政府各部门。",
        ("桐溪市人民政府办公室", "2012年4月20日印发")),
], dict(title="桐溪市人民政府第十四次常务会议纪要", doc_number=None, issuer="桐溪市人民政府", doc_type="会议纪要",
        printed_date="2012-04-20"))

doc("a10_announcement_gonggao.pdf", [
    T("朔宁市自然资源和规划局公告"), ("c", "第9号"),
    ("p", "根据《中华人民共和国土地管理法》有关规定，现将朔宁市2023年第三批次城镇建设用地征收土地预公告如下："),
    *B(10, 2, heads=False),
    ("p", "特此公告。"),
    SIG(["朔宁市自然资源和规划局"], "2023年10月9日"),
], dict(title="朔宁市自然资源和规划局公告", doc_number="朔宁市自然资源和规划局公告第9号", issuer="朔宁市自然资源和规划局",
        doc_type="公告", signed_date="2023-10-09"))

doc("a11_decision_long_attach.pdf", [
    ("tl", "急件"),
    ("mark", ["青崖县人民政府"], "文件"), ("num", "青政发〔2020〕8号"), ("red",),
    T("青崖县人民政府关于废止和修改", "部分县政府规范性文件的决定"),
    ("rec", ["各乡镇人民政府，青崖经济开发区管委会，县政府各部门，", "各直属机构："]),
    ("p", "为维护法制统一，县人民政府对截至2019年12月31日的县政府规范性文件进行了清理。经县人民政府第三十二次常务会议研究，决定："
     "对《青崖县城镇供热管理办法》（青政发〔2011〕41号）等7件规范性文件予以废止；对《青崖县殡葬管理实施细则》（青政发〔2014〕6号）等2件规范性文件予以修改。"),
    ("att", ["附件：1．青崖县人民政府决定废止的规范性文件目录", "2．青崖县人民政府决定修改的规范性文件目录"]),
    SIG(["青崖县人民政府"], "2020年2月26日"), ("note", "（此件公开发布）"),
    ("pb",), ("tl", "附件1"), T("青崖县人民政府决定废止的规范性文件目录"),
    ("p0", "1．青崖县城镇供热管理办法（青政发〔2011〕41号）"), ("p0", "2．青崖县农贸市场管理暂行规定（青政发〔2012〕3号）"),
    ("pb",), ("tl", "附件2"), T("青崖县人民政府决定修改的规范性文件目录"),
    ("p0", "1．青崖县殡葬管理实施细则（青政发〔2014〕6号）"),
    IMP("抄送：县委办公室，县人大常委会办公室，县政协办公室，", "县人武部，县法院，县检察院。",
        ("青崖县人民政府办公室", "2020年2月27日印发")),
], dict(title="青崖县人民政府关于废止和修改部分县政府规范性文件的决定", doc_number="青政发〔2020〕8号",
        issuer="青崖县人民政府", doc_type="决定", signed_date="2020-02-26", printed_date="2020-02-27",
        disclosure_marker="主动公开",
        recipients=["各乡镇人民政府", "青崖经济开发区管委会", "县政府各部门", "各直属机构"],
        cc=["县委办公室", "县人大常委会办公室", "县政协办公室", "县人武部", "县法院", "县检察院"]), pageno="hys")

doc("a12_reply_pifu_number_bracket.pdf", [
    ("mark", ["霁阳市人民政府"], None), ("num", "霁政复【2015】23号", "r"), ("red", 2),
    T("霁阳市人民政府关于同意设立霁阳市", "南湖湿地公园管理处的批复"),
    ("rec", ["市林业局："]),
    ("p", "你局《关于设立霁阳市南湖湿地公园管理处的请示》（霁林呈〔2015〕7号）收悉。经研究，现批复如下："),
    *B(12, 2, heads=False),
    SIG(["霁阳市人民政府"], "2015年7月1日"), ("note", "（此件依申请公开）"),
    IMP("抄送：市编委办，市财政局，市人社局。", ("霁阳市人民政府办公室", "2015年7月2日印发")),
], dict(title="霁阳市人民政府关于同意设立霁阳市南湖湿地公园管理处的批复", doc_number="霁政复〔2015〕23号",
        issuer="霁阳市人民政府", doc_type="批复", signed_date="2015-07-01", printed_date="2015-07-02",
        disclosure_marker="依申请公开", recipients=["市林业局"], cc=["市编委办", "市财政局", "市人社局"]), pageno="dot")

doc("a13_bulletin_tongbao_secret.pdf", [
    ("tl", "秘密★6个月"), ("tl", "加急"),
    ("mark", ["雁回县安全生产委员会办公室"], None), ("num", "雁安办〔2018〕15号"), ("red",),
    T("关于近期两起较大道路交通事故的通报"),
    ("rec", ["各乡镇安委会，县安委会各成员单位："]),
    *B(13, 3),
    SIG(["雁回县安全生产委员会办公室"], "2018年6月19日"), ("note", "（此件不予公开）"),
    IMP("抄送：县委办，县政府办。", ("雁回县安全生产委员会办公室", "2018年6月19日印发")),
], dict(title="关于近期两起较大道路交通事故的通报", doc_number="雁安办〔2018〕15号", issuer="雁回县安全生产委员会办公室",
        doc_type="通报", signed_date="2018-06-19", printed_date="2018-06-19", classification="秘密", urgency="加急",
        disclosure_marker="不予公开", recipients=["各乡镇安委会", "县安委会各成员单位"], cc=["县委办", "县政府办"]))

doc("a14_report_to_congress_yian.pdf", [
    ("mark", ["岫山区人民政府"], None), ("num", "岫府议〔2024〕2号", "r"), ("red", 2),
    T("岫山区人民政府关于提请审议《岫山区", "2024年国民经济和社会发展计划》的议案"),
    ("rec", ["区人大常委会："]),
    ("p", "《岫山区2024年国民经济和社会发展计划》已经区人民政府第五十八次常务会议讨论通过，现提请区人大常委会审议。"),
    SIG(["区长　谢德全"], "2024年1月8日"),
    IMP(("岫山区人民政府办公室", "2024年1月8日印发")),
], dict(title="岫山区人民政府关于提请审议《岫山区2024年国民经济和社会发展计划》的议案", doc_number="岫府议〔2024〕2号",
        issuer="岫山区人民政府", doc_type="议案", signed_date="2024-01-08", printed_date="2024-01-08",
        recipients=["区人大常委会"]))

# ---- DOCX --------------------------------------------------------------------

doc("b01_town_gov_notice.docx", [
    ("mark", ["枫渡镇人民政府"], "文件"), ("num", "枫政〔2022〕31号"), ("red",),
    T("枫渡镇人民政府关于做好2022年秋冬季", "森林防火工作的通知"),
    ("rec", ["各村（社区），镇属各单位，镇机关各办（站、所）："]),
    *B(21, 3),
    SIG(["枫渡镇人民政府"], "2022年10月20日"), ("note", "（信息公开形式：主动公开）"),
    IMP("抄送：雁回县林业局，县应急管理局。", ("枫渡镇党政综合办公室", "2022年10月20日印发")),
], dict(title="枫渡镇人民政府关于做好2022年秋冬季森林防火工作的通知", doc_number="枫政〔2022〕31号",
        issuer="枫渡镇人民政府", doc_type="通知", signed_date="2022-10-20", printed_date="2022-10-20",
        disclosure_marker="主动公开", recipients=["各村（社区）", "镇属各单位", "镇机关各办（站、所）"],
        cc=["雁回县林业局", "县应急管理局"]), imptable=True)

doc("b02_joint_party_gov_office.docx", [
    ("mark", ["中共沧岭市委办公室", "沧岭市人民政府办公室"], "文件"),
    ("num", "沧委办发〔2019〕24号"), ("red",),
    T("中共沧岭市委办公室　沧岭市人民政府办公室", "关于开展“不忘初心”主题实践活动的通知"),
    ("rec", ["各县（市、区）委和人民政府，市委各部委，市直各单位，各人民团体："]),
    *B(22, 3),
    SIG(["中共沧岭市委办公室　　沧岭市人民政府办公室"], "2019年7月2日"),
    IMP(("中共沧岭市委办公室", "2019年7月3日印发")),
], dict(title="中共沧岭市委办公室沧岭市人民政府办公室关于开展“不忘初心”主题实践活动的通知",
        doc_number="沧委办发〔2019〕24号", issuer="中共沧岭市委办公室、沧岭市人民政府办公室", doc_type="通知",
        signed_date="2019-07-02", printed_date="2019-07-03",
        recipients=["各县（市、区）委和人民政府", "市委各部委", "市直各单位", "各人民团体"]), marktable=True)

doc("b03_upward_report_signer.docx", [
    ("mark", ["桐溪市财政局"], None),
    ("numsig", "桐财报〔2023〕12号", "签发人：庞丽君"), ("red",),
    T("桐溪市财政局关于2022年度市本级", "政府债务管理情况的报告"),
    ("rec", ["市人民政府："]),
    *B(23, 3),
    ("p", "特此报告。"),
    SIG(["桐溪市财政局"], "2023年2月14日"),
    ("note", "（联系人：债务管理科　何一帆；联系电话：0571-6390215）"),
], dict(title="桐溪市财政局关于2022年度市本级政府债务管理情况的报告", doc_number="桐财报〔2023〕12号",
        issuer="桐溪市财政局", doc_type="报告", signed_date="2023-02-14", recipients=["市人民政府"]))

doc("b04_forward_notice_with_attached.docx", [
    ("mark", ["鹿鸣县人民政府办公室"], "文件"), ("num", "鹿政办发〔2018〕47号"), ("red",),
    T("鹿鸣县人民政府办公室转发县农业局关于", "加快发展农民专业合作社意见的通知"),
    ("rec", ["各乡镇人民政府，县直各单位："]),
    ("p", "县农业局《关于加快发展农民专业合作社的意见》已经县人民政府同意，现转发给你们，请认真贯彻执行。"),
    SIG(["鹿鸣县人民政府办公室"], "2018年9月5日"), ("note", "（此件主动公开）"),
    ("pb",), T("关于加快发展农民专业合作社的意见"), *B(24, 2), SIG(["鹿鸣县农业局"], "2018年8月20日"),
    IMP("抄送：县委办公室，县人大常委会办公室。", ("鹿鸣县人民政府办公室", "2018年9月6日印发")),
], dict(title="鹿鸣县人民政府办公室转发县农业局关于加快发展农民专业合作社意见的通知", doc_number="鹿政办发〔2018〕47号",
        issuer="鹿鸣县人民政府办公室", doc_type="通知", signed_date="2018-09-05", printed_date="2018-09-06",
        disclosure_marker="主动公开", recipients=["各乡镇人民政府", "县直各单位"], cc=["县委办公室", "县人大常委会办公室"]),
    title_br=True)

doc("b05_directive_1990s.docx", [
    ("mark", ["沧岭地区行政公署"], "文件"), ("num", "沧署发〔1991〕第18号"), ("red",),
    T("沧岭地区行政公署关于切实做好", "当前防汛抗灾工作的指示"),
    ("rec", ["各县（市）人民政府，行署各部门："]),
    *B(25, 3),
    SIG(["沧岭地区行政公署"], "一九九一年六月十日"),
    IMP("抄报：省人民政府，省防汛抗旱指挥部。", ("沧岭地区行政公署办公室", "一九九一年六月十一日印发")),
], dict(title="沧岭地区行政公署关于切实做好当前防汛抗灾工作的指示", doc_number="沧署发〔1991〕第18号",
        issuer="沧岭地区行政公署", doc_type="指示", signed_date="1991-06-10", printed_date="1991-06-11",
        recipients=["各县（市）人民政府", "行署各部门"]))

doc("b06_notice_tonggao_numbered.docx", [
    ("mark", ["汀兰市公安局"], None), ("red",),
    T("汀兰市公安局关于春节期间城区", "禁止燃放烟花爆竹的通告"),
    ("num", "汀公通〔2020〕1号"),
    *B(26, 2, heads=False),
    ("p", "特此通告。"),
    SIG(["汀兰市公安局"], "2020年1月10日"),
    ("note", "公开方式：主动公开"),
], dict(title="汀兰市公安局关于春节期间城区禁止燃放烟花爆竹的通告", doc_number="汀公通〔2020〕1号",
        issuer="汀兰市公安局", doc_type="通告", signed_date="2020-01-10", disclosure_marker="主动公开"))

doc("b07_dept_letter_reply_fuhan.docx", [
    ("mark", ["望川省交通运输厅"], None), ("red", 2), ("num", "望交函〔2017〕203号", "r"),
    T("望川省交通运输厅关于霁阳至鹿鸣", "一级公路项目有关问题的复函"),
    ("rec", ["霁阳市人民政府："]),
    ("p", "你市《关于请求支持霁阳至鹿鸣一级公路建设的函》（霁政函〔2017〕58号）收悉。经研究，现函复如下："),
    *B(27, 2, heads=False), ("p", "此复。"),
    SIG(["望川省交通运输厅"], "2017年11月22日"),
    IMP("抄送：省发展改革委，省财政厅，霁阳市交通运输局。", ("望川省交通运输厅办公室", "2017年11月23日印发")),
], dict(title="望川省交通运输厅关于霁阳至鹿鸣一级公路项目有关问题的复函", doc_number="望交函〔2017〕203号",
        issuer="望川省交通运输厅", doc_type="函", signed_date="2017-11-22", printed_date="2017-11-23",
        recipients=["霁阳市人民政府"], cc=["省发展改革委", "省财政厅", "霁阳市交通运输局"]), runhead="望川省交通运输厅")

doc("b08_plan_yinfa_attach_dated.docx", [
    ("tl", "000045"),
    ("mark", ["朔宁市人民政府办公室"], "文件"), ("num", "朔政办发〔2021〕6号"), ("red",),
    T("朔宁市人民政府办公室关于印发朔宁市", "2021年政务公开工作要点的通知"),
    ("rec", ["各县（市、区）人民政府，市政府各委、办、局，", "各直属机构："]),
    ("p", "《朔宁市2021年政务公开工作要点》已经市人民政府同意，现印发给你们，请结合实际认真抓好落实。"),
    ("att", ["附件：朔宁市2021年政务公开工作要点"]),
    SIG(["朔宁市人民政府办公室"], "2021年3月30日"), ("note", "（此件公开发布）"),
    ("pb",), ("tl", "附件"), T("朔宁市2021年政务公开工作要点"), *B(28, 3),
    IMP("抄送：市委各部门，市人大常委会办公室，市政协办公室，", "市纪委监委机关，市法院，市检察院。",
        ("朔宁市人民政府办公室", "2021年3月31日印发")),
], dict(title="朔宁市人民政府办公室关于印发朔宁市2021年政务公开工作要点的通知", doc_number="朔政办发〔2021〕6号",
        issuer="朔宁市人民政府办公室", doc_type="通知", signed_date="2021-03-30", printed_date="2021-03-31",
        disclosure_marker="主动公开", recipients=["各县（市、区）人民政府", "市政府各委、办、局", "各直属机构"],
        cc=["市委各部门", "市人大常委会办公室", "市政协办公室", "市纪委监委机关", "市法院", "市检察院"]), imptable=False)

doc("b09_institution_shiyedanwei.docx", [
    ("mark", ["曲阑市住房公积金管理中心"], None), ("num", "曲公积金〔2014〕17号"), ("red",),
    T("关于调整住房公积金个人住房贷款", "有关政策的通知"),
    ("rec", ["各管理部，各受委托银行，各缴存单位："]),
    *B(29, 2),
    SIG(["曲阑市住房公积金管理中心"], "2014年10月8日"),
    IMP("抄送：曲阑市住房公积金管理委员会各委员。", ("曲阑市住房公积金管理中心综合科", "2014年10月9日印发")),
], dict(title="关于调整住房公积金个人住房贷款有关政策的通知", doc_number="曲公积金〔2014〕17号",
        issuer="曲阑市住房公积金管理中心", doc_type="通知", signed_date="2014-10-08", printed_date="2014-10-09",
        recipients=["各管理部", "各受委托银行", "各缴存单位"], cc=["曲阑市住房公积金管理委员会各委员"]), imptable=True)

doc("b10_opinion_no_header_web.docx", [
    T("青崖县人民政府关于促进民营经济", "高质量发展的若干意见"),
    ("num", "青政规〔2023〕2号"),
    ("rec", ["各乡镇人民政府，县政府各部门："]),
    *B(30, 4),
    ("p", "本意见自2023年6月1日起施行，有效期5年。"),
    SIG(["青崖县人民政府"], "2023年5月4日"), ("note", "（此件主动公开）"),
], dict(title="青崖县人民政府关于促进民营经济高质量发展的若干意见", doc_number="青政规〔2023〕2号",
        issuer="青崖县人民政府", doc_type="意见", signed_date="2023-05-04", disclosure_marker="主动公开",
        recipients=["各乡镇人民政府", "县政府各部门"]), runhead="青崖县人民政府行政规范性文件")

# ---- HTML --------------------------------------------------------------------

doc("c01_govsite_meta_notice.html", [
    T("霁阳市人民政府关于公布霁阳市第五批", "市级非物质文化遗产代表性项目名录的通知"),
    ("num", "霁政发〔2016〕21号"),
    ("rec", ["各县（市、区）人民政府，市政府各部门："]),
    ("p", "市文化广电新闻出版局确定的第五批市级非物质文化遗产代表性项目名录（共26项），已经市人民政府同意，现予公布。"),
    *B(31, 1, heads=False),
    ("att", ["附件：霁阳市第五批市级非物质文化遗产代表性项目名录"]),
    SIG(["霁阳市人民政府"], "2016年6月30日"), ("note", "（此件公开发布）"),
], dict(title="霁阳市人民政府关于公布霁阳市第五批市级非物质文化遗产代表性项目名录的通知", doc_number="霁政发〔2016〕21号",
        issuer="霁阳市人民政府", doc_type="通知", signed_date="2016-06-30", disclosure_marker="主动公开",
        recipients=["各县（市、区）人民政府", "市政府各部门"]),
    meta=[("索引号", "11000000-0/2016-00321"), ("发布机构", "霁阳市人民政府"), ("生成日期", "2016-07-05"),
          ("文号", "霁政发〔2016〕21号"), ("主题分类", "文化")], htitle="霁阳市人民政府关于公布…的通知_霁阳市人民政府门户网站",
    crumb="政府文件")

doc("c02_gbk_trs_old_1998.html", [
    ("mark", ["北陵省人民政府办公厅"], "文件"), ("num", "陵政办发〔1998〕73号"),
    T("北陵省人民政府办公厅关于转发省计委", "关于加强重点建设项目管理意见的通知"),
    ("rec", ["各地区行署，各市、县人民政府，省直各部门："]),
    ("p", "省计委《关于加强重点建设项目管理的意见》已经省人民政府同意，现转发给你们，望认真贯彻执行。"),
    SIG(["北陵省人民政府办公厅"], "一九九八年十一月三日"),
    T("关于加强重点建设项目管理的意见"), *B(32, 2), SIG(["北陵省计划委员会"], "一九九八年十月十五日"),
], dict(title="北陵省人民政府办公厅关于转发省计委关于加强重点建设项目管理意见的通知", doc_number="陵政办发〔1998〕73号",
        issuer="北陵省人民政府办公厅", doc_type="通知", signed_date="1998-11-03",
        recipients=["各地区行署", "各市、县人民政府", "省直各部门"]), enc="gbk", title_br=False)

doc("c03_meeting_minutes_numbered.html", [
    ("num", "汀府纪〔2011〕4号"),
    T("汀兰市人民政府关于研究城区", "老旧小区改造有关问题的会议纪要"),
    ("p", "2011年8月2日下午，副市长欧阳文斌在市政府三楼会议室主持召开专题会议，研究城区老旧小区改造有关问题。纪要如下："),
    *B(33, 2),
    ("p", "参加会议人员：市住建局卓建平、市财政局吴桂香、市城管局韦志强。"),
    IMP("送：市委办，市人大办，市政协办。", ("汀兰市人民政府办公室", "2011年8月4日印发")),
], dict(title="汀兰市人民政府关于研究城区老旧小区改造有关问题的会议纪要", doc_number="汀府纪〔2011〕4号",
        issuer="汀兰市人民政府", doc_type="会议纪要", printed_date="2011-08-04"))

doc("c04_xxgk_meta_urgent.html", [
    ("tl", "特急"),
    ("mark", ["桐溪市防汛抗旱指挥部"], None), ("num", "桐汛〔2020〕9号"), ("red",),
    T("桐溪市防汛抗旱指挥部关于切实做好", "第4号台风防御工作的紧急通知"),
    ("rec", ["各区、县（市）防汛抗旱指挥部，市防指各成员单位："]),
    *B(34, 2, heads=False),
    SIG(["桐溪市防汛抗旱指挥部"], "2020年8月2日"),
], dict(title="桐溪市防汛抗旱指挥部关于切实做好第4号台风防御工作的紧急通知", doc_number="桐汛〔2020〕9号",
        issuer="桐溪市防汛抗旱指挥部", doc_type="通知", signed_date="2020-08-02", urgency="特急",
        recipients=["各区、县（市）防汛抗旱指挥部", "市防指各成员单位"]),
    meta=[("信息索引号", "002541130/2020-08007"), ("发布机构", "市防指办"),
          ("公开日期", "2020-08-02")], crumb="通知公告")

doc("c05_ministry_style_decision.html", [
    ("num", "人社部发〔2013〕88号"),
    T("人力资源社会保障部关于表彰全国人力资源", "社会保障系统先进集体和先进工作者的决定"),
    ("rec", ["各省、自治区、直辖市及新疆生产建设兵团人力资源社会保障厅（局）："]),
    *B(35, 2, heads=False),
    SIG(["人力资源社会保障部"], "2013年12月10日"), ("note", "（此件主动公开）"),
], dict(title="人力资源社会保障部关于表彰全国人力资源社会保障系统先进集体和先进工作者的决定", doc_number="人社部发〔2013〕88号",
        issuer="人力资源社会保障部", doc_type="决定", signed_date="2013-12-10", disclosure_marker="主动公开",
        recipients=["各省、自治区、直辖市及新疆生产建设兵团人力资源社会保障厅（局）"]),
    htitle="人力资源社会保障部关于表彰…的决定", title_br=False)

doc("c06_district_office_han_cc.html", [
    ("mark", ["岫山区人民政府办公室"], None), ("num", "岫府办函〔2022〕118号", "r"), ("red",),
    T("岫山区人民政府办公室关于成立岫山区", "第五次全国经济普查领导小组的通知"),
    ("rec", ["各街道办事处，区政府各部门，各有关单位："]),
    *B(36, 2),
    SIG(["岫山区人民政府办公室"], "2022年12月29日"), ("note", "（此件主动公开）"),
    IMP("抄送：区委办，区人大办，区政协办，", "区纪委监委机关。", ("岫山区人民政府办公室", "2022年12月30日印发")),
], dict(title="岫山区人民政府办公室关于成立岫山区第五次全国经济普查领导小组的通知", doc_number="岫府办函〔2022〕118号",
        issuer="岫山区人民政府办公室", doc_type="通知", signed_date="2022-12-29", printed_date="2022-12-30",
        disclosure_marker="主动公开", recipients=["各街道办事处", "区政府各部门", "各有关单位"],
        cc=["区委办", "区人大办", "区政协办", "区纪委监委机关"]))

doc("c07_gongbao_style_announcement.html", [
    T("雁回县人民政府通告"), ("c", "雁政通〔2019〕2号"),
    ("p", "为加强城区道路交通安全管理，根据《中华人民共和国道路交通安全法》等有关规定，决定对城区部分道路实行货车限行。现通告如下："),
    *B(37, 2, heads=False),
    SIG(["雁回县人民政府"], "2019年4月16日"),
], dict(title="雁回县人民政府通告", doc_number="雁政通〔2019〕2号", issuer="雁回县人民政府",
        doc_type="通告", signed_date="2019-04-16"), htitle="雁回县人民政府通告")

doc("c08_opinion_guidance_multi_recips.html", [
    ("num", "望政办发〔2024〕15号"),
    T("望川省人民政府办公厅关于推进", "县域商业体系建设的指导意见"),
    ("rec", ["各市、县（区）人民政府，省政府各部门、各直属机构，省属各企业，中央驻望各单位："]),
    *B(38, 3),
    SIG(["望川省人民政府办公厅"], "2024年2月29日"), ("note", "（此件公开发布）"),
], dict(title="望川省人民政府办公厅关于推进县域商业体系建设的指导意见", doc_number="望政办发〔2024〕15号",
        issuer="望川省人民政府办公厅", doc_type="意见", signed_date="2024-02-29", disclosure_marker="主动公开",
        recipients=["各市、县（区）人民政府", "省政府各部门、各直属机构", "省属各企业", "中央驻望各单位"]),
    meta=[("索引号", "000014349/2024-00215"), ("发文机关", "望川省人民政府办公厅"), ("成文日期", "2024年02月29日"),
          ("标题", "望川省人民政府办公厅关于推进县域商业体系建设的指导意见"), ("发文字号", "望政办发〔2024〕15号"),
          ("发布日期", "2024年03月05日")])

# ---- TXT ---------------------------------------------------------------------

doc("d01_txt_wrapped_notice_crlf.txt", [
    ("mark", ["沧岭市市场监督管理局"], "文件"), ("num", "沧市监发〔2021〕33号"), ("red",),
    T("沧岭市市场监督管理局关于开展", "2021年食品安全抽检监测工作的通知"),
    ("rec", ["各县（市、区）市场监督管理局，市局机关各科室，", "市食品药品检验所："]),
    *B(41, 3),
    SIG(["沧岭市市场监督管理局"], "2021年3月2日"), ("note", "（此件主动公开）"),
    IMP("抄送：省市场监督管理局，市食安办。", ("沧岭市市场监督管理局办公室", "2021年3月3日印发")),
], dict(title="沧岭市市场监督管理局关于开展2021年食品安全抽检监测工作的通知", doc_number="沧市监发〔2021〕33号",
        issuer="沧岭市市场监督管理局", doc_type="通知", signed_date="2021-03-02", printed_date="2021-03-03",
        disclosure_marker="主动公开", recipients=["各县（市、区）市场监督管理局", "市局机关各科室", "市食品药品检验所"],
        cc=["省市场监督管理局", "市食安办"]), crlf=True)

doc("d02_txt_report_signer_gbk.txt", [
    ("mark", ["雁回县人民政府"], None), ("numsig", "雁政报〔2017〕5号", "签发人：罗振邦"), ("red",),
    T("雁回县人民政府关于2016年度", "耕地保护目标责任履行情况的报告"),
    ("rec", ["沧岭市人民政府："]),
    *B(42, 3),
    SIG(["雁回县人民政府"], "2017年1月20日"),
    ("note", "（联系人：县自然资源局　付春燕　电话：13907240000）"),
], dict(title="雁回县人民政府关于2016年度耕地保护目标责任履行情况的报告", doc_number="雁政报〔2017〕5号",
        issuer="雁回县人民政府", doc_type="报告", signed_date="2017-01-20", recipients=["沧岭市人民政府"]), enc="gbk")

doc("d03_txt_old_chinese_dates_ff.txt", [
    ("mark", ["汀兰县人民政府"], "文件"), ("num", "汀政发（2001）第52号"), ("red",),
    T("汀兰县人民政府关于印发汀兰县", "集体林权流转管理办法的通知"),
    ("rec", ["各乡镇人民政府，县直各单位："]),
    ("p", "现将《汀兰县集体林权流转管理办法》印发给你们，请遵照执行。"),
    SIG(["汀兰县人民政府"], "二○○一年十二月五日"),
    ("pb",), T("汀兰县集体林权流转管理办法"), *B(43, 2),
    ("pb",), ("tl", "主题词：林业　林权　流转　办法　通知"),
    IMP("抄送：县委，县人大，县政协，县纪委。", ("汀兰县人民政府办公室", "二○○一年十二月六日印发")),
], dict(title="汀兰县人民政府关于印发汀兰县集体林权流转管理办法的通知", doc_number="汀政发〔2001〕第52号",
        issuer="汀兰县人民政府", doc_type="通知", signed_date="2001-12-05", printed_date="2001-12-06",
        recipients=["各乡镇人民政府", "县直各单位"], cc=["县委", "县人大", "县政协", "县纪委"]), ff=True, txt_pn="em")

doc("d04_txt_no_wrap_announcement.txt", [
    T("霁阳市住房和城乡建设局公告"), ("c", "第3号"),
    ("p", "根据《霁阳市城市房屋安全管理条例》，经鉴定，下列房屋属于D级危险房屋，现予公告。"),
    *B(44, 1, heads=False), ("p", "特此公告。"),
    SIG(["霁阳市住房和城乡建设局"], "2024年5月6日"),
], dict(title="霁阳市住房和城乡建设局公告", doc_number="霁阳市住房和城乡建设局公告第3号",
        issuer="霁阳市住房和城乡建设局", doc_type="公告", signed_date="2024-05-06"), wrap=False)

doc("d05_txt_joint_bureau_notice.txt", [
    ("mark", ["朔宁市民政局", "朔宁市财政局"], "文件"), ("num", "朔民发〔2019〕40号"), ("red",),
    T("朔宁市民政局　朔宁市财政局关于提高", "城乡低保和特困人员救助供养标准的通知"),
    ("rec", ["各县（市、区）民政局、财政局："]),
    *B(45, 2),
    SIG(["朔宁市民政局　　　朔宁市财政局"], "2019年6月28日"), ("note", "（此件主动公开）"),
    IMP("抄送：市人民政府办公室。", ("朔宁市民政局办公室", "2019年6月28日印发")),
], dict(title="朔宁市民政局朔宁市财政局关于提高城乡低保和特困人员救助供养标准的通知", doc_number="朔民发〔2019〕40号",
        issuer="朔宁市民政局、朔宁市财政局", doc_type="通知", signed_date="2019-06-28", printed_date="2019-06-28",
        disclosure_marker="主动公开", recipients=["各县（市、区）民政局、财政局"], cc=["市人民政府办公室"]))

doc("d06_txt_pifu_bracket_square.txt", [
    ("mark", ["曲阑市人民政府"], None), ("num", "曲政函[2010]77号", "r"), ("red",),
    T("曲阑市人民政府关于曲阑经济技术开发区", "扩区调整方案的批复"),
    ("rec", ["曲阑经济技术开发区管委会："]),
    ("p", "你委《关于曲阑经济技术开发区扩区调整方案的请示》（曲开管〔2010〕12号）收悉。经研究，批复如下："),
    *B(46, 2, heads=False),
    SIG(["曲阑市人民政府"], "二〇一〇年九月十四日"),
    IMP("抄送：市发改委，市国土资源局，市规划局，市建委。", ("曲阑市人民政府办公室", "二〇一〇年九月十五日印发")),
], dict(title="曲阑市人民政府关于曲阑经济技术开发区扩区调整方案的批复", doc_number="曲政函〔2010〕77号",
        issuer="曲阑市人民政府", doc_type="批复", signed_date="2010-09-14", printed_date="2010-09-15",
        recipients=["曲阑经济技术开发区管委会"], cc=["市发改委", "市国土资源局", "市规划局", "市建委"]),
    rule="＝" * 34, txt_pn="hys")

doc("d07_txt_bureau_zi_han.txt", [
    ("tl", "公开"),
    ("mark", ["鹿鸣县教育局"], None), ("num", "鹿教字〔2015〕64号"), ("red",),
    T("鹿鸣县教育局关于做好2015年秋季", "义务教育招生工作的通知"),
    ("rec", ["各乡镇中心学校，县直各中小学："]),
    *B(47, 3),
    SIG(["鹿鸣县教育局"], "2015年7月6日"),
], dict(title="鹿鸣县教育局关于做好2015年秋季义务教育招生工作的通知", doc_number="鹿教字〔2015〕64号",
        issuer="鹿鸣县教育局", doc_type="通知", signed_date="2015-07-06", disclosure_marker="主动公开",
        recipients=["各乡镇中心学校", "县直各中小学"]))

doc("d08_txt_commend_tongbao_long_cc.txt", [
    ("mark", ["岫山区人民政府"], "文件"), ("num", "岫府发〔2021〕3号"), ("red",),
    T("岫山区人民政府关于表彰2020年度", "安全生产工作先进单位的通报"),
    ("rec", ["各街道办事处，区政府各部门，区属各国有企业："]),
    *B(48, 2, heads=False),
    SIG(["岫山区人民政府"], "2021年1月25日"), ("note", "（此件公开发布）"),
    IMP("抄送：区委各部门，区人大常委会办公室，区政协办公室，区法院，区检察院，", "区人武部，各民主党派区委。",
        ("岫山区人民政府办公室", "2021年1月26日印发")),
], dict(title="岫山区人民政府关于表彰2020年度安全生产工作先进单位的通报", doc_number="岫府发〔2021〕3号",
        issuer="岫山区人民政府", doc_type="通报", signed_date="2021-01-25", printed_date="2021-01-26",
        disclosure_marker="主动公开", recipients=["各街道办事处", "区政府各部门", "区属各国有企业"],
        cc=["区委各部门", "区人大常委会办公室", "区政协办公室", "区法院", "区检察院", "区人武部", "各民主党派区委"]),
    crlf=True, width=36)

# ---- extra probes --------------------------------------------------------------

doc("e01_docx_dot_title_two_signers.docx", [
    ("tl", "加急"),
    ("mark", ["沧岭市应急管理局", "沧岭市交通运输局"], "文件"),
    ("numsig", "沧应急〔2023〕27号", "签发人：邵建华　龚美玲"), ("red",),
    T("沧岭市应急管理局　沧岭市交通运输局", "关于“7·21”山洪灾害损毁道路", "抢修资金的请示"),
    ("rec", ["市人民政府："]),
    *B(51, 2, heads=False), ("p", "以上请示妥否，请批示。"),
    SIG(["沧岭市应急管理局　　沧岭市交通运输局"], "2023年7月28日"),
    ("note", "（联系人：吕文博，联系电话：0712-5586021）"),
    IMP(("沧岭市应急管理局办公室", "2023年7月28日印发")),
], dict(title="沧岭市应急管理局沧岭市交通运输局关于“7·21”山洪灾害损毁道路抢修资金的请示", doc_number="沧应急〔2023〕27号",
        issuer="沧岭市应急管理局、沧岭市交通运输局", doc_type="请示", signed_date="2023-07-28", printed_date="2023-07-28",
        urgency="加急", recipients=["市人民政府"]), marktable=False)

doc("e02_pdf_spaced_title_zero_date.pdf", [
    ("mark", ["青崖县人民政府办公室"], None), ("num", "青政办字〔2006〕第9号"), ("red",),
    T("关 于 加 强 农 村 五 保 供 养", "工 作 的 通 知"),
    ("rec", ["各乡（镇）人民政府，县直有关单位："]),
    *B(52, 2),
    SIG(["青崖县人民政府办公室"], "二零零六年三月八日"),
    ("note", "主题词：民政　五保供养　通知"),
    IMP("抄送：县委办，县人大办，县政协办。", ("青崖县人民政府办公室", "二零零六年三月九日印发")),
], dict(title="关于加强农村五保供养工作的通知", doc_number="青政办字〔2006〕第9号", issuer="青崖县人民政府办公室",
        doc_type="通知", signed_date="2006-03-08", printed_date="2006-03-09",
        recipients=["各乡（镇）人民政府", "县直有关单位"], cc=["县委办", "县人大办", "县政协办"]), pageno="di")

doc("e03_html_h1_title_meta_number.html", [
    ("rec", ["各县（市、区）人民政府，市政府各部门："]),
    ("p", "《汀兰市城市绿化管理办法》已经市人民政府第12次常务会议审议通过，现印发给你们，请认真组织实施。"),
    SIG(["汀兰市人民政府"], "2018年12月20日"), ("note", "（此件公开发布）"),
    ("pb",), T("汀兰市城市绿化管理办法"), *B(53, 2),
], dict(title="汀兰市人民政府关于印发汀兰市城市绿化管理办法的通知", doc_number="汀政规〔2018〕5号",
        issuer="汀兰市人民政府", doc_type="通知", signed_date="2018-12-20", disclosure_marker="主动公开",
        recipients=["各县（市、区）人民政府", "市政府各部门"]),
    htitle="汀兰市人民政府关于印发汀兰市城市绿化管理办法的通知-汀兰市人民政府网",
    h1="汀兰市人民政府关于印发汀兰市城市绿化管理办法的通知",
    meta=[("索引号", "735102943/2018-04127"), ("发文机关", "汀兰市人民政府"), ("文号", "汀政规〔2018〕5号"),
          ("成文日期", "2018-12-20"), ("发布日期", "2018-12-26"), ("有效性", "有效")])

doc("e04_txt_letter_han_zi_right_number.txt", [
    ("mark", ["望川省文化和旅游厅"], None), ("red",), ("num", "望文旅函字〔2020〕88号", "r"),
    T("望川省文化和旅游厅关于商请支持", "望川省第三届乡村旅游节的函"),
    ("rec", ["北陵省文化和旅游厅："]),
    *B(54, 1, heads=False), ("p", "盼予支持为感。"),
    SIG(["望川省文化和旅游厅"], "2020年9月3日"),
    ("note", "（联系人：产业发展处　聂思远；电话：0591-87650213）"),
], dict(title="望川省文化和旅游厅关于商请支持望川省第三届乡村旅游节的函", doc_number="望文旅函字〔2020〕88号",
        issuer="望川省文化和旅游厅", doc_type="函", signed_date="2020-09-03", recipients=["北陵省文化和旅游厅"]),
    crlf=True, txt_pn="di")

doc("f01_pdf_telegram_mingdian_wrapped_recips.pdf", [
    ("tl", "000031　特提"),
    ("mark", ["望川省人民政府办公厅"], None), ("num", "望政办明电〔2021〕3号", "r"), ("red", 2),
    T("望川省人民政府办公厅关于转发《应急管理部关于", "做好低温雨雪冰冻灾害防范应对工作的通知》的通知"),
    ("rec", ["各市、县（区）人民政府，省政府各部门、各直属机构，省森林消防总队，国网望川",
             "省电力公司，省机场集团，中国铁路望川局集团有限公司："]),
    ("p", "现将《应急管理部关于做好低温雨雪冰冻灾害防范应对工作的通知》（应急明电〔2021〕2号）转发给你们，请认真贯彻落实。"),
    *B(61, 1, heads=False),
    SIG(["望川省人民政府办公厅"], "2021年1月6日"),
], dict(title="望川省人民政府办公厅关于转发《应急管理部关于做好低温雨雪冰冻灾害防范应对工作的通知》的通知",
        doc_number="望政办明电〔2021〕3号", issuer="望川省人民政府办公厅", doc_type="通知", signed_date="2021-01-06",
        urgency="特提", recipients=["各市、县（区）人民政府", "省政府各部门、各直属机构", "省森林消防总队",
                                    "国网望川省电力公司", "省机场集团", "中国铁路望川局集团有限公司"]), pageno="em")

doc("f02_pdf_joint_party_gov_no_wenjian_spaced_date.pdf", [
    ("mark", ["中共青崖县委员会", "青崖县人民政府"], None), ("num", "青发〔2010〕5号"), ("red",),
    T("中共青崖县委员会　青崖县人民政府", "关于进一步加强耕地保护工作的决定"),
    ("rec", ["各乡镇党委、人民政府，县直各单位："]),
    *B(62, 3),
    SIG(["中共青崖县委员会　　青崖县人民政府"], "2010 年 4 月 2 日"),
    IMP("抄送：沧岭市委办公室，沧岭市人民政府办公室。", ("中共青崖县委办公室", "2010 年 4 月 6 日印发")),
], dict(title="中共青崖县委员会青崖县人民政府关于进一步加强耕地保护工作的决定", doc_number="青发〔2010〕5号",
        issuer="中共青崖县委员会、青崖县人民政府", doc_type="决定", signed_date="2010-04-02", printed_date="2010-04-06",
        recipients=["各乡镇党委、人民政府", "县直各单位"], cc=["沧岭市委办公室", "沧岭市人民政府办公室"]))

doc("f03_docx_supplementary_notice_impl_opinion.docx", [
    ("mark", ["霁阳市人力资源和社会保障局"], "文件"), ("num", "霁人社发〔2022〕58号"), ("red",),
    T("霁阳市人力资源和社会保障局关于", "就业见习补贴有关问题的补充通知"),
    ("rec", ["各县（市、区）人力资源和社会保障局，", "市就业服务中心："]),
    ("p", "为进一步做好就业见习工作，现就《霁阳市就业见习管理实施意见》（霁人社发〔2021〕12号）有关问题补充通知如下："),
    *B(63, 2),
    SIG(["霁阳市人力资源和社会保障局"], "2022年9月19日"), ("note", "（此件主动公开）"),
    IMP("抄送：市财政局。", ("霁阳市人力资源和社会保障局办公室", "2022年9月20日印发")),
], dict(title="霁阳市人力资源和社会保障局关于就业见习补贴有关问题的补充通知", doc_number="霁人社发〔2022〕58号",
        issuer="霁阳市人力资源和社会保障局", doc_type="通知", signed_date="2022-09-19", printed_date="2022-09-20",
        disclosure_marker="主动公开", recipients=["各县（市、区）人力资源和社会保障局", "市就业服务中心"], cc=["市财政局"]),
    imptable=True, title_br=True)

doc("f04_txt_one_line_header_block.txt", [
    ("tl", "000008　　机密★1年　　特急"),
    ("mark", ["朔宁市人民政府"], "文件"), ("num", "朔政发〔2016〕44号"), ("red",),
    T("朔宁市人民政府关于做好重大活动期间", "社会稳定工作的通知"),
    ("rec", ["各县（市、区）人民政府，市政府有关部门："]),
    *B(64, 2),
    SIG(["朔宁市人民政府"], "2016年8月12日"),
    IMP("抄送：市委办公室。", ("朔宁市人民政府办公室", "2016年8月12日印发")),
], dict(title="朔宁市人民政府关于做好重大活动期间社会稳定工作的通知", doc_number="朔政发〔2016〕44号",
        issuer="朔宁市人民政府", doc_type="通知", signed_date="2016-08-12", printed_date="2016-08-12",
        classification="机密", urgency="特急", recipients=["各县（市、区）人民政府", "市政府有关部门"], cc=["市委办公室"]),
    ff=True)

doc("f05_html_title_split_paragraphs.html", [
    ("num", "鹿政发〔2009〕62号"),
    ("c", "鹿鸣县人民政府关于印发鹿鸣县"), ("c", "2009年度节能减排工作方案的通知"),
    ("rec", ["各乡镇人民政府，县直各部门："]),
    ("p", "现将《鹿鸣县2009年度节能减排工作方案》印发给你们，请认真组织实施。"),
    SIG(["鹿鸣县人民政府"], "二〇〇九年七月十七日"),
], dict(title="鹿鸣县人民政府关于印发鹿鸣县2009年度节能减排工作方案的通知", doc_number="鹿政发〔2009〕62号",
        issuer="鹿鸣县人民政府", doc_type="通知", signed_date="2009-07-17",
        recipients=["各乡镇人民政府", "县直各部门"]), enc="gb18030", crumb="县政府文件")


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print(__doc__)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "gold.jsonl", "w", encoding="utf-8") as fh:
        for i, d in enumerate(DOCS):
            rng = random.Random(3000 + i)
            ext = d["file"].rsplit(".", 1)[1]
            if ext == "pdf":
                Pdf(out / d["file"], d["st"], rng).render(d["ops"])
            else:
                {"docx": write_docx, "txt": write_txt, "html": write_html}[ext](out / d["file"], d["ops"], d["st"], rng)
            fh.write(json.dumps(d["gold"], ensure_ascii=False) + "\n")
    print(f"{len(DOCS)} documents in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
