"""Round 6 of the adversarial documents: spellings, places and formats no earlier round tried.

Written before looking at how the code reads any of them. Same base notice as tests/adversarial.py
(a 办法 issued by a 通知); each case plants one mark, one personal number or one near miss — a
text that must NOT be flagged (invoice numbers, 文号, area codes, 统一社会信用代码, an 18-digit
number failing the ID check, a Luhn-failing 16-digit number, 国家秘密 in a law's name).

Places new to this round: DOCX endnotes, picture alt text (docPr descr), w:altChunk, custom
properties, the glossary part, a mark over three runs with a bookmark and proofErr between,
a complex field's result, hidden (w:vanish) and deleted (w:del) runs, a table in the header,
core subject and keywords, one character per paragraph (vertical), the tail of a long paragraph,
a number spread one character per table cell, a number in the file name; HTML hidden /
display:none blocks, <noscript>, <template>, title= and data-* attributes, <iframe srcdoc>,
comments, <pre>, a rowspan cell, numeric entities, one <span> per character, <input value>, a
GBK page; PDF document info (Title, Subject, Keywords), outlines, rotated text, white text, a
form XObject, a column of characters, letter-spaced characters, a diagonal watermark; TXT in
GB18030 and UTF-16 with BOM.

`held_out6(case)`: a fixed third of the spelling × place combinations (a hash), never looked at
while fixing; the rest is the dev part.
"""

from __future__ import annotations

import hashlib
import html as H
import io
from dataclasses import dataclass
from pathlib import Path

from tests.adversarial import (
    BODY, CARD_6013, CARD_6222, CARD_9558, ID1, ID2, ID3, IMPRINT, ISSUER, MARKER, NUMBER, SIGN, TITLE,
    _groups, _id, _stamp_png, _xml,
)

ID_X = _id("330106", "19850621", "103")  # check character X
assert ID_X.endswith("X")
FULLWIDTH = str.maketrans("0123456789 X", "０１２３４５６７８９　Ｘ")


def _fw(text: str) -> str:
    return text.translate(FULLWIDTH)


def _bad_id() -> str:
    """An ID-shaped 18-digit number whose check digit is wrong."""
    body = "11010119900307123"
    right = _id("110101", "19900307", "123")[-1]
    return body + next(d for d in "0123456789" if d != right)


def _bad_luhn() -> str:
    from normdocs.review.numbers import luhn_ok
    body = "622202123456789"
    return next(body + d for d in "0123456789" if not luhn_ok(body + d))


