"""Round 7 of the adversarial documents: spellings, places and formats rounds 1-6 did not combine.

Written before looking at how the code reads any of them. Same base notice as tests/adversarial.py;
each case plants one mark, one personal number, one near miss (must NOT be flagged at all) or one
quoted level (a body sentence that only names a mark: it may go to review, it must not be kept out
of the library as a marked document is).

New spellings: stars ☆ ✩ ＊ ✱, 绝密★长期 with 特提, a 份号 before the mark, a spaced 密 级 label, a
period in Chinese words (二十年, 一年), 密级 and 保密期限 on one printed line, 密级【机密】; 附注 forms
（此件不上网公开）, （此件不公开发布）, （此件删减后公开）, 是否公开：否, a full stop inside the bracket,
ideographic spaces between every character; 内部 明电, 请勿转发, 仅限系统内部使用, 会后收回; IDs with a
few full-width digits mixed in, in Chinese digits (〇一二…), a 港澳居民居住证 number, a full-width Ｘ,
cards with em dashes, mobiles written +86-, in a URL query, as an e-mail local part, in Chinese digits.

New places: DOCX a later section's header, a real footnote (separators and a reference), a VML text
box, WordArt (text only in v:textpath@string), a picture's title, document variables (settings.xml),
ruby, a mark broken by a page break inside its paragraph, the ★ as a w:sym symbol, a text box in
the header, the 版记's 印发 line, a number split over table cells by its groups; HTML <details>,
<svg><text>, CSS content:, <option>, <textarea>, an iframe srcdoc inside an iframe srcdoc, <ruby>,
document.write, a mark under 3,000 nested <div>, a number in a link's query or a mailto:; PDF
invisible text (render mode 3), text outside a clipping path, a mark split across a page break,
XMP metadata only, /Author, a link's URI, a form XObject inside a form XObject, a 1-point font;
TXT with CRLF and tabs. Hostile files: a DOCX with external relationships, a header picture whose
PNG header claims 50,000 × 50,000 pixels, a PDF with /OpenAction JavaScript and /Launch, a PDF image
XObject claiming 60,000 × 60,000 pixels, a zip holding a zip, a DOCX-named zip of zips, HTML nested
100,000 deep, formulas and markup in a title and a metadata cell.

`held_out7(case)`: a fixed third of the spelling × format × place combinations (a hash), fixed
before any case was scored and never looked at while fixing; the rest is the dev part.
"""

from __future__ import annotations

import hashlib
import html as H
import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from tests.adversarial import (
    BODY, CARD_6013, CARD_6222, CARD_9558, ID1, ID2, ID3, IMPRINT, ISSUER, MARKER, NUMBER, SIGN, TITLE,
    _MC, _WPS, _groups, _id, _stamp_png, _xml,
)
from tests.adversarial6 import ID_X, _part, draw_letter_lines
from tests.make_docs import pdf_update

ID_HK = _id("810000", "19880515", "021")  # 港澳居民居住证: an 18-character number of the ID's form
ATTACHED_TEMPLATE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
CN_DIGITS = str.maketrans("0123456789", "〇一二三四五六七八九")


def _mixed_fullwidth(number: str) -> str:
    """Every third digit full-width, as an input method left on by accident prints it."""
    return "".join(chr(ord(c) + 0xFEE0) if i % 3 == 1 and c.isdigit() else c for i, c in enumerate(number))


