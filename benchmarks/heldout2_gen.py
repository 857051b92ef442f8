#!/usr/bin/env python3
"""Second held-out set: GB/T 9704 documents in styles neither make_samples.py nor heldout_gen.py use.

    python benchmarks/heldout2_gen.py OUTDIR

Writes 59 PDF / DOCX / HTML / TXT documents and OUTDIR/gold.jsonl (conventions of
/work/shared/corpus/real/README.md). Emphasis: issuers from every level (部委, 省, 市县区,
乡镇, 党委+政府办公室 joint, 事业单位), 1980s-2000s numbering and dates, forwarding notices
with the forwarded text and its own signature after the cover, 复函, 请示/报告 with 签发人
and contact 附注, 纪要 and 公告/通告 without recipients, titles broken inside 《》 or inside
the 文种, long recipient lists, stacked signatures, 抄报 beside 抄送, and format quirks
(DOCX text boxes, section headers, inherited sizes, manual line breaks, imprint tables;
HTML TRS_Editor pages with <font>, &nbsp;, <br>, layout tables, GB2312; TXT exported from
Word with hard wraps, form feeds, CRLF and trailing spaces).

Each document is one list of layout operations rendered by a small per-format renderer; the
gold is written out beside it by hand, never derived from the layout. Names are fictional.
"""

from __future__ import annotations

import html
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
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
RED = (0.9, 0.05, 0.05)
BLACK = (0, 0, 0)

# ----------------------------------------------------------------- prose

POOL = [
    "各地各部门要把这项工作摆上重要议事日程，主要负责同志亲自过问，分管负责同志具体抓。",
    "所需资金由同级财政统筹解决，不得向基层单位和群众摊派。",
    "要加强对基层工作人员的业务培训，提高依法办事能力和服务水平。",
    "对工作不力、造成不良影响的，要严肃追究有关人员的责任。",
    "各单位要认真清理本系统现行做法，凡与本规定不一致的，一律以本规定为准。",
    "执行中有何问题，请及时向主管部门反映。",
    "要充分利用广播、电视、报刊和网络等多种形式，广泛宣传有关政策。",
    "年度工作总结请于十二月底前报送牵头单位，抄送同级财政部门。",
    "统计数据要做到真实准确、完整及时，严禁虚报、瞒报、拒报。",
    "坚持因地制宜、分类指导，防止搞“一刀切”。",
    "有关部门要按照职责分工，密切配合，形成工作合力。",
    "各乡镇要建立健全工作台账，实行销号管理，确保按期完成任务。",
    "重大事项要及时请示报告，不得擅自变更工作方案。",
    "监督检查情况将纳入年度目标管理考核内容。",
]


def prose(seed: int, n: int = 3, heads: bool = True) -> list[str]:
    rng = random.Random(seed * 7919)
    heads_ = ["一、", "二、", "三、", "四、"]
    topics = ["充分认识重要意义", "明确工作重点", "强化组织保障", "严格督促检查"]
    out = []
    for k in range(n):
        if heads:
            out.append(heads_[k] + topics[k])
        out.append("".join(rng.sample(POOL, 3)))
    return out


# ----------------------------------------------------------------- PDF