# kind: secret, withhold, internal, personal — or near: must not be flagged at all
SPELLINGS6: dict[str, tuple[str, str]] = {
    "s_before_use": ("绝密★启用前", "secret"),
    "s_ideo_spaced": ("机\u3000\u3000密", "secret"),
    "s_middot": ("机·密★1年", "secret"),
    "s_hyphen": ("机-密", "secret"),
    "s_corner": ("「机密」", "secret"),
    "s_variant": ("祕密★3年", "secret"),
    "s_trad_long": ("絕密★長期", "secret"),
    "s_label_trad": ("密级：機密", "secret"),
    "s_circled": ("㊙密★5年", "secret"),
    "s_odd_spaces": ("秘\u00a0密\u2002★\u20035年", "secret"),
    "s_label_period": ("密级:绝密 保密期限:10年", "secret"),
    "w_tortoise": ("〔此件不予公开〕", "withhold"),
    "w_not_external": ("（此件不对外公开）", "withhold"),
    "w_not_active": ("（此件不予主动公开）", "withhold"),
    "w_compat": ("（此件\uf967予公开）", "withhold"),
    "w_sentence": ("此件不予公开。", "withhold"),
    "w_spaced_ascii": ("( 此件 不予 公开 )", "withhold"),
    "w_option_label": ("信息公开选项：依申请公开", "withhold"),
    "i_bare_bracket": ("（内部）", "internal"),
    "i_compat": ("内部资\uf9be", "internal"),
    "i_no_net": ("内部文件，请勿上网", "internal"),
    "i_limited": ("限内部传阅", "internal"),
    "p_id_fullwidth": ("身份证号：" + _fw(ID2), "personal"),
    "p_id_slash": ("身份证号 " + _groups(ID1, [6, 8, 4], "/"), "personal"),
    "p_id_middot": ("公民身份号码 " + _groups(ID3, [6, 8, 4], "·"), "personal"),
    "p_id_times": ("身份证 " + ID_X[:-1] + "×", "personal"),
    "p_id_lower_x": ("身份证号码：" + ID_X[:-1] + "x", "personal"),
    "p_id_linebreak": ("身份证号：" + ID2[:10] + "\n" + ID2[10:], "personal"),
    "p_card_middot": ("银行卡号 " + _groups(CARD_6222, [4, 4, 4, 4, 3], "·"), "personal"),
    "p_card_fullwidth": ("账号：" + _fw(_groups(CARD_9558, [4, 4, 4, 4, 3], " ")), "personal"),
    "p_card_dash": ("卡号 " + _groups(CARD_6013, [4, 4, 4, 4], "-"), "personal"),
    "p_card_bare": ("请汇至 " + _groups(CARD_6222, [4, 4, 4, 4, 3], "-"), "personal"),
    "p_mob_plus86": ("联系人张某 +86 138-1234-5678", "personal"),
    "p_mob_0086": ("电话 0086 13812345678", "personal"),
    "p_mob_paren": ("手机(+86)13912345678", "personal"),
    "p_mob_spaced": ("联系电话：138 1234 5678", "personal"),
    "p_mob_fullwidth": ("手机：１３９１２３４５６７８", "personal"),
    "p_mob_dots": ("联系人 139.1234.5678", "personal"),
    "p_mob_linebreak": ("手机：1381234\n5678", "personal"),
    "n_invoice": ("发票代码：144031900111，发票号码：04512345", "near"),
    "n_law": ("依据《中华人民共和国保守国家秘密法》和临政办发〔2023〕8号文件执行。", "near"),
    "n_phones": ("联系电话：0571-87654321，传真：(0571)87654322，邮编：310000", "near"),
    "n_credit_code": ("统一社会信用代码：113301000024991237、91330100MA2CF8XK3R", "near"),
    "n_bad_id": ("档案编号：" + _bad_id(), "near"),
    "n_bad_luhn": ("合同编号：" + _bad_luhn(), "near"),
    "n_secrecy_words": ("系统应保障数据的机密性、完整性和可用性，防止商业秘密泄露。", "near"),
    "n_law_withhold": ("涉及国家秘密、商业秘密、个人隐私的政府信息，不予公开。", "near"),
    "n_amounts": ("完成投资13712345670元，服务热线12345、95588，客服电话400-800-1234。", "near"),
    "n_codes": ("项目代码：2404-330100-04-01-123456，执行GB/T 9704-2012标准。", "near"),
    "n_dates": ("请于2024年4月2日至2024-05-01期间按20240402号公告办理。", "near"),
    "n_public_label": ("公开方式：主动公开", "near"),
    "n_secrecy_work": ("各单位要加强保密工作，落实保密责任制，做好内部控制。", "near"),
}

PLACES6: dict[str, tuple[str, ...]] = {
    "docx": ("body_mid", "para_tail", "vertical", "endnote", "image_alt", "alt_chunk", "custom_props", "glossary",
             "bookmark_split", "fld_complex", "hidden_run", "deleted_run", "header_table", "core_subject",
             "core_keywords", "digit_cells", "file_name"),
    "html": ("body_mid", "hidden", "display_none", "noscript", "template", "attr_title", "data_attr", "iframe_srcdoc",
             "comment", "pre", "rowspan", "entity", "split_spans", "input_value", "gbk", "vertical", "para_tail",
             "digit_cells", "file_name"),
    "pdf": ("body_mid", "info_title", "info_subject", "info_keywords", "outline", "rotated", "white_text",
            "xobject_form", "vertical", "char_spaced", "watermark", "para_tail", "file_name"),
    "txt": ("gb18030", "utf16_bom", "vertical", "para_tail", "file_name"),
}
MARK_ONLY = {"vertical", "watermark", "char_spaced"}  # a number is not typeset that way
NUMBER_ONLY = {"digit_cells"}  # forms print an ID one digit per box; marks are not
NEAR_PLACES = {"body_mid", "para_tail", "core_subject", "attr_title", "info_subject", "gb18030", "rowspan"}
NO_NEWLINE = {"file_name", "core_subject", "core_keywords", "info_title", "info_subject", "info_keywords", "outline",
              "custom_props", "attr_title", "data_attr", "input_value", "image_alt"}


