"""Adversarial documents: confidentiality marks and personal numbers in every spelling, place and format.

A case is (spelling, place, format): an ordinary public notice (a 办法 issued by a 通知, with or
without （此件公开发布）) that also carries one mark or number, written in one spelling, at one
place the format can hold text. `matrix()` lists the cases, `write_case()` writes one file.
benchmarks/adversarial_gen.py scores the whole matrix; tests/test_adversarial.py a small one.

Some spelling × place combinations are held out of tuning: `held_out(case)` is a fixed rule
(a hash of the combination), so the list never depends on what the detector finds. Report
them apart. Every number is generated (IDs with their check digit, cards with Luhn).
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from normdocs.review.numbers import id_check_char, luhn_ok
from tests.make_docs import pdf_update


def _id(area: str, birth: str, seq: str) -> str:
    return area + birth + seq + id_check_char(area + birth + seq)


def _card(prefix: str, length: int) -> str:
    body = (prefix + "3021485760193847")[: length - 1]
    return next(body + d for d in "0123456789" if luhn_ok(body + d))


ID1, ID2, ID3 = _id("420102", "19661212", "444"), _id("110101", "19900307", "123"), _id("610103", "19790909", "555")
CARD_9558, CARD_6013, CARD_6222 = _card("9558", 19), _card("6013", 16), _card("6222", 19)


def _groups(number: str, sizes: list[int], sep: str) -> str:
    out, pos = [], 0
    for n in sizes:
        out.append(number[pos : pos + n])
        pos += n
    return sep.join(out)


# kind: what the document must be held for — secret (state secret), withhold (a 附注 saying
# not public or on request), internal (internal / work-secret mark), personal (a number).
SPELLINGS: dict[str, tuple[str, str]] = {
    "secret_star": ("机密★1年", "secret"),
    "secret_bare": ("秘密", "secret"),
    "secret_trad": ("機密★5年", "secret"),
    "secret_spaced": ("机 密 ★ 1 年", "secret"),
    "secret_zw": ("机\u200b密★1年", "secret"),
    "secret_sentence": ("本文件密级为机密", "secret"),
    "secret_label": ("密级：秘密★6个月", "secret"),
    "secret_fullwidth": ("绝密★长期", "secret"),
    "secret_bracket": ("（机密）", "secret"),
    "secret_cn_period": ("秘密★十年", "secret"),
    "withhold_fw": ("（此件不予公开）", "withhold"),
    "withhold_bare": ("此件不公开", "withhold"),
    "withhold_ascii": ("(此件不公开)", "withhold"),
    "withhold_lenticular": ("【此件不予公开】", "withhold"),
    "withhold_label": ("公开方式：不予公开", "withhold"),
    "withhold_trad": ("（此件不予公開）", "withhold"),
    "withhold_tortoise": ("〔本件不公开〕", "withhold"),
    "on_request": ("【此件依申请公开】", "withhold"),
    "internal_plain": ("内部资料", "internal"),
    "internal_spread": ("内部资料 严禁外传", "internal"),
    "internal_keep": ("内部文件 注意保密", "internal"),
    "internal_work": ("（工作秘密）", "internal"),
    "internal_trad": ("內部資料", "internal"),
    "internal_only": ("仅供内部参考", "internal"),
    "id_dashes": (f"身份证号 {_groups(ID1, [6, 8, 4], '-')}", "personal"),
    "id_spaces": (f"张某某 {_groups(ID2, [6, 4, 4, 4], ' ')}", "personal"),
    "id_fours": (f"王某 {_groups(ID3, [4, 4, 4, 4, 2], ' ')}", "personal"),
    "id_letter": (f"证件{ID2}A类", "personal"),
    "card_9558": (f"{CARD_9558}", "personal"),
    "card_6013": (f"请汇入{_groups(CARD_6013, [4, 4, 4, 4], ' ')}", "personal"),
    "card_6222_zw": (f"卡{CARD_6222[:6]}\u200b{CARD_6222[6:]}", "personal"),
    "mobile_name": ("13812345678户名张三", "personal"),
    "mobile_dashes": ("联系人李某 139-1234-5678", "personal"),
}

PLACES: dict[str, tuple[str, ...]] = {
    "docx": ("body_top", "body_mid", "image_stamp", "default_header", "first_header", "even_header", "footer", "table_cell",
             "nested_table", "text_box", "sdt", "tracked_ins", "smart_tag", "fld_simple", "split_runs",
             "footnote", "comment", "core_title", "split_lines", "header_split"),
    "html": ("body_top", "body_mid", "meta_row", "title_tag", "meta_tag", "outside_block", "split_lines",
             "image_alt", "image_file"),
    "pdf": ("page1_top", "body_mid", "running_header", "running_footer", "annotation", "form_field", "image_stamp",
            "split_lines", "form_hierarchy"),
    "txt": ("top", "mid"),
}
# places a number does not sit in these tests: numbers are not stamped as images or written as
# page titles, and a number wrapped over two lines is tested on its own (tests/test_findings.py)
NUMBER_PLACES = {"image_stamp", "title_tag", "split_lines", "header_split", "image_alt", "image_file"}
SPLIT_PLACES = {"split_lines", "header_split"}


def split_text(text: str) -> tuple[str, str]:
    """A mark broken over two lines: 机 / 密★1年, 此件 / 不予公开 (a third of it on the first)."""
    cut = max(1, len(text) // 3)
    return text[:cut], text[cut:]


@dataclass(frozen=True)
class Case:
    spelling: str
    place: str
    fmt: str
    marker: bool  # the notice also prints （此件公开发布）

    @property
    def name(self) -> str:
        return f"{self.fmt}-{self.place}-{self.spelling}{'-m' if self.marker else ''}"

    @property
    def kind(self) -> str:
        return SPELLINGS[self.spelling][1] if self.spelling != "none" else "none"

    @property
    def text(self) -> str:
        return SPELLINGS[self.spelling][0] if self.spelling != "none" else ""


def held_out(case: Case) -> bool:
    """A fixed fifth of the spelling × place combinations, never looked at while tuning."""
    key = f"{case.spelling}|{case.fmt}|{case.place}".encode()
    return hashlib.sha256(key).digest()[0] % 5 == 0


def matrix(*, small: bool = False) -> list[Case]:
    """Every spelling in every place of every format (plus unmarked controls); `small`: one
    spelling of each kind in each place, for the test suite."""
    cases = []
    kinds_seen: set = set()
    for fmt, places in PLACES.items():
        for place in places:
            for i, (spelling, (_, kind)) in enumerate(SPELLINGS.items()):
                if kind == "personal" and place in NUMBER_PLACES:
                    continue
                if small:
                    if (fmt, place, kind) in kinds_seen:
                        continue
                    kinds_seen.add((fmt, place, kind))
                cases.append(Case(spelling, place, fmt, marker=bool(i % 2)))
            cases.append(Case("none", place, fmt, marker=False))
    return cases


def suite_matrix() -> list[Case]:
    """One case per place of every format, the spellings taken in turn (every kind comes up),
    and one unmarked control per format: small enough for the test suite."""
    names = list(SPELLINGS)
    rotation = [names[(i * 7) % len(names)] for i in range(len(names))]  # kinds interleaved
    cases, i = [], 0
    for fmt, places in PLACES.items():
        for place in places:
            spelling = rotation[i % len(rotation)]
            while SPELLINGS[spelling][1] == "personal" and place in NUMBER_PLACES:
                i += 1
                spelling = rotation[i % len(rotation)]
            cases.append(Case(spelling, place, fmt, marker=bool(i % 2)))
            i += 1
        cases.append(Case("none", places[0], fmt, marker=True))
    return cases


# -- the base notice ----------------------------------------------------------------------------

ISSUER = "临江市人民政府办公室"
NUMBER = "临政办发〔2024〕12号"
TITLE = "临江市人民政府办公室关于印发临江市城市道路停车管理办法的通知"
BODY = [
    "各县（市、区）人民政府，市政府各部门：",
    "《临江市城市道路停车管理办法》已经市政府同意，现印发给你们，请认真贯彻执行。",
    "一、各地要加强组织领导，落实工作责任，确保停车管理工作有序开展。",
    "二、各有关部门要按照职责分工，做好城市道路停车泊位的设置和管理工作。",
    "三、本办法自2024年5月1日起施行，有效期5年。",
]
SIGN = ["临江市人民政府办公室", "2024年4月2日"]
MARKER = "（此件公开发布）"
IMPRINT = ["抄送：市委办公室，市人大常委会办公室。", "临江市人民政府办公室 2024年4月3日印发"]


def _paragraphs(case: Case, top: bool, mid: bool) -> list[tuple[str, str]]:
    """(role, text) of the notice; the case's text at the top or in the middle when asked."""
    out = []
    if case.spelling != "none" and case.place == "split_lines":
        out += [("text", part) for part in split_text(case.text)]
    if top:
        out.append(("text", case.text))
    out += [("mark", "临江市人民政府办公室文件"), ("number", NUMBER), ("title", TITLE)]
    for i, para in enumerate(BODY):
        out.append(("text", para))
        if mid and i == 2:
            out.append(("text", case.text))
    out += [("right", SIGN[0]), ("right", SIGN[1])]
    if case.marker:
        out.append(("text", MARKER))
    out += [("text", t) for t in IMPRINT]
    return out