# kind: secret, withhold, internal, personal; near: must not be flagged; quoted: a body sentence
# naming a mark (review allowed, never kept out of the library)
SPELLINGS7: dict[str, tuple[str, str]] = {
    "s_hollow_star": ("秘密☆1年", "secret"),
    "s_white_star": ("机密✩3年", "secret"),
    "s_fw_asterisk": ("机密＊2年", "secret"),
    "s_heavy_asterisk": ("绝密✱长期", "secret"),
    "s_long_urgent": ("绝密★长期　特提", "secret"),
    "s_copy_no": ("份号：000086　秘密★6个月", "secret"),
    "s_label_spaced": ("密　级：机　密", "secret"),
    "s_cn_twenty": ("机密★二十年", "secret"),
    "s_label_term": ("密级：秘密　保密期限：五年", "secret"),
    "s_lenticular_label": ("密级【机密】", "secret"),
    "s_spaced_cn_one": ("秘密 ★ 一年", "secret"),
    "w_not_online": ("（此件不上网公开）", "withhold"),
    "w_not_release": ("（此件不公开发布）", "withhold"),
    "w_reduced": ("（此件删减后公开）", "withhold"),
    "w_yes_no": ("是否公开：否", "withhold"),
    "w_period_inside": ("（此件依申请公开。）", "withhold"),
    "w_ideo_spaced": ("（此\u3000件\u3000不\u3000予\u3000公\u3000开）", "withhold"),
    "i_mingdian": ("内部　明电", "internal"),
    "i_no_forward": ("内部资料　请勿转发", "internal"),
    "i_system_only": ("仅限系统内部使用", "internal"),
    "i_collect": ("会后收回", "internal"),
    "i_work_star": ("工作秘密★1年", "internal"),
    "p_id_mixed_fw": ("身份证号：" + _mixed_fullwidth(ID1), "personal"),
    "p_id_cn_digits": ("身份证号码：" + ID2.translate(CN_DIGITS), "personal"),
    "p_id_hk": ("港澳居民居住证号码：" + ID_HK, "personal"),
    "p_id_fw_x": ("身份证 " + ID_X[:-1] + "Ｘ", "personal"),
    "p_card_emdash": ("银行账号：" + _groups(CARD_6013, [4, 4, 4, 4], "—"), "personal"),
    "p_card_dash4": ("收款卡号 " + _groups(CARD_9558, [4, 4, 4, 4, 3], "-"), "personal"),
    "p_mob_plus86_dash": ("联系电话：+86-13812345678", "personal"),
    "p_mob_url": ("预约链接：https://yy.ljz.gov.cn/book?tel=13912345678&src=notice", "personal"),
    "p_id_url": ("查询地址：https://cx.ljz.gov.cn/check?idcard=" + ID3 + "&type=1", "personal"),
    "p_mob_email": ("联系邮箱：13812345678@163.com", "personal"),
    "p_mob_cn_digits": ("手机：一三九一二三四五六七八", "personal"),
    "p_card_6222_tail": ("6222 " + " ".join(_groups(CARD_6222[4:], [4, 4, 4, 3], " ").split()) + "（工商银行）",
                         "personal"),
    "n_isbn": ("ISBN 978-7-5117-1234-5，定价38.00元。", "near"),
    "n_url": ("详见 https://www.ljz.gov.cn/art/2024/4/2/art_1229_3012345.html", "near"),
    "n_extension": ("联系电话：0571-87654321转8023，投诉请拨12345。", "near"),
    "n_cn_date": ("二〇二四年四月二日", "near"),
    "n_internal_audit": ("各单位要健全内部审计和内部控制制度，不得随意复制内部资料管理模式。", "near"),
    "n_declassify": ("保密期限届满的，自行解密。", "near"),
    "n_bid": ("招标编号：LJZFCG-2024-0001，包号：2，预算金额138123456元。", "near"),
    "n_public_variants": ("（此件主动公开）", "near"),
    "n_star_rating": ("服务评价：★★★★☆", "near"),
    "n_cn_count": ("共计一百二十三件，涉及一三八户。", "near"),
    "q_quote_single": ("文件中不得标注‘机密’字样。", "quoted"),
    "q_quote_rule": ("对标注“秘密★10年”的文件，应当由专人保管。", "quoted"),
    "q_law_label": ("文件密级为机密的，应当在首页标明。", "quoted"),
}

PLACES7: dict[str, tuple[str, ...]] = {
    "docx": ("body_mid", "later_section_header", "footnote_ref", "vml_textbox", "wordart", "image_title", "doc_var",
             "ruby", "page_break_split", "sym_star", "header_textbox", "imprint_line", "group_cells"),
    "html": ("body_mid", "details", "svg_text", "css_content", "option", "textarea", "iframe_nested", "ruby",
             "script_write", "deep_nest", "link_query", "mailto", "group_cells", "imprint_line"),
    "pdf": ("body_mid", "invisible_render", "clipped", "page_break_split", "xmp_only", "info_author", "link_uri",
            "nested_xobject", "tiny_font", "imprint_line"),
    "txt": ("body_mid", "crlf_tabs", "imprint_line"),
}
MARK_ONLY = {"wordart", "ruby", "page_break_split", "sym_star"}  # no number is set this way
NUMBER_ONLY = {"group_cells", "link_query", "mailto", "link_uri"}  # a number's places, not a mark's
NEAR_PLACES = {"body_mid", "imprint_line", "crlf_tabs", "details", "xmp_only", "doc_var"}
NO_NEWLINE = {"wordart", "image_title", "doc_var", "xmp_only", "info_author", "css_content", "option"}
STARS = "★☆✩＊✱"