@dataclass(frozen=True)
class Case6:
    spelling: str
    place: str
    fmt: str
    marker: bool

    @property
    def name(self) -> str:
        return f"r6-{self.fmt}-{self.place}-{self.spelling}{'-m' if self.marker else ''}"

    @property
    def kind(self) -> str:
        return SPELLINGS6[self.spelling][1] if self.spelling != "none" else "none"

    @property
    def text(self) -> str:
        text = SPELLINGS6[self.spelling][0] if self.spelling != "none" else ""
        return text.replace("\n", "") if self.place in NO_NEWLINE else text


def held_out6(case: Case6) -> bool:
    key = f"r6|{case.spelling}|{case.fmt}|{case.place}".encode()
    return hashlib.sha256(key).digest()[0] % 3 == 0


def matrix6() -> list[Case6]:
    cases = []
    for fmt, places in PLACES6.items():
        for place in places:
            for i, (spelling, (_, kind)) in enumerate(SPELLINGS6.items()):
                if kind == "personal" and place in MARK_ONLY:
                    continue
                if kind != "personal" and place in NUMBER_ONLY:
                    continue
                if kind == "near" and place not in NEAR_PLACES:
                    continue
                cases.append(Case6(spelling, place, fmt, marker=bool(i % 2)))
            cases.append(Case6("none", place, fmt, marker=False))
    return cases