def write_case(case: Case, folder: Path, serial: int | None = None) -> Path:
    """The case's file in `folder`; `serial` gives it a document number of its own (临政办发〔2024〕N号),
    so that many cases ingested together are not one document submitted many times."""
    global NUMBER
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{case.name}.{case.fmt}"
    saved = NUMBER
    if serial is not None:
        NUMBER = f"临政办发〔2024〕{serial}号"
    try:
        {"docx": _docx, "html": _html, "pdf": _pdf, "txt": _txt}[case.fmt](case, path)
    finally:
        NUMBER = saved
    return path


# -- TXT ----------------------------------------------------------------------------------------

def _txt(case: Case, path: Path) -> None:
    paras = _paragraphs(case, case.spelling != "none" and case.place == "top", case.place == "mid")
    path.write_text("\n".join(t for _, t in paras) + "\n", encoding="utf-8")


# -- HTML ---------------------------------------------------------------------------------------

def _html(case: Case, path: Path) -> None:
    import html as H

    t = H.escape(case.text)
    has = case.spelling != "none"
    paras = _paragraphs(case, has and case.place == "body_top", has and case.place == "body_mid")
    body = "".join(f"<p>{H.escape(x)}</p>" for _, x in paras)
    meta_rows = [("索引号", "11370000-2024-00012"), ("发文机关", ISSUER), ("发文字号", NUMBER),
                 ("成文日期", "2024年04月02日"), ("发布日期", "2024年04月08日")]
    if has and case.place == "meta_row":
        label, _, value = case.text.partition("：") if "：" in case.text else ("密级", "", case.text)
        meta_rows.append((label or "密级", value or case.text))
    table = "".join(f"<tr><td>{H.escape(a)}</td><td>{H.escape(b)}</td></tr>" for a, b in meta_rows)
    title = TITLE + (f"（{t}）" if has and case.place == "title_tag" else "")
    meta = f'<meta name="description" content="{t}">' if has and case.place == "meta_tag" else ""
    outside = f'<div class="banner">{t}</div>' if has and case.place == "outside_block" else ""
    if has and case.place == "image_alt":  # the mark only as a picture, told by its alt text
        body = f'<p><img src="/images/stamp01.png" alt="{t}"></p>' + body
    if has and case.place == "image_file":  # … or by its file name alone
        from urllib.parse import quote
        body = f'<p><img src="/images/{quote(case.text)}.png"></p>' + body
    path.write_text(
        f"<html><head><meta charset='utf-8'><title>{title}_临江市人民政府</title>{meta}</head><body>"
        f"{outside}<table class='meta'>{table}</table><h1>{H.escape(TITLE)}</h1>"
        f"<div id='zoom'>{body}</div><div class='footer'>临江市人民政府办公室主办</div></body></html>",
        encoding="utf-8")


