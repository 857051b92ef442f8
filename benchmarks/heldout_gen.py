#!/usr/bin/env python3
"""Held-out GB/T 9704 documents with gold, in styles that scripts/make_samples.py does not use.

    python benchmarks/heldout_gen.py OUTDIR

Writes 64 PDF / DOCX / HTML / TXT documents and OUTDIR/gold.jsonl (conventions of
/work/shared/corpus/real/README.md). Every document is written from a list of layout
operations (OPS) by a small per-format renderer; its gold is stated explicitly beside it,
not derived from the layout, so a renderer slip shows up as a mismatch to be checked by eye.
Names, places and numbers are fictional.
"""

from __future__ import annotations

import io
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
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
BLACK = (0, 0, 0)
RED1 = (0.80, 0.0, 0.0)
RED2 = (1.0, 0.1, 0.1)
RED3 = (0.70, 0.05, 0.15)
FW = str.maketrans("0123456789", "０１２３４５６７８９")

# ----------------------------------------------------------------- prose

SENT = [
    "各责任单位要对照任务清单逐项抓好落实，做到底数清、情况明、措施实。",
    "相关经费按照现行财政体制分级负担，列入部门年度预算统筹安排。",
    "街道（乡镇）要发挥属地管理作用，及时掌握辖区内工作动态并向上级报告。",
    "对群众来信来访反映的问题，要建立台账，限时办结，做到件件有回音。",
    "各单位应当指定一名联络员，负责日常沟通联系和信息报送工作。",
    "工作中遇到的新情况、新问题，请及时向牵头部门反馈。",
    "要严格落实安全生产责任制，定期开展隐患排查，坚决防范各类事故发生。",
    "鼓励社会力量参与，形成政府主导、部门协同、社会参与的工作格局。",
    "牵头部门每半年组织一次专项督查，督查结果在一定范围内通报。",
    "要注重运用信息化手段，推进数据互联互通，减少群众重复提交材料。",
    "实施过程中要坚持试点先行、逐步推开，及时总结可复制可推广的经验。",
    "各地要结合本地实际制定具体办法，报牵头部门备案。",
]
HEAD = ["一、总体要求", "二、主要任务", "三、保障措施", "四、工作要求"]


def prose(seed: int, n: int = 3, per: int = 2, heads: bool = True) -> list[str]:
    rng = random.Random(seed)
    out = []
    for h in HEAD[:n]:
        if heads:
            out.append(h)
        for _ in range(per):
            out.append("".join(rng.sample(SENT, 3)))
    return out


# ----------------------------------------------------------------- PDF renderer


class Pdf:
    def __init__(self, target, st: dict, total: int = 0):
        self.st = st
        self.c = canvas.Canvas(target, pagesize=A4, invariant=1)
        self.W, self.H = A4
        self.L = st.get("left", 28) * mm
        self.R = self.W - st.get("right", 26) * mm
        self.T = self.H - st.get("top", 37) * mm
        self.B = st.get("bottom", 35) * mm
        self.size = st.get("body", 16)
        self.pitch = st.get("pitch", self.size * 1.75)
        self.y = self.T
        self.page = 1
        self.total = total

    @property
    def tw(self):
        return self.R - self.L

    def w(self, s, size, sp=0.0):
        return pdfmetrics.stringWidth(s, FONT, size) + sp * max(len(s) - 1, 0)

    def draw(self, x, base, s, size, color=BLACK, sp=0.0):
        self.c.setFillColorRGB(*color)
        if not sp:
            self.c.setFont(FONT, size)
            self.c.drawString(x, base, s)
            return
        t = self.c.beginText()
        t.setFont(FONT, size)
        t.setCharSpace(sp)
        t.setTextOrigin(x, base)
        t.textOut(s)
        t.setCharSpace(0)
        self.c.drawText(t)

    def ensure(self, h):
        if self.y - h < self.B:
            self.newpage()

    def newpage(self):
        self.finish()
        self.c.showPage()
        self.page += 1
        self.y = self.T

    def finish(self):
        st, n = self.st, self.page
        style = st.get("pageno")
        label = {
            "hy": f"- {n} -",
            "em": f"—{n}—",
            "of": f"第{n}页 共{self.total}页",
            "ofsp": f"第 {n} 页  共 {self.total} 页",
            "emsp": f"— {n} —",
        }.get(style)
        if label:
            x = self.L + (self.tw - self.w(label, 12)) / 2
            if style == "emsp":  # outer corner
                x = self.R - self.w(label, 14) - 14 if n % 2 else self.L + 14
            self.draw(x, self.B - 12 * mm, label, 12 if style != "emsp" else 14)
        if st.get("running"):
            head, foot = st["running"]
            if head:
                self.draw(self.L + (self.tw - self.w(head, 10)) / 2, self.H - 18 * mm, head, 10)
                self.c.setLineWidth(0.5)
                self.c.line(self.L, self.H - 20 * mm, self.R, self.H - 20 * mm)
            if foot:
                self.draw(self.L + (self.tw - self.w(foot, 10)) / 2, 10 * mm, foot, 10)

    def line(self, s, size=None, align="left", color=BLACK, indent=0.0, right=0.0, sp=0.0,
             pitch=None, center_on=None):
        size = size or self.size
        pitch = pitch or max(self.pitch, size * 1.4)
        self.ensure(pitch)
        w = self.w(s, size, sp)
        if align == "center":
            x = self.L + (self.tw - w) / 2 if center_on is None else center_on - w / 2
        elif align == "right":
            x = self.R - right - w
        else:
            x = self.L + indent
        self.draw(x, self.y - size, s, size, color, sp)
        self.y -= pitch

    def wrap(self, s, size, first):
        out, cur, avail = [], "", self.tw - first
        for ch in s:
            if cur and self.w(cur + ch, size) > avail and ch not in "，。、；：）》”":
                out.append(cur)
                cur, avail = "", self.tw
            cur += ch
        return out + ([cur] if cur else [])

    def para(self, s, indent=2):
        ind = self.size * indent
        for i, ln in enumerate(self.wrap(s, self.size, ind)):
            self.line(ln, indent=ind if i == 0 else 0)

    def hline(self, width=1.0, color=BLACK, y=None):
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        y = self.y if y is None else y
        self.c.line(self.L, y, self.R, y)

    # ---- ops
    def op_mark(self, names, side, color, size):
        self.y -= self.st.get("mark_drop", 20 * mm)
        if not side:
            for n in names:
                w = self.w(n, size)
                k = min(1.0, self.tw / w)
                self.c.saveState()
                self.c.translate(self.L + (self.tw - w * k) / 2, self.y - size)
                self.c.scale(k, 1)
                self.draw(0, 0, n, size, color)
                self.c.restoreState()
                self.y -= size * 1.45
            self.y -= 4
            return
        side_size = size * 1.2
        bw = max(self.w(n, size) for n in names)
        sw = self.w(side, side_size)
        x0 = self.L + (self.tw - bw - sw - 18) / 2
        top = self.y
        pitch = size * 1.35
        for n in names:
            sp = (bw - self.w(n, size)) / (len(n) - 1)
            self.draw(x0, self.y - size, n, size, color, sp)
            self.y -= pitch
        mid = top - (len(names) * pitch) / 2
        self.draw(x0 + bw + 18, mid - side_size * 0.35, side, side_size, color)
        self.y -= 6

    def op_letterhead(self, name, color, size):
        self.y = self.H - 25 * mm
        w = self.w(name, size)
        self.draw(self.L + (self.tw - w) / 2, self.y - size, name, size, color)
        self.y -= size * 1.3
        self.hline(2.2, color)
        self.hline(0.6, color, self.y - 3.5)
        self.y -= 10

    def render(self, ops):
        sig = None
        for op in ops:
            k, a = op[0], op[1:]
            if k == "tl":  # header-zone line, top left
                self.line(a[0], 16)
            elif k == "tr":  # top right label (does not advance)
                self.draw(self.R - self.w(a[0], a[1] if len(a) > 1 else 16), self.T - 16, a[0],
                          a[1] if len(a) > 1 else 16)
            elif k == "trline":
                self.line(a[0], 16, align="right")
            elif k == "mark":
                self.op_mark(*a)
            elif k == "letterhead":
                self.op_letterhead(*a)
            elif k == "number":
                self.line(a[0], 16, align=a[1] if len(a) > 1 else "center")
            elif k == "numsigner":
                self.draw(self.L + 16, self.y - 16, a[0], 16)
                self.line(a[1], 16, align="right", right=16)
            elif k == "numsigner2":  # 签发人 of a joint 请示: second name under the first
                self.draw(self.L + 16, self.y - 16, a[0], 16)
                self.line(a[1], 16, align="right", right=16)
                self.line(a[2], 16, align="right", right=16)
            elif k == "redline":
                self.y -= 4
                self.hline(a[1] if len(a) > 1 else 1.5, a[0])
                self.y -= 22
            elif k == "title":
                size = a[1]
                for ln in a[0]:
                    self.line(ln, size, align="center", pitch=size * 1.45,
                              sp=a[2] if len(a) > 2 else 0)
                self.y -= 10
            elif k == "center":
                self.line(a[0], a[1] if len(a) > 1 else None, align="center")
            elif k == "left":
                self.line(a[0], a[1] if len(a) > 1 else None)
            elif k == "right":
                self.line(a[0], a[1] if len(a) > 1 else None, align="right", right=4 * self.size)
            elif k == "para":
                self.para(a[0])
            elif k == "blank":
                self.y -= self.pitch
            elif k == "sig":  # signing lines centred over the date
                sig = a[0]
            elif k == "date":
                lines = (sig or []) + [a[0]]
                self.ensure(self.pitch * (len(lines) + 1))
                self.y -= self.pitch
                dw = self.w(a[0], self.size)
                ctr = self.R - 4 * self.size - dw / 2
                for s in sig or []:
                    self.line(s, align="center", center_on=ctr)
                self.line(a[0], align="right", right=4 * self.size)
                sig = None
            elif k == "sigpair":  # two signing issuers side by side, date under the right one
                left, right, date = a
                self.ensure(self.pitch * 3)
                self.y -= self.pitch * 1.5
                self.draw(self.L + 2 * self.size, self.y - self.size, left, self.size)
                self.line(right, align="right", right=2 * self.size)
                self.line(date, align="right", right=4 * self.size)
            elif k == "pagebreak":
                self.newpage()
            elif k == "imprint":  # bottom of the current page (or a page of its own)
                rows, alone = a[0], (a[1] if len(a) > 1 else False)
                rh = 24
                need = len(rows) * rh + 10
                if alone or self.y - need < self.B:
                    self.newpage()
                y = self.B + len(rows) * rh
                self.hline(1.0, BLACK, y)
                for i, r in enumerate(rows):
                    if r[0] == "print" and i:
                        self.hline(0.5, BLACK, y)
                    self.draw(self.L + 14 + (r[2] if r[0] == "cont" else 0), y - 17, r[1], 14)
                    if r[0] == "print":
                        self.draw(self.R - 14 - self.w(r[2], 14), y - 17, r[2], 14)
                    y -= rh
                self.hline(1.0, BLACK, y)
                self.y = self.B - 1
        self.finish()
        self.c.showPage()
        self.c.save()
        return self.page


class GlyphPdf(Pdf):
    """Every glyph its own positioned string, baselines jittered by up to 0.4 pt (WPS-like)."""

    def draw(self, x, base, s, size, color=BLACK, sp=0.0):
        rng = random.Random(hash((round(x), round(base), s)) & 0xFFFF)
        for ch in s:
            super().draw(x, base + rng.uniform(-0.4, 0.4), ch, size, color)
            x += self.w(ch, size) + sp