class Pdf:
    def __init__(self, path: Path, st: dict):
        self.st = st
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.W, self.H = A4
        self.L, self.R = 28 * mm, self.W - 26 * mm
        self.T, self.B = self.H - 37 * mm, 35 * mm
        self.size = st.get("body", 16)
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

    def footer(self):
        style = self.st.get("pageno", "em")
        label = {"em": f"— {self.page} —", "hy": f"-{self.page}-", "none": ""}[style]
        if label:
            x = self.R - self.sw(label, 14) - 10 if self.page % 2 else self.L + 10
            self.draw(x, self.B - 14 * mm, label, 14)

    def need(self, h):
        if self.y - h < self.B:
            self.newpage()

    def text(self, s, size=None, align="l", color=BLACK, indent=0.0, rindent=0.0, pitch=None):
        size = size or self.size
        pitch = pitch or size * 1.75
        self.need(pitch)
        self.y -= pitch
        w = self.sw(s, size)
        if align == "c":
            x = self.L + (self.R - self.L - w) / 2
        elif align == "r":
            x = self.R - rindent - w
        else:
            x = self.L + indent
        self.draw(x, self.y + pitch - size * 1.2, s, size, color)

    def wrap(self, s, size, first_indent):
        per = int((self.R - self.L) // size)
        out, cur, room = [], "", per - first_indent
        for ch in s:
            if len(cur) >= room:
                out.append(cur)
                cur, room = "", per
            cur += ch
        if cur:
            out.append(cur)
        return out

    def hline(self, color=BLACK, width=0.8, gap=6):
        self.y -= gap
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(self.L, self.y, self.R, self.y)
        self.y -= gap

    def render(self, ops):
        S = self.size
        for op in ops:
            k = op[0]
            if k in ("tl", "lbl"):
                self.text(op[1], S)
            elif k == "tr":
                self.text(op[1], S, "r")
            elif k == "mark":
                names, suffix, size = op[1], op[2], op[3]
                size = min(size, (self.R - self.L) / max(len(n) + (2 if suffix else 0) for n in names))
                if suffix:  # names stacked, the suffix beside them at mid height
                    top = self.y
                    wmax = max(self.sw(n, size) for n in names)
                    x0 = self.L + (self.R - self.L - wmax - self.sw(suffix, size) - size) / 2
                    for n in names:
                        self.y -= size * 1.3
                        self.draw(x0 + (wmax - self.sw(n, size)), self.y, n, size, RED)
                    mid = (top + self.y) / 2 - size * 0.3
                    self.draw(x0 + wmax + size, mid, suffix, size, RED)
                    self.y -= size * 0.6
                else:
                    for n in names:
                        self.text(n, size, "c", RED, pitch=size * 1.35)
                self.y -= 10
            elif k == "num":
                al = op[2] if len(op) > 2 else "c"
                self.text(op[1], S, al, rindent=S)
            elif k == "numsig":
                self.text(op[1], S, "l", indent=S)
                self.draw(self.R - S - self.sw(op[2], S), self.y + S * 1.75 - S * 1.2, op[2], S)
            elif k == "red":
                self.hline(RED, 2.0, 6)
                if len(op) > 1:
                    self.c.setLineWidth(0.6)
                    self.c.line(self.L, self.y + 3, self.R, self.y + 3)
            elif k == "title":
                self.y -= 12
                for t in op[1]:
                    self.text(t, 22, "c", pitch=22 * 1.45)
                self.y -= 10
            elif k in ("sub", "c"):
                self.text(op[1], S, "c")
            elif k == "h":
                for t in op[1]:
                    self.text(t, 20, "c", pitch=30)
                self.y -= 8
            elif k == "recip":
                for t in op[1]:
                    self.text(t, S)
            elif k == "p":
                for i, t in enumerate(self.wrap(op[1], S, 2)):
                    self.text(t, S, indent=2 * S if i == 0 else 0)
            elif k == "att":
                for i, t in enumerate(op[1]):
                    self.text(t, S, indent=2 * S if i == 0 else 5 * S)
            elif k == "note":
                self.text(op[1], S, indent=2 * S)
            elif k == "blank":
                self.y -= S * 1.75
            elif k == "sig":
                self.y -= S * 1.75 * op[3] if len(op) > 3 else S * 3.5
                for n in op[1]:
                    self.text(n, S, "r", rindent=S * 4 + (self.sw(op[2], S) - self.sw(n, S)) / 2)
                self.text(op[2], S, "r", rindent=S * 4)
            elif k == "sig2":
                self.y -= S * 3.5
                self.text(op[1][0], S, indent=S * 3)
                self.draw(self.R - S * 3 - self.sw(op[1][1], S), self.y + S * 1.75 - S * 1.2, op[1][1], S)
                self.text(op[2], S, "r", rindent=S * 4)
            elif k == "r":
                self.text(op[1], S, "r", rindent=S * 2)
            elif k == "pb":
                self.newpage()
            elif k == "imp":
                rows = op[1]
                h = sum(len(r[1]) if r[0] == "t" else 1 for r in rows) * 14 * 1.6 + (len(rows) + 1) * 8 + 6
                if self.y - h < self.B:
                    self.newpage()
                self.y = self.B + h
                for j, row in enumerate(rows):
                    self.hline(BLACK, 0.9 if j == 0 else 0.5, 4)
                    if row[0] == "t":
                        for t in row[1]:
                            self.text(t, 14, indent=14, pitch=14 * 1.6)
                    else:
                        self.text(row[1], 14, indent=14, pitch=14 * 1.6)
                        self.draw(self.R - 14 - self.sw(row[2], 14), self.y + 14 * 1.6 - 14 * 1.2, row[2], 14)
                self.hline(BLACK, 0.9, 4)
            else:
                raise ValueError(k)
        self.footer()
        self.c.save()


# ----------------------------------------------------------------- DOCX

RED_HEX = "E60000"


def _run(p, text, size, color, nosize, face="仿宋_GB2312"):
    r = p.add_run(text)
    r.font.name = face
    r._element.rPr.rFonts.set(qn("w:eastAsia"), face)
    if size and not nosize:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def _para(container, text, size=16, align=None, color=None, nosize=False, style=None, indent=None,
          breaks=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if align:
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                       "l": WD_ALIGN_PARAGRAPH.LEFT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    if indent:
        p.paragraph_format.first_line_indent = Pt(indent)
    parts = text if isinstance(text, list) else [text]
    for i, part in enumerate(parts):
        r = _run(p, part, size, color, nosize)
        if breaks and i < len(parts) - 1:
            r.add_break()
    return p


def _textbox(doc, names, size):
    """Red header mark inside a floating text box (wps:txbx within mc:AlternateContent, VML fallback)."""
    paras = "".join(
        f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/>'
        f'<w:color w:val="{RED_HEX}"/><w:sz w:val="{size * 2}"/></w:rPr><w:t>{n}</w:t></w:r></w:p>'
        for n in names
    )
    xml = (
        f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict>'
        f'<v:shape id="tb1" type="#_x0000_t202" style="width:440pt;height:{len(names) * size * 1.5:.0f}pt" '
        f'stroked="f"><v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape>'
        f'</w:pict></w:r></w:p>'
    )
    doc.element.body.append(parse_xml(xml))


def _borderless(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def _cell(cell, text, size, nosize, align=None, breaks=False):
    p = cell.paragraphs[0]
    if align:
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                       "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    parts = text if isinstance(text, list) else [text]
    for i, part in enumerate(parts):
        r = _run(p, part, size, None, nosize)
        if breaks and i < len(parts) - 1:
            r.add_break()


def write_docx(path: Path, ops, st):
    d = Document()
    nosize = st.get("nosize", False)
    normal = d.styles["Normal"]
    normal.font.size = Pt(16)
    if nosize:
        from docx.enum.style import WD_STYLE_TYPE
        ts = d.styles.add_style("公文标题", WD_STYLE_TYPE.PARAGRAPH)
        ts.base_style = normal
        ts.font.size = Pt(22)
        ms = d.styles.add_style("发文机关标志", WD_STYLE_TYPE.PARAGRAPH)
        ms.base_style = normal
        ms.font.size = Pt(36)
        ms.font.color.rgb = RGBColor.from_string(RED_HEX)
        ims = d.styles.add_style("版记", WD_STYLE_TYPE.PARAGRAPH)
        ims.base_style = normal
        ims.font.size = Pt(14)
    sty = (lambda n: n) if nosize else (lambda n: None)
    body = d
    for op in ops:
        k = op[0]
        if k in ("tl", "lbl"):
            _para(body, op[1], 16, "l", nosize=nosize)
        elif k == "tr":
            _para(body, op[1], 16, "r", nosize=nosize)
        elif k == "mark":
            names, suffix, size = op[1], op[2], op[3]
            where = st.get("mark_in")
            texts = [n + (suffix or "") for n in names] if suffix and len(names) == 1 else list(names)
            if suffix and len(names) > 1:
                texts[-1] += suffix
            if where == "textbox":
                _textbox(d, texts, size)
            elif where == "header":
                hdr = d.sections[0].header
                hdr.is_linked_to_previous = False
                hp = hdr.paragraphs[0]
                hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for i, t in enumerate(texts):
                    r = _run(hp, t, size, RED_HEX, False, "方正小标宋简体")
                    if i < len(texts) - 1:
                        r.add_break()
            else:
                for t in texts:
                    _para(body, t, size, "c", None if nosize else RED_HEX, nosize, sty("发文机关标志"))
        elif k == "num":
            _para(body, op[1], 16, {"c": "c", "r": "r", "l": "l"}[op[2] if len(op) > 2 else "c"], nosize=nosize)
        elif k == "numsig":
            if st.get("num_table"):
                t = d.add_table(rows=1, cols=2)
                _borderless(t)
                _cell(t.rows[0].cells[0], op[1], 16, nosize, "l")
                _cell(t.rows[0].cells[1], op[2], 16, nosize, "r")
            else:
                _para(body, op[1] + "\t\t\t" + op[2], 16, "l", nosize=nosize)
        elif k == "red":
            p = d.add_paragraph()
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            e = OxmlElement("w:bottom")
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), "18")
            e.set(qn("w:color"), RED_HEX)
            bdr.append(e)
            pPr.append(bdr)
        elif k == "title":
            if st.get("title_breaks"):
                _para(body, op[1], 22, "c", nosize=nosize, style=sty("公文标题"), breaks=True)
            else:
                for t in op[1]:
                    _para(body, t, 22, "c", nosize=nosize, style=sty("公文标题"))
        elif k in ("sub", "c"):
            _para(body, op[1], 16, "c", nosize=nosize)
        elif k == "h":
            for t in op[1]:
                _para(body, t, 20, "c", nosize=nosize, style=sty("公文标题"))
        elif k == "recip":
            if st.get("recip_breaks"):
                _para(body, op[1], 16, "l", nosize=nosize, breaks=True)
            else:
                _para(body, "".join(op[1]), 16, "l", nosize=nosize)
        elif k == "p":
            _para(body, op[1], 16, "j", nosize=nosize, indent=32)
        elif k == "att":
            for t in op[1]:
                _para(body, t.strip("\u3000"), 16, "l", nosize=nosize, indent=32)
        elif k == "note":
            _para(body, op[1], 16, "l", nosize=nosize, indent=32)
        elif k == "blank":
            d.add_paragraph()
        elif k == "sig":
            if st.get("sig_table"):
                t = d.add_table(rows=len(op[1]) + 1, cols=2)
                _borderless(t)
                for i, n in enumerate(op[1] + [op[2]]):
                    _cell(t.rows[i].cells[1], n, 16, nosize, "c")
            else:
                d.add_paragraph()
                d.add_paragraph()
                for n in op[1]:
                    _para(body, n, 16, "r", nosize=nosize)
                _para(body, op[2], 16, "r", nosize=nosize)
        elif k == "sig2":
            if st.get("sig_table"):
                t = d.add_table(rows=2, cols=2)
                _borderless(t)
                _cell(t.rows[0].cells[0], op[1][0], 16, nosize, "c")
                _cell(t.rows[0].cells[1], op[1][1], 16, nosize, "c")
                m = t.rows[1].cells[0].merge(t.rows[1].cells[1])
                _cell(m, op[2], 16, nosize, "r")
            else:
                d.add_paragraph()
                _para(body, f"{op[1][0]}\u3000\u3000\u3000\u3000{op[1][1]}", 16, "c", nosize=nosize)
                _para(body, op[2], 16, "r", nosize=nosize)
        elif k == "r":
            _para(body, op[1], 16, "r", nosize=nosize)
        elif k == "pb":
            p = d.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
        elif k == "imp":
            rows = op[1]
            if st.get("imp_table"):
                t = d.add_table(rows=len(rows), cols=2 if st["imp_table"] != "split3" else 3)
                t.style = d.styles["Table Grid"]
                for i, row in enumerate(rows):
                    cells = t.rows[i].cells
                    if row[0] == "t":
                        m = cells[0].merge(cells[-1])
                        _cell(m, row[1], 14, nosize, "l", breaks=True)
                    elif st["imp_table"] == "split3":
                        date, _, _ = row[2].partition("印发")
                        _cell(cells[0], row[1], 14, nosize, "l")
                        _cell(cells[1], date, 14, nosize, "r")
                        _cell(cells[2], "印发", 14, nosize, "l")
                    else:
                        _cell(cells[0], row[1], 14, nosize, "l")
                        _cell(cells[1], row[2], 14, nosize, "r")
            else:
                for row in rows:
                    if row[0] == "t":
                        for t_ in row[1]:
                            _para(body, t_, 14, "l", nosize=nosize, style=sty("版记"))
                    else:
                        _para(body, f"{row[1]}\t\t{row[2]}", 14, "l", nosize=nosize, style=sty("版记"))
        else:
            raise ValueError(k)
    d.save(str(path))


# ----------------------------------------------------------------- TXT


def _hard(s: str, width: int) -> list[str]:
    return [s[i : i + width] for i in range(0, len(s), width)] or [""]


def txt_lines(ops, st) -> list[str]:
    W = st.get("wrap", 35)
    ind = "\u3000\u3000" if st.get("fw_indent") else "    "
    out: list[str] = []

    def centre(s):
        pad = max(0, (W - len(s)) // 2)
        return ("  " * pad if st.get("pad_centre") else "") + s

    for op in ops:
        k = op[0]
        if k in ("tl", "lbl", "tr"):
            out.append(op[1])
        elif k == "mark":
            names, suffix = op[1], op[2]
            for i, n in enumerate(names):
                out.append(centre(n + (suffix if suffix and i == len(names) - 1 else "")))
            out.append("")
        elif k == "num":
            out.append(centre(op[1]))
        elif k == "numsig":
            out.append(op[1] + "          " + op[2])
        elif k == "red":
            if st.get("rule"):
                out.append(st["rule"])
            out.append("")
        elif k == "title":
            for t in op[1]:
                out.append(centre(t))
            out.append("")
        elif k in ("sub", "c"):
            out.append(centre(op[1]))
        elif k == "h":
            out.append("")
            for t in op[1]:
                out.append(centre(t))
            out.append("")
        elif k == "recip":
            out.extend(_hard("".join(op[1]), W))
        elif k == "p":
            out.extend(_hard(ind + op[1], W))
        elif k == "att":
            for t in op[1]:
                out.append(ind + t.strip("\u3000"))
        elif k == "note":
            out.append(ind + op[1])
        elif k == "blank":
            out.append("")
        elif k == "sig":
            out.extend(["", ""])
            for n in op[1]:
                out.append(" " * 30 + n)
            out.append(" " * 30 + op[2])
        elif k == "sig2":
            out.extend(["", ""])
            out.append("    " + op[1][0] + "        " + op[1][1])
            out.append(" " * 34 + op[2])
        elif k == "r":
            out.append(" " * 30 + op[1])
        elif k == "pb":
            out.append("\f")
        elif k == "imp":
            out.append("")
            for row in op[1]:
                if row[0] == "t":
                    out.extend(row[1])
                else:
                    out.append(row[1] + " " * 16 + row[2])
        else:
            raise ValueError(k)
    return out


def write_txt(path: Path, ops, st):
    lines = txt_lines(ops, st)
    rng = random.Random(len(lines))
    if st.get("trailing"):
        lines = [ln + " " * rng.randint(0, 3) if ln != "\f" else ln for ln in lines]
    nl = "\r\n" if st.get("crlf") else "\n"
    text = nl.join(lines).replace(nl + "\f" + nl, nl + "\f")
    data = text.encode(st.get("enc", "utf-8"))
    if st.get("bom"):
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)


# ----------------------------------------------------------------- HTML


def _e(s):
    return html.escape(s, quote=False)


def _nb(n):
    return "&nbsp;" * n


def html_body(ops, st) -> str:
    """The content block. st keys: font (wrap text in <font>), br (one <p>/<div> joined by <br>),
    sigtable (signature in a layout table), nbsp (indent with &nbsp; runs)."""
    font = st.get("font")
    out: list[str] = []
    brmode = st.get("br")

    def f(s, size=None, color=None, face="仿宋_GB2312"):
        s = _e(s)
        if font:
            attrs = f' face="{face}"' + (f' size="{size}"' if size else "") + (f' color="{color}"' if color else "")
            return f"<font{attrs}>{s}</font>"
        if color:
            return f'<span style="color:{color}">{s}</span>'
        return s

    def block(inner, align=None, style=""):
        if brmode:
            a = _nb(20) if align == "r" else (_nb(12) if align == "c" else "")
            out.append(a + inner + "<br>")
            return
        al = {"c": ' align="center"', "r": ' align="right"'}.get(align, "")
        st_ = f' style="{style}"' if style else ""
        out.append(f"<p{al}{st_}>{inner}</p>")

    ind = _nb(4) if st.get("nbsp", True) else "\u3000\u3000"
    for op in ops:
        k = op[0]
        if k in ("tl", "lbl"):
            block(f(op[1]))
        elif k == "tr":
            block(f(op[1]), "r")
        elif k == "mark":
            names, suffix = op[1], op[2]
            for i, n in enumerate(names):
                t = n + (suffix if suffix and i == len(names) - 1 else "")
                block(f(t, 7, "#FF0000", "方正小标宋简体"), "c", "font-size:32pt" if not font else "")
        elif k == "num":
            block(f(op[1]), op[2] if len(op) > 2 else "c")
        elif k == "numsig":
            block(f(op[1]) + _nb(10) + f(op[2]))
        elif k == "red":
            out.append('<hr color="#FF0000" size="2">' if not brmode else '<hr color="red">')
        elif k == "title":
            if brmode:
                out.append(_nb(8) + "<br>".join(f(t, 5, None, "方正小标宋简体") for t in op[1]) + "<br>")
            else:
                inner = "<br>".join(f(t, 5, None, "方正小标宋简体") for t in op[1])
                block(f"<strong>{inner}</strong>", "c", "font-size:22pt" if not font else "")
        elif k in ("sub", "c"):
            block(f(op[1]), "c")
        elif k == "h":
            for t in op[1]:
                block(f"<strong>{f(t)}</strong>", "c")
        elif k == "recip":
            block(f("".join(op[1])))
        elif k == "p":
            block(ind + f(op[1]))
        elif k == "att":
            for t in op[1]:
                block(ind + f(t.strip("\u3000")))
        elif k == "note":
            block(ind + f(op[1]))
        elif k == "blank":
            block(_nb(2))
        elif k in ("sig", "sig2"):
            names = op[1]
            if st.get("sigtable"):
                rows = "".join(f'<tr><td width="50%">&nbsp;</td><td align="center">{f(n)}</td></tr>' for n in names) \
                    if k == "sig" else f'<tr><td align="center">{f(names[0])}</td><td align="center">{f(names[1])}</td></tr>'
                rows += f'<tr><td>&nbsp;</td><td align="center">{f(op[2])}</td></tr>'
                out.append(f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tbody>{rows}</tbody></table>')
            else:
                block(_nb(2))
                if k == "sig":
                    for n in names:
                        block(f(n), "r")
                else:
                    block(f(names[0]) + _nb(12) + f(names[1]), "r")
                block(f(op[2]), "r")
        elif k == "r":
            block(f(op[1]), "r")
        elif k == "pb":
            block(_nb(1))
        elif k == "imp":
            out.append("<hr>")
            for row in op[1]:
                if row[0] == "t":
                    block("<br>".join(f(t) for t in row[1]) if not brmode else "<br>".join(f(t) for t in row[1]))
                else:
                    block(f(row[1]) + _nb(16) + f(row[2]))
            out.append("<hr>")
        else:
            raise ValueError(k)
    return "\n".join(out)


def write_html(path: Path, ops, st):
    charset = st.get("enc", "utf-8")
    content = html_body(ops, st)
    if st.get("br"):
        content = f'<p style="line-height:2">{content}</p>' if st.get("br") == "p" else f"<div>{content}</div>"
    meta = ""
    if st.get("meta"):
        cells = "".join(f"<tr><td class=\"lb\">{_e(a)}：</td><td>{_e(b)}</td></tr>" for a, b in st["meta"])
        meta = f'<table class="xxgk-meta" border="1">{cells}</table>'
    h1 = f'<h1 class="article-title">{_e(st["h1"])}</h1>' if st.get("h1") else ""
    title = f"<title>{_e(st['page_title'])}</title>" if st.get("page_title") else ""
    cm = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if st.get("declare", True) else ""
    page = (
        f"<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html><head>{cm}{title}"
        f'<style>.TRS_Editor P{{margin-top:0;margin-bottom:0;line-height:2}}</style></head>\n<body>'
        f'<div class="top-nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政策文件</div>\n'
        f"{meta}\n{h1}\n"
        f'<div class="article"><div class="TRS_Editor">\n{content}\n</div></div>\n'
        f'<div class="foot">主办单位：{_e(st.get("site", "人民政府办公室"))}　网站标识码：0000000000</div>'
        f"</body></html>"
    )
    path.write_bytes(page.encode("gb18030" if charset.lower() in ("gb2312", "gbk") else charset, errors="strict"))


# ----------------------------------------------------------------- registry

DOCS: list[dict] = []


def doc(file, ops, gold, **st):
    g = {"file": file, "title": None, "doc_number": None, "issuer": None, "doc_type": None,
         "signed_date": None, "printed_date": None, "classification": None, "urgency": None,
         "disclosure_marker": None, "recipients": [], "cc": [], "scanned": False}
    g.update(gold)
    DOCS.append({"file": file, "ops": ops, "gold": g, "st": st})


def P(i, n=3, heads=True):
    return [("p", t) for t in prose(i, n, heads)]


def fwd(title_lines, issuer, date, seed, n=2):
    """A forwarded document printed after the cover: its own title, body, signature and date."""
    return [("pb",), ("h", title_lines), *P(seed, n), ("sig", [issuer], date, 1)]


# ----------------------------------------------------------------- the documents
# Gold is written by hand. Conventions beyond the README, decided here:
# - a 发文字号 printed with 第 (1980s-1990s, `溪政发（1994）第27号`) keeps the 第, brackets normalised;
# - a 公告/通告 numbered only `第X号` under its title gets title + number (as a 令's mark + number);
# - a title ending 会议纪要 has doc_type 会议纪要 (as make_samples.py and heldout_gen.py do).

IMP = lambda *rows: ("imp", list(rows))  # noqa: E731
T = lambda *lines: ("t", list(lines))  # noqa: E731
PR = lambda office, date: ("pr", office, date)  # noqa: E731

# ---- PDF ---------------------------------------------------------------------

doc("p01_ministry_letterhead_recips4.pdf", [
    ("mark", ["水利部办公厅"], None, 34), ("red", 2), ("num", "办农水函〔2021〕315号", "r"),
    ("title", ["水利部办公厅关于做好2021年度农村饮水工程", "维修养护中央补助资金绩效评价工作的通知"]),
    ("recip", ["各省、自治区、直辖市水利（水务）厅（局），各计划单列市水利（水",
               "务）局，新疆生产建设兵团水利局，部直属有关单位，中国灌溉排",
               "水发展中心，水利部农村饮水安全中心，水利部发展研究中心，水",
               "利部综合事业局："]),
    *P(1), ("sig", ["水利部办公厅"], "2021年6月18日"), ("note", "（此件主动公开）"),
    IMP(T("抄送：部领导，部机关各司局。"), PR("水利部办公厅秘书处", "2021年6月21日印发")),
], dict(title="水利部办公厅关于做好2021年度农村饮水工程维修养护中央补助资金绩效评价工作的通知",
        doc_number="办农水函〔2021〕315号", issuer="水利部办公厅", doc_type="通知",
        signed_date="2021-06-18", printed_date="2021-06-21", disclosure_marker="主动公开",
        recipients=["各省、自治区、直辖市水利（水务）厅（局）", "各计划单列市水利（水务）局", "新疆生产建设兵团水利局",
                    "部直属有关单位", "中国灌溉排水发展中心", "水利部农村饮水安全中心", "水利部发展研究中心",
                    "水利部综合事业局"],
        cc=["部领导", "部机关各司局"]))

doc("p02_province_forward_2009.pdf", [
    ("mark", ["东岳省人民政府办公厅文件"], None, 30), ("num", "岳政办发〔2009〕47号"), ("red",),
    ("title", ["东岳省人民政府办公厅转发省发展改革委", "关于加快推进农村沼气建设意见的通知"]),
    ("recip", ["各市人民政府，省政府各部门、各直属机构："]),
    ("p", "省发展改革委《关于加快推进农村沼气建设的意见》已经省人民政府同意，现转发给你们，请认真贯彻执行。"),
    ("sig", ["东岳省人民政府办公厅"], "二○○九年六月十二日"), ("note", "（此件公开发布）"),
    *fwd(["关于加快推进农村沼气建设的意见"], "东岳省发展和改革委员会", "二○○九年五月二十日", 2),
    IMP(T("抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，", "省检察院，省军区。"),
        PR("东岳省人民政府办公厅秘书处", "二○○九年六月十五日印发")),
], dict(title="东岳省人民政府办公厅转发省发展改革委关于加快推进农村沼气建设意见的通知",
        doc_number="岳政办发〔2009〕47号", issuer="东岳省人民政府办公厅", doc_type="通知",
        signed_date="2009-06-12", printed_date="2009-06-15", disclosure_marker="主动公开",
        recipients=["各市人民政府", "省政府各部门、各直属机构"],
        cc=["省委各部门", "省人大常委会办公厅", "省政协办公厅", "省法院", "省检察院", "省军区"]))

doc("p03_approve_forward_1994_di.pdf", [
    ("mark", ["溪口市人民政府文件"], None, 34), ("num", "溪政发（1994）第27号"), ("red",),
    ("title", ["溪口市人民政府批转市财政局关于加强", "预算外资金管理的报告的通知"]),
    ("recip", ["各区、县人民政府，市府各委、办、局，各直属单位："]),
    ("p", "市人民政府同意市财政局《关于加强预算外资金管理的报告》，现批转给你们，望遵照执行。"),
    ("sig", ["溪口市人民政府"], "一九九四年四月九日"),
    ("pb",), ("h", ["关于加强预算外资金管理的报告"]), ("recip", ["市人民政府："]), *P(3, 2),
    ("sig", ["溪口市财政局"], "一九九四年三月十五日", 1),
    IMP(T("抄报：省财政厅。"), T("抄送：市委办公室，市人大常委会办公室，市政协办公室。"),
        PR("溪口市人民政府办公室", "一九九四年四月十一日印发")),
], dict(title="溪口市人民政府批转市财政局关于加强预算外资金管理的报告的通知",
        doc_number="溪政发〔1994〕第27号", issuer="溪口市人民政府", doc_type="通知",
        signed_date="1994-04-09", printed_date="1994-04-11",
        recipients=["各区、县人民政府", "市府各委、办、局", "各直属单位"],
        cc=["市委办公室", "市人大常委会办公室", "市政协办公室"]))

doc("p04_party_gov_offices_title_break_in_book.pdf", [
    ("mark", ["中共枫林市委办公室", "枫林市人民政府办公室"], "文件", 28), ("num", "枫办发〔2019〕14号"), ("red",),
    ("title", ["中共枫林市委办公室　枫林市人民政府办公室", "印发《枫林市村级集体经济发展", "考核办法（试行）》的通知"]),
    ("recip", ["各县（市、区）党委和人民政府，市委各部委，市直各单位："]),
    ("p", "《枫林市村级集体经济发展考核办法（试行）》已经市委、市政府同意，现印发给你们，请结合实际认真贯彻落实。"),
    ("sig", ["中共枫林市委办公室", "枫林市人民政府办公室"], "2019年7月2日"), ("note", "（此件公开发布）"),
    IMP(T("抄送：市人大常委会办公室，市政协办公室，市中级人民法院，", "市人民检察院。"),
        PR("中共枫林市委办公室", "2019年7月3日印发")),
], dict(title="中共枫林市委办公室枫林市人民政府办公室印发《枫林市村级集体经济发展考核办法（试行）》的通知",
        doc_number="枫办发〔2019〕14号", issuer="中共枫林市委办公室、枫林市人民政府办公室", doc_type="通知",
        signed_date="2019-07-02", printed_date="2019-07-03", disclosure_marker="主动公开",
        recipients=["各县（市、区）党委和人民政府", "市委各部委", "市直各单位"],
        cc=["市人大常委会办公室", "市政协办公室", "市中级人民法院", "市人民检察院"]))

doc("p05_center_title_split_wenzhong.pdf", [
    ("mark", ["云梦市公共资源交易中心文件"], None, 30), ("num", "梦资交〔2022〕6号"), ("red",),
    ("title", ["关于开展2022年度综合评标专家继续教育培训的通", "知"]),
    ("recip", ["各县（市）公共资源交易分中心，市直各有关单位，各入库评标专家："]),
    *P(5, 2), ("att", ["附件：1.培训报名回执", "2.培训日程安排"]),
    ("sig", ["云梦市公共资源交易中心"], "2022年8月15日"), ("note", "（此件依申请公开）"),
    IMP(PR("云梦市公共资源交易中心综合科", "2022年8月16日印发")),
], dict(title="关于开展2022年度综合评标专家继续教育培训的通知", doc_number="梦资交〔2022〕6号",
        issuer="云梦市公共资源交易中心", doc_type="通知", signed_date="2022-08-15", printed_date="2022-08-16",
        disclosure_marker="依申请公开",
        recipients=["各县（市）公共资源交易分中心", "市直各有关单位", "各入库评标专家"]))

doc("p06_institute_report_signer.pdf", [
    ("mark", ["东岳省农业科学研究院文件"], None, 30),
    ("numsig", "岳农科院〔2020〕41号", "签发人：周立新"), ("red",),
    ("title", ["东岳省农业科学研究院", "关于2020年度科研项目经费使用情况的报告"]),
    ("recip", ["省农业农村厅："]), *P(6),
    ("sig", ["东岳省农业科学研究院"], "2020年12月28日"),
    ("note", "（联系人：韩晓梅　联系电话：0538-6212347）"),
    IMP(PR("东岳省农业科学研究院办公室", "2020年12月29日印发")),
], dict(title="东岳省农业科学研究院关于2020年度科研项目经费使用情况的报告", doc_number="岳农科院〔2020〕41号",
        issuer="东岳省农业科学研究院", doc_type="报告", signed_date="2020-12-28", printed_date="2020-12-29",
        recipients=["省农业农村厅"]))

doc("p07_county_request_urgent_contact.pdf", [
    ("tl", "加急"),
    ("mark", ["泽川县人民政府文件"], None, 34),
    ("numsig", "泽政〔2023〕15号", "签发人：陆建平"), ("red",),
    ("title", ["泽川县人民政府关于请求将泽川至松坪公路", "改扩建工程列入省级重点项目的请示"]),
    ("recip", ["澄江市人民政府："]), *P(7, 2, False), ("p", "妥否，请批示。"),
    ("sig", ["泽川县人民政府"], "2023年3月6日"),
    ("note", "（联系人：县交通运输局　吴志刚，联系电话：0871-5523016）"),
    IMP(PR("泽川县人民政府办公室", "2023年3月6日印发")),
], dict(title="泽川县人民政府关于请求将泽川至松坪公路改扩建工程列入省级重点项目的请示",
        doc_number="泽政〔2023〕15号", issuer="泽川县人民政府", doc_type="请示", signed_date="2023-03-06",
        printed_date="2023-03-06", urgency="加急", recipients=["澄江市人民政府"]))

doc("p08_minutes_no_recips.pdf", [
    ("mark", ["青溪县人民政府", "常务会议纪要"], None, 30), ("num", "青府纪〔2018〕9号"), ("red",),
    ("title", ["关于城区农贸市场搬迁有关问题的会议纪要"]),
    ("p", "2018年5月18日，县长赵明远主持召开县人民政府第二十三次常务会议，研究城区农贸市场搬迁有关问题。现将会议议定事项纪要如下："),
    *P(8, 3),
    ("p", "出席：赵明远、钱卫东、孙丽华、李国强、周海涛。"),
    ("p", "列席：县发展改革局、县财政局、县商务局、县市场监督管理局负责同志。"),
    ("sig", ["青溪县人民政府办公室"], "2018年5月21日"),
    IMP(T("抄送：县委办公室，县人大常委会办公室，县政协办公室。"), PR("青溪县人民政府办公室", "2018年5月22日印发")),
], dict(title="关于城区农贸市场搬迁有关问题的会议纪要", doc_number="青府纪〔2018〕9号",
        issuer="青溪县人民政府办公室", doc_type="会议纪要", signed_date="2018-05-21", printed_date="2018-05-22",
        cc=["县委办公室", "县人大常委会办公室", "县政协办公室"]))

doc("p09_tonggao_numbered.pdf", [
    ("title", ["沐阳市人民政府通告"]), ("c", "第3号"),
    ("p", "为保障人民群众生命财产安全，减少环境污染，根据有关法律法规，结合本市实际，现就城区禁止燃放烟花爆竹有关事项通告如下："),
    ("p", "一、本市中心城区范围内全年禁止燃放烟花爆竹。"),
    ("p", "二、违反本通告规定燃放烟花爆竹的，由公安机关依法予以处罚。"),
    ("p", "三、本通告自2020年1月20日起施行。"),
    ("sig", ["沐阳市人民政府"], "2020年1月10日"),
], dict(title="沐阳市人民政府通告", doc_number="沐阳市人民政府通告第3号", issuer="沐阳市人民政府",
        doc_type="通告", signed_date="2020-01-10"))

doc("p10_decision_subtitle_then_sig.pdf", [
    ("mark", ["桐华市人民政府文件"], None, 34), ("num", "桐政发〔2016〕21号"), ("red",),
    ("title", ["桐华市人民政府关于取消和下放", "一批行政审批项目的决定"]),
    ("sub", "（2016年4月28日市人民政府第42次常务会议审议通过）"),
    ("recip", ["各区人民政府，市政府各部门："]),
    ("p", "经市人民政府第42次常务会议审议通过，决定取消和下放一批行政审批项目。现予公布，请认真做好落实和衔接工作。"),
    *P(10, 2),
    ("sig", ["桐华市人民政府"], "2016年5月3日"), ("note", "（此件公开发布）"),
    IMP(T("抄送：市委各部门，市人大常委会办公室，市政协办公室。"), PR("桐华市人民政府办公室", "2016年5月4日印发")),
], dict(title="桐华市人民政府关于取消和下放一批行政审批项目的决定", doc_number="桐政发〔2016〕21号",
        issuer="桐华市人民政府", doc_type="决定", signed_date="2016-05-03", printed_date="2016-05-04",
        disclosure_marker="主动公开", recipients=["各区人民政府", "市政府各部门"],
        cc=["市委各部门", "市人大常委会办公室", "市政协办公室"]))

doc("p11_1988_keywords_line.pdf", [
    ("mark", ["澄江省人民政府文件"], None, 34), ("num", "澄政发〔1988〕12号"), ("red",),
    ("title", ["澄江省人民政府关于加强", "乡镇企业财务管理的通知"]),
    ("recip", ["各地区行政公署，各市、县人民政府，省政府各委、办、厅、局："]),
    *P(11, 3), ("sig", ["澄江省人民政府"], "一九八八年三月五日"),
    ("blank",), ("tl", "主题词：乡镇企业　财务　管理　通知"),
    IMP(T("抄送：省委办公厅，省人大常委会办公厅，省政协办公厅。"),
        PR("澄江省人民政府办公厅", "一九八八年三月七日印发（共印400份）")),
], dict(title="澄江省人民政府关于加强乡镇企业财务管理的通知", doc_number="澄政发〔1988〕12号",
        issuer="澄江省人民政府", doc_type="通知", signed_date="1988-03-05", printed_date="1988-03-07",
        recipients=["各地区行政公署", "各市、县人民政府", "省政府各委、办、厅、局"],
        cc=["省委办公厅", "省人大常委会办公厅", "省政协办公厅"]))

doc("p12_office_opinion_on_behalf.pdf", [
    ("mark", ["清源市人民政府办公室文件"], None, 30), ("num", "清政办发〔2021〕33号"), ("red",),
    ("title", ["清源市人民政府办公室关于加快发展", "社区居家养老服务的实施意见"]),
    ("recip", ["各县（区）人民政府，市政府各部门，各直属单位："]),
    ("p", "为加快发展社区居家养老服务，经市人民政府同意，现提出如下实施意见。"), *P(12, 3),
    ("sig", ["清源市人民政府办公室"], "2021年9月30日"), ("note", "（此件公开发布）"),
    IMP(PR("清源市人民政府办公室", "2021年9月30日印发")),
], dict(title="清源市人民政府办公室关于加快发展社区居家养老服务的实施意见", doc_number="清政办发〔2021〕33号",
        issuer="清源市人民政府办公室", doc_type="意见", signed_date="2021-09-30", printed_date="2021-09-30",
        disclosure_marker="主动公开", recipients=["各县（区）人民政府", "市政府各部门", "各直属单位"]))

doc("p13_reply_letter_chaobao.pdf", [
    ("mark", ["望海市人民政府办公室"], None, 32), ("red", 2), ("num", "望政办函〔2017〕45号", "r"),
    ("title", ["望海市人民政府办公室关于同意设立望海市", "海洋文化博物馆的复函"]),
    ("recip", ["市文化广电旅游局："]),
    ("p", "你局《关于设立望海市海洋文化博物馆的请示》（望文旅〔2017〕12号）收悉。经市人民政府同意，现函复如下："),
    *P(13, 2, False), ("p", "此复。"),
    ("sig", ["望海市人民政府办公室"], "2017年11月8日"),
    IMP(T("抄报：省文化和旅游厅。"),
        T("抄送：市发展改革委，市财政局，市自然资源局，市机构编制委员", "会办公室，市住房和城乡建设局。"),
        PR("望海市人民政府办公室", "2017年11月9日印发")),
], dict(title="望海市人民政府办公室关于同意设立望海市海洋文化博物馆的复函", doc_number="望政办函〔2017〕45号",
        issuer="望海市人民政府办公室", doc_type="函", signed_date="2017-11-08", printed_date="2017-11-09",
        recipients=["市文化广电旅游局"],
        cc=["市发展改革委", "市财政局", "市自然资源局", "市机构编制委员会办公室", "市住房和城乡建设局"]))

doc("p14_three_stacked_signers.pdf", [
    ("mark", ["凤栖县财政局", "凤栖县发展和改革局", "凤栖县审计局"], None, 28), ("num", "凤财发〔2022〕19号"), ("red",),
    ("title", ["关于开展2022年度政府投资项目", "财务决算专项检查的通知"]),
    ("recip", ["各乡镇人民政府，县直各部门："]), *P(14, 2),
    ("sig", ["凤栖县财政局", "凤栖县发展和改革局", "凤栖县审计局"], "2022年5月9日"),
    ("blank",), ("note", "公开方式：主动公开"),
    IMP(PR("凤栖县财政局办公室", "2022年5月10日印发")),
], dict(title="关于开展2022年度政府投资项目财务决算专项检查的通知", doc_number="凤财发〔2022〕19号",
        issuer="凤栖县财政局、凤栖县发展和改革局、凤栖县审计局", doc_type="通知", signed_date="2022-05-09",
        printed_date="2022-05-10", disclosure_marker="主动公开", recipients=["各乡镇人民政府", "县直各部门"]))

doc("p15_mixed_date_styles_attachment.pdf", [
    ("mark", ["兰陵县人民政府文件"], None, 34), ("num", "兰政发〔2020〕58号"), ("red",),
    ("title", ["兰陵县人民政府关于印发兰陵县2021年", "民生实事项目实施方案的通知"]),
    ("recip", ["各乡镇人民政府，县政府各部门："]),
    ("p", "现将《兰陵县2021年民生实事项目实施方案》印发给你们，请认真组织实施。"),
    ("blank",), ("att", ["附件：兰陵县2021年民生实事项目实施方案"]),
    ("sig", ["兰陵县人民政府"], "二○二○年十二月三十一日"), ("note", "（此件公开发布）"),
    ("pb",), ("lbl", "附件"), ("h", ["兰陵县2021年民生实事项目实施方案"]), *P(15, 3),
    ("p", "本方案自2021年1月1日起施行。"), ("r", "兰陵县人民政府办公室"), ("r", "2020年12月30日"),
    IMP(T("抄送：县委各部门，县人大常委会办公室，县政协办公室，县人武部，", "县法院，县检察院。"),
        PR("兰陵县人民政府办公室", "2020年12月31日印发")),
], dict(title="兰陵县人民政府关于印发兰陵县2021年民生实事项目实施方案的通知", doc_number="兰政发〔2020〕58号",
        issuer="兰陵县人民政府", doc_type="通知", signed_date="2020-12-31", printed_date="2020-12-31",
        disclosure_marker="主动公开", recipients=["各乡镇人民政府", "县政府各部门"],
        cc=["县委各部门", "县人大常委会办公室", "县政协办公室", "县人武部", "县法院", "县检察院"]))

doc("p16_urgent_wide_print_line.pdf", [
    ("tl", "特急"), ("mark", ["白鹭市人民政府办公室文件"], None, 30), ("num", "鹭政办发〔2020〕112号"), ("red",),
    ("title", ["白鹭市人民政府办公室关于做好2021年元旦春节", "期间市场保供稳价工作的紧急通知"]),
    ("recip", ["各区人民政府，市政府各部门，各有关单位："]), *P(16, 3),
    ("sig", ["白鹭市人民政府办公室"], "2020年12月31日"),
    IMP(T("抄报：省人民政府办公厅，省发展改革委，省商务厅。"),
        T("抄送：市委办公室，市人大常委会办公室，市政协办公室，市纪委", "监委。"),
        T("白鹭市人民政府办公室                2020年12月31日印发")),
], dict(title="白鹭市人民政府办公室关于做好2021年元旦春节期间市场保供稳价工作的紧急通知",
        doc_number="鹭政办发〔2020〕112号", issuer="白鹭市人民政府办公室", doc_type="通知",
        signed_date="2020-12-31", printed_date="2020-12-31", urgency="特急",
        recipients=["各区人民政府", "市政府各部门", "各有关单位"],
        cc=["市委办公室", "市人大常委会办公室", "市政协办公室", "市纪委监委"]))

doc("p17_township_report_signer.pdf", [
    ("mark", ["杏花镇人民政府文件"], None, 34), ("numsig", "杏政发〔2015〕18号", "签发人：冯德胜"), ("red",),
    ("title", ["杏花镇人民政府关于2015年上半年", "安全生产工作情况的报告"]),
    ("recip", ["松坪县人民政府："]), *P(17, 3),
    ("sig", ["杏花镇人民政府"], "2015年7月6日"),
    ("note", "（联系人：党政办　魏红　联系电话：0745-7321066）"),
    IMP(PR("杏花镇党政办公室", "2015年7月6日印发")),
], dict(title="杏花镇人民政府关于2015年上半年安全生产工作情况的报告", doc_number="杏政发〔2015〕18号",
        issuer="杏花镇人民政府", doc_type="报告", signed_date="2015-07-06", printed_date="2015-07-06",
        recipients=["松坪县人民政府"]))

doc("p18_recips_ascii_colon.pdf", [
    ("mark", ["松坪县人民政府办公室文件"], None, 30), ("num", "松政办发〔2016〕21号"), ("red",),
    ("title", ["松坪县人民政府办公室关于进一步做好", "农村危房改造工作的通知"]),
    ("recip", ["各乡镇人民政府、街道办事处，县直各有关单位:"]), *P(18, 3),
    ("sig", ["松坪县人民政府办公室"], "2016年4月12日"),
    IMP(T("抄送：县委办公室，县人大常委会办公室，县政协办公室。"), PR("松坪县人民政府办公室", "2016年4月13日印发")),
], dict(title="松坪县人民政府办公室关于进一步做好农村危房改造工作的通知", doc_number="松政办发〔2016〕21号",
        issuer="松坪县人民政府办公室", doc_type="通知", signed_date="2016-04-12", printed_date="2016-04-13",
        recipients=["各乡镇人民政府、街道办事处", "县直各有关单位"],
        cc=["县委办公室", "县人大常委会办公室", "县政协办公室"]))

doc("p19_party_office_recips_wrapped.pdf", [
    ("mark", ["中共沐阳市委办公室文件"], None, 30), ("num", "沐办发〔2013〕26号"), ("red",),
    ("title", ["中共沐阳市委办公室关于认真做好2013年度", "党员冬春训工作的通知"]),
    ("recip", ["各县（区）委，市委各部委，市直各单位党组（党委），各人民团", "体党组："]), *P(19, 3),
    ("sig", ["中共沐阳市委办公室"], "2013年11月4日"),
    IMP(PR("中共沐阳市委办公室秘书科", "2013年11月5日印发")),
], dict(title="中共沐阳市委办公室关于认真做好2013年度党员冬春训工作的通知", doc_number="沐办发〔2013〕26号",
        issuer="中共沐阳市委办公室", doc_type="通知", signed_date="2013-11-04", printed_date="2013-11-05",
        recipients=["各县（区）委", "市委各部委", "市直各单位党组（党委）", "各人民团体党组"]))

doc("p20_1999_square_di_cn_printed.pdf", [
    ("mark", ["金沙市人民政府办公室文件"], None, 30), ("num", "金政办发[1999]第5号"), ("red",),
    ("title", ["金沙市人民政府办公室关于", "加强城市供水管理的通知"]),
    ("recip", ["各区人民政府，市政府各委、办、局："]), *P(20, 3),
    ("sig", ["金沙市人民政府办公室"], "一九九九年一月二十日"),
    ("blank",), ("tl", "主题词：城建　供水　管理　通知"),
    IMP(T("抄送：市委办公厅，市人大办公厅，市政协办公厅。"), PR("金沙市人民政府办公室", "一九九九年一月二十二日印发")),
], dict(title="金沙市人民政府办公室关于加强城市供水管理的通知", doc_number="金政办发〔1999〕第5号",
        issuer="金沙市人民政府办公室", doc_type="通知", signed_date="1999-01-20", printed_date="1999-01-22",
        recipients=["各区人民政府", "市政府各委、办、局"], cc=["市委办公厅", "市人大办公厅", "市政协办公厅"]))

doc("p21_ministry_recips5.pdf", [
    ("mark", ["教育部办公厅"], None, 34), ("red", 2), ("num", "教职成厅函〔2013〕22号", "r"),
    ("title", ["教育部办公厅关于开展2013年全国职业院校", "技能大赛中职组赛项承办校遴选工作的通知"]),
    ("recip", ["各省、自治区、直辖市教育厅（教委），各计划单列市教育局，新疆",
               "生产建设兵团教育局，有关行业职业教育教学指导委员会，全国",
               "职业院校技能大赛组织委员会各成员单位，中国职业技术教育学",
               "会，各有关职业院校，有关企业和行业", "协会："]),
    *P(21, 2), ("sig", ["教育部办公厅"], "2013年3月12日"),
], dict(title="教育部办公厅关于开展2013年全国职业院校技能大赛中职组赛项承办校遴选工作的通知",
        doc_number="教职成厅函〔2013〕22号", issuer="教育部办公厅", doc_type="通知", signed_date="2013-03-12",
        recipients=["各省、自治区、直辖市教育厅（教委）", "各计划单列市教育局", "新疆生产建设兵团教育局",
                    "有关行业职业教育教学指导委员会", "全国职业院校技能大赛组织委员会各成员单位", "中国职业技术教育学会",
                    "各有关职业院校", "有关企业和行业协会"]))

doc("p22_center_letter_contact.pdf", [
    ("mark", ["东岳省水文水资源勘测中心"], None, 30), ("red", 2), ("num", "岳水文函〔2024〕8号", "r"),
    ("title", ["东岳省水文水资源勘测中心关于商请提供", "2023年度用水统计资料的函"]),
    ("recip", ["省统计局，省住房和城乡建设厅，省工业和信息化厅："]), *P(22, 2, False),
    ("p", "请于2024年3月31日前将有关资料反馈我中心。"),
    ("sig", ["东岳省水文水资源勘测中心"], "2024年2月26日"),
    ("note", "（联系人：钱雨桐，联系电话：0531-86907712）"),
], dict(title="东岳省水文水资源勘测中心关于商请提供2023年度用水统计资料的函", doc_number="岳水文函〔2024〕8号",
        issuer="东岳省水文水资源勘测中心", doc_type="函", signed_date="2024-02-26",
        recipients=["省统计局", "省住房和城乡建设厅", "省工业和信息化厅"]))

# ---- DOCX --------------------------------------------------------------------

doc("d01_textbox_mark_title_breaks.docx", [
    ("mark", ["澄江市生态环境局文件"], None, 36), ("num", "澄环发〔2022〕40号"), ("red",),
    ("title", ["澄江市生态环境局关于印发《澄江市", "重污染天气应急预案（2022年修订）》的通知"]),
    ("recip", ["各县（市、区）人民政府，市直有关部门，各重点排污单位："]),
    ("p", "现将《澄江市重污染天气应急预案（2022年修订）》印发给你们，请认真贯彻执行。"),
    ("sig", ["澄江市生态环境局"], "2022年10月17日"), ("note", "（此件主动公开）"),
    IMP(T("抄送：市人民政府办公室，市应急管理局。"), PR("澄江市生态环境局办公室", "2022年10月18日印发")),
], dict(title="澄江市生态环境局关于印发《澄江市重污染天气应急预案（2022年修订）》的通知",
        doc_number="澄环发〔2022〕40号", issuer="澄江市生态环境局", doc_type="通知", signed_date="2022-10-17",
        printed_date="2022-10-18", disclosure_marker="主动公开",
        recipients=["各县（市、区）人民政府", "市直有关部门", "各重点排污单位"],
        cc=["市人民政府办公室", "市应急管理局"]), mark_in="textbox", title_breaks=True)

doc("d02_header_mark_inherited_sizes.docx", [
    ("mark", ["沅北市人民政府办公室文件"], None, 32), ("num", "沅政办发〔2023〕9号"), ("red",),
    ("title", ["沅北市人民政府办公室关于做好", "2023年春季农业生产工作的通知"]),
    ("recip", ["各县（市、区）人民政府，市直有关单位："]), *P(31, 3),
    ("sig", ["沅北市人民政府办公室"], "2023年2月20日"), ("note", "（此件公开发布）"),
    IMP(T("抄送：市委办公室，市人大常委会办公室，市政协办公室。"), PR("沅北市人民政府办公室", "2023年2月21日印发")),
], dict(title="沅北市人民政府办公室关于做好2023年春季农业生产工作的通知", doc_number="沅政办发〔2023〕9号",
        issuer="沅北市人民政府办公室", doc_type="通知", signed_date="2023-02-20", printed_date="2023-02-21",
        disclosure_marker="主动公开", recipients=["各县（市、区）人民政府", "市直有关单位"],
        cc=["市委办公室", "市人大常委会办公室", "市政协办公室"]), mark_in="header", nosize=True)

doc("d03_district_imprint_table.docx", [
    ("mark", ["溪口市鹤鸣区人民政府文件"], None, 30), ("num", "鹤政发〔2021〕7号"), ("red",),
    ("title", ["溪口市鹤鸣区人民政府关于调整", "区级河长湖长设置的通知"]),
    ("recip", ["各街道办事处、镇人民政府，区政府各部门："]), *P(32, 2),
    ("sig", ["溪口市鹤鸣区人民政府"], "2021年3月15日"), ("note", "（此件公开发布）"),
    IMP(T("抄送：区委办公室，区人大常委会办公室，区政协办公室，", "区人武部，区法院，区检察院。"),
        PR("溪口市鹤鸣区人民政府办公室", "2021年3月16日印发")),
], dict(title="溪口市鹤鸣区人民政府关于调整区级河长湖长设置的通知", doc_number="鹤政发〔2021〕7号",
        issuer="溪口市鹤鸣区人民政府", doc_type="通知", signed_date="2021-03-15", printed_date="2021-03-16",
        disclosure_marker="主动公开", recipients=["各街道办事处、镇人民政府", "区政府各部门"],
        cc=["区委办公室", "区人大常委会办公室", "区政协办公室", "区人武部", "区法院", "区检察院"]),
    imp_table="2")

doc("d04_forward_imprint_split3.docx", [
    ("mark", ["泽川县人民政府办公室文件"], None, 30), ("num", "泽政办发〔2022〕31号"), ("red",),
    ("title", ["泽川县人民政府办公室转发县教育局关于", "进一步规范校外培训机构管理意见的通知"]),
    ("recip", ["各乡镇人民政府，县政府各部门："]),
    ("p", "县教育局《关于进一步规范校外培训机构管理的意见》已经县人民政府同意，现转发给你们，请认真贯彻落实。"),
    ("sig", ["泽川县人民政府办公室"], "2022年6月1日"),
    *fwd(["关于进一步规范校外培训机构管理的意见"], "泽川县教育局", "2022年5月20日", 33),
    IMP(T("抄送：县委办公室，县人大常委会办公室，县政协办公室。"), PR("泽川县人民政府办公室", "2022年6月2日印发")),
], dict(title="泽川县人民政府办公室转发县教育局关于进一步规范校外培训机构管理意见的通知",
        doc_number="泽政办发〔2022〕31号", issuer="泽川县人民政府办公室", doc_type="通知",
        signed_date="2022-06-01", printed_date="2022-06-02", recipients=["各乡镇人民政府", "县政府各部门"],
        cc=["县委办公室", "县人大常委会办公室", "县政协办公室"]), imp_table="split3")

doc("d05_request_signer_table_contact.docx", [
    ("mark", ["沅北市卫生健康委员会文件"], None, 30),
    ("numsig", "沅卫健〔2024〕16号", "签发人：邓国华"), ("red",),
    ("title", ["沅北市卫生健康委员会关于申请建设", "区域医疗中心项目补助资金的请示"]),
    ("recip", ["澄江省卫生健康委员会："]), *P(34, 2, False), ("p", "以上请示妥否，请批示。"),
    ("sig", ["沅北市卫生健康委员会"], "2024年4月2日"),
    ("note", "（联系人：规划发展科　蒋文斌　联系电话：0736-2218845）"),
    IMP(PR("沅北市卫生健康委员会办公室", "2024年4月2日印发")),
], dict(title="沅北市卫生健康委员会关于申请建设区域医疗中心项目补助资金的请示", doc_number="沅卫健〔2024〕16号",
        issuer="沅北市卫生健康委员会", doc_type="请示", signed_date="2024-04-02", printed_date="2024-04-02",
        recipients=["澄江省卫生健康委员会"]), num_table=True)

doc("d06_joint_sig_table.docx", [
    ("mark", ["兰陵县教育体育局", "兰陵县财政局"], "文件", 30), ("num", "兰教体发〔2021〕52号"), ("red",),
    ("title", ["兰陵县教育体育局　兰陵县财政局", "关于规范中小学校课后服务收费管理的通知"]),
    ("recip", ["各乡镇（街道）中心学校，县直各学校："]), *P(35, 3),
    ("sig2", ["兰陵县教育体育局", "兰陵县财政局"], "2021年9月6日"), ("note", "（此件主动公开）"),
    IMP(T("抄送：县人民政府办公室，县发展和改革局，县市场监督管理局。"), PR("兰陵县教育体育局办公室", "2021年9月7日印发")),
], dict(title="兰陵县教育体育局兰陵县财政局关于规范中小学校课后服务收费管理的通知", doc_number="兰教体发〔2021〕52号",
        issuer="兰陵县教育体育局、兰陵县财政局", doc_type="通知", signed_date="2021-09-06",
        printed_date="2021-09-07", disclosure_marker="主动公开",
        recipients=["各乡镇（街道）中心学校", "县直各学校"],
        cc=["县人民政府办公室", "县发展和改革局", "县市场监督管理局"]), sig_table=True)

doc("d07_minutes_inherited.docx", [
    ("mark", ["枫林市人民政府", "专题会议纪要"], None, 30), ("num", "枫府专纪〔2022〕15号"), ("red",),
    ("title", ["关于研究中心城区停车设施建设有关问题的纪要"]),
    ("p", "2022年8月9日，副市长林少华主持召开专题会议，研究中心城区停车设施建设有关问题。会议议定事项纪要如下："),
    *P(36, 3), ("p", "参加：林少华、市住房和城乡建设局、市自然资源和规划局、市公安局交警支队负责同志。"),
    ("sig", ["枫林市人民政府办公室"], "2022年8月11日"),
    IMP(T("抄送：市委办公室，市人大常委会办公室，市政协办公室。"), PR("枫林市人民政府办公室", "2022年8月11日印发")),
], dict(title="关于研究中心城区停车设施建设有关问题的纪要", doc_number="枫府专纪〔2022〕15号",
        issuer="枫林市人民政府办公室", doc_type="纪要", signed_date="2022-08-11", printed_date="2022-08-11",
        cc=["市委办公室", "市人大常委会办公室", "市政协办公室"]), nosize=True)

doc("d08_gonggao_numbered.docx", [
    ("title", ["云梦市自然资源和规划局", "公　　告"]), ("c", "第12号"),
    ("p", "根据《中华人民共和国土地管理法》等有关规定，经市人民政府批准，云梦市自然资源和规划局决定以挂牌方式出让二宗国有建设用地使用权。现将有关事项公告如下："),
    *P(37, 2, False),
    ("sig", ["云梦市自然资源和规划局"], "2022年11月3日"),
], dict(title="云梦市自然资源和规划局公告", doc_number="云梦市自然资源和规划局公告第12号",
        issuer="云梦市自然资源和规划局", doc_type="公告", signed_date="2022-11-03"))

doc("d09_title_break_in_wenzhong_recip_breaks.docx", [
    ("mark", ["澄江省人力资源和社会保障厅文件"], None, 28), ("num", "澄人社发〔2022〕26号"), ("red",),
    ("title", ["澄江省人力资源和社会保障厅关于做好2022年度职称评审工作的通", "知"]),
    ("recip", ["各市、县（区）人力资源和社会保障局，省直各部门（单位），",
               "各中央驻澄单位，各高等学校，各省属企业，各有关行业协会、",
               "学会，各职称评审委员会组建单位，各人才交流服务机构，", "省人事考试院："]),
    *P(38, 3), ("sig", ["澄江省人力资源和社会保障厅"], "2022年7月14日"), ("note", "（此件主动公开）"),
    IMP(T("抄送：人力资源社会保障部专业技术人员管理司。"), PR("澄江省人力资源和社会保障厅办公室", "2022年7月15日印发")),
], dict(title="澄江省人力资源和社会保障厅关于做好2022年度职称评审工作的通知", doc_number="澄人社发〔2022〕26号",
        issuer="澄江省人力资源和社会保障厅", doc_type="通知", signed_date="2022-07-14", printed_date="2022-07-15",
        disclosure_marker="主动公开",
        recipients=["各市、县（区）人力资源和社会保障局", "省直各部门（单位）", "各中央驻澄单位", "各高等学校",
                    "各省属企业", "各有关行业协会、学会", "各职称评审委员会组建单位", "各人才交流服务机构", "省人事考试院"],
        cc=["人力资源社会保障部专业技术人员管理司"]), title_breaks=True, recip_breaks=True)

doc("d10_style_only_red_secret.docx", [
    ("tl", "000086"), ("tl", "秘密★1年"),
    ("mark", ["望海市市场监督管理局文件"], None, 30), ("num", "望市监发〔2023〕58号"), ("red",),
    ("title", ["望海市市场监督管理局关于开展", "重点工业产品质量安全专项整治的通知"]),
    ("recip", ["各区市场监督管理局，局机关各处室，各直属单位："]), *P(39, 3),
    ("sig", ["望海市市场监督管理局"], "2023年6月19日"), ("note", "（此件不予公开）"),
    IMP(PR("望海市市场监督管理局办公室", "2023年6月20日印发")),
], dict(title="望海市市场监督管理局关于开展重点工业产品质量安全专项整治的通知", doc_number="望市监发〔2023〕58号",
        issuer="望海市市场监督管理局", doc_type="通知", signed_date="2023-06-19", printed_date="2023-06-20",
        classification="秘密", disclosure_marker="不予公开",
        recipients=["各区市场监督管理局", "局机关各处室", "各直属单位"]), nosize=True)

doc("d11_1996_decision_spaced_title.docx", [
    ("mark", ["凤栖县人民政府文件"], None, 34), ("num", "凤政发〔1996〕44号"), ("red",),
    ("title", ["凤栖县人民政府关于实行农业承包", "合 同 鉴 证 制 度 的 决 定"]),
    ("recip", ["各乡、镇人民政府，县直各单位："]), *P(40, 3),
    ("sig", ["凤栖县人民政府"], "一九九六年十月八日"),
    ("tl", "主题词：农业　承包合同　决定"),
    IMP(T("抄送：县委办公室，县人大常委会办公室，县政协办公室。"), PR("凤栖县人民政府办公室", "一九九六年十月十日印发")),
], dict(title="凤栖县人民政府关于实行农业承包合同鉴证制度的决定", doc_number="凤政发〔1996〕44号",
        issuer="凤栖县人民政府", doc_type="决定", signed_date="1996-10-08", printed_date="1996-10-10",
        recipients=["各乡、镇人民政府", "县直各单位"], cc=["县委办公室", "县人大常委会办公室", "县政协办公室"]))

doc("d12_province_office_guiding_opinion.docx", [
    ("mark", ["东岳省人民政府办公厅文件"], None, 30), ("num", "岳政办发〔2018〕62号"), ("red",),
    ("title", ["东岳省人民政府办公厅", "关于促进全域旅游发展的指导意见"]),
    ("recip", ["各市人民政府，省政府各部门、各直属机构："]),
    ("p", "为加快推进全域旅游发展，经省人民政府同意，现提出以下意见。"), *P(41, 4),
    ("sig", ["东岳省人民政府办公厅"], "2018年10月22日"), ("note", "（此件公开发布）"),
    IMP(T("抄送：省委各部门，省人大常委会办公厅，省政协办公厅。"), PR("东岳省人民政府办公厅秘书处", "2018年10月23日印发")),
], dict(title="东岳省人民政府办公厅关于促进全域旅游发展的指导意见", doc_number="岳政办发〔2018〕62号",
        issuer="东岳省人民政府办公厅", doc_type="意见", signed_date="2018-10-22", printed_date="2018-10-23",
        disclosure_marker="主动公开", recipients=["各市人民政府", "省政府各部门、各直属机构"],
        cc=["省委各部门", "省人大常委会办公厅", "省政协办公厅"]), title_breaks=True, imp_table="2")

# ---- HTML --------------------------------------------------------------------

doc("h01_trs_font_br_gb2312.html", [
    ("mark", ["澄江省人民政府文件"], None, 34), ("num", "澄政发〔2019〕25号"), ("red",),
    ("title", ["澄江省人民政府关于公布第三批", "省级历史文化名镇名村的通知"]),
    ("recip", ["各市、县（区）人民政府，省政府各部门、各直属机构："]), *P(51, 2, False),
    ("att", ["附件：第三批省级历史文化名镇名村名单"]),
    ("sig", ["澄江省人民政府"], "2019年9月23日"), ("note", "（此件公开发布）"),
], dict(title="澄江省人民政府关于公布第三批省级历史文化名镇名村的通知", doc_number="澄政发〔2019〕25号",
        issuer="澄江省人民政府", doc_type="通知", signed_date="2019-09-23", disclosure_marker="主动公开",
        recipients=["各市、县（区）人民政府", "省政府各部门、各直属机构"]),
    enc="gb2312", font=True, br="div", site="澄江省人民政府办公厅")

doc("h02_pifu_sigtable_meta_h1.html", [
    ("num", "兰政复〔2020〕11号", "r"),
    ("title", ["兰陵县人民政府关于同意兰陵经济开发区", "调整区位的批复"]),
    ("recip", ["兰陵经济开发区管委会："]),
    ("p", "你委《关于兰陵经济开发区调整区位的请示》（兰开管〔2020〕6号）收悉。经研究，现批复如下："),
    *P(52, 2, False), ("sig", ["兰陵县人民政府"], "2020年8月27日"),
], dict(title="兰陵县人民政府关于同意兰陵经济开发区调整区位的批复", doc_number="兰政复〔2020〕11号",
        issuer="兰陵县人民政府", doc_type="批复", signed_date="2020-08-27", recipients=["兰陵经济开发区管委会"]),
    font=True, sigtable=True, h1="兰陵县人民政府关于同意兰陵经济开发区调整区位的批复",
    meta=[("索引号", "11371324MB0000000X/2020-00311"), ("发布机构", "兰陵县人民政府"), ("发文日期", "2020-08-27"),
          ("文号", "兰政复〔2020〕11号"), ("主题分类", "综合政务")])

doc("h03_center_br_ascii_colon.html", [
    ("title", ["枫林市疾病预防控制中心关于开展2023年", "全民健康生活方式宣传月活动的通知"]),
    ("recip", ["各县（市、区）疾病预防控制中心，中心各科室:"]), *P(53, 3),
    ("sig", ["枫林市疾病预防控制中心"], "2023年8月28日"),
], dict(title="枫林市疾病预防控制中心关于开展2023年全民健康生活方式宣传月活动的通知",
        issuer="枫林市疾病预防控制中心", doc_type="通知", signed_date="2023-08-28",
        recipients=["各县（市、区）疾病预防控制中心", "中心各科室"]), br="p")

doc("h04_forward_joint_forwarded.html", [
    ("num", "澄政办发〔2015〕88号"),
    ("title", ["澄江省人民政府办公厅转发省财政厅　省农业厅关于", "加强农业保险保费补贴资金管理意见的通知"]),
    ("recip", ["各市、县（区）人民政府，省政府有关部门："]),
    ("p", "省财政厅、省农业厅《关于加强农业保险保费补贴资金管理的意见》已经省人民政府同意，现转发给你们，请认真贯彻执行。"),
    ("sig", ["澄江省人民政府办公厅"], "2015年10月30日"), ("note", "（此件公开发布）"),
    ("pb",), ("h", ["关于加强农业保险保费补贴资金管理的意见"]), ("c", "省财政厅　省农业厅"), *P(54, 2),
    ("sig", ["澄江省财政厅", "澄江省农业厅"], "2015年9月18日"),
], dict(title="澄江省人民政府办公厅转发省财政厅省农业厅关于加强农业保险保费补贴资金管理意见的通知",
        doc_number="澄政办发〔2015〕88号", issuer="澄江省人民政府办公厅", doc_type="通知",
        signed_date="2015-10-30", disclosure_marker="主动公开",
        recipients=["各市、县（区）人民政府", "省政府有关部门"]), font=True)

doc("h05_gonggao_numbered.html", [
    ("title", ["沅北市人民政府公告"]), ("c", "第4号"),
    ("p", "根据《沅北市城市总体规划》，经市人民政府研究决定，对沅北大道等十二条城市道路予以命名。现将有关事项公告如下："),
    *P(55, 2, False), ("sig", ["沅北市人民政府"], "2021年3月5日"),
], dict(title="沅北市人民政府公告", doc_number="沅北市人民政府公告第4号", issuer="沅北市人民政府",
        doc_type="公告", signed_date="2021-03-05"), enc="gb2312")

doc("h06_minutes_gb2312_font.html", [
    ("mark", ["白鹭市人民政府", "常务会议纪要"], None, 30), ("num", "鹭府纪〔2019〕23号"),
    ("title", ["白鹭市人民政府第四十七次常务会议纪要"]),
    ("p", "2019年12月16日，市长郑光明主持召开市人民政府第四十七次常务会议。现将会议议定事项纪要如下："),
    *P(56, 3),
    ("p", "出席：郑光明、高建中、许晓燕、曹振华、彭国栋。"),
    ("sig", ["白鹭市人民政府办公室"], "2019年12月18日"),
], dict(title="白鹭市人民政府第四十七次常务会议纪要", doc_number="鹭府纪〔2019〕23号",
        issuer="白鹭市人民政府办公室", doc_type="会议纪要", signed_date="2019-12-18"),
    enc="gb2312", font=True)

doc("h07_decision_subtitle_nosig.html", [
    ("title", ["凤栖县人民政府关于废止部分", "县政府规范性文件的决定"]), ("sub", "（2021年6月25日）"),
    ("recip", ["各乡镇人民政府，县直各单位："]),
    ("p", "为维护法制统一，县人民政府对现行有效的规范性文件进行了清理。经县人民政府第十八次常务会议研究，决定废止《凤栖县城区摊点管理暂行办法》等5件县政府规范性文件。"),
    *P(57, 1, False),
], dict(title="凤栖县人民政府关于废止部分县政府规范性文件的决定", issuer="凤栖县人民政府", doc_type="决定",
        signed_date="2021-06-25", recipients=["各乡镇人民政府", "县直各单位"]),
    meta=[("发文机关", "凤栖县人民政府"), ("发布日期", "2021-06-30")])

doc("h08_party_gov_sigtable.html", [
    ("num", "兰办发〔2017〕30号"),
    ("title", ["中共兰陵县委办公室　兰陵县人民政府办公室", "关于加强农村人居环境整治工作的通知"]),
    ("recip", ["各乡镇党委、人民政府，县委各部门，县直各单位："]), *P(58, 3),
    ("sig", ["中共兰陵县委办公室", "兰陵县人民政府办公室"], "2017年8月14日"),
], dict(title="中共兰陵县委办公室兰陵县人民政府办公室关于加强农村人居环境整治工作的通知", doc_number="兰办发〔2017〕30号",
        issuer="中共兰陵县委办公室、兰陵县人民政府办公室", doc_type="通知", signed_date="2017-08-14",
        recipients=["各乡镇党委、人民政府", "县委各部门", "县直各单位"]), sigtable=True, font=True)

doc("h09_1987_approve_forward.html", [
    ("num", "澄政发〔1987〕141号"),
    ("title", ["澄江省人民政府批转省劳动人事厅关于", "全民所有制企业招用工人制度改革意见的报告的通知"]),
    ("recip", ["各地区行政公署，各市、县人民政府，省政府各部门："]),
    ("p", "省人民政府同意省劳动人事厅《关于全民所有制企业招用工人制度改革意见的报告》，现转发给你们，请遵照执行。"),
    ("sig", ["澄江省人民政府"], "一九八七年九月十日"),
    ("pb",), ("h", ["关于全民所有制企业招用工人制度改革意见的报告"]), ("recip", ["省人民政府："]), *P(59, 2),
    ("sig", ["澄江省劳动人事厅"], "一九八七年八月三日"),
], dict(title="澄江省人民政府批转省劳动人事厅关于全民所有制企业招用工人制度改革意见的报告的通知",
        doc_number="澄政发〔1987〕141号", issuer="澄江省人民政府", doc_type="通知", signed_date="1987-09-10",
        recipients=["各地区行政公署", "各市、县人民政府", "省政府各部门"]), br="div", enc="gb2312")

doc("h10_institute_request_signer.html", [
    ("numsig", "枫农科〔2022〕9号", "签发人：宋建军"),
    ("title", ["枫林市农业科学研究所关于申请建设", "现代农业科技示范基地的请示"]),
    ("recip", ["枫林市科学技术局："]), *P(60, 2, False), ("p", "妥否，请批示。"),
    ("sig", ["枫林市农业科学研究所"], "2022年3月21日"),
    ("note", "（联系人：陶红梅　联系电话：0739-5120876）"),
], dict(title="枫林市农业科学研究所关于申请建设现代农业科技示范基地的请示", doc_number="枫农科〔2022〕9号",
        issuer="枫林市农业科学研究所", doc_type="请示", signed_date="2022-03-21", recipients=["枫林市科学技术局"]),
    font=True, nbsp=True)

# ---- TXT ---------------------------------------------------------------------

doc("t01_word_export_township.txt", [
    ("mark", ["双河乡人民政府文件"], None, 34), ("num", "双政发〔2019〕11号"), ("red",),
    ("title", ["双河乡人民政府关于做好2019年度", "农村低保年审工作的通知"]),
    ("recip", ["各村（居）民委员会，乡直各单位："]), *P(61, 3),
    ("att", ["附件：2019年度农村低保年审工作安排表"]),
    ("sig", ["双河乡人民政府"], "2019年3月11日"),
    ("pb",), ("lbl", "附件"), ("h", ["2019年度农村低保年审工作安排表"]), *P(62, 2, False),
    IMP(T("抄送：泽川县民政局。"), PR("双河乡党政综合办公室", "2019年3月12日印发")),
], dict(title="双河乡人民政府关于做好2019年度农村低保年审工作的通知", doc_number="双政发〔2019〕11号",
        issuer="双河乡人民政府", doc_type="通知", signed_date="2019-03-11", printed_date="2019-03-12",
        recipients=["各村（居）民委员会", "乡直各单位"], cc=["泽川县民政局"]), crlf=True, trailing=True)

doc("t02_gbk_1989.txt", [
    ("mark", ["青溪县人民政府文件"], None, 34), ("num", "青政发（1989）9号"), ("red",),
    ("title", ["青溪县人民政府关于加强", "农村宅基地管理的通知"]),
    ("recip", ["各区公所，各乡、镇人民政府，县直各单位："]), *P(63, 3),
    ("sig", ["青溪县人民政府"], "一九八九年四月三日"),
    ("tl", "主题词：土地　宅基地　管理　通知"),
    IMP(T("抄送：县委办公室，县人大常委会，县政协。"), PR("青溪县人民政府办公室", "一九八九年四月五日印发")),
], dict(title="青溪县人民政府关于加强农村宅基地管理的通知", doc_number="青政发〔1989〕9号", issuer="青溪县人民政府",
        doc_type="通知", signed_date="1989-04-03", printed_date="1989-04-05",
        recipients=["各区公所", "各乡、镇人民政府", "县直各单位"], cc=["县委办公室", "县人大常委会", "县政协"]),
    enc="gb18030", crlf=True, pad_centre=True, rule="━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━")

doc("t03_request_signer_crlf.txt", [
    ("mark", ["松坪县农业农村局"], None, 34),
    ("numsig", "松农发〔2021〕23号", "签发人：彭志远"), ("red",),
    ("title", ["松坪县农业农村局关于申请2021年度", "高标准农田建设项目资金的请示"]),
    ("recip", ["松坪县人民政府："]), *P(64, 2, False), ("p", "妥否，请批示。"),
    ("sig", ["松坪县农业农村局"], "2021年5月17日"),
    ("note", "（联系人：唐家明　联系电话：0745-6623309）"),
], dict(title="松坪县农业农村局关于申请2021年度高标准农田建设项目资金的请示", doc_number="松农发〔2021〕23号",
        issuer="松坪县农业农村局", doc_type="请示", signed_date="2021-05-17", recipients=["松坪县人民政府"]),
    crlf=True, trailing=True)

doc("t04_forward_formfeed.txt", [
    ("mark", ["枫林市人民政府办公室文件"], None, 30), ("num", "枫政办发〔2020〕19号"), ("red",),
    ("title", ["枫林市人民政府办公室转发市住房城乡建设局", "关于加强住宅小区物业管理工作意见的通知"]),
    ("recip", ["各县（市、区）人民政府，市政府各部门："]),
    ("p", "市住房城乡建设局《关于加强住宅小区物业管理工作的意见》已经市人民政府同意，现转发给你们，请认真贯彻执行。"),
    ("sig", ["枫林市人民政府办公室"], "2020年4月27日"), ("note", "（此件公开发布）"),
    *fwd(["关于加强住宅小区物业管理工作的意见"], "枫林市住房和城乡建设局", "2020年4月10日", 65),
    IMP(T("抄送：市委办公室，市人大常委会办公室，市政协办公室。"), PR("枫林市人民政府办公室", "2020年4月28日印发")),
], dict(title="枫林市人民政府办公室转发市住房城乡建设局关于加强住宅小区物业管理工作意见的通知",
        doc_number="枫政办发〔2020〕19号", issuer="枫林市人民政府办公室", doc_type="通知",
        signed_date="2020-04-27", printed_date="2020-04-28", disclosure_marker="主动公开",
        recipients=["各县（市、区）人民政府", "市政府各部门"], cc=["市委办公室", "市人大常委会办公室", "市政协办公室"]),
    crlf=True, trailing=True)

doc("t05_minutes.txt", [
    ("mark", ["泽川县人民政府", "专题会议纪要"], None, 30), ("num", "泽府专纪〔2024〕3号"), ("red",),
    ("title", ["关于研究县城污水处理厂提标改造有关问题的会议纪要"]),
    ("p", "2024年1月22日，副县长严海波主持召开专题会议，研究县城污水处理厂提标改造有关问题。现将会议议定事项纪要如下："),
    *P(66, 2), ("p", "参加：严海波、县住房和城乡建设局、县生态环境分局、县财政局负责同志。"),
    ("sig", ["泽川县人民政府办公室"], "2024年1月24日"),
    IMP(T("抄送：县委办公室，县人大常委会办公室，县政协办公室。"), PR("泽川县人民政府办公室", "2024年1月24日印发")),
], dict(title="关于研究县城污水处理厂提标改造有关问题的会议纪要", doc_number="泽府专纪〔2024〕3号",
        issuer="泽川县人民政府办公室", doc_type="会议纪要", signed_date="2024-01-24", printed_date="2024-01-24",
        cc=["县委办公室", "县人大常委会办公室", "县政协办公室"]), trailing=True)

doc("t06_party_gov_joint.txt", [
    ("mark", ["中共泽川县委办公室", "泽川县人民政府办公室"], None, 30), ("num", "泽办发〔2018〕40号"), ("red",),
    ("title", ["中共泽川县委办公室　泽川县人民政府办公室", "关于印发《泽川县河道采砂管理", "办法》的通知"]),
    ("recip", ["各乡镇党委、人民政府，县委各部门，县直各单位："]),
    ("p", "《泽川县河道采砂管理办法》已经县委、县政府同意，现印发给你们，请认真贯彻落实。"),
    ("sig", ["中共泽川县委办公室", "泽川县人民政府办公室"], "2018年9月26日"), ("note", "（此件公开发布）"),
    IMP(PR("中共泽川县委办公室", "2018年9月27日印发")),
], dict(title="中共泽川县委办公室泽川县人民政府办公室关于印发《泽川县河道采砂管理办法》的通知",
        doc_number="泽办发〔2018〕40号", issuer="中共泽川县委办公室、泽川县人民政府办公室", doc_type="通知",
        signed_date="2018-09-26", printed_date="2018-09-27", disclosure_marker="主动公开",
        recipients=["各乡镇党委、人民政府", "县委各部门", "县直各单位"]), crlf=True, fw_indent=True)

doc("t07_reply_chaobao_wide_print.txt", [
    ("mark", ["沐阳市人民政府办公室"], None, 30), ("red",), ("num", "沐政办函〔2022〕71号", "r"),
    ("title", ["沐阳市人民政府办公室关于同意", "调整沐阳港区总体规划的复函"]),
    ("recip", ["市交通运输局："]),
    ("p", "你局《关于调整沐阳港区总体规划的请示》收悉。经市人民政府同意，现函复如下："), *P(67, 2, False),
    ("sig", ["沐阳市人民政府办公室"], "2022年12月6日"),
    IMP(T("抄报：省交通运输厅。"),
        T("抄送：市发展改革委，市自然资源和规划局，市生态环境局，市水", "利局，沐阳港务集团有限公司。"),
        T("沐阳市人民政府办公室                2022年12月7日印发")),
], dict(title="沐阳市人民政府办公室关于同意调整沐阳港区总体规划的复函", doc_number="沐政办函〔2022〕71号",
        issuer="沐阳市人民政府办公室", doc_type="函", signed_date="2022-12-06", printed_date="2022-12-07",
        recipients=["市交通运输局"],
        cc=["市发展改革委", "市自然资源和规划局", "市生态环境局", "市水利局", "沐阳港务集团有限公司"]),
    crlf=True, trailing=True)

doc("t08_institute_bom_long_recips.txt", [
    ("mark", ["澄江省地质调查研究院文件"], None, 30), ("num", "澄地调院〔2023〕17号"), ("red",),
    ("title", ["澄江省地质调查研究院关于开展2023年度", "地质灾害隐患点汛前排查工作的通知"]),
    ("recip", ["院属各地质大队，院机关各处室，各野外工作站，省地质灾害应急技术指导中心各分中心，各有关项目组："]),
    *P(68, 2), ("sig", ["澄江省地质调查研究院"], "2023年4月11日"),
    IMP(PR("澄江省地质调查研究院办公室", "2023年4月12日印发")),
], dict(title="澄江省地质调查研究院关于开展2023年度地质灾害隐患点汛前排查工作的通知",
        doc_number="澄地调院〔2023〕17号", issuer="澄江省地质调查研究院", doc_type="通知",
        signed_date="2023-04-11", printed_date="2023-04-12",
        recipients=["院属各地质大队", "院机关各处室", "各野外工作站", "省地质灾害应急技术指导中心各分中心", "各有关项目组"]),
    bom=True, wrap=30)


# ---- additions: a few more real-archive layouts --------------------------------

doc("p23_minutes_date_in_header_nosig.pdf", [
    ("mark", ["桐华市人民政府", "专题会议纪要"], None, 30), ("c", "桐府专纪〔2020〕12号"),
    ("numsig", "桐华市人民政府办公室", "2020年7月16日"), ("red",),
    ("title", ["关于加快推进老旧小区改造项目的会议纪要"]),
    ("p", "2020年7月14日，副市长顾明辉主持召开专题会议，研究加快推进老旧小区改造项目有关问题。现将会议议定事项纪要如下："),
    *P(71, 3), ("p", "参加：顾明辉、市住房和城乡建设局、市财政局、市城市管理局负责同志。"),
    IMP(T("抄送：市委办公室，市人大常委会办公室，市政协办公室。"), PR("桐华市人民政府办公室", "2020年7月16日印发")),
], dict(title="关于加快推进老旧小区改造项目的会议纪要", doc_number="桐府专纪〔2020〕12号",
        issuer="桐华市人民政府办公室", doc_type="会议纪要", signed_date="2020-07-16", printed_date="2020-07-16",
        cc=["市委办公室", "市人大常委会办公室", "市政协办公室"]))

doc("d13_title_paragraphs_split_wenzhong_nosize.docx", [
    ("mark", ["云梦市人民政府办公室文件"], None, 30), ("num", "梦政办发〔2021〕44号"), ("red",),
    ("title", ["云梦市人民政府办公室关于进一步加强城市", "生活垃圾分类工作的通", "知"]),
    ("recip", ["各县（市、区）人民政府，云梦高新区管委会，市直各单位："]), *P(72, 3),
    ("sig", ["云梦市人民政府办公室"], "2021年11月19日"), ("note", "（此件公开发布）"),
    IMP(T("抄送：市委办公室，市人大常委会办公室，市政协办公室。"), PR("云梦市人民政府办公室", "2021年11月22日印发")),
], dict(title="云梦市人民政府办公室关于进一步加强城市生活垃圾分类工作的通知", doc_number="梦政办发〔2021〕44号",
        issuer="云梦市人民政府办公室", doc_type="通知", signed_date="2021-11-19", printed_date="2021-11-22",
        disclosure_marker="主动公开", recipients=["各县（市、区）人民政府", "云梦高新区管委会", "市直各单位"],
        cc=["市委办公室", "市人大常委会办公室", "市政协办公室"]), nosize=True)

doc("d14_report_signer_tabs.docx", [
    ("mark", ["金沙市审计局文件"], None, 34), ("numsig", "金审报〔2019〕7号", "签发人：何建军"), ("red",),
    ("title", ["金沙市审计局关于2018年度市级预算执行", "和其他财政收支审计情况的报告"]),
    ("recip", ["市人民政府："]), *P(73, 3),
    ("sig", ["金沙市审计局"], "2019年6月10日"), ("note", "（联系人：财政审计科　戴晓东　联系电话：0716-8213455）"),
    IMP(PR("金沙市审计局办公室", "2019年6月10日印发")),
], dict(title="金沙市审计局关于2018年度市级预算执行和其他财政收支审计情况的报告", doc_number="金审报〔2019〕7号",
        issuer="金沙市审计局", doc_type="报告", signed_date="2019-06-10", printed_date="2019-06-10",
        recipients=["市人民政府"]))

doc("h11_h1_only_title_meta_number_br.html", [
    ("recip", ["各区人民政府，市政府各部门，各有关单位："]), *P(74, 3),
    ("att", ["附件：白鹭市城市道路挖掘管理办法"]),
    ("sig", ["白鹭市人民政府办公室"], "2022年4月8日"), ("note", "（此件公开发布）"),
], dict(title="白鹭市人民政府办公室关于印发《白鹭市城市道路挖掘管理办法》的通知", doc_number="鹭政办规〔2022〕3号",
        issuer="白鹭市人民政府办公室", doc_type="通知", signed_date="2022-04-08", disclosure_marker="主动公开",
        recipients=["各区人民政府", "市政府各部门", "各有关单位"]),
    br="div", font=True, h1="白鹭市人民政府办公室关于印发《白鹭市城市道路挖掘管理办法》的通知",
    meta=[("索引号", "000000000/2022-01122"), ("发布机构", "白鹭市人民政府办公室"), ("文号", "鹭政办规〔2022〕3号"),
          ("成文日期", "2022-04-08"), ("发布日期", "2022-04-12")])

doc("h12_br_title_break_in_book.html", [
    ("num", "梦财发〔2023〕15号"),
    ("title", ["云梦市财政局关于印发《云梦市市级财政", "专项资金管理办法》的通知"]),
    ("recip", ["市直各部门，各县（市、区）财政局："]),
    ("p", "为规范市级财政专项资金管理，现将《云梦市市级财政专项资金管理办法》印发给你们，请遵照执行。"),
    ("sig", ["云梦市财政局"], "2023年5月22日"), ("note", "公开方式：主动公开"),
], dict(title="云梦市财政局关于印发《云梦市市级财政专项资金管理办法》的通知", doc_number="梦财发〔2023〕15号",
        issuer="云梦市财政局", doc_type="通知", signed_date="2023-05-22", disclosure_marker="主动公开",
        recipients=["市直各部门", "各县（市、区）财政局"]), br="p", nbsp=True)

doc("t09_province_recips_wrapped_6lines.txt", [
    ("mark", ["东岳省应急管理厅文件"], None, 32), ("num", "岳应急发〔2022〕33号"), ("red",),
    ("title", ["东岳省应急管理厅关于做好2022年", "汛期安全防范工作的通知"]),
    ("recip", ["各市应急管理局，省应急管理厅机关各处室、各直属单位，省森林消防总队，",
               "省安全生产执法监察总队，省地震局，省气象局，省水利厅，省自然资源厅，",
               "省住房和城乡建设厅，省交通运输厅，省农业农村厅，省文化和旅游厅，",
               "省能源局，省公安厅，省民政厅，省卫生健康委员会，国网东岳省电力公司，东岳省消防救援总队："]),
    *P(75, 3), ("sig", ["东岳省应急管理厅"], "2022年5月30日"), ("note", "（此件主动公开）"),
    IMP(PR("东岳省应急管理厅办公室", "2022年5月31日印发")),
], dict(title="东岳省应急管理厅关于做好2022年汛期安全防范工作的通知", doc_number="岳应急发〔2022〕33号",
        issuer="东岳省应急管理厅", doc_type="通知", signed_date="2022-05-30", printed_date="2022-05-31",
        disclosure_marker="主动公开",
        recipients=["各市应急管理局", "省应急管理厅机关各处室、各直属单位", "省森林消防总队", "省安全生产执法监察总队",
                    "省地震局", "省气象局", "省水利厅", "省自然资源厅", "省住房和城乡建设厅", "省交通运输厅",
                    "省农业农村厅", "省文化和旅游厅", "省能源局", "省公安厅", "省民政厅", "省卫生健康委员会", "国网东岳省电力公司", "东岳省消防救援总队"]),
    crlf=True, trailing=True)

doc("h13_h1_and_body_title_no_number.html", [
    ("title", ["松坪县人民政府关于印发松坪县", "城乡居民临时救助办法的通知"]),
    ("recip", ["各乡镇人民政府，县政府各部门："]),
    ("p", "现将《松坪县城乡居民临时救助办法》印发给你们，请认真贯彻执行。"),
    ("sig", ["松坪县人民政府"], "2020年10月12日"), ("note", "（此件公开发布）"),
], dict(title="松坪县人民政府关于印发松坪县城乡居民临时救助办法的通知", doc_number="松政发〔2020〕27号",
        issuer="松坪县人民政府", doc_type="通知", signed_date="2020-10-12", disclosure_marker="主动公开",
        recipients=["各乡镇人民政府", "县政府各部门"]),
    h1="松坪县人民政府关于印发松坪县城乡居民临时救助办法的通知", font=True,
    meta=[("索引号", "000000000/2020-00271"), ("发布机构", "松坪县人民政府"), ("文号", "松政发〔2020〕27号"),
          ("发布日期", "2020-10-15")])


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print(__doc__)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "gold.jsonl", "w", encoding="utf-8") as fh:
        for d in DOCS:
            ext = d["file"].rsplit(".", 1)[1]
            writer = {"pdf": lambda p, o, s: Pdf(p, s).render(o), "docx": write_docx,
                      "txt": write_txt, "html": write_html}[ext]
            writer(out / d["file"], d["ops"], d["st"])
            fh.write(json.dumps(d["gold"], ensure_ascii=False) + "\n")
    print(f"{len(DOCS)} documents in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