@dataclass(frozen=True)
class Case7:
    spelling: str
    place: str
    fmt: str
    marker: bool

    @property
    def name(self) -> str:
        return f"r7-{self.fmt}-{self.place}-{self.spelling}{'-m' if self.marker else ''}"

    @property
    def kind(self) -> str:
        if self.spelling == "none":
            return "none"
        if self.spelling.startswith("x_"):
            return HOSTILE[self.spelling][1]
        return SPELLINGS7[self.spelling][1]

    @property
    def text(self) -> str:
        if self.spelling == "none" or self.spelling.startswith("x_"):
            return HOSTILE[self.spelling][0] if self.spelling.startswith("x_") else ""
        return SPELLINGS7[self.spelling][0]


def held_out7(case: Case7) -> bool:
    key = f"r7|{case.spelling}|{case.fmt}|{case.place}".encode()
    return hashlib.sha256(key).digest()[0] % 3 == 0


def _fits(kind: str, spelling: str, place: str) -> bool:
    if kind in ("personal", "near", "quoted") and place in MARK_ONLY:
        return False
    if kind not in ("personal",) and place in NUMBER_ONLY:
        return False
    if kind in ("near", "quoted") and place not in NEAR_PLACES:
        return False
    if place == "sym_star" and not any(s in SPELLINGS7[spelling][0] for s in STARS):
        return False
    if place in NUMBER_ONLY and spelling in ("p_mob_url", "p_id_url", "p_mob_email", "p_mob_cn_digits",
                                             "p_id_cn_digits"):
        return False  # no digits of their own to put in a link or a cell (added after the first scoring)
    return True


# hostile files: (text planted, kind); each is one case of its own format and place "hostile"
HOSTILE: dict[str, tuple[str, str]] = {
    "x_docx_external": ("机密★1年", "secret"),
    "x_docx_huge_png": ("内部资料", "internal"),
    "x_pdf_js_launch": ("（此件不予公开）", "withhold"),
    "x_pdf_huge_image": ("机密★1年", "secret"),
    "x_zip_nested": ("", "none"),
    "x_docx_zip_of_zips": ("", "none"),
    "x_html_deep_100k": ("机密★1年", "secret"),
    "x_html_formula": ("", "none"),
}
HOSTILE_FORMATS = {"x_docx_external": "docx", "x_docx_huge_png": "docx", "x_pdf_js_launch": "pdf",
                   "x_pdf_huge_image": "pdf", "x_zip_nested": "zip", "x_docx_zip_of_zips": "docx",
                   "x_html_deep_100k": "html", "x_html_formula": "html"}


def matrix7() -> list[Case7]:
    cases = []
    for fmt, places in PLACES7.items():
        for place in places:
            for i, (spelling, (_, kind)) in enumerate(SPELLINGS7.items()):
                if _fits(kind, spelling, place):
                    cases.append(Case7(spelling, place, fmt, marker=bool(i % 2)))
            if place not in NUMBER_ONLY:
                cases.append(Case7("none", place, fmt, marker=False))
    cases += [Case7(name, "hostile", fmt, marker=False) for name, fmt in HOSTILE_FORMATS.items()]
    return cases


def suite7() -> list[Case7]:
    """Every spelling once and every place of every format once (a deterministic sample for the
    test suite), plus every hostile file and one unmarked control per format."""
    cases: list[Case7] = []
    used_spellings: set[str] = set()
    for fmt, places in PLACES7.items():
        for place in places:
            pick = next((s for s, (_, k) in SPELLINGS7.items() if s not in used_spellings and _fits(k, s, place)), None)
            if pick is None:
                pick = next(s for s, (_, k) in SPELLINGS7.items() if _fits(k, s, place) and k not in ("near", "quoted"))
            used_spellings.add(pick)
            cases.append(Case7(pick, place, fmt, marker=len(cases) % 2 == 1))
        cases.append(Case7("none", places[0], fmt, marker=True))
    for spelling, (_, kind) in SPELLINGS7.items():  # what no place took, in the body
        if spelling not in used_spellings:
            cases.append(Case7(spelling, "body_mid", "txt" if len(cases) % 2 else "docx", marker=False))
    cases += [Case7(name, "hostile", fmt, marker=False) for name, fmt in HOSTILE_FORMATS.items()]
    return cases