class ShuffledPdf(Pdf):
    """Text objects written in a shuffled order within each page (reading order != stream order)."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.buf = []
        self.rng = random.Random(7)

    def draw(self, x, base, s, size, color=BLACK, sp=0.0):
        self.buf.append((x, base, s, size, color, sp))

    def _flush(self):
        self.rng.shuffle(self.buf)
        for item in self.buf:
            Pdf.draw(self, *item)
        self.buf = []

    def newpage(self):
        Pdf.finish(self)
        self._flush()
        self.c.showPage()
        self.page += 1
        self.y = self.T

    def render(self, ops):
        save = self.c.save
        self.c.save = lambda: (self._flush(), save())  # flush the last page before saving
        real_show = self.c.showPage
        def show():
            self._flush()
            real_show()
        self.c.showPage = show
        return super().render(ops)


def write_pdf(path: Path, ops, st):
    cls = {"glyph": GlyphPdf, "shuffle": ShuffledPdf}.get(st.get("engine"), Pdf)
    buf = io.BytesIO()
    pages = cls(buf, st).render(ops)
    cls(str(path), st, pages).render(ops)


# ----------------------------------------------------------------- DOCX renderer


def _font(run, size, color=None, face="仿宋_GB2312", bold=False):
    run.font.size = Pt(size)
    run.font.name = "Times New Roman"
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), face)
    if color:
        run.font.color.rgb = RGBColor(*color)


def _p(c, text="", size=16, align=None, color=None, indent=None, face="仿宋_GB2312", right=None):
    p = c.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(0)
    pf.space_before = Pt(0)
    if align:
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                       "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    if indent:
        pf.first_line_indent = Pt(indent)
    if right:
        pf.right_indent = Pt(right)
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        _font(r, size, color, face)
        if i + 1 < len(parts):
            r.add_break()
    return p


def _bdr(p, side, color="000000", sz=8, val="single"):
    ppr = p._p.get_or_add_pPr()
    b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = OxmlElement("w:pBdr")
        ppr.append(b)
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), val)
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    b.append(e)


def _no_borders(t):
    pr = t._tbl.tblPr
    bs = OxmlElement("w:tblBorders")
    for s in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{s}")
        e.set(qn("w:val"), "nil")
        bs.append(e)
    pr.append(bs)


def _cell(cell, text, size=16, align=None, color=None, face="仿宋_GB2312"):
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if align:
            p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        _font(p.add_run(ln), size, color, face)


def _pagefield(p, before, after):
    _font(p.add_run(before), 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("1", None),
                      ("end", None)):
        r = p.add_run()
        if kind == "instr":
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = txt
        elif kind == "1":
            _font(r, 14)
            r.text = "1"
            continue
        else:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
        r._r.append(e)
    _font(p.add_run(after), 14)


def write_docx(path: Path, ops, st):
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(st.get("top", 37)), Mm(st.get("bottom", 35))
    s.left_margin, s.right_margin = Mm(st.get("left", 28)), Mm(st.get("right", 26))
    body = st.get("body", 16)
    red = st.get("red", (230, 0, 0))
    redhex = "%02X%02X%02X" % red
    if st.get("header"):
        hp = s.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(hp.add_run(st["header"]), 10.5)
    if st.get("header_mark"):
        hp = s.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(hp.add_run(st["header_mark"]), 36, (230, 0, 0), "方正小标宋简体")
        _bdr(hp, "bottom", redhex, 12)
    if st.get("pageno"):
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _pagefield(fp, *st["pageno"])
    sig = None
    for op in ops:
        k, a = op[0], op[1:]
        if k == "tl":
            _p(d, a[0], 16, face="黑体")
        elif k in ("tr", "trline"):
            _p(d, a[0], 16, "right", face="黑体")
        elif k == "mark":
            names, side, color, size = a
            col = tuple(int(x * 255) for x in color)
            if side:
                t = d.add_table(rows=1, cols=2)
                _no_borders(t)
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                _cell(t.cell(0, 0), "\n".join(names), size, "center", col, "方正小标宋简体")
                _cell(t.cell(0, 1), side, size * 1.2, "center", col, "方正小标宋简体")
                t.cell(0, 1).vertical_alignment = 1  # centre
            else:
                for n in names:
                    _p(d, n, size, "center", col, face="方正小标宋简体")
        elif k == "letterhead":
            name, color, size = a
            p = _p(d, name, size, "center", tuple(int(x * 255) for x in color), face="方正小标宋简体")
            _bdr(p, "bottom", redhex, 18, "thickThinSmallGap")
        elif k == "number":
            p = _p(d, a[0], 16, a[1] if len(a) > 1 else "center")
            d._last_num = p
        elif k == "numsigner":
            p = _p(d, f"{a[0]}\t{a[1]}", 16)
            p.paragraph_format.tab_stops.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT)
            d._last_num = p
        elif k == "redline":
            _bdr(d._last_num, "bottom", redhex, 12)
            _p(d)
        elif k == "imprint_table":  # 版记 as a one-column table, 抄送 wrapped with a manual break
            _p(d)
            t = d.add_table(rows=len(a[0]), cols=1)
            tpr = t._tbl.tblPr
            bs = OxmlElement("w:tblBorders")
            for side in ("top", "bottom", "insideH"):
                e = OxmlElement(f"w:{side}")
                e.set(qn("w:val"), "single")
                e.set(qn("w:sz"), "8")
                e.set(qn("w:color"), "000000")
                bs.append(e)
            tpr.append(bs)
            for r, text in enumerate(a[0]):
                _cell(t.cell(r, 0), text, 14)
        elif k == "title":
            _p(d, "\n".join(a[0]), a[1], "center", face="方正小标宋简体")
            _p(d)
        elif k == "center":
            _p(d, a[0], a[1] if len(a) > 1 else body, "center")
        elif k == "left":
            _p(d, a[0], a[1] if len(a) > 1 else body)
        elif k == "right":
            _p(d, a[0], a[1] if len(a) > 1 else body, "right", right=body * 4)
        elif k == "para":
            _p(d, a[0], body, indent=body * 2)
        elif k == "blank":
            _p(d)
        elif k == "sig":
            sig = a[0]
        elif k == "date":
            _p(d)
            for x in sig or []:
                _p(d, x, body, "right", right=body * 2)
            _p(d, a[0], body, "right", right=body * 4)
            sig = None
        elif k == "sigpair":
            _p(d)
            t = d.add_table(rows=2, cols=2)
            _no_borders(t)
            _cell(t.cell(0, 0), a[0], body, "center")
            _cell(t.cell(0, 1), a[1], body, "center")
            _cell(t.cell(1, 1), a[2], body, "center")
        elif k == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "imprint":
            rows = a[0]
            if len(a) > 1 and a[1]:
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            _p(d)
            for i, r in enumerate(rows):
                if r[0] == "print":
                    p = _p(d, f"{r[1]}\t{r[2]}", 14)
                    p.paragraph_format.tab_stops.add_tab_stop(Mm(152), WD_TAB_ALIGNMENT.RIGHT)
                else:
                    p = _p(d, r[1], 14)
                    if r[0] == "cont":
                        p.paragraph_format.left_indent = Pt(r[2])
                if i == 0 or r[0] == "print":
                    _bdr(p, "top", sz=8 if i == 0 else 4)
                if i == len(rows) - 1:
                    _bdr(p, "bottom")
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(buf.getvalue())


# ----------------------------------------------------------------- TXT renderer


def txt_lines(ops, st) -> list[str]:
    L: list[str] = []
    sig = None
    ind = "　" * 14
    for op in ops:
        k, a = op[0], op[1:]
        if k in ("tl",):
            L.append(a[0])
        elif k in ("tr", "trline"):
            L.append("　" * 24 + a[0])
        elif k == "mark":
            names, side = a[0], a[1]
            if side and st.get("side_mid"):
                mid = len(names) // 2
                L.extend(n + ("　　" + side if i == mid else "") for i, n in enumerate(names))
            else:
                L.extend(names)
                if side:
                    L.append(side)
            L.append("")
        elif k == "letterhead":
            L.append(a[0])
            L.append("═" * 28)
        elif k == "number":
            L.append(("　" * 18 if len(a) > 1 and a[1] == "right" else "　" * 6) + a[0])
        elif k == "numsigner":
            L.append(f"{a[0]}　　　　　　{a[1]}")
        elif k == "redline":
            L.append("")
        elif k == "title":
            L.extend("　　" + x for x in a[0])
            L.append("")
        elif k in ("center",):
            L.append("　" * 6 + a[0])
        elif k == "left":
            L.append(a[0])
        elif k == "right":
            L.append(ind + a[0])
        elif k == "para":
            L.append("　　" + a[0])
        elif k == "blank":
            L.append("")
        elif k == "sig":
            sig = a[0]
        elif k == "date":
            L.append("")
            L.extend(ind + x for x in sig or [])
            L.append(ind + a[0])
            sig = None
        elif k == "sigpair":
            L.append("")
            L.append("　　" + a[0] + "　" * 8 + a[1])
            L.append(ind + a[2])
        elif k == "pagebreak":
            if st.get("txt_pageno"):
                L.append("")
                L.append("　" * 12 + st["txt_pageno"].format(n=sum(1 for x in L if x == "\f") + 1))
            L.append("\f")
        elif k == "imprint":
            L.append("")
            L.append("─" * 30)
            for r in a[0]:
                if r[0] == "print":
                    L.append(f"{r[1]}　　　　　　{r[2]}")
                else:
                    L.append(("　" * 3 if r[0] == "cont" else "") + r[1])
            L.append("─" * 30)
    return L


def write_txt(path: Path, ops, st):
    text = st.get("newline", "\n").join(txt_lines(ops, st)) + st.get("newline", "\n")
    text = text.replace("\f" + st.get("newline", "\n"), "\f")
    enc = st.get("encoding", "utf-8")
    if enc == "utf-16":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    elif enc == "utf-8-sig":
        data = text.encode("utf-8-sig")
    else:
        data = text.encode(enc)
    path.write_bytes(data)


# ----------------------------------------------------------------- HTML renderer


def _e(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_body(ops, st) -> str:
    """Content paragraphs; the title op is skipped when the page puts it in <h1>."""
    out, sig = [], None
    br = st.get("br")  # content as <br>-separated text rather than <p>
    def add(s, style=""):
        if br:
            out.append(("&nbsp;" * 4 if style == "i" else "") + _e(s) + "<br/>")
        else:
            css = {"c": ' style="text-align:center"', "r": ' align="right"',
                   "i": ' style="text-indent:2em"'}.get(style, "")
            out.append(f"<p{css}>{_e(s)}</p>")
    for op in ops:
        k, a = op[0], op[1:]
        if k in ("mark", "letterhead", "redline", "tl", "tr", "imprint", "pagebreak"):
            continue
        if k == "title":
            if st.get("h1"):
                continue
            for x in a[0]:
                add(x, "c")
        elif k in ("number", "center"):
            add(a[0], "c")
        elif k == "trline":
            add(a[0], "r")
        elif k == "numsigner":
            add(a[0] + "　　" + a[1], "c")
        elif k == "left":
            add(a[0])
        elif k == "right":
            add(a[0], "r")
        elif k == "para":
            add(a[0], "i")
        elif k == "blank":
            out.append("<p>&nbsp;</p>" if not br else "<br/>")
        elif k == "sig":
            sig = a[0]
        elif k == "date":
            for x in sig or []:
                add(x, "r")
            add(a[0], "r")
            sig = None
        elif k == "sigpair":
            add(a[0] + "　　　　" + a[1], "r")
            add(a[2], "r")
    return "\n".join(out)


# ----------------------------------------------------------------- documents

DOCS: list[dict] = []


def doc(file, ops, gold, **st):
    g = {"file": file, "format": file.rsplit(".", 1)[1], "title": None, "doc_number": None,
         "issuer": None, "doc_type": None, "signed_date": None, "printed_date": None,
         "classification": None, "urgency": None, "disclosure_marker": None,
         "recipients": [], "cc": []}
    g.update(gold)
    DOCS.append({"file": file, "ops": ops, "gold": g, "st": st})


def cc_rows(text, split_at=None, indent=42):
    """抄送 line, optionally wrapped at a character index (continuation indented)."""
    if split_at is None:
        return [("cc", text)]
    return [("cc", text[:split_at]), ("cont", text[split_at:], indent)]


# ---- PDFs -------------------------------------------------------------------

doc("p01_dark_red_fullwidth.pdf", [
    ("mark", ["江陵市农业农村局文件"], None, RED3, 32),
    ("number", "江农发〔２０２４〕１７号"),
    ("redline", RED3, 2.0),
    ("title", ["江陵市农业农村局关于开展2024年", "高标准农田建设项目验收工作的通知"], 20),
    ("left", "各县（市、区）农业农村局，市农业综合执法支队，市农"),
    ("left", "业技术推广中心："),
    *[("para", p) for p in prose(1)],
    ("sig", ["江陵市农业农村局"]),
    ("date", "２０２４年３月８日"),
    ("left", "　　（此件主动公开）"),
    ("imprint", cc_rows("抄送：市委农办，市财政局，市自然资源和规划局，市水利局，市审计局，各县（市、区）人民政府。", 35)
     + [("print", "江陵市农业农村局办公室", "２０２４年３月１１日印发")]),
], dict(title="江陵市农业农村局关于开展2024年高标准农田建设项目验收工作的通知",
        doc_number="江农发〔2024〕17号", issuer="江陵市农业农村局", doc_type="通知",
        signed_date="2024-03-08", printed_date="2024-03-11", disclosure_marker="主动公开",
        recipients=["各县（市、区）农业农村局", "市农业综合执法支队", "市农业技术推广中心"],
        cc=["市委农办", "市财政局", "市自然资源和规划局", "市水利局", "市审计局", "各县（市、区）人民政府"]),
    left=25, right=25, body=15, pageno="hy")

doc("p02_joint3_side.pdf", [
    ("mark", ["清河市教育局", "清河市财政局", "清河市人力资源和社会保障局"], "文件", RED1, 26),
    ("number", "清教发〔2023〕56号"),
    ("redline", RED1),
    ("title", ["清河市教育局　清河市财政局", "清河市人力资源和社会保障局", "关于做好乡村教师生活补助发放工作的通知"], 20),
    ("left", "各县（区）教育局、财政局、人力资源和社会保障局："),
    *[("para", p) for p in prose(2, 2)],
    ("blank",),
    ("left", "清河市教育局　　　　　清河市财政局"),
    ("blank",),
    ("sig", ["清河市人力资源和社会保障局"]),
    ("date", "2023年9月4日"),
    ("left", "　　（此件公开发布）"),
    ("imprint", [("cc", "抄送：市人民政府办公室，市审计局。"),
                 ("print", "清河市教育局办公室", "2023年9月5日印发")]),
], dict(title="清河市教育局清河市财政局清河市人力资源和社会保障局关于做好乡村教师生活补助发放工作的通知",
        doc_number="清教发〔2023〕56号", issuer="清河市教育局、清河市财政局、清河市人力资源和社会保障局",
        doc_type="通知", signed_date="2023-09-04", printed_date="2023-09-05",
        disclosure_marker="主动公开", recipients=["各县（区）教育局、财政局、人力资源和社会保障局"],
        cc=["市人民政府办公室", "市审计局"]), pageno="em")

doc("p03_joint2_black_attach_imprint_last.pdf", [
    ("mark", ["南平县民政局", "南平县卫生健康局"], "文件", BLACK, 30),
    ("number", "南民发[2019]8号"),
    ("redline", BLACK, 1.0),
    ("title", ["关于印发《南平县困难群众医疗救助", "实施细则（试行）》的通知"], 22),
    ("left", "各乡镇人民政府，县直有关单位："),
    ("para", "现将《南平县困难群众医疗救助实施细则（试行）》印发给你们，请认真贯彻执行。"),
    ("blank",),
    ("left", "　　附件：南平县困难群众医疗救助实施细则（试行）"),
    ("sigpair", "南平县民政局", "南平县卫生健康局", "2019年4月16日"),
    ("blank",),
    ("left", "　　公开方式：主动公开"),
    ("pagebreak",),
    ("left", "附件"),
    ("title", ["南平县困难群众医疗救助实施细则（试行）"], 20),
    *[("para", f"第{n}条　" + s) for n, s in zip("一二三四五六", SENT)],
    ("right", "南平县民政局"),
    ("right", "2019年4月10日"),
    ("imprint", [("cc", "抄送：县委办，县人大办，县政府办，县政协办。"),
                 ("print", "南平县民政局办公室", "2019年4月17日印发")]),
], dict(title="关于印发《南平县困难群众医疗救助实施细则（试行）》的通知", doc_number="南民发〔2019〕8号",
        issuer="南平县民政局、南平县卫生健康局", doc_type="通知", signed_date="2019-04-16",
        printed_date="2019-04-17", disclosure_marker="主动公开",
        recipients=["各乡镇人民政府", "县直有关单位"], cc=["县委办", "县人大办", "县政府办", "县政协办"]),
    pageno="emsp", left=30, right=24)

doc("p04_joint4_3line_title.pdf", [
    ("mark", ["云溪市发展和改革委员会", "云溪市商务局", "云溪市市场监督管理局", "云溪市文化广电旅游局"], "文件", RED2, 22),
    ("number", "云发改〔2022〕113号"),
    ("redline", RED2),
    ("title", ["关于印发《云溪市促进夜间经济", "发展的若干措施（2022—2024年）》", "的通知"], 22),
    ("left", "各区县人民政府，云溪经济技术开发区管委会，市政府各部门，"),
    ("left", "各有关单位："),
    *[("para", p) for p in prose(4, 2)],
    ("blank",),
    ("left", "云溪市发展和改革委员会　　　　　云溪市商务局"),
    ("blank",),
    ("left", "云溪市市场监督管理局　　　　云溪市文化广电旅游局"),
    ("right", "2022年11月30日"),
    ("left", "　　（此件公开发布）"),
    ("imprint", [("print", "云溪市发展和改革委员会办公室", "2022年12月1日印发")]),
], dict(title="关于印发《云溪市促进夜间经济发展的若干措施（2022—2024年）》的通知",
        doc_number="云发改〔2022〕113号",
        issuer="云溪市发展和改革委员会、云溪市商务局、云溪市市场监督管理局、云溪市文化广电旅游局",
        doc_type="通知", signed_date="2022-11-30", printed_date="2022-12-01",
        disclosure_marker="主动公开",
        recipients=["各区县人民政府", "云溪经济技术开发区管委会", "市政府各部门", "各有关单位"]),
    pageno="of")

doc("p05_letter_contact.pdf", [
    ("letterhead", "浔阳市人民政府办公室", RED1, 28),
    ("number", "浔府办函〔2023〕45号", "right"),
    ("blank",),
    ("title", ["浔阳市人民政府办公室关于商请支持", "浔阳港综合保税区申报工作的函"], 20),
    ("left", "省商务厅："),
    *[("para", p) for p in prose(5, 2, 1, heads=False)],
    ("para", "妥否，请函复。"),
    ("sig", ["浔阳市人民政府办公室"]),
    ("date", "2023年5月19日"),
    ("left", "　　（联系人：王晓梅　电话：0792-8123456）"),
], dict(title="浔阳市人民政府办公室关于商请支持浔阳港综合保税区申报工作的函",
        doc_number="浔府办函〔2023〕45号", issuer="浔阳市人民政府办公室", doc_type="函",
        signed_date="2023-05-19", recipients=["省商务厅"]), pageno="hy", top=30)

doc("p06_number_top_right.pdf", [
    ("trline", "临政发〔2022〕8号"),
    ("blank",),
    ("title", ["临川市人民政府", "关于调整城区机动车限行措施的通告"], 22),
    *[("para", p) for p in prose(6, 2, heads=True)],
    ("para", "本通告自2022年3月1日起施行。"),
    ("sig", ["临川市人民政府"]),
    ("date", "2022年2月18日"),
    ("left", "　　（此件公开发布）"),
], dict(title="临川市人民政府关于调整城区机动车限行措施的通告", doc_number="临政发〔2022〕8号",
        issuer="临川市人民政府", doc_type="通告", signed_date="2022-02-18",
        disclosure_marker="主动公开"), pageno="hy", body=15)

doc("p07_web_release_3line.pdf", [
    ("title", ["临川市人民政府办公室关于印发", "《临川市政府投资项目管理办法》", "（修订）的通知"], 24),
    ("center", "（临政办发〔2021〕33号）"),
    ("blank",),
    ("left", "各县（市、区）人民政府，市政府各部门："),
    ("para", "《临川市政府投资项目管理办法》（修订）已经市政府同意，现印发给你们，请遵照执行。"),
    ("sig", ["临川市人民政府办公室"]),
    ("date", "2021年7月2日"),
    ("left", "　　（此件公开发布）"),
    ("pagebreak",),
    ("title", ["临川市政府投资项目管理办法"], 22),
    *[("para", p) for p in prose(7, 3)],
], dict(title="临川市人民政府办公室关于印发《临川市政府投资项目管理办法》（修订）的通知",
        doc_number="临政办发〔2021〕33号", issuer="临川市人民政府办公室", doc_type="通知",
        signed_date="2021-07-02", disclosure_marker="主动公开",
        recipients=["各县（市、区）人民政府", "市政府各部门"]),
    pageno="of", running=("临川市人民政府办公室行政规范性文件", "临川市人民政府办公室发布"))

doc("p08_1995_directive_circle.pdf", [
    ("mark", ["黔东州人民政府文件"], None, RED1, 34),
    ("number", "黔东府发(1995)12号"),
    ("redline", RED1),
    ("title", ["黔东州人民政府", "关于切实做好一九九五年森林防火工作的指示"], 22),
    ("left", "各县、市人民政府，州直各部门："),
    *[("para", p) for p in prose(8, 3, 1)],
    ("sig", ["黔东州人民政府"]),
    ("date", "一九九五年三月十八日"),
    ("imprint", [("cc", "主题词：林业　防火　指示"), ("cc", "抄送：州委办公室，州人大工委，州政协办公室。"),
                 ("print", "黔东州人民政府办公室", "一九九五年三月二十日印发")]),
], dict(title="黔东州人民政府关于切实做好一九九五年森林防火工作的指示", doc_number="黔东府发〔1995〕12号",
        issuer="黔东州人民政府", doc_type="指示", signed_date="1995-03-18", printed_date="1995-03-20",
        recipients=["各县、市人民政府", "州直各部门"], cc=["州委办公室", "州人大工委", "州政协办公室"]),
    pageno="hy")

doc("p09_2001_circle_date.pdf", [
    ("mark", ["白河县人民政府办公室文件"], None, RED2, 30),
    ("number", "白政办发（2001）27号"),
    ("redline", RED2),
    ("title", ["关于转发县计生局", "二○○一年人口与计划生育工作意见的通知"], 22),
    ("left", "各乡镇人民政府，县政府各部门："),
    *[("para", p) for p in prose(9, 2, 1)],
    ("sig", ["白河县人民政府办公室"]),
    ("date", "二○○一年七月三日"),
    ("imprint", [("cc", "抄送：县委办，县人大办，县政协办。"),
                 ("print", "白河县人民政府办公室", "二○○一年七月五日印发")]),
], dict(title="关于转发县计生局二○○一年人口与计划生育工作意见的通知", doc_number="白政办发〔2001〕27号",
        issuer="白河县人民政府办公室", doc_type="通知", signed_date="2001-07-03",
        printed_date="2001-07-05", recipients=["各乡镇人民政府", "县政府各部门"],
        cc=["县委办", "县人大办", "县政协办"]), pageno="em")

doc("p10_1990_zero.pdf", [
    ("mark", ["松江地区行政公署文件"], None, RED1, 34),
    ("number", "松署发〔1990〕41号"),
    ("redline", RED1),
    ("title", ["关于加强冬季农田水利基本建设的通知"], 22),
    ("left", "各县（市）人民政府，行署各部门："),
    *[("para", p) for p in prose(10, 2, 1, heads=False)],
    ("sig", ["松江地区行政公署"]),
    ("date", "一九九零年十月二十日"),
], dict(title="关于加强冬季农田水利基本建设的通知", doc_number="松署发〔1990〕41号",
        issuer="松江地区行政公署", doc_type="通知", signed_date="1990-10-20",
        recipients=["各县（市）人民政府", "行署各部门"]))

doc("p11_request_two_signers.pdf", [
    ("tl", "000087"),
    ("tl", "加急"),
    ("mark", ["青阳县人民政府文件"], None, RED1, 34),
    ("numsigner", "青政〔2024〕9号", "签发人：周建平　刘海燕"),
    ("redline", RED1),
    ("title", ["青阳县人民政府关于申请", "省级农村公路改造补助资金的请示"], 22),
    ("left", "市人民政府："),
    *[("para", p) for p in prose(11, 2, 1, heads=False)],
    ("para", "以上请示妥否，请批示。"),
    ("sig", ["青阳县人民政府"]),
    ("date", "2024年1月22日"),
    ("left", "　　（联系人：陈立新，电话：0566-5021234）"),
    ("left", "　　（此件不予公开）"),
    ("imprint", [("print", "青阳县人民政府办公室", "2024年1月22日印发")]),
], dict(title="青阳县人民政府关于申请省级农村公路改造补助资金的请示", doc_number="青政〔2024〕9号",
        issuer="青阳县人民政府", doc_type="请示", signed_date="2024-01-22", printed_date="2024-01-22",
        urgency="加急", disclosure_marker="不予公开", recipients=["市人民政府"]), pageno="hy",
    mark_drop=60 * mm)

doc("p12_secret_3y.pdf", [
    ("tl", "000015"),
    ("tl", "机密★3年"),
    ("tl", "特急"),
    ("mark", ["东岭市公安局文件"], None, RED1, 34),
    ("number", "东公发〔2023〕77号"),
    ("redline", RED1),
    ("title", ["东岭市公安局关于加强重点目标", "安全防范工作的通知"], 22),
    ("left", "各分局，市局各部门："),
    *[("para", p) for p in prose(12, 2)],
    ("sig", ["东岭市公安局"]),
    ("date", "2023年12月2日"),
    ("imprint", [("cc", "抄送：市委政法委。"), ("print", "东岭市公安局办公室", "2023年12月2日印发")]),
], dict(title="东岭市公安局关于加强重点目标安全防范工作的通知", doc_number="东公发〔2023〕77号",
        issuer="东岭市公安局", doc_type="通知", signed_date="2023-12-02", printed_date="2023-12-02",
        classification="机密", urgency="特急", recipients=["各分局", "市局各部门"], cc=["市委政法委"]),
    pageno="emsp")

doc("p13_secret_no_period.pdf", [
    ("tl", "秘密"),
    ("tl", "加急"),
    ("mark", ["北川县应急管理局文件"], None, RED2, 32),
    ("number", "北应急〔2022〕21号"),
    ("redline", RED2),
    ("title", ["关于开展危险化学品企业专项检查的通知"], 22),
    ("left", "各乡镇人民政府，县安委会各成员单位："),
    *[("para", p) for p in prose(13, 2, 1)],
    ("sig", ["北川县应急管理局"]),
    ("date", "2022年6月15日"),
], dict(title="关于开展危险化学品企业专项检查的通知", doc_number="北应急〔2022〕21号",
        issuer="北川县应急管理局", doc_type="通知", signed_date="2022-06-15", classification="秘密",
        urgency="加急", recipients=["各乡镇人民政府", "县安委会各成员单位"]))

doc("p14_order.pdf", [
    ("mark", ["海宁市人民政府令"], None, RED1, 36),
    ("center", "第 45 号"),
    ("redline", RED1),
    ("para", "《海宁市城市地下管线管理办法》已于2022年10月12日经市人民政府第19次常务会议审议通过，现予公布，"
             "自2023年1月1日起施行。"),
    ("blank",),
    ("right", "市长　林志远"),
    ("right", "2022年10月26日"),
    ("left", "　　（此件公开发布）"),
    ("pagebreak",),
    ("title", ["海宁市城市地下管线管理办法"], 22),
    *[("para", f"第{n}条　" + s) for n, s in zip("一二三四五六七", SENT)],
], dict(title="海宁市城市地下管线管理办法", doc_number="海宁市人民政府令第45号", issuer="海宁市人民政府",
        doc_type="令", signed_date="2022-10-26", disclosure_marker="主动公开"), pageno="em")

doc("p15_minutes_2011.pdf", [
    ("mark", ["石门市人民政府办公室", "会　议　纪　要"], None, RED1, 34),
    ("number", "石府办纪〔2011〕14号"),
    ("redline", RED1),
    ("title", ["关于城区背街小巷整治工作协调会议纪要"], 20),
    ("para", "2011年8月3日，副市长许国梁主持召开会议，协调城区背街小巷整治有关问题。现纪要如下："),
    *[("para", p) for p in prose(15, 2, 1)],
    ("left", "　　出席：许国梁　赵　敏　孙立峰　黄志刚"),
    ("right", "石门市人民政府办公室"),
    ("right", "二〇一一年八月五日"),
    ("imprint", [("cc", "抄送：市委办公室，市人大常委会办公室，市政协办公室。"),
                 ("print", "石门市人民政府办公室", "2011年8月5日印发")]),
], dict(title="关于城区背街小巷整治工作协调会议纪要", doc_number="石府办纪〔2011〕14号",
        issuer="石门市人民政府办公室", doc_type="会议纪要", signed_date="2011-08-05", printed_date="2011-08-05",
        cc=["市委办公室", "市人大常委会办公室", "市政协办公室"]),
    pageno="hy")

doc("p16_bulletin_quotes.pdf", [
    ("mark", ["安平市人民政府办公室文件"], None, RED1, 30),
    ("number", "安政办发〔2023〕29号"),
    ("redline", RED1),
    ("title", ["安平市人民政府办公室关于2023年度", "“双随机、一公开”监管工作", "情况的通报"], 22),
    ("left", "各县（区）人民政府，市政府各部门："),
    *[("para", p) for p in prose(16, 4, 3)],
    ("sig", ["安平市人民政府办公室"]),
    ("date", "2023年12月28日"),
    ("left", "　　（此件主动公开）"),
    ("imprint", cc_rows("抄送：市委各部门，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院。", 33)
     + [("print", "安平市人民政府办公室", "2023年12月29日印发")], True),
], dict(title="安平市人民政府办公室关于2023年度“双随机、一公开”监管工作情况的通报",
        doc_number="安政办发〔2023〕29号", issuer="安平市人民政府办公室", doc_type="通报",
        signed_date="2023-12-28", printed_date="2023-12-29", disclosure_marker="主动公开",
        recipients=["各县（区）人民政府", "市政府各部门"],
        cc=["市委各部门", "市人大常委会办公室", "市政协办公室", "市中级人民法院", "市人民检察院"]),
    pageno="em")

doc("p17_reply_fullwidth_paren.pdf", [
    ("mark", ["永宁市人民政府文件"], None, RED2, 34),
    ("number", "永政复（2020）6号"),
    ("redline", RED2),
    ("title", ["永宁市人民政府关于同意设立", "永宁市青山湖湿地公园的批复"], 22),
    ("left", "市林业局："),
    ("para", "你局《关于设立永宁市青山湖湿地公园的请示》（永林〔2020〕15号）收悉。经研究，现批复如下："),
    *[("para", p) for p in prose(17, 1, 2, heads=False)],
    ("sig", ["永宁市人民政府"]),
    ("date", "2020年8月11日"),
    ("left", "　　（此件依申请公开）"),
    ("imprint", [("cc", "抄送：市自然资源局，市财政局。"), ("print", "永宁市人民政府办公室", "2020年8月12日印发")]),
], dict(title="永宁市人民政府关于同意设立永宁市青山湖湿地公园的批复", doc_number="永政复〔2020〕6号",
        issuer="永宁市人民政府", doc_type="批复", signed_date="2020-08-11", printed_date="2020-08-12",
        disclosure_marker="依申请公开", recipients=["市林业局"], cc=["市自然资源局", "市财政局"]))

doc("p18_announcement.pdf", [
    ("mark", ["东川市市场监督管理局"], None, RED1, 32),
    ("redline", RED1),
    ("title", ["东川市市场监督管理局", "关于2023年第三批食品安全监督抽检情况的公告"], 20),
    *[("para", p) for p in prose(18, 2, 1, heads=False)],
    ("para", "特此公告。"),
    ("sig", ["东川市市场监督管理局"]),
    ("date", "2023年10月9日"),
], dict(title="东川市市场监督管理局关于2023年第三批食品安全监督抽检情况的公告", doc_number=None,
        issuer="东川市市场监督管理局", doc_type="公告", signed_date="2023-10-09"), pageno="hy")

doc("p19_spaces_everywhere.pdf", [
    ("mark", ["柳 林 县 自 然 资 源 局 文 件"], None, RED1, 30),
    ("number", "柳 自 然 资 发 〔 2023 〕 9 号"),
    ("redline", RED1),
    ("title", ["关于做好2023年地质灾害", "防治工作的通　知"], 22),
    ("left", "各 乡 镇 人 民 政 府 ， 县 直 有 关 单 位 ："),
    *[("para", p) for p in prose(19, 2, 1)],
    ("sig", ["柳林县自然资源局"]),
    ("date", "2 0 2 3 年 4 月 1 2 日"),
    ("imprint", [("print", "柳林县自然资源局办公室", "2 0 2 3 年 4 月 1 3 日 印 发")]),
], dict(title="关于做好2023年地质灾害防治工作的通知", doc_number="柳自然资发〔2023〕9号",
        issuer="柳林县自然资源局", doc_type="通知", signed_date="2023-04-12", printed_date="2023-04-13",
        recipients=["各乡镇人民政府", "县直有关单位"]), pageno="hy")

doc("p20_imprint_before_attach.pdf", [
    ("mark", ["华亭市住房和城乡建设局文件"], None, RED1, 30),
    ("number", "华建发〔2024〕31号"),
    ("redline", RED1),
    ("title", ["华亭市住房和城乡建设局关于转发", "《省住房城乡建设厅关于加强物业服务", "收费管理的通知》的通知"], 21),
    ("left", "各区住房和城乡建设局，各物业服务企业："),
    ("para", "现将《省住房城乡建设厅关于加强物业服务收费管理的通知》转发给你们，请结合实际认真贯彻落实。"),
    ("blank",),
    ("left", "　　附件：省住房城乡建设厅关于加强物业服务收费管理的通知"),
    ("sig", ["华亭市住房和城乡建设局"]),
    ("date", "2024年5月6日"),
    ("left", "　　（此件主动公开）"),
    ("imprint", [("cc", "抄送：市发展改革委，市市场监管局。"), ("print", "华亭市住房和城乡建设局办公室", "2024年5月7日印发")]),
    ("pagebreak",),
    ("left", "附件"),
    ("title", ["省住房城乡建设厅关于加强物业服务", "收费管理的通知"], 20),
    ("left", "各市住房城乡建设局："),
    *[("para", p) for p in prose(20, 2, 1, heads=False)],
    ("right", "省住房城乡建设厅"),
    ("right", "2024年4月18日"),
    ("left", "　　抄送：省发展改革委，省市场监管局，省消费者协会。"),
], dict(title="华亭市住房和城乡建设局关于转发《省住房城乡建设厅关于加强物业服务收费管理的通知》的通知",
        doc_number="华建发〔2024〕31号", issuer="华亭市住房和城乡建设局", doc_type="通知",
        signed_date="2024-05-06", printed_date="2024-05-07", disclosure_marker="主动公开",
        recipients=["各区住房和城乡建设局", "各物业服务企业"], cc=["市发展改革委", "市市场监管局"]),
    pageno="emsp", body=15)

doc("p21_public_label.pdf", [
    ("tr", "公开", 16),
    ("mark", ["德安县交通运输局文件"], None, RED2, 32),
    ("number", "德交发【2021】16号"),
    ("redline", RED2),
    ("title", ["关于印发德安县农村客运站点管理办法的通知"], 20),
    ("left", "各乡镇交管站，局属各单位："),
    *[("para", p) for p in prose(21, 2, 1)],
    ("sig", ["德安县交通运输局"]),
    ("date", "2021年9月27日"),
], dict(title="关于印发德安县农村客运站点管理办法的通知", doc_number="德交发〔2021〕16号",
        issuer="德安县交通运输局", doc_type="通知", signed_date="2021-09-27",
        disclosure_marker="主动公开", recipients=["各乡镇交管站", "局属各单位"]), pageno="em")

doc("p22_info_form_depend.pdf", [
    ("mark", ["梅岭区人民政府办公室文件"], None, RED1, 30),
    ("number", "梅府办〔2022〕40号"),
    ("redline", RED1),
    ("title", ["梅岭区人民政府办公室关于调整区政府", "领导同志工作分工的通知"], 22),
    ("left", "各街道办事处，区政府各部门："),
    *[("para", p) for p in prose(22, 1, 2, heads=False)],
    ("sig", ["梅岭区人民政府办公室"]),
    ("date", "2022年2月9日"),
    ("left", "　　（信息公开形式：依申请公开）"),
    ("imprint", [("print", "梅岭区人民政府办公室", "2022年2月9日印发")]),
], dict(title="梅岭区人民政府办公室关于调整区政府领导同志工作分工的通知", doc_number="梅府办〔2022〕40号",
        issuer="梅岭区人民政府办公室", doc_type="通知", signed_date="2022-02-09", printed_date="2022-02-09",
        disclosure_marker="依申请公开", recipients=["各街道办事处", "区政府各部门"]), pageno="of")

doc("p23_joint_sig_stacked.pdf", [
    ("mark", ["双峰市财政局", "双峰市税务局"], "文件", (0.8, 0.0, 0.1), 30),
    ("number", "双财税〔2023〕3号"),
    ("redline", (0.8, 0.0, 0.1)),
    ("title", ["双峰市财政局　双峰市税务局", "关于小微企业“六税两费”减免政策", "执行口径的通知"], 20),
    ("left", "各区县财政局、税务局："),
    *[("para", p) for p in prose(23, 2, 1)],
    ("sig", ["双峰市财政局", "双峰市税务局"]),
    ("date", "2023年2月20日"),
    ("left", "　　（此件公开发布）"),
], dict(title="双峰市财政局双峰市税务局关于小微企业“六税两费”减免政策执行口径的通知",
        doc_number="双财税〔2023〕3号", issuer="双峰市财政局、双峰市税务局", doc_type="通知",
        signed_date="2023-02-20", disclosure_marker="主动公开", recipients=["各区县财政局、税务局"]),
    pageno="hy")

doc("p24_big_title_small_body.pdf", [
    ("mark", ["和平区卫生健康委员会文件"], None, BLACK, 28),
    ("number", "和卫健发〔2024〕5号"),
    ("redline", BLACK, 0.8),
    ("title", ["关于做好2024年", "基本公共卫生服务项目的通知"], 26),
    ("left", "各社区卫生服务中心，区疾控中心，区妇幼保健院："),
    *[("para", p) for p in prose(24, 3, 2)],
    ("sig", ["和平区卫生健康委员会"]),
    ("date", "2024年2月26日"),
    ("left", "　　（此件主动公开）"),
    ("imprint", [("cc", "抄送：区政府办公室。"), ("print", "和平区卫生健康委员会办公室", "2024年2月27日印发")]),
], dict(title="关于做好2024年基本公共卫生服务项目的通知", doc_number="和卫健发〔2024〕5号",
        issuer="和平区卫生健康委员会", doc_type="通知", signed_date="2024-02-26", printed_date="2024-02-27",
        disclosure_marker="主动公开", recipients=["各社区卫生服务中心", "区疾控中心", "区妇幼保健院"],
        cc=["区政府办公室"]), left=20, right=20, top=30, bottom=28, body=14, pageno="hy")

doc("p25_decision_long_recips.pdf", [
    ("mark", ["长丰市人民政府文件"], None, RED1, 36),
    ("number", "长政发〔2020〕22号"),
    ("redline", RED1),
    ("title", ["长丰市人民政府关于废止和修改", "部分市政府规范性文件的决定"], 22),
    ("left", "各区县（自治县）人民政府，长丰高新区管委会，长丰临空经"),
    ("left", "济示范区管委会，市政府各部门，有关单位："),
    *[("para", p) for p in prose(25, 2, 1, heads=False)],
    ("sig", ["长丰市人民政府"]),
    ("date", "2020年12月30日"),
    ("left", "　　（此件公开发布）"),
    ("imprint", cc_rows("抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市法院，市检察院，各人民团体。", 30)
     + [("print", "长丰市人民政府办公厅", "2020年12月31日印发")]),
], dict(title="长丰市人民政府关于废止和修改部分市政府规范性文件的决定", doc_number="长政发〔2020〕22号",
        issuer="长丰市人民政府", doc_type="决定", signed_date="2020-12-30", printed_date="2020-12-31",
        disclosure_marker="主动公开",
        recipients=["各区县（自治县）人民政府", "长丰高新区管委会", "长丰临空经济示范区管委会", "市政府各部门", "有关单位"],
        cc=["市委各部门", "市人大常委会办公厅", "市政协办公厅", "市监委", "市法院", "市检察院", "各人民团体"]),
    pageno="em")

# ---- DOCX -------------------------------------------------------------------

doc("d01_joint_table_mark.docx", [
    ("mark", ["宁远县农业农村局", "宁远县林业局"], "文件", (0.9, 0.0, 0.0), 26),
    ("number", "宁农联〔2023〕4号"),
    ("redline",),
    ("title", ["关于联合开展春季动植物疫病", "防控工作的通知"], 22),
    ("left", "各乡镇人民政府，县直有关单位："),
    *[("para", p) for p in prose(31, 2, 1)],
    ("sigpair", "宁远县农业农村局", "宁远县林业局", "2023年3月2日"),
    ("left", "　　（此件公开发布）"),
    ("imprint", [("cc", "抄送：县人民政府办公室。"), ("print", "宁远县农业农村局办公室", "2023年3月3日印发")]),
], dict(title="关于联合开展春季动植物疫病防控工作的通知", doc_number="宁农联〔2023〕4号",
        issuer="宁远县农业农村局、宁远县林业局", doc_type="通知", signed_date="2023-03-02",
        printed_date="2023-03-03", disclosure_marker="主动公开",
        recipients=["各乡镇人民政府", "县直有关单位"], cc=["县人民政府办公室"]),
    pageno=("- ", " -"))

doc("d02_letter.docx", [
    ("letterhead", "秀山县教育体育局", (0.85, 0.0, 0.0), 26),
    ("number", "秀教体函〔2024〕12号", "right"),
    ("title", ["关于商请协助做好2024年", "高考考点安全保障工作的函"], 20),
    ("left", "县公安局："),
    *[("para", p) for p in prose(32, 1, 2, heads=False)],
    ("sig", ["秀山县教育体育局"]),
    ("date", "2024年5月20日"),
    ("left", "　　（联系人：杨帆；联系电话：023-7654321）"),
], dict(title="关于商请协助做好2024年高考考点安全保障工作的函", doc_number="秀教体函〔2024〕12号",
        issuer="秀山县教育体育局", doc_type="函", signed_date="2024-05-20", recipients=["县公安局"]))

doc("d03_request.docx", [
    ("tl", "特急"),
    ("mark", ["桃源县水利局文件"], None, RED1, 36),
    ("numsigner", "桃水字〔２０２３〕１１号", "签发人：谢文军"),
    ("redline",),
    ("title", ["桃源县水利局关于申请拨付", "水毁工程修复资金的请示"], 22),
    ("left", "县人民政府："),
    *[("para", p) for p in prose(33, 1, 2, heads=False)],
    ("para", "妥否，请批示。"),
    ("sig", ["桃源县水利局"]),
    ("date", "２０２３年７月１４日"),
    ("left", "　　（联系人：宋卫东　电话：0736-6612345）"),
], dict(title="桃源县水利局关于申请拨付水毁工程修复资金的请示", doc_number="桃水字〔2023〕11号",
        issuer="桃源县水利局", doc_type="请示", signed_date="2023-07-14", urgency="特急",
        recipients=["县人民政府"]), pageno=("—", "—"))

doc("d04_1997_circle.docx", [
    ("mark", ["临江市人民政府办公室文件"], None, RED1, 30),
    ("number", "临政办发(1997)63号"),
    ("redline",),
    ("title", ["临江市人民政府办公室关于加强", "城市房屋拆迁管理的通知"], 22),
    ("left", "各区人民政府，市政府各委、办、局："),
    *[("para", p) for p in prose(34, 2, 1)],
    ("sig", ["临江市人民政府办公室"]),
    ("date", "一九九七年十一月五日"),
    ("imprint", [("cc", "主题词：城建　房屋　拆迁　通知"), ("cc", "抄送：市委办公厅，市人大常委会办公厅。"),
                 ("print", "临江市人民政府办公室", "1997年11月6日印发")]),
], dict(title="临江市人民政府办公室关于加强城市房屋拆迁管理的通知", doc_number="临政办发〔1997〕63号",
        issuer="临江市人民政府办公室", doc_type="通知", signed_date="1997-11-05", printed_date="1997-11-06",
        recipients=["各区人民政府", "市政府各委、办、局"], cc=["市委办公厅", "市人大常委会办公厅"]))

doc("d05_web_depend.docx", [
    ("title", ["龙泉市人力资源和社会保障局关于", "调整全市最低工资标准的通知"], 22),
    ("center", "龙人社发〔2022〕19号"),
    ("blank",),
    ("left", "各县（市、区）人力资源和社会保障局，市直各单位，中央、省"),
    ("left", "驻龙单位，各人民团体，各企业："),
    *[("para", p) for p in prose(35, 2, 1, heads=False)],
    ("sig", ["龙泉市人力资源和社会保障局"]),
    ("date", "2022年6月30日"),
    ("left", "　　（此件依申请公开）"),
], dict(title="龙泉市人力资源和社会保障局关于调整全市最低工资标准的通知", doc_number="龙人社发〔2022〕19号",
        issuer="龙泉市人力资源和社会保障局", doc_type="通知", signed_date="2022-06-30",
        disclosure_marker="依申请公开",
        recipients=["各县（市、区）人力资源和社会保障局", "市直各单位", "中央、省驻龙单位", "各人民团体", "各企业"]),
    header="龙泉市人力资源和社会保障局")

doc("d06_notice_tonggao.docx", [
    ("mark", ["太平镇人民政府"], None, BLACK, 30),
    ("blank",),  # no red line: a black heading, then the title
    ("title", ["太平镇人民政府关于禁止露天焚烧秸秆的通告"], 20),
    *[("para", p) for p in prose(36, 1, 3, heads=False)],
    ("para", "特此通告。"),
    ("sig", ["太平镇人民政府"]),
    ("date", "2021年10月8日"),
    ("blank",),
    ("left", "　　公开方式：主动公开"),
], dict(title="太平镇人民政府关于禁止露天焚烧秸秆的通告", issuer="太平镇人民政府", doc_type="通告",
        signed_date="2021-10-08", disclosure_marker="主动公开"), pageno=("第", "页"))

doc("d07_jiyao.docx", [
    ("mark", ["临海市人民政府办公室"], None, RED1, 30),
    ("center", "专 题 会 议 纪 要"),
    ("number", "临政办纪〔2021〕7号"),
    ("redline",),
    ("title", ["关于推进城乡供水一体化工作的专题推进会纪要"], 20),
    ("para", "2021年4月9日，副市长郑海涛主持召开专题推进会，研究城乡供水一体化工作。纪要如下："),
    *[("para", p) for p in prose(37, 2, 1)],
    ("left", "　　参加：郑海涛　王　鹏　李秀英　周　斌"),
    ("right", "临海市人民政府办公室"),
    ("right", "2021年4月12日"),
    ("imprint", [("cc", "抄送：市委办公室，市人大常委会办公室。"), ("print", "临海市人民政府办公室", "2021年4月12日印发")]),
], dict(title="关于推进城乡供水一体化工作的专题推进会纪要", doc_number="临政办纪〔2021〕7号",
        issuer="临海市人民政府办公室", doc_type="纪要", signed_date="2021-04-12", printed_date="2021-04-12",
        cc=["市委办公室", "市人大常委会办公室"]))

doc("d08_joint_imprint_alone.docx", [
    ("mark", ["湖口县人民政府办公室", "湖口县人民武装部"], "文件", (0.75, 0.0, 0.0), 24),
    ("number", "湖府办发〔2022〕18号"),
    ("redline",),
    ("title", ["关于做好2022年度征兵工作的通知"], 22),
    ("left", "各乡镇人民政府、武装部，县直各单位："),
    *[("para", p) for p in prose(38, 3, 2)],
    ("sigpair", "湖口县人民政府办公室", "湖口县人民武装部", "2022年3月15日"),
    ("left", "　　（此件主动公开）"),
    ("imprint", cc_rows("抄送：县委办，县人大办，县政协办，县纪委监委机关，县法院，县检察院，县委组织部。", 32)
     + [("print", "湖口县人民政府办公室", "2022年3月16日印发")], True),
], dict(title="关于做好2022年度征兵工作的通知", doc_number="湖府办发〔2022〕18号",
        issuer="湖口县人民政府办公室、湖口县人民武装部", doc_type="通知", signed_date="2022-03-15",
        printed_date="2022-03-16", disclosure_marker="主动公开",
        recipients=["各乡镇人民政府、武装部", "县直各单位"],
        cc=["县委办", "县人大办", "县政协办", "县纪委监委机关", "县法院", "县检察院", "县委组织部"]),
    pageno=("- ", " -"))

# ---- TXT --------------------------------------------------------------------

doc("t01_letter_crlf.txt", [
    ("letterhead", "平江县商务局", RED1, 26),
    ("number", "平商函〔2023〕7号", "right"),
    ("blank",),
    ("title", ["平江县商务局关于征求《平江县促进", "电子商务发展若干措施》意见的函"], 20),
    ("left", "县直有关单位，各乡镇人民政府："),
    *[("para", p) for p in prose(41, 1, 2, heads=False)],
    ("sig", ["平江县商务局"]),
    ("date", "2023年8月21日"),
    ("left", "　　（联系人：何静　电话：0730-5432100）"),
], dict(title="平江县商务局关于征求《平江县促进电子商务发展若干措施》意见的函", doc_number="平商函〔2023〕7号",
        issuer="平江县商务局", doc_type="函", signed_date="2023-08-21",
        recipients=["县直有关单位", "各乡镇人民政府"]), newline="\r\n")

doc("t02_gbk_1993.txt", [
    ("mark", ["桂北地区行政公署文件"], None, RED1, 34),
    ("number", "桂北署发〔1993〕5号"),
    ("title", ["关于认真做好一九九三年", "春耕生产工作的通知"], 22),
    ("left", "各县人民政府，行署各部门："),
    *[("para", p) for p in prose(42, 2, 1)],
    ("sig", ["桂北地区行政公署"]),
    ("date", "一九九三年二月二十六日"),
    ("imprint", [("cc", "主题词：农业　春耕　通知"), ("cc", "抄送：地委办公室，地区人大工委。"),
                 ("print", "桂北地区行政公署办公室", "一九九三年三月一日印发")]),
], dict(title="关于认真做好一九九三年春耕生产工作的通知", doc_number="桂北署发〔1993〕5号",
        issuer="桂北地区行政公署", doc_type="通知", signed_date="1993-02-26", printed_date="1993-03-01",
        recipients=["各县人民政府", "行署各部门"], cc=["地委办公室", "地区人大工委"]), encoding="gbk")

doc("t03_utf16_request_secret.txt", [
    ("tl", "秘密★1年"),
    ("tl", "特急"),
    ("mark", ["丰城市人民政府文件"], None, RED1, 34),
    ("numsigner", "丰府文〔2024〕3号", "签发人：郭振华"),
    ("title", ["丰城市人民政府关于请求支持", "丰城港区航道整治工程的请示"], 22),
    ("left", "省人民政府："),
    *[("para", p) for p in prose(43, 1, 2, heads=False)],
    ("para", "当否，请批示。"),
    ("sig", ["丰城市人民政府"]),
    ("date", "2024年1月5日"),
    ("left", "　　（联系人：罗建，电话：0795-6201234）"),
], dict(title="丰城市人民政府关于请求支持丰城港区航道整治工程的请示", doc_number="丰府文〔2024〕3号",
        issuer="丰城市人民政府", doc_type="请示", signed_date="2024-01-05", classification="秘密",
        urgency="特急", recipients=["省人民政府"]), encoding="utf-16")

doc("t04_spaced_joint_pages.txt", [
    ("mark", ["青 溪 市 文 化 和 旅 游 局", "青 溪 市 公 安 局"], "文件", RED1, 26),
    ("number", "青文旅发 [ 2023 ] 2 0 号"),
    ("title", ["关于加强A级旅游景区", "安全管理工作的通　知"], 22),
    ("left", "各区县文化和旅游局、公安分局，各A级旅游景区："),
    *[("para", p) for p in prose(44, 2, 1)],
    ("pagebreak",),
    *[("para", p) for p in prose(45, 1, 1, heads=False)],
    ("sigpair", "青溪市文化和旅游局", "青溪市公安局", "2 0 2 3 年 6 月 1 日"),
    ("left", "　　（此件公开发布）"),
    ("imprint", [("print", "青溪市文化和旅游局办公室", "2 0 2 3 年 6 月 2 日印发")]),
], dict(title="关于加强A级旅游景区安全管理工作的通知", doc_number="青文旅发〔2023〕20号",
        issuer="青溪市文化和旅游局、青溪市公安局", doc_type="通知", signed_date="2023-06-01",
        printed_date="2023-06-02", disclosure_marker="主动公开",
        recipients=["各区县文化和旅游局、公安分局", "各A级旅游景区"]),
    txt_pageno="- {n} -", side_mid=True)

doc("t05_gbk_reply_wrapped.txt", [
    ("mark", ["安宁县人民政府文件"], None, RED1, 34),
    ("number", "安政复[2019]14号"),
    ("title", ["安宁县人民政府关于同意调整", "安宁县城总体规划（2019—2035年）", "有关内容的批复"], 22),
    ("left", "县自然资源局，县住房和城乡建设局，县"),
    ("left", "发展和改革局："),
    ("para", "你们《关于调整县城总体规划有关内容的请示》收悉。经县人民政府研究，现批复如下："),
    *[("para", p) for p in prose(46, 1, 2, heads=False)],
    ("sig", ["安宁县人民政府"]),
    ("date", "2019年11月25日"),
    ("left", "　　（此件不予公开）"),
    ("imprint", cc_rows("抄送：县委办，县人大办，县政协办，县财政局，县交通运输局。", 20)
     + [("print", "安宁县人民政府办公室", "2019年11月26日印发")]),
], dict(title="安宁县人民政府关于同意调整安宁县城总体规划（2019—2035年）有关内容的批复",
        doc_number="安政复〔2019〕14号", issuer="安宁县人民政府", doc_type="批复", signed_date="2019-11-25",
        printed_date="2019-11-26", disclosure_marker="不予公开",
        recipients=["县自然资源局", "县住房和城乡建设局", "县发展和改革局"],
        cc=["县委办", "县人大办", "县政协办", "县财政局", "县交通运输局"]), encoding="gbk")

# ---- batch 2: harder variants ---------------------------------------------------

doc("p26_joint_request_two_signer_lines.pdf", [
    ("mark", ["金华山市交通运输局", "金华山市财政局"], "文件", RED1, 28),
    ("numsigner2", "金交〔2024〕12号", "签发人：冯志强", "　　　　　陶丽君"),
    ("redline", RED1),
    ("title", ["金华山市交通运输局　金华山市财政局", "关于申请农村公路养护省级补助资金的请示"], 20),
    ("left", "省交通运输厅、省财政厅："),
    *[("para", p) for p in prose(61, 1, 2, heads=False)],
    ("para", "妥否，请批示。"),
    ("sigpair", "金华山市交通运输局", "金华山市财政局", "2024年2月1日"),
    ("left", "　　（联系人：韩冬，电话：0579-8123456）"),
], dict(title="金华山市交通运输局金华山市财政局关于申请农村公路养护省级补助资金的请示",
        doc_number="金交〔2024〕12号", issuer="金华山市交通运输局、金华山市财政局", doc_type="请示",
        signed_date="2024-02-01", recipients=["省交通运输厅、省财政厅"]), pageno="hy", mark_drop=55 * mm)

doc("p27_copy_and_class_one_line.pdf", [
    ("tl", "000123　　机密★1年"),
    ("tl", "特急"),
    ("mark", ["西岭市国家安全领导小组办公室文件"], None, RED1, 28),
    ("number", "西安办发〔2022〕3号"),
    ("redline", RED1),
    ("title", ["关于做好重要节日期间安全稳定工作的通知"], 20),
    ("left", "各区县安全领导小组办公室："),
    *[("para", p) for p in prose(62, 1, 2, heads=False)],
    ("sig", ["西岭市国家安全领导小组办公室"]),
    ("date", "2022年9月20日"),
], dict(title="关于做好重要节日期间安全稳定工作的通知", doc_number="西安办发〔2022〕3号",
        issuer="西岭市国家安全领导小组办公室", doc_type="通知", signed_date="2022-09-20",
        classification="机密", urgency="特急", recipients=["各区县安全领导小组办公室"]), pageno="hy")

doc("p28_gazette.pdf", [
    ("title", ["江陵市人民政府办公室关于印发江陵市", "城市更新行动实施方案的通知"], 20),
    ("center", "江政办发〔2023〕27号"),
    ("blank",),
    ("left", "各县（市、区）人民政府，市政府各部门："),
    ("para", "《江陵市城市更新行动实施方案》已经市政府同意，现印发给你们，请认真组织实施。"),
    ("sig", ["江陵市人民政府办公室"]),
    ("date", "2023年5月30日"),
    ("pagebreak",),
    ("title", ["江陵市城市更新行动实施方案"], 20),
    *[("para", p) for p in prose(63, 3, 2)],
], dict(title="江陵市人民政府办公室关于印发江陵市城市更新行动实施方案的通知", doc_number="江政办发〔2023〕27号",
        issuer="江陵市人民政府办公室", doc_type="通知", signed_date="2023-05-30",
        recipients=["各县（市、区）人民政府", "市政府各部门"]),
    pageno="ofsp", running=("江陵市人民政府公报　2023年第6期（总第238期）", "江陵市人民政府公报编辑部编印"),
    top=42)

doc("p29_em_dash_quotes_title.pdf", [
    ("mark", ["苍梧县人民政府办公室文件"], None, RED2, 30),
    ("number", "苍政办发〔2023〕15号"),
    ("redline", RED2),
    ("title", ["关于开展“我为群众办实事”——", "“惠民生、暖民心”专项行动的通知"], 22),
    ("left", "各乡镇人民政府，县直各单位："),
    *[("para", p) for p in prose(64, 2, 1)],
    ("sig", ["苍梧县人民政府办公室"]),
    ("date", "2023年4月6日"),
    ("left", "　　（此件公开发布）"),
    ("imprint", [("print", "苍梧县人民政府办公室", "2023年4月6日印发")]),
], dict(title="关于开展“我为群众办实事”——“惠民生、暖民心”专项行动的通知", doc_number="苍政办发〔2023〕15号",
        issuer="苍梧县人民政府办公室", doc_type="通知", signed_date="2023-04-06", printed_date="2023-04-06",
        disclosure_marker="主动公开", recipients=["各乡镇人民政府", "县直各单位"]), pageno="em")

doc("p30_latin_O_date_2005.pdf", [
    ("mark", ["新安县人民政府文件"], None, RED1, 34),
    ("number", "新政发〔2005〕38号"),
    ("redline", RED1),
    ("title", ["新安县人民政府关于加强", "农村饮水安全工程建设管理的意见"], 22),
    ("left", "各乡镇人民政府，县政府各部门："),
    *[("para", p) for p in prose(65, 2, 1)],
    ("sig", ["新安县人民政府"]),
    ("date", "二OO五年十月八日"),
    ("imprint", [("cc", "主题词：农村　饮水　安全　意见"), ("cc", "抄送：县委办公室，县人大常委会办公室，县政协办公室。"),
                 ("print", "新安县人民政府办公室", "2005年10月9日印发")]),
], dict(title="新安县人民政府关于加强农村饮水安全工程建设管理的意见", doc_number="新政发〔2005〕38号",
        issuer="新安县人民政府", doc_type="意见", signed_date="2005-10-08", printed_date="2005-10-09",
        recipients=["各乡镇人民政府", "县政府各部门"], cc=["县委办公室", "县人大常委会办公室", "县政协办公室"]),
    pageno="hy")

doc("p31_recips_3lines_number_right.pdf", [
    ("mark", ["蓝田市人民政府文件"], None, RED1, 36),
    ("number", "蓝政发〔2024〕2号", "right"),
    ("redline", RED1),
    ("title", ["蓝田市人民政府关于印发蓝田市2024年", "国民经济和社会发展计划的通知"], 22),
    ("left", "各县（市、区）人民政府，蓝田高新技术产业开发区管委会，"),
    ("left", "蓝田经济技术开发区管委会，蓝田综合保税区管委会，市政"),
    ("left", "府各部门，市属各企业："),
    *[("para", p) for p in prose(66, 1, 2, heads=False)],
    ("sig", ["蓝田市人民政府"]),
    ("date", "2024年1月31日"),
    ("left", "　　（此件公开发布）"),
], dict(title="蓝田市人民政府关于印发蓝田市2024年国民经济和社会发展计划的通知", doc_number="蓝政发〔2024〕2号",
        issuer="蓝田市人民政府", doc_type="通知", signed_date="2024-01-31", disclosure_marker="主动公开",
        recipients=["各县（市、区）人民政府", "蓝田高新技术产业开发区管委会", "蓝田经济技术开发区管委会",
                    "蓝田综合保税区管委会", "市政府各部门", "市属各企业"]), pageno="emsp")

doc("p32_decision_subtitle.pdf", [
    ("mark", ["白石市人民政府文件"], None, RED1, 36),
    ("number", "白政发〔2023〕9号"),
    ("redline", RED1),
    ("title", ["白石市人民政府关于修改", "《白石市城市绿化管理办法》的决定"], 22),
    ("center", "（2023年3月1日市人民政府第5次常务会议审议通过）"),
    ("blank",),
    ("left", "各区县人民政府，市政府各部门："),
    *[("para", p) for p in prose(67, 1, 2, heads=False)],
    ("para", "本决定自2023年4月1日起施行。"),
    ("sig", ["白石市人民政府"]),
    ("date", "2023年3月6日"),
    ("left", "　　（此件公开发布）"),
], dict(title="白石市人民政府关于修改《白石市城市绿化管理办法》的决定", doc_number="白政发〔2023〕9号",
        issuer="白石市人民政府", doc_type="决定", signed_date="2023-03-06", disclosure_marker="主动公开",
        recipients=["各区县人民政府", "市政府各部门"]), pageno="hy")

doc("p33_imprint_print_count.pdf", [
    ("mark", ["黄沙县人民政府办公室文件"], None, RED1, 30),
    ("number", "黄政办〔2008〕46号"),
    ("redline", RED1),
    ("title", ["关于印发黄沙县2008年度", "安全生产目标考核办法的通知"], 22),
    ("left", "各乡镇人民政府，县直各单位："),
    *[("para", p) for p in prose(68, 1, 2, heads=False)],
    ("sig", ["黄沙县人民政府办公室"]),
    ("date", "二〇〇八年四月二日"),
    ("imprint", [("cc", "抄送：县委办，县人大办，县政协办，县纪委，县人武部，县法院，县检察院，"),
                 ("cc", "县直各单位。"),
                 ("print", "黄沙县人民政府办公室", "2008年4月3日印发"), ("cc", "（共印120份）")]),
], dict(title="关于印发黄沙县2008年度安全生产目标考核办法的通知", doc_number="黄政办〔2008〕46号",
        issuer="黄沙县人民政府办公室", doc_type="通知", signed_date="2008-04-02", printed_date="2008-04-03",
        recipients=["各乡镇人民政府", "县直各单位"],
        cc=["县委办", "县人大办", "县政协办", "县纪委", "县人武部", "县法院", "县检察院", "县直各单位"]), pageno="hy")

doc("d09_mark_in_header.docx", [
    ("number", "鹤政发〔2022〕14号"),
    ("blank",),
    ("title", ["鹤山县人民政府关于进一步优化", "营商环境的实施意见"], 22),
    ("left", "各镇人民政府、街道办事处，县政府各部门："),
    *[("para", p) for p in prose(71, 3, 1)],
    ("sig", ["鹤山县人民政府"]),
    ("date", "2022年7月8日"),
    ("left", "　　（此件公开发布）"),
], dict(title="鹤山县人民政府关于进一步优化营商环境的实施意见", doc_number="鹤政发〔2022〕14号",
        issuer="鹤山县人民政府", doc_type="意见", signed_date="2022-07-08", disclosure_marker="主动公开",
        recipients=["各镇人民政府、街道办事处", "县政府各部门"]), header_mark="鹤山县人民政府文件")

doc("d10_imprint_table_wrapped.docx", [
    ("mark", ["岳西县市场监督管理局文件"], None, RED1, 30),
    ("number", "岳市监〔2023〕33号"),
    ("redline",),
    ("title", ["关于开展2023年", "电梯安全隐患专项排查整治的通知"], 22),
    ("left", "各市场监管所，局机关各股室，各电梯使用单位、维护保养单位："),
    *[("para", p) for p in prose(72, 2, 1)],
    ("sig", ["岳西县市场监督管理局"]),
    ("date", "2023年6月9日"),
    ("left", "　　（此件主动公开）"),
    ("imprint_table", ["抄送：县人民政府办公室，县住房和城乡建设局，县教育局，县卫生健康委，\n县应急管理局。",
                       "岳西县市场监督管理局办公室　　　　　　　2023年6月9日印发"]),
], dict(title="关于开展2023年电梯安全隐患专项排查整治的通知", doc_number="岳市监〔2023〕33号",
        issuer="岳西县市场监督管理局", doc_type="通知", signed_date="2023-06-09", printed_date="2023-06-09",
        disclosure_marker="主动公开",
        recipients=["各市场监管所", "局机关各股室", "各电梯使用单位、维护保养单位"],
        cc=["县人民政府办公室", "县住房和城乡建设局", "县教育局", "县卫生健康委", "县应急管理局"]))

doc("t06_bom_copyclass_recips3.txt", [
    ("tl", "000123　机密★5年"),
    ("tl", "特急"),
    ("mark", ["南湖市人民政府文件"], None, RED1, 34),
    ("number", "南府发〔2021〕40号"),
    ("title", ["南湖市人民政府关于加强重要军事设施", "周边建设项目管理的通知"], 22),
    ("left", "各区县人民政府，南湖高新区管委会，南湖经开区管委会，"),
    ("left", "南湖港务区管委会，市政府各部门，驻南湖各部队，"),
    ("left", "各有关单位："),
    *[("para", p) for p in prose(73, 1, 2, heads=False)],
    ("sig", ["南湖市人民政府"]),
    ("date", "2021年11月2日"),
    ("imprint", cc_rows("抄送：南湖警备区，市委办公室，市人大常委会办公室，市政协办公室，市中级人民法院。", 24)
     + [("print", "南湖市人民政府办公室", "2021年11月3日印发")]),
], dict(title="南湖市人民政府关于加强重要军事设施周边建设项目管理的通知", doc_number="南府发〔2021〕40号",
        issuer="南湖市人民政府", doc_type="通知", signed_date="2021-11-02", printed_date="2021-11-03",
        classification="机密", urgency="特急",
        recipients=["各区县人民政府", "南湖高新区管委会", "南湖经开区管委会", "南湖港务区管委会",
                    "市政府各部门", "驻南湖各部队", "各有关单位"],
        cc=["南湖警备区", "市委办公室", "市人大常委会办公室", "市政协办公室", "市中级人民法院"]),
    encoding="utf-8-sig")

doc("t07_gb18030_2003_zero_bulletin.txt", [
    ("mark", ["沙洲市人民政府办公室文件"], None, RED1, 30),
    ("number", "沙政办通〔2003〕11号"),
    ("title", ["沙洲市人民政府办公室关于2002年度", "政务信息工作情况的通报"], 22),
    ("left", "各县（区）人民政府，市政府各部门："),
    *[("para", p) for p in prose(74, 2, 2)],
    ("pagebreak",),
    *[("para", p) for p in prose(75, 1, 1, heads=False)],
    ("sig", ["沙洲市人民政府办公室"]),
    ("date", "二零零三年三月六日"),
    ("imprint", [("cc", "主题词：秘书工作　信息　通报"), ("cc", "抄送：市委办公室。"),
                 ("print", "沙洲市人民政府办公室", "二零零三年三月七日印发")]),
], dict(title="沙洲市人民政府办公室关于2002年度政务信息工作情况的通报", doc_number="沙政办通〔2003〕11号",
        issuer="沙洲市人民政府办公室", doc_type="通报", signed_date="2003-03-06", printed_date="2003-03-07",
        recipients=["各县（区）人民政府", "市政府各部门"], cc=["市委办公室"]),
    encoding="gb18030", txt_pageno="—{n}—")

# ---- batch 3 ------------------------------------------------------------------

doc("p34_no_mark_text_regcode.pdf", [
    ("tl", "JLGS-2023-00012"),
    ("redline", RED1, 2.0),
    ("number", "江林发〔2023〕21号"),
    ("blank",),
    ("title", ["关于印发江陵市古树名木保护管理", "实施细则的通知"], 22),
    ("left", "各县（市、区）林业主管部门："),
    *[("para", p) for p in prose(91, 1, 2, heads=False)],
    ("sig", ["江陵市林业局"]),
    ("date", "2023年06月09日"),
    ("left", "　　（此件主动公开）"),
    ("imprint", [("cc", "抄送：市人民政府办公室、市自然资源局、市住房和城乡建设局。"),
                 ("print", "江陵市林业局办公室", "2023年06月12日印发")]),
], dict(title="关于印发江陵市古树名木保护管理实施细则的通知", doc_number="江林发〔2023〕21号",
        issuer="江陵市林业局", doc_type="通知", signed_date="2023-06-09", printed_date="2023-06-12",
        disclosure_marker="主动公开", recipients=["各县（市、区）林业主管部门"],
        cc=["市人民政府办公室、市自然资源局、市住房和城乡建设局"]), pageno="hy", mark_drop=0)

doc("p35_web_joint_title_spaces.pdf", [
    ("title", ["江陵市教育局　江陵市财政局", "关于印发江陵市学前教育生均公用经费", "管理办法的通知"], 20),
    ("center", "江教财〔2022〕6号"),
    ("blank",),
    ("left", "各县（市、区）教育局、财政局："),
    ("para", "现将《江陵市学前教育生均公用经费管理办法》印发给你们，请遵照执行。"),
    ("sigpair", "江陵市教育局", "江陵市财政局", "2022年9月13日"),
    ("left", "　　（此件公开发布）"),
], dict(title="江陵市教育局江陵市财政局关于印发江陵市学前教育生均公用经费管理办法的通知",
        doc_number="江教财〔2022〕6号", issuer="江陵市教育局、江陵市财政局", doc_type="通知",
        signed_date="2022-09-13", disclosure_marker="主动公开", recipients=["各县（市、区）教育局、财政局"]),
    pageno="hy")

doc("p36_no_body_page.pdf", [
    ("mark", ["石桥县人民政府文件"], None, RED1, 36),
    ("number", "石政发〔2022〕31号"),
    ("redline", RED1),
    ("title", ["石桥县人民政府关于表彰2021年度", "全县安全生产先进单位的决定"], 22),
    ("left", "各乡镇人民政府，县政府各部门："),
    *[("para", p) for p in prose(92, 2, 2)],
    ("pagebreak",),
    ("left", "　　（此页无正文）"),
    ("sig", ["石桥县人民政府"]),
    ("date", "2022年3月1日"),
    ("imprint", [("cc", "抄送：县委办，县人大办，县政协办。"), ("print", "石桥县人民政府办公室", "2022年3月2日印发")]),
], dict(title="石桥县人民政府关于表彰2021年度全县安全生产先进单位的决定", doc_number="石政发〔2022〕31号",
        issuer="石桥县人民政府", doc_type="决定", signed_date="2022-03-01", printed_date="2022-03-02",
        recipients=["各乡镇人民政府", "县政府各部门"], cc=["县委办", "县人大办", "县政协办"]), pageno="em")

doc("p37_glyph_by_glyph.pdf", [
    ("mark", ["瑞金县人民政府办公室文件"], None, RED2, 30),
    ("number", "瑞府办发〔2023〕52号"),
    ("redline", RED2),
    ("title", ["瑞金县人民政府办公室关于做好", "2023年度冬春农田水利建设工作的通知"], 20),
    ("left", "各乡镇人民政府，县直有关单位："),
    *[("para", p) for p in prose(93, 2, 1)],
    ("sig", ["瑞金县人民政府办公室"]),
    ("date", "2023年11月6日"),
    ("left", "　　（此件主动公开）"),
    ("imprint", [("cc", "抄送：县委办，县人大办。"), ("print", "瑞金县人民政府办公室", "2023年11月7日印发")]),
], dict(title="瑞金县人民政府办公室关于做好2023年度冬春农田水利建设工作的通知", doc_number="瑞府办发〔2023〕52号",
        issuer="瑞金县人民政府办公室", doc_type="通知", signed_date="2023-11-06", printed_date="2023-11-07",
        disclosure_marker="主动公开", recipients=["各乡镇人民政府", "县直有关单位"], cc=["县委办", "县人大办"]),
    pageno="hy", engine="glyph")

doc("p38_shuffled_stream.pdf", [
    ("tl", "000321"),
    ("tl", "秘密★6个月"),
    ("mark", ["广丰县财政局", "广丰县审计局"], "文件", RED1, 28),
    ("number", "广财〔2024〕7号"),
    ("redline", RED1),
    ("title", ["关于开展2023年度预算执行", "情况专项检查的通知"], 22),
    ("left", "各乡镇财政所，县直各预算单位："),
    *[("para", p) for p in prose(94, 2, 2)],
    ("sigpair", "广丰县财政局", "广丰县审计局", "2024年3月18日"),
    ("imprint", [("cc", "抄送：县人民政府办公室，县纪委监委。"), ("print", "广丰县财政局办公室", "2024年3月19日印发")]),
], dict(title="关于开展2023年度预算执行情况专项检查的通知", doc_number="广财〔2024〕7号",
        issuer="广丰县财政局、广丰县审计局", doc_type="通知", signed_date="2024-03-18", printed_date="2024-03-19",
        classification="秘密", recipients=["各乡镇财政所", "县直各预算单位"], cc=["县人民政府办公室", "县纪委监委"]),
    pageno="emsp", engine="shuffle")


# ---- HTML -------------------------------------------------------------------

HTML_PAGES: dict[str, dict] = {}


def page(file, ops, gold, kind, meta=None, encoding="utf-8", h1=None, br=False, site="政府门户网站",
         charset=True, div_title=None):
    doc(file, ops, gold, h1=h1, br=br)
    HTML_PAGES[file] = dict(kind=kind, meta=meta or {}, encoding=encoding, h1=h1, site=site,
                            charset=charset, div_title=div_title)


def write_html(path: Path, ops, st):
    info = HTML_PAGES[path.name]
    enc = info["encoding"]
    charset = {"gbk": "gb2312"}.get(enc, enc)
    body = html_body(ops, st)
    meta = info["meta"]
    h1 = info["h1"]
    cs = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />\n' if info["charset"] else ""
    if info["div_title"]:
        cs += f'<meta name="ArticleTitle" content="{_e(info["div_title"])}">\n'
    parts = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">\n<html>\n<head>\n' + cs +
             f'<title>{_e(h1 or "政策文件")}-{info["site"]}</title>\n</head>\n<body>\n'
             f'<div class="top"><a href="/">首页</a> | <a href="/xxgk/">信息公开</a></div>\n']
    kind = info["kind"]
    if kind == "trs":
        if meta:
            parts.append('<table class="xxgk_table">\n')
            items = list(meta.items())
            for i in range(0, len(items), 2):
                row = "".join(f"<th>{k}</th><td>{v}</td>" for k, v in items[i:i + 2])
                parts.append(f"<tr>{row}</tr>\n")
            parts.append("</table>\n")
        if h1:
            parts.append(f"<h1 class=\"title\">{_e(h1)}</h1>\n")
        parts.append('<div class="article-con"><div class="TRS_Editor">\n' + body + "\n</div></div>\n")
    elif kind == "zoom":
        if h1:
            parts.append(f'<div class="bt"><h1>{_e(h1)}</h1></div>\n')
        parts.append('<div class="info">来源：本站　发布时间：2020-06-01　浏览次数：<span id="hits">0</span></div>\n')
        parts.append('<div id="zoom">\n' + body + "\n</div>\n")
    elif kind == "union":
        parts.append(f'<div class="article-title">{_e(info["div_title"])}</div>\n')
        parts.append('<table class="meta" border="1">\n')
        items = list(meta.items())
        for i in range(0, len(items), 2):
            row = "".join(f"<td class=\"lbl\">{k}：</td><td>{v}</td>" for k, v in items[i:i + 2])
            parts.append(f"<tr>{row}</tr>\n")
        parts.append("</table>\n")
        body = body.replace("<p", '<p><font face="仿宋_GB2312" size="4"').replace("</p>", "</font></p>")
        body = body.replace('<p><font face="仿宋_GB2312" size="4" style', '<p style').replace(
            '<p><font face="仿宋_GB2312" size="4" align', '<p align')
        parts.append('<div class="TRS_Editor"><div class="Custom_UnionStyle">\n' + body + "\n</div></div>\n")
    elif kind == "ul":
        parts.append('<div class="detail-meta"><ul>\n')
        for k, v in meta.items():
            parts.append(f"<li><span>{k}：</span><em>{v}</em></li>\n")
        parts.append("</ul></div>\n")
        if h1:
            parts.append(f"<h1>{_e(h1)}</h1>\n")
        parts.append('<div class="article">\n' + body + "\n</div>\n")
    parts.append('<div class="foot">版权所有：某某人民政府办公室　备案号：某ICP备00000000号</div>\n</body>\n</html>\n')
    path.write_bytes("".join(parts).encode(enc))


page("h01_trs_meta_table.html", [
    ("number", "宁海政办发〔2022〕41号"),
    ("left", "各乡镇人民政府、街道办事处，县政府各部门、各直属单位："),
    *[("para", p) for p in prose(51, 2, 1)],
    ("sig", ["宁海县人民政府办公室"]),
    ("date", "2022年8月16日"),
    ("para", "（此件公开发布）"),
], dict(title="宁海县人民政府办公室关于印发宁海县既有住宅加装电梯实施办法的通知", doc_number="宁海政办发〔2022〕41号",
        issuer="宁海县人民政府办公室", doc_type="通知", signed_date="2022-08-16", disclosure_marker="主动公开",
        recipients=["各乡镇人民政府、街道办事处", "县政府各部门、各直属单位"]),
    "trs", meta={"索引号": "002608000/2022-123456", "发布机构": "宁海县人民政府办公室",
                 "文号": "宁海政办发〔2022〕41号", "成文日期": "2022-08-16", "发布日期": "2022-08-19",
                 "主题分类": "城乡建设"},
    h1="宁海县人民政府办公室关于印发宁海县既有住宅加装电梯实施办法的通知")

page("h02_zoom_gbk_nometa.html", [
    ("title", ["凤阳县人民政府关于公布", "第二批县级非物质文化遗产代表性项目名录的通知"], 20),
    ("number", "凤政〔2020〕18号"),
    ("left", "各乡镇人民政府，县政府各部门："),
    *[("para", p) for p in prose(52, 1, 2, heads=False)],
    ("sig", ["凤阳县人民政府"]),
    ("date", "2020年5月28日"),
], dict(title="凤阳县人民政府关于公布第二批县级非物质文化遗产代表性项目名录的通知", doc_number="凤政〔2020〕18号",
        issuer="凤阳县人民政府", doc_type="通知", signed_date="2020-05-28",
        recipients=["各乡镇人民政府", "县政府各部门"]),
    "zoom", encoding="gbk", h1="凤阳县人民政府关于公布第二批县级非物质文化遗产代表性项目名录的通知")

page("h03_ul_meta_opinion.html", [
    ("center", "（舟政发〔2021〕9号）"),
    ("left", "各县（区）人民政府，新城管委会，市政府直属各单位："),
    *[("para", p) for p in prose(53, 3, 1)],
    ("sig", ["舟山湾市人民政府"]),
    ("date", "2021年3月12日"),
    ("para", "（此件公开发布）"),
], dict(title="舟山湾市人民政府关于加快推进“无废城市”建设的实施意见", doc_number="舟政发〔2021〕9号",
        issuer="舟山湾市人民政府", doc_type="意见", signed_date="2021-03-12", disclosure_marker="主动公开",
        recipients=["各县（区）人民政府", "新城管委会", "市政府直属各单位"]),
    "ul", meta={"信息索引号": "ZSW-2021-00091", "发布机构": "舟山湾市人民政府", "生成日期": "2021-03-15",
                "文号": "舟政发〔2021〕9号", "有效性": "有效"},
    h1="舟山湾市人民政府关于加快推进“无废城市”建设的实施意见")

page("h04_1996_gbk_table.html", [
    ("title", ["云岭地区行政公署关于进一步加强", "乡镇企业管理工作的通知"], 20),
    ("number", "云署发〔1996〕37号"),
    ("left", "各县人民政府，行署各委、办、局："),
    *[("para", p) for p in prose(54, 2, 1)],
    ("sig", ["云岭地区行政公署"]),
    ("date", "一九九六年九月二十日"),
], dict(title="云岭地区行政公署关于进一步加强乡镇企业管理工作的通知", doc_number="云署发〔1996〕37号",
        issuer="云岭地区行政公署", doc_type="通知", signed_date="1996-09-20",
        recipients=["各县人民政府", "行署各委、办、局"]),
    "trs", encoding="gbk",
    meta={"发文字号": "云署发〔1996〕37号", "发文单位": "云岭地区行政公署", "成文时间": "1996年09月20日",
          "公开时间": "2015年03月02日"})

page("h05_br_fullwidth.html", [
    ("title", ["望江县人民政府办公室", "关于做好2023年秋冬季森林防灭火工作的通知"], 20),
    ("number", "望政办秘〔２０２３〕８８号"),
    ("left", "各乡镇人民政府，县直有关单位："),
    *[("para", p) for p in prose(55, 2, 1)],
    ("sig", ["望江县人民政府办公室"]),
    ("date", "２０２３年１０月２５日"),
    ("para", "（此件主动公开）"),
], dict(title="望江县人民政府办公室关于做好2023年秋冬季森林防灭火工作的通知", doc_number="望政办秘〔2023〕88号",
        issuer="望江县人民政府办公室", doc_type="通知", signed_date="2023-10-25", disclosure_marker="主动公开",
        recipients=["各乡镇人民政府", "县直有关单位"]),
    "zoom", br=True)

page("h06_gonggao_meta.html", [
    *[("para", p) for p in prose(56, 1, 2, heads=False)],
    ("para", "特此公告。"),
    ("sig", ["金溪市自然资源和规划局"]),
    ("date", "2024年4月3日"),
], dict(title="金溪市自然资源和规划局关于金溪市国土空间总体规划（2021—2035年）批前公示的公告",
        issuer="金溪市自然资源和规划局", doc_type="公告", signed_date="2024-04-03"),
    "trs", meta={"索引号": "11360000-2024-0042", "发布机构": "金溪市自然资源和规划局", "文号": "",
                 "成文日期": "2024-04-03", "发布日期": "2024-04-03"},
    h1="金溪市自然资源和规划局关于金溪市国土空间总体规划（2021—2035年）批前公示的公告")

page("h07_union_style.html", [
    ("title", ["关于做好2022年城乡居民基本医疗保险", "参保缴费工作的通知"], 20),
    ("number", "柏医保发〔2021〕22号"),
    ("left", "各乡镇人民政府，县直有关单位："),
    *[("para", p) for p in prose(81, 2, 1)],
    ("sig", ["柏乡县医疗保障局", "柏乡县税务局"]),
    ("date", "2021年9月1日"),
    ("para", "（此件主动公开）"),
], dict(title="关于做好2022年城乡居民基本医疗保险参保缴费工作的通知", doc_number="柏医保发〔2021〕22号",
        issuer="柏乡县医疗保障局、柏乡县税务局", doc_type="通知", signed_date="2021-09-01",
        disclosure_marker="主动公开", recipients=["各乡镇人民政府", "县直有关单位"]),
    "union", meta={"索 引 号": "000014349/2021-00456", "发布机构": "柏乡县医疗保障局",
                   "文　　号": "柏医保发〔2021〕22号", "成文日期": "2021年09月01日",
                   "公开方式": "主动公开", "发布日期": "2021年09月03日"},
    div_title="关于做好2022年城乡居民基本医疗保险参保缴费工作的通知")

page("h08_gbk_no_charset.html", [
    ("number", "汾政办函〔2019〕8号"),
    ("left", "县交通运输局："),
    ("para", "你局《关于汾河大桥危桥改造工程立项的请示》收悉。经县政府同意，现函复如下："),
    *[("para", p) for p in prose(82, 1, 2, heads=False)],
    ("sig", ["汾阳县人民政府办公室"]),
    ("date", "2019年3月14日"),
], dict(title="汾阳县人民政府办公室关于汾河大桥危桥改造工程立项的复函", doc_number="汾政办函〔2019〕8号",
        issuer="汾阳县人民政府办公室", doc_type="函", signed_date="2019-03-14", recipients=["县交通运输局"]),
    "zoom", encoding="gbk", charset=False, h1="汾阳县人民政府办公室关于汾河大桥危桥改造工程立项的复函")

page("h09_joint_title_space.html", [
    ("title", ["宜春市住房和城乡建设局 宜春市自然资源局", "关于进一步规范商品房预售资金监管的通知"], 20),
    ("number", "宜建字〔2022〕45号"),
    ("left", "各县（市、区）住建局、自然资源局，各房地产开发企业，各监管银行："),
    *[("para", p) for p in prose(95, 2, 1)],
    ("sigpair", "宜春市住房和城乡建设局", "宜春市自然资源局", "2022年10月21日"),
], dict(title="宜春市住房和城乡建设局宜春市自然资源局关于进一步规范商品房预售资金监管的通知",
        doc_number="宜建字〔2022〕45号", issuer="宜春市住房和城乡建设局、宜春市自然资源局", doc_type="通知",
        signed_date="2022-10-21", recipients=["各县（市、区）住建局、自然资源局", "各房地产开发企业", "各监管银行"]),
    "zoom")

# ----------------------------------------------------------------- main

WRITERS = {"pdf": write_pdf, "docx": write_docx, "txt": write_txt, "html": write_html}


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print(__doc__)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "gold.jsonl", "w", encoding="utf-8") as g:
        for d in DOCS:
            WRITERS[d["file"].rsplit(".", 1)[1]](out / d["file"], d["ops"], d["st"])
            g.write(json.dumps(d["gold"], ensure_ascii=False) + "\n")
    print(f"wrote {len(DOCS)} documents to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