def write_case6(case: Case6, folder: Path, serial: int | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stem = case.name
    if case.place == "file_name" and case.spelling != "none":
        stem += "-" + case.text.replace("/", "_").replace(" ", "")
    path = folder / f"{stem}.{case.fmt}"
    number = f"临政办发〔2024〕{serial}号" if serial is not None else NUMBER
    {"docx": _docx, "html": _html, "pdf": _pdf, "txt": _txt}[case.fmt](case, path, number)
    return path


def _paragraphs(case: Case6, number: str) -> list[tuple[str, str]]:
    """(role, text) of the notice, with the case's text in the body when its place is the body."""
    has = case.spelling != "none"
    text = case.text
    out: list[tuple[str, str]] = []
    if has and case.place == "vertical":
        out += [("text", ch) for ch in text if not ch.isspace()]
    if has and case.fmt == "txt" and case.place in ("gb18030", "utf16_bom") and case.kind in ("secret", "internal"):
        out += [("text", line) for line in text.split("\n")]
    out += [("mark", f"{ISSUER}文件"), ("number", number), ("title", TITLE)]
    for i, para in enumerate(BODY):
        if has and case.place == "para_tail" and i == 1:
            para = para + text  # 此件不予公开。 at the end of a long paragraph
        out.append(("text", para))
        if i == 2 and has and (case.place == "body_mid" or (case.fmt == "txt" and case.place in ("gb18030", "utf16_bom")
                                                           and case.kind not in ("secret", "internal"))):
            out += [("text", line) for line in text.split("\n")]
    out += [("right", SIGN[0]), ("right", SIGN[1])]
    if case.marker:
        out.append(("text", MARKER))
    out += [("text", t) for t in IMPRINT]
    return out


def _number_chars(text: str) -> tuple[str, list[str]]:
    """The label before a number and the number's characters, one per box of a form."""
    start = next(i for i, ch in enumerate(text) if ch.isdigit() or ch in "+（(")
    return text[:start].strip(" ：:"), [ch for ch in text[start:] if not ch.isspace() and ch not in "-/·"]


# -- TXT ----------------------------------------------------------------------------------------

def _txt(case: Case6, path: Path, number: str) -> None:
    text = "\n".join(t for _, t in _paragraphs(case, number)) + "\n"
    if case.place == "gb18030":
        path.write_bytes(text.encode("gb18030"))
    elif case.place == "utf16_bom":
        path.write_bytes(text.encode("utf-16"))  # BOM first
    else:
        path.write_text(text, encoding="utf-8")


# -- HTML ---------------------------------------------------------------------------------------

def _html(case: Case6, path: Path, number: str) -> None:
    has = case.spelling != "none"
    text, place = case.text, case.place
    t = H.escape(text).replace("\n", "<br>")
    paras = _paragraphs(case, number)
    if has and place == "vertical":
        paras = [p for p in paras if not (len(p[1]) == 1)]
    body = "".join(f"<p>{H.escape(x).replace(chr(10), '<br>')}</p>" for _, x in paras)
    extra = ""
    if has:
        extra = {
            "hidden": f"<div hidden>{t}</div>",
            "display_none": f'<div style="display: none">{t}</div>',
            "noscript": f"<noscript><p>{t}</p></noscript>",
            "template": f"<template><p>{t}</p></template>",
            "attr_title": f'<p><span title="{H.escape(text)}">附件下载</span></p>',
            "data_attr": f'<div class="doc" data-classification="{H.escape(text)}"></div>',
            "iframe_srcdoc": f'<iframe srcdoc="{H.escape("<p>" + H.escape(text) + "</p>")}"></iframe>',
            "comment": f"<!-- {text.replace('--', '—')} -->",
            "pre": "<pre>" + H.escape("  ".join(text)) + "</pre>",
            "rowspan": (f'<table><tr><td rowspan="2">{t}</td><td>发文机关</td></tr><tr><td>{ISSUER}</td></tr></table>'),
            "entity": "<p>" + "".join(f"&#{ord(ch)};" if ch != "\n" else "<br>" for ch in text) + "</p>",
            "split_spans": "<p>" + "".join(f"<span>{H.escape(ch)}</span>" if ch != "\n" else "<br>" for ch in text)
                           + "</p>",
            "input_value": f'<form><input type="hidden" name="mark" value="{H.escape(text)}"></form>',
            "gbk": f"<p>{t}</p>",
            "vertical": "<p>" + "<br>".join(H.escape(ch) for ch in text if not ch.isspace()) + "</p>",
            "digit_cells": _html_cells(text) if case.kind == "personal" else "",
        }.get(place, "")
    charset = "gbk" if place == "gbk" else "utf-8"
    page = (f"<html><head><meta charset='{charset}'><title>{TITLE}_临江市人民政府</title></head><body>"
            f"<table class='meta'><tr><td>发文机关</td><td>{ISSUER}</td></tr><tr><td>发文字号</td><td>{number}</td></tr>"
            f"<tr><td>成文日期</td><td>2024年04月02日</td></tr></table><h1>{H.escape(TITLE)}</h1>"
            f"<div id='zoom'>{extra}{body}</div><div class='footer'>临江市人民政府办公室主办</div></body></html>")
    path.write_bytes(page.encode("gb18030" if charset == "gbk" else "utf-8"))


def _html_cells(text: str) -> str:
    label, chars = _number_chars(text)
    return ("<table><tr><td>" + H.escape(label) + "</td>" + "".join(f"<td>{H.escape(c)}</td>" for c in chars)
            + "</tr></table>")


# -- DOCX ---------------------------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _runs_xml(text: str) -> str:
    return "<w:r><w:br/></w:r>".join(f'<w:r><w:t xml:space="preserve">{_xml(part)}</w:t></w:r>'
                                     for part in text.split("\n"))


def _docx(case: Case6, path: Path, number: str) -> None:
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    has = case.spelling != "none"
    text, place = case.text, case.place
    d = docx.Document()
    section = d.sections[0]
    paras = [d.add_paragraph(line) for _, line in _paragraphs(case, number)]
    top = next(p for p in paras if p.text == f"{ISSUER}文件")
    anchor = next(p for p in paras if p.text == BODY[3])
    if not has:
        pass
    elif place == "endnote":
        _part(d, "/word/endnotes.xml", "endnotes", RT.ENDNOTES,
              f'<w:endnotes xmlns:w="{_W}"><w:endnote w:id="1"><w:p>{_runs_xml(text)}</w:p></w:endnote></w:endnotes>')
    elif place == "glossary":
        _part(d, "/word/glossary/document.xml", "document.glossary", RT.GLOSSARY_DOCUMENT,
              f'<w:glossaryDocument xmlns:w="{_W}"><w:docParts><w:docPart><w:docPartPr><w:name w:val="mark"/>'
              f'</w:docPartPr><w:docPartBody><w:p>{_runs_xml(text)}</w:p></w:docPartBody></w:docPart></w:docParts>'
              '</w:glossaryDocument>')
    elif place == "alt_chunk":
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part
        chunk = Part(PackURI("/word/afchunk1.htm"), "text/html",
                     f"<html><body><p>{H.escape(text)}</p></body></html>".encode(), d.part.package)
        rid = d.part.relate_to(chunk, RT.A_F_CHUNK)
        top._p.addprevious(parse_xml(f'<w:altChunk {nsdecls("w", "r")} r:id="{rid}"/>'))
    elif place == "custom_props":
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns='
               '"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt='
               '"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid='
               '"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="备注"><vt:lpwstr>'
               f'{_xml(text)}</vt:lpwstr></property></Properties>')
        part = Part(PackURI("/docProps/custom.xml"), "application/vnd.openxmlformats-officedocument.custom-properties+xml",
                    xml.encode(), d.part.package)
        d.part.package.relate_to(part, RT.CUSTOM_PROPERTIES)
    elif place == "image_alt":
        run = top.insert_paragraph_before("").add_run()
        run.add_picture(io.BytesIO(_stamp_png(" ")))
        for pr in run._r.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"):
            pr.set("descr", text)
    elif place == "bookmark_split":
        a, b = max(1, len(text) // 3), max(2, 2 * len(text) // 3)
        p = top.insert_paragraph_before("")
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{_xml(text[:a])}</w:t></w:r>'))
        p._p.append(parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="0" w:name="_GoBack"/>'))
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_xml(text[a:b])}'
                              '</w:t></w:r>'))
        p._p.append(parse_xml(f'<w:proofErr {nsdecls("w")} w:type="spellStart"/>'))
        p._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="0"/>'))
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{_xml(text[b:])}</w:t></w:r>'))
    elif place == "fld_complex":
        p = top.insert_paragraph_before("")
        for xml in ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
                    '<w:r><w:instrText xml:space="preserve"> DOCPROPERTY 密级 </w:instrText></w:r>',
                    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
                    f'<w:r><w:t xml:space="preserve">{_xml(text)}</w:t></w:r>',
                    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'):
            p._p.append(parse_xml(xml.replace("<w:r>", f'<w:r {nsdecls("w")}>', 1)))
    elif place == "hidden_run":
        p = top.insert_paragraph_before("")
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">{_xml(text)}'
                              '</w:t></w:r>'))
    elif place == "deleted_run":
        p = top.insert_paragraph_before("")
        p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="3" w:author="x" w:date="2024-04-01T00:00:00Z"><w:r>'
                              f'<w:delText xml:space="preserve">{_xml(text)}</w:delText></w:r></w:del>'))
    elif place == "header_table":
        table = section.header.add_table(rows=1, cols=2, width=section.page_width - section.left_margin
                                         - section.right_margin)
        table.cell(0, 0).text = "临江市人民政府办公室"
        table.cell(0, 1).text = text
    elif place == "core_subject":
        d.core_properties.subject = text
    elif place == "core_keywords":
        d.core_properties.keywords = f"停车管理;{text}"
    elif place == "digit_cells":
        label, chars = _number_chars(text)
        table = d.add_table(rows=1, cols=len(chars) + 1)
        table.cell(0, 0).text = label
        for i, ch in enumerate(chars, start=1):
            table.cell(0, i).text = ch
        anchor._p.addnext(table._tbl)
    d.save(str(path))