def write_case7(case: Case7, folder: Path, serial: int | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    number = f"临政办发〔2024〕{serial}号" if serial is not None else NUMBER
    if case.place == "hostile":
        return _hostile(case, folder, number)
    path = folder / f"{case.name}.{case.fmt}"
    {"docx": _docx, "html": _html, "pdf": _pdf, "txt": _txt}[case.fmt](case, path, number)
    return path


def _has(case: Case7) -> bool:
    return case.spelling != "none"


def _paragraphs(case: Case7, number: str, *, body: bool = True) -> list[tuple[str, str]]:
    """(role, text) of the notice; the case's text in the body (body_mid) or on the 印发 line."""
    text = case.text
    out: list[tuple[str, str]] = [("mark", f"{ISSUER}文件"), ("number", number), ("title", TITLE)]
    for i, para in enumerate(BODY):
        out.append(("text", para))
        if i == 2 and _has(case) and body and case.place in ("body_mid", "crlf_tabs"):
            out.append(("text", ("\t" + text + "  ") if case.place == "crlf_tabs" else text))
    out += [("right", SIGN[0]), ("right", SIGN[1])]
    if case.marker:
        out.append(("text", MARKER))
    imprint = list(IMPRINT)
    if _has(case) and case.place == "imprint_line":
        imprint[-1] = imprint[-1] + "\u3000\u3000" + text
    out += [("text", t) for t in imprint]
    return out


# -- TXT ----------------------------------------------------------------------------------------

def _txt(case: Case7, path: Path, number: str) -> None:
    newline = "\r\n" if case.place == "crlf_tabs" else "\n"
    path.write_bytes((newline.join(t for _, t in _paragraphs(case, number)) + newline).encode("utf-8"))


# -- HTML ---------------------------------------------------------------------------------------

def _css_string(text: str) -> str:
    return '"' + "".join(f"\\{ord(c):x} " if not c.isascii() or c in '"\\' else c for c in text) + '"'


def _html(case: Case7, path: Path, number: str) -> None:
    text, place = case.text, case.place
    t = H.escape(text)
    paras = _paragraphs(case, number)
    body = "".join(f"<p>{H.escape(x)}</p>" for _, x in paras)
    extra, style = "", ""
    if _has(case):
        digits = _number_digits(text)
        if place == "details":
            extra = f"<details><summary>附注</summary><p>{t}</p></details>"
        elif place == "svg_text":
            extra = f'<svg width="300" height="40"><text x="0" y="24" font-size="20">{t}</text></svg>'
        elif place == "css_content":
            style = f"<style>.doc-level::before {{ content: {_css_string(text)}; color: red; }}</style>"
            extra = '<p class="doc-level"></p>'
        elif place == "option":
            extra = f'<select name="level"><option value="1" selected>{t}</option></select>'
        elif place == "textarea":
            extra = f"<textarea readonly rows='2'>{t}</textarea>"
        elif place == "iframe_nested":
            inner = f"<p>{t}</p>"
            middle = f'<iframe srcdoc="{H.escape(inner)}"></iframe>'
            extra = f'<iframe srcdoc="{H.escape(middle)}"></iframe>'
        elif place == "ruby":
            extra = "<p><ruby>" + "".join(f"{H.escape(ch)}<rp>(</rp><rt>x</rt><rp>)</rp>" for ch in text
                                          if not ch.isspace()) + "</ruby></p>"
        elif place == "script_write":
            extra = "<script>document.write(" + repr("<p>" + t + "</p>") + ");</script>"
        elif place == "deep_nest":
            extra = "<div>" * 3000 + f"<span>{t}</span>" + "</div>" * 3000
        elif place == "link_query":
            extra = f'<p><a href="https://cx.ljz.gov.cn/q?id={digits}&amp;from=notice">在线查询</a></p>'
        elif place == "mailto":
            extra = f'<p><a href="mailto:{digits}@163.com">联系我们</a></p>'
        elif place == "group_cells":
            extra = _html_cells(text)
    page = (f"<html><head><meta charset='utf-8'><title>{TITLE}_临江市人民政府</title>{style}</head><body>"
            f"<table class='meta'><tr><td>发文机关</td><td>{ISSUER}</td></tr><tr><td>发文字号</td><td>{number}</td></tr>"
            f"<tr><td>成文日期</td><td>2024年04月02日</td></tr></table><h1>{H.escape(TITLE)}</h1>"
            f"<div id='zoom'>{extra}{body}</div><div class='footer'>临江市人民政府办公室主办</div></body></html>")
    path.write_text(page, encoding="utf-8")


def _number_digits(text: str) -> str:
    """The planted number's characters (full-width folded, separators dropped), for a link or a cell."""
    import unicodedata

    m = re.search(r"\+?\d[\d\s\-—Xx]{9,}[\dXx]", unicodedata.normalize("NFKC", text))
    return re.sub(r"[^0-9Xx]", "", m.group()) if m else ""


def _number_groups(text: str) -> tuple[str, list[str]]:
    """The label before a number and the number cut in its printed groups (or in 6-8-4 / 4s / 3-4-4)."""
    start = next(i for i, ch in enumerate(text) if ch.isdigit() or ch in "+")
    label, rest = text[:start].strip(" ：:"), text[start:]
    groups = [g for g in re.split(r"[\s\-—]+", re.sub(r"（.*", "", rest)) if g]
    if len(groups) == 1:
        n = groups[0].lstrip("+")
        n = re.sub(r"^86-?", "", n) if rest.startswith("+") else n
        sizes = [6, 8, 4] if len(n) == 18 else [3, 4, 4] if len(n) == 11 else [4] * (len(n) // 4) + [len(n) % 4]
        groups = [g for g in _groups(n, sizes, " ").split(" ") if g]
    return label, groups


def _html_cells(text: str) -> str:
    label, groups = _number_groups(text)
    return ("<table><tr><td>" + H.escape(label) + "</td>" + "".join(f"<td>{H.escape(g)}</td>" for g in groups)
            + "</tr></table>")


# -- DOCX ---------------------------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_V = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def _docx(case: Case7, path: Path, number: str) -> None:
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    text, place = case.text, case.place
    d = docx.Document()
    section = d.sections[0]
    paras = [d.add_paragraph(line) for _, line in _paragraphs(case, number)]
    top = next(p for p in paras if p.text == f"{ISSUER}文件")
    anchor = next(p for p in paras if p.text == BODY[3])

    def run(xml: str):
        return parse_xml(xml.replace("<w:r>", f'<w:r {nsdecls("w")} {_V} {_WPS} {_MC} {nsdecls("wp", "a")}>', 1))

    if not _has(case):
        pass
    elif place == "later_section_header":
        later = d.add_section()
        later.header.is_linked_to_previous = False
        later.header.paragraphs[0].text = text
        d.add_paragraph("附件：临江市城市道路停车泊位设置标准")
    elif place == "footnote_ref":
        sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
               '</w:p></w:footnote>')
        _part(d, "/word/footnotes.xml", "footnotes", RT.FOOTNOTES,
              f'<w:footnotes xmlns:w="{_W}">{sep}<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
              f'<w:r><w:t xml:space="preserve"> {_xml(text)}</w:t></w:r></w:p></w:footnote></w:footnotes>')
        anchor._p.append(run('<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                             '<w:footnoteReference w:id="1"/></w:r>'))
    elif place == "vml_textbox":
        top._p.append(run('<w:r><w:pict><v:shape id="tb1" style="position:absolute;width:180pt;height:30pt" '
                          'type="#_x0000_t202"><v:textbox><w:txbxContent><w:p><w:r><w:t>'
                          f'{_xml(text)}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    elif place == "wordart":
        top._p.append(run('<w:r><w:pict><v:shape id="wa1" type="#_x0000_t136" style="width:200pt;height:40pt" '
                          f'fillcolor="red"><v:textpath style="font-family:&quot;宋体&quot;" string="{H.escape(text)}"/>'
                          '</v:shape></w:pict></w:r>'))
    elif place == "image_title":
        picture = top.insert_paragraph_before("").add_run()
        picture.add_picture(io.BytesIO(_stamp_png(" ")))
        for pr in picture._r.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"):
            pr.set("title", text)
    elif place == "doc_var":
        d.settings.element.append(parse_xml(f'<w:docVars {nsdecls("w")}><w:docVar w:name="密级" '
                                            f'w:val="{H.escape(text)}"/></w:docVars>'))
    elif place == "ruby":
        p = top.insert_paragraph_before("")
        for ch in text:
            if ch.isspace():
                continue
            p._p.append(run('<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="10"/>'
                            '<w:hpsRaise w:val="18"/><w:hpsBaseText w:val="21"/><w:lid w:val="zh-CN"/></w:rubyPr>'
                            '<w:rt><w:r><w:t>x</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>'
                            f'{_xml(ch)}</w:t></w:r></w:rubyBase></w:ruby></w:r>'))
    elif place == "page_break_split":
        cut = max(1, len(text) // 3)
        p = anchor.insert_paragraph_before("")
        p._p.append(run(f'<w:r><w:t xml:space="preserve">{_xml(text[:cut])}</w:t></w:r>'))
        p._p.append(run('<w:r><w:br w:type="page"/></w:r>'))
        p._p.append(run(f'<w:r><w:t xml:space="preserve">{_xml(text[cut:])}</w:t></w:r>'))
    elif place == "sym_star":
        p = top.insert_paragraph_before("")
        star = next(s for s in STARS if s in text)
        before, _, after = text.partition(star)
        p._p.append(run(f'<w:r><w:t xml:space="preserve">{_xml(before)}</w:t></w:r>'))
        p._p.append(run('<w:r><w:sym w:font="Wingdings" w:char="F0AB"/></w:r>'))
        p._p.append(run(f'<w:r><w:t xml:space="preserve">{_xml(after)}</w:t></w:r>'))
    elif place == "header_textbox":
        header_p = section.header.paragraphs[0]
        header_p._p.append(run(
            '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" '
            'distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" '
            'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>0'
            '</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>0</wp:posOffset>'
            '</wp:positionV><wp:extent cx="1800000" cy="400000"/><wp:wrapNone/><wp:docPr id="19" name="htb"/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent><w:p><w:r><w:t>'
            f'{_xml(text)}</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData>'
            '</a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>'))
    elif place == "group_cells":
        label, groups = _number_groups(text)
        table = d.add_table(rows=1, cols=len(groups) + 1)
        table.cell(0, 0).text = label
        for i, g in enumerate(groups, start=1):
            table.cell(0, i).text = g
        anchor._p.addnext(table._tbl)
    d.save(str(path))


# -- PDF ----------------------------------------------------------------------------------------

def _pdf(case: Case7, path: Path, number: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    has, text, place = _has(case), case.text.replace("\n", " "), case.place
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    if has and place == "info_author":
        c.setAuthor(text)
    cut = max(1, len(text) // 3)
    page2 = [("text", f"第{i}条 停车管理部门应当按照规定公开收费标准和投诉电话。") for i in range(1, 20)]
    if has and place == "page_break_split":
        page2 = [("text", text[cut:])] + page2
    pages = [_paragraphs(case, number), page2]
    if has and place == "nested_xobject":
        c.beginForm("inner")
        c.setFont("STSong-Light", 14)
        c.drawString(80, height - 70, text)
        c.endForm()
        c.beginForm("outer")
        c.doForm("inner")
        c.endForm()
    for page_no, lines in enumerate(pages, start=1):
        if page_no == 1 and has:
            if place == "invisible_render":
                t = c.beginText(80, height - 70)
                t.setFont("STSong-Light", 14)
                t.setTextRenderMode(3)
                t.textLine(text)
                c.drawText(t)
            elif place == "clipped":
                c.saveState()
                p = c.beginPath()
                p.rect(0, 0, 1, 1)
                c.clipPath(p, stroke=0, fill=0)
                c.setFont("STSong-Light", 14)
                c.drawString(80, height - 70, text)
                c.restoreState()
            elif place == "nested_xobject":
                c.doForm("outer")
            elif place == "tiny_font":
                c.setFont("STSong-Light", 1)
                c.drawString(80, 70, text)
            elif place == "link_uri":
                digits = _number_digits(text)
                c.setFont("STSong-Light", 12)
                c.drawString(80, 80, "在线查询")
                c.linkURL(f"https://cx.ljz.gov.cn/q?id={digits}", (80, 75, 160, 95), relative=0)
        draw_letter_lines(c, lines, width, height)
        if page_no == 1 and has and place == "page_break_split":
            c.setFont("STSong-Light", 14)
            c.drawString(80, 90, text[:cut])  # the last line of page 1
        c.setFont("STSong-Light", 12)
        c.drawCentredString(width / 2, 40, f"— {page_no} —")
        c.showPage()
    c.save()
    if has and place == "xmp_only":
        _add_to_catalog(path, {"Metadata": _xmp_stream(text)})


def _xmp_stream(text: str) -> bytes:
    xmp = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description><rdf:Alt><rdf:li xml:lang="x-default">'
           f'{_xml(text)}</rdf:li></rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta>'
           '<?xpacket end="w"?>').encode("utf-8")
    return b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n" % len(xmp) + xmp + b"\nendstream"


def _add_to_catalog(path: Path, entries: dict[str, bytes]) -> None:
    """An incremental update: new objects for `entries` and the catalog rewritten to point at them."""
    data = path.read_bytes()
    root_num = int(re.findall(rb"/Root (\d+) 0 R", data)[-1])
    root = re.search(rb"\n" + str(root_num).encode() + rb" 0 obj\s*<<(.*?)>>\s*endobj", data, re.S)
    size = int(re.findall(rb"/Size (\d+)", data)[-1])
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    objects, keys = {}, b""
    for k, (name, body) in enumerate(entries.items()):
        objects[size + k] = body
        keys += b" /%s %d 0 R" % (name.encode(), size + k)
    objects[root_num] = b"<<" + root.group(1) + keys + b" >>"
    total = max(size + len(entries), root_num + 1)
    path.write_bytes(pdf_update(data, objects, total, b"%d 0 R" % root_num, prev))


# -- hostile files ------------------------------------------------------------------------------

def _png_header_only(w: int, h: int) -> bytes:
    """A PNG whose header claims w × h pixels and whose data is a few bytes (a bomb by its header)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")


def _hostile(case: Case7, folder: Path, number: str) -> Path:
    name, fmt = case.spelling, HOSTILE_FORMATS[case.spelling]
    path = folder / f"{case.name}.{fmt}"
    text = case.text
    base = Case7("none", "body_mid", fmt if fmt != "zip" else "txt", marker=False)
    if name == "x_docx_external":
        import docx
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        d = docx.Document()
        d.add_paragraph(text)
        for _, line in _paragraphs(base, number):
            d.add_paragraph(line)
        d.part.relate_to("http://127.0.0.1:9/template.dotm", ATTACHED_TEMPLATE, is_external=True)
        d.part.relate_to("http://127.0.0.1:9/page", RT.HYPERLINK, is_external=True)
        rid = d.part.relate_to("file:///etc/passwd", RT.IMAGE, is_external=True)
        d.paragraphs[1]._p.append(_linked_picture(rid))
        d.save(str(path))
    elif name == "x_docx_huge_png":
        import docx

        d = docx.Document()
        d.sections[0].header.paragraphs[0].add_run().add_picture(io.BytesIO(_stamp_png("样")))
        for _, line in _paragraphs(base, number):
            d.add_paragraph(line)
        d.paragraphs[3].insert_paragraph_before(text)
        d.save(str(path))
        _swap_member(path, lambda n: n.startswith("word/media/"), _png_header_only(50_000, 50_000))
    elif name == "x_pdf_js_launch":
        _pdf(Case7(name, "body_mid", "pdf", False), path, number)
        js = b"<< /S /JavaScript /JS (app.alert\\('x'\\); this.submitForm\\('http://127.0.0.1:9/'\\);) >>"
        launch = b"<< /S /Launch /F (calc.exe) /Win << /F (cmd.exe) /P (/c calc) >> >>"
        _add_to_catalog(path, {"OpenAction": js, "AA": b"<< /WC %s >>" % launch})
    elif name == "x_pdf_huge_image":
        _pdf(Case7(name, "body_mid", "pdf", False), path, number)
        _pdf_huge_image(path)
    elif name == "x_zip_nested":
        inner = io.BytesIO()
        with zipfile.ZipFile(inner, "w") as z:
            z.writestr("inner.zip", _zip_of(b"A" * 1000, depth=3))
            z.writestr("通知.txt", "\n".join(t for _, t in _paragraphs(base, number)))
        path.write_bytes(inner.getvalue())
    elif name == "x_docx_zip_of_zips":
        path.write_bytes(_zip_of(b"\x00" * 10_000_000, depth=4))
    elif name == "x_html_deep_100k":
        body = "".join(f"<p>{H.escape(x)}</p>" for _, x in _paragraphs(base, number))
        page = ("<html><head><meta charset='utf-8'><title>通知</title></head><body><div id='zoom'>" + body
                + "<div>" * 100_000 + f"<p>{H.escape(text)}</p>" + "</div>" * 100_000 + "</div></body></html>")
        path.write_text(page, encoding="utf-8")
    elif name == "x_html_formula":
        body = "".join(f"<p>{H.escape(x)}</p>" for _, x in _paragraphs(base, number))
        title = '=HYPERLINK("http://127.0.0.1:9/x","点击")<img src=x onerror=alert(1)>关于停车管理的通知'
        page = (f"<html><head><meta charset='utf-8'><title>{H.escape(title)}</title></head><body>"
                "<table class='meta'><tr><td>发文机关</td><td>@SUM(1+1)*cmd|' /C calc'!A0</td></tr>"
                f"<tr><td>发文字号</td><td>{number}</td></tr></table><h1>{H.escape(title)}</h1>"
                f"<div id='zoom'>{body}</div></body></html>")
        path.write_text(page, encoding="utf-8")
    return path


def _linked_picture(rid: str):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    return parse_xml(
        f'<w:r {nsdecls("w", "wp", "a", "pic", "r")}><w:drawing><wp:inline><wp:extent cx="100000" cy="100000"/>'
        '<wp:docPr id="30" name="linked"/><a:graphic><a:graphicData '
        'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="0" '
        'name="x"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>'
        f'<a:blip r:link="{rid}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline>'
        '</w:drawing></w:r>')


def _zip_of(payload: bytes, depth: int) -> bytes:
    data = payload
    for level in range(depth):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(f"level{level}.zip" if level else "payload.bin", data)
        data = buf.getvalue()
    return data


def _swap_member(path: Path, which, blob: bytes) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, blob if which(info.filename) else src.read(info.filename))
    path.write_bytes(buf.getvalue())


def _objects(data: bytes) -> dict[int, bytes]:
    """Object number -> its body (between `obj` and `endobj`), the last definition winning."""
    return {int(m.group(1)): m.group(2) for m in re.finditer(rb"(?<=\n)(\d+) 0 obj\s*(.*?)\s*endobj", data, re.S)}


def _pdf_huge_image(path: Path) -> None:
    """An image XObject claiming 60,000 × 60,000 RGB pixels, its stream a few bytes, drawn on page 1."""
    data = path.read_bytes()
    objects = _objects(data)
    page_num = min(n for n, body in objects.items() if re.search(rb"/Type\s*/Page(?![s\w])", body))
    body = objects[page_num].strip()[2:-2]
    size = int(re.findall(rb"/Size (\d+)", data)[-1])
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    root = int(re.findall(rb"/Root (\d+) 0 R", data)[-1])
    stream = zlib.compress(b"\x00" * 256)
    image = (b"<< /Type /XObject /Subtype /Image /Width 60000 /Height 60000 /ColorSpace /DeviceRGB "
             b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(stream) + stream
             + b"\nendstream")
    draw = b"q 200 0 0 30 70 760 cm /Bomb Do Q"
    content = b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream"
    contents = re.search(rb"/Contents\s*(\[[^\]]*\]|\d+ 0 R)", body)
    existing = contents.group(1).strip(b"[]") if contents else b""
    body = re.sub(rb"/Contents\s*(\[[^\]]*\]|\d+ 0 R)", b"", body)
    body += b" /Contents [ " + existing + b" %d 0 R ]" % (size + 1)
    assert b"/Resources <<" in body
    body = body.replace(b"/Resources <<", b"/Resources << /XObject << /Bomb %d 0 R >>" % size, 1)
    new = {size: image, size + 1: content, page_num: b"<<" + body + b" >>"}
    path.write_bytes(pdf_update(data, new, size + 2, b"%d 0 R" % root, prev))