# -- DOCX ---------------------------------------------------------------------------------------

def _docx(case: Case, path: Path) -> None:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    has = case.spelling != "none"
    text = case.text
    d = docx.Document()
    section = d.sections[0]
    paras = _paragraphs(case, has and case.place == "body_top", has and case.place == "body_mid")
    body_paras = []
    for _, line in paras:
        body_paras.append(d.add_paragraph(line))
    anchor = body_paras[5]  # a body paragraph to hang inline places on
    if not has:
        pass
    elif case.place == "default_header":
        section.header.paragraphs[0].text = text
    elif case.place == "first_header":
        section.different_first_page_header_footer = True
        section.first_page_header.paragraphs[0].text = text
    elif case.place == "even_header":
        d.settings.odd_and_even_pages_header_footer = True
        section.even_page_header.paragraphs[0].text = text
    elif case.place == "header_split":
        first, second = split_text(text)
        section.header.paragraphs[0].text = first
        section.header.add_paragraph(second)
    elif case.place == "footer":
        section.footer.paragraphs[0].text = text
    elif case.place == "table_cell":
        d.add_table(rows=1, cols=1).cell(0, 0).text = text
    elif case.place == "nested_table":
        outer = d.add_table(rows=1, cols=2)
        outer.cell(0, 0).text = "附表"
        outer.cell(0, 1).add_table(rows=1, cols=1).cell(0, 0).text = text
    elif case.place == "text_box":
        xml = (f'<w:r {nsdecls("w", "wp", "a")} {_WPS} {_MC}><mc:AlternateContent><mc:Choice Requires="wps">'
               '<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
               'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
               '<wp:positionH relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionH>'
               '<wp:positionV relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionV>'
               '<wp:extent cx="1800000" cy="400000"/><wp:wrapNone/><wp:docPr id="9" name="tb"/>'
               '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
               '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent>'
               f'<w:p><w:r><w:t>{_xml(text)}</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
               '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>')
        body_paras[0]._p.append(parse_xml(xml))
    elif case.place == "sdt":
        sdt = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="mark"/></w:sdtPr><w:sdtContent>'
                        f'<w:p><w:r><w:t>{_xml(text)}</w:t></w:r></w:p></w:sdtContent></w:sdt>')
        body_paras[0]._p.addprevious(sdt)
    elif case.place == "tracked_ins":
        ins = parse_xml(f'<w:ins {nsdecls("w")} w:id="1" w:author="x" w:date="2024-04-01T00:00:00Z">'
                        f'<w:r><w:t xml:space="preserve">{_xml(text)}</w:t></w:r></w:ins>')
        anchor.insert_paragraph_before("")._p.append(ins)  # a paragraph python-docx reads as empty
    elif case.place == "smart_tag":
        tag = parse_xml(f'<w:smartTag {nsdecls("w")} w:uri="urn:x" w:element="m">'
                        f'<w:r><w:t xml:space="preserve">{_xml(text)}</w:t></w:r></w:smartTag>')
        anchor.insert_paragraph_before("")._p.append(tag)
    elif case.place == "fld_simple":
        fld = parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" DOCPROPERTY mark "><w:r><w:t xml:space="preserve">'
                        f'{_xml(text)}</w:t></w:r></w:fldSimple>')
        anchor.insert_paragraph_before("")._p.append(fld)
    elif case.place == "split_runs":
        p = body_paras[0].insert_paragraph_before("")
        half = max(1, len(text) // 2)
        p.add_run(text[:half]).bold = True
        p.add_run(text[half:])
    elif case.place == "footnote":
        _add_part(d, "footnotes", text)
    elif case.place == "comment":
        d.add_comment(anchor.runs[0], text=text, author="审核人")
    elif case.place == "core_title":
        d.core_properties.title = text
    elif case.place == "image_stamp":
        section.header.paragraphs[0].add_run().add_picture(io.BytesIO(_stamp_png(text)))
    d.save(str(path))


_WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
_MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _add_part(d, kind: str, text: str) -> None:
    """A footnotes part with one footnote holding `text` (python-docx has no API for it)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:footnote w:id="1"><w:p><w:r><w:t>' + _xml(text) + '</w:t></w:r></w:p></w:footnote></w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)


# -- PDF ----------------------------------------------------------------------------------------

def _stamp_png(text: str) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 48)
    width = int(font.getlength(text)) + 40
    image = Image.new("RGB", (width, 80), "white")
    ImageDraw.Draw(image).text((20, 12), text, font=font, fill=(0, 0, 0))
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def _pdf(case: Case, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    has = case.spelling != "none"
    text = case.text
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    paras = _paragraphs(case, has and case.place == "page1_top", has and case.place == "body_mid")
    pages = [paras, [("text", f"附件：临江市城市道路停车管理办法第{i}条，本条规定停车泊位的设置。") for i in range(1, 20)],
             [("text", f"第{i}条 停车管理部门应当按照规定公开收费标准和投诉电话。") for i in range(20, 38)]]
    for number, lines in enumerate(pages, start=1):
        if has and case.place == "running_header":
            c.setFont("STSong-Light", 10)
            c.drawString(80, height - 40, text)
        if has and case.place == "running_footer":
            c.setFont("STSong-Light", 10)
            c.drawString(80, 60, text)
        if has and case.place == "image_stamp" and number == 1:
            png = _stamp_png(text)
            c.drawImage(ImageReader(io.BytesIO(png)), 70, height - 75, width=180, height=30)
        y = height - 100
        for kind, line in lines:
            size = {"mark": 30, "title": 18}.get(kind, 14)
            c.setFont("STSong-Light", size)
            c.setFillColorRGB(0.9, 0, 0) if kind == "mark" else c.setFillColorRGB(0, 0, 0)
            if kind in ("mark", "title", "number"):
                c.drawCentredString(width / 2, y, line)
            elif kind == "right":
                c.drawRightString(width - 90, y, line)
            else:
                c.drawString(80, y, line)
            y -= size + 12
        if number == 1 and has and case.place == "annotation":
            c.textAnnotation(text, Rect=(400, height - 120, 500, height - 90), relative=0)
        if number == 1 and has and case.place in ("form_field", "form_hierarchy"):
            # reportlab writes field values in PDFDocEncoding only: a placeholder of the same
            # byte length is swapped for the UTF-16 hex string after saving
            c.acroForm.textfield(name="note", value="A" * (4 + 4 * len(text)), x=350, y=height - 60, width=200,
                                 height=20, fontName="Helvetica", borderWidth=0)
        c.setFont("STSong-Light", 12)
        c.drawCentredString(width / 2, 40, f"— {number} —")
        c.showPage()
    c.save()
    if has and case.place == "form_hierarchy":
        _field_under_parents(path, text)
    if has and case.place == "form_field":
        data = path.read_bytes()
        placeholder = b"(" + b"A" * (4 + 4 * len(text)) + b")"
        value = b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"
        path.write_bytes(data.replace(b"/V " + placeholder, b"/V " + value, 1))


def _field_under_parents(path: Path, text: str) -> None:
    """Move the form field's value up a hierarchy (form → mark → the widget): an incremental
    update gives the widget a parent field holding the value (UTF-16) under a grandparent, and
    the widget none of its own, as forms made by Acrobat often are."""
    import re

    data = path.read_bytes()
    objects_in = re.finditer(rb"(?<=\n)(\d+) 0 obj\s*<<((?:(?!endobj).)*)>>\s*endobj", data, re.S)
    widget = next(m for m in objects_in if b"/Subtype /Widget" in m.group(2))
    form_ref = re.search(rb"/AcroForm (\d+) 0 R", data)
    form = re.search(rb"\n" + form_ref.group(1) + rb" 0 obj\s*<<(.*?)>>\s*endobj", data, re.S)
    size = int(re.findall(rb"/Size (\d+)", data)[-1])
    root = re.findall(rb"/Root (\d+ 0 R)", data)[-1]
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    wid, parent, grand = int(widget.group(1)), size, size + 1
    own = re.sub(rb"/(?:T|DV) \([^)]*\)|/V <[0-9A-Fa-f]+>|/V \([^)]*\)", b"", widget.group(2))
    value = b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"
    fields = re.sub(rb"/Fields \[[^\]]*\]", b"", form.group(1)) + b" /Fields [ %d 0 R ]" % grand
    objects = {
        wid: b"<<" + own + b" /Parent %d 0 R >>" % parent,
        parent: b"<< /T (mark) /FT /Tx /V " + value + b" /Kids [ %d 0 R ] /Parent %d 0 R >>" % (wid, grand),
        grand: b"<< /T (form) /Kids [ %d 0 R ] >>" % parent,
        int(form_ref.group(1)): b"<<" + fields + b" >>",
    }
    path.write_bytes(pdf_update(data, objects, grand + 1, root, prev))