def _part(d, name: str, kind: str, reltype: str, xml: str) -> None:
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    content_type = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"
    part = Part(PackURI(name), content_type, ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + xml).encode(),
                d.part.package)
    d.part.relate_to(part, reltype)


# -- PDF ----------------------------------------------------------------------------------------

def draw_letter_lines(c, lines: list[tuple[str, str]], width: float, height: float) -> float:
    """A letter's (kind, text) lines down a reportlab page, GB/T 9704-like (red centred mark,
    centred title and number, right-aligned signature, wrapped body); the y below the last."""
    y = height - 100
    for kind, line in lines:
        size = {"mark": 30, "title": 18}.get(kind, 14)
        c.setFont("STSong-Light", size)
        c.setFillColorRGB(0.9, 0, 0) if kind == "mark" else c.setFillColorRGB(0, 0, 0)
        if kind in ("mark", "title", "number"):
            c.drawCentredString(width / 2, y, line)
            y -= size + 12
        elif kind == "right":
            c.drawRightString(width - 90, y, line)
            y -= size + 12
        else:
            for piece in _wrap(line, 30):
                c.drawString(80, y, piece)
                y -= size + 12
    return y


def _wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)] or [""]


def _pdf(case: Case6, path: Path, number: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    has = case.spelling != "none"
    text, place = case.text, case.place
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    if has and place == "info_title":
        c.setTitle(text)
    if has and place == "info_subject":
        c.setSubject(text)
    if has and place == "info_keywords":
        c.setKeywords(f"停车管理 {text}")
    paras = [p for p in _paragraphs(case, number) if not (place == "vertical" and len(p[1]) == 1)]
    pages = [paras, [("text", f"第{i}条 停车管理部门应当按照规定公开收费标准和投诉电话。") for i in range(1, 20)]]
    if has and place == "xobject_form":
        c.beginForm("mark")
        c.setFont("STSong-Light", 14)
        c.drawString(80, height - 70, text.replace("\n", " "))
        c.endForm()
    for page_no, lines in enumerate(pages, start=1):
        if page_no == 1 and has:
            if place == "outline":
                c.bookmarkPage("p1")
                c.addOutlineEntry(text, "p1", level=0)
            elif place == "rotated":
                c.saveState()
                c.translate(40, height - 60)
                c.rotate(-90)
                c.setFont("STSong-Light", 14)
                c.drawString(0, 0, text.replace("\n", " "))
                c.restoreState()
            elif place == "white_text":
                c.setFillColorRGB(1, 1, 1)
                c.setFont("STSong-Light", 14)
                c.drawString(80, height - 70, text.replace("\n", " "))
                c.setFillColorRGB(0, 0, 0)
            elif place == "xobject_form":
                c.doForm("mark")
            elif place == "vertical":
                c.setFont("STSong-Light", 16)
                for k, ch in enumerate(ch for ch in text if not ch.isspace()):
                    c.drawString(40, height - 60 - 20 * k, ch)
            elif place == "char_spaced":
                c.setFont("STSong-Light", 14)
                for k, ch in enumerate(text):
                    c.drawString(80 + 28 * k, height - 70, ch)
            elif place == "watermark":
                c.saveState()
                c.setFillColorRGB(0.85, 0.85, 0.85)
                c.translate(width / 2, height / 2)
                c.rotate(45)
                c.setFont("STSong-Light", 60)
                c.drawCentredString(0, 0, text)
                c.restoreState()
        draw_letter_lines(c, lines, width, height)
        c.setFont("STSong-Light", 12)
        c.drawCentredString(width / 2, 40, f"— {page_no} —")
        c.showPage()
    c.save()


def suite6() -> list[Case6]:
    """One case per place of every format, the marked and numbered spellings taken in turn, plus
    one near miss per format and one unmarked control: small enough for the test suite."""
    marked = [n for n, (_, k) in SPELLINGS6.items() if k != "near"]
    near = [n for n, (_, k) in SPELLINGS6.items() if k == "near"]
    rotation = [marked[(i * 7) % len(marked)] for i in range(len(marked))]  # kinds interleaved
    cases, i = [], 0
    for f, (fmt, places) in enumerate(PLACES6.items()):
        for place in places:
            while True:
                spelling = rotation[i % len(rotation)]
                i += 1
                kind = SPELLINGS6[spelling][1]
                if not ((kind == "personal" and place in MARK_ONLY) or (kind != "personal" and place in NUMBER_ONLY)):
                    break
            cases.append(Case6(spelling, place, fmt, marker=bool(i % 2)))
        cases.append(Case6(near[(3 * f) % len(near)], "body_mid" if fmt != "txt" else "gb18030", fmt, marker=True))
        cases.append(Case6("none", places[0], fmt, marker=False))
    return cases
