"""The element parser: GB/T 9704 elements from the cleaned document model.

It works in the order a reader's eye does: the header zone at the top of page 1 (copy
number, classification, urgency, issuer mark, document number), the title and recipients
below it, the end of the cover letter (signature, 成文日期, 附注), the imprint zone (抄送,
印发), and whatever follows as attachments. Each line's element spans come from the spaCy
pipeline in nlp.py; positions, font size and colour decide between candidates.
"""

from __future__ import annotations

import re
from typing import Literal, cast
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Span

from normdocs.extractors.authority import load_authority
from normdocs.extractors.issuer import resolve_issuer
from normdocs.extractors.nlp import ElementRules, find_elements, load_rules
from normdocs.schemas.layout import Layout, Line, Zone
from normdocs.schemas.normalize import (
    normalize_date, normalize_doc_number, normalize_issuer, normalize_marker, normalize_period, normalize_title,
    split_list,
)
from normdocs.schemas.record import Metadata
from normdocs.schemas.vocab import IssuerSource

DisclosureMarker = Literal["主动公开", "依申请公开", "不予公开"]

HEADER_SCAN = 12  # the header zone and title sit within page 1's first lines
TITLE_MAX_LINES = 4
STACKED_TITLE_NAMES = 8  # joint issuers stacked above 关于… in the title (重庆: eight bodies)
TITLE_REPEAT_LINES = 30  # a page's hidden fields and navigation before it prints the title again
RECIPIENT_MAX_LINES = 8  # ministries address long lists
STACKED_SIGNERS = 6  # joint signers stacked one a line above the date (广州: four bodies)
NUMBER_CHROME_LINES = 8  # a web page's toolbar between its title and the number
_SENTENCE_END = re.compile(r"[。！？；]$")
_MARK_SUFFIX = re.compile(r"(文件|令)$")


@dataclass
class _Cursor:
    lines: list[Line]
    spans: list[list[Span]]
    rules: ElementRules
    metadata: Metadata = field(default_factory=Metadata)
    subtitle_date: str | None = None  # a 决定 may be dated only in brackets under its title
    series_issuer: str | None = None  # the body named by a 纪要 series mark, a last resort
    issuer_source: IssuerSource | None = None

    def take_issuer(self, names: list[str], source: IssuerSource) -> None:
        """The printed issuer, from the first source that gives one (resolved at the end)."""
        if self.metadata.issuer is not None:
            return
        self.metadata.issuer = normalize_issuer(names)
        if self.metadata.issuer is not None:
            self.issuer_source = source

    def is_body(self, text: str) -> bool:
        """A body's name: it ends like one (局, 委员会 …) or the issuer authority knows it (中共中央)."""
        return self.is_org(text) or (2 <= len(text) <= 40 and load_authority().resolve(text).known)

    def labels(self, i: int) -> set[str]:
        return {s.label_ for s in self.spans[i]}

    def span(self, i: int, label: str) -> Span | None:
        return next((s for s in self.spans[i] if s.label_ == label), None)

    def labelled(self, i: int, label: str) -> Span:
        """The span of a label line i is known to carry (`label in labels(i)`)."""
        span = self.span(i, label)
        if span is None:
            raise LookupError(f"line {i} has no {label} span")
        return span

    def is_org(self, text: str) -> bool:
        text = re.sub(r"[（(](代章|盖章|印章)[）)]$", "", text)
        return 2 <= len(text) <= 40 and text.endswith(self.rules.org_suffixes) and not re.search(r"[，。；：:、《》]", text)


# a number whose year and serial are set on a baseline of their own (另一字体): 东公积金委〔 〕 号 / 2020 2
_NUMBER_FRAME = re.compile(r"^(?P<code>[\u4e00-\u9fff]{1,14})\s*〔\s*〕\s*(?P<di>第?)\s*号$")
_NUMBER_DIGITS = re.compile(r"^(?P<year>(?:19|20)\d{2})\s+(?P<serial>\d{1,5})$")


def _rejoin_split_numbers(lines: list[Line]) -> list[Line]:
    """The frame of a number and its digits on the next line, read as one line."""
    out: list[Line] = []
    for line in lines:
        frame = _NUMBER_FRAME.match(out[-1].text.strip()) if out else None
        digits = _NUMBER_DIGITS.match(line.text.strip())
        if frame is not None and digits is not None and len(out) <= HEADER_SCAN:
            text = f"{frame['code']}〔{digits['year']}〕{frame['di']}{digits['serial']}号"
            out[-1] = out[-1].model_copy(update={"text": text})
            continue
        out.append(line)
    return out


def parse_elements(layout: Layout, rules_file: str = "elements.yaml") -> Metadata:
    lines = _rejoin_split_numbers([ln for ln in layout.lines() if ln.zone != Zone.noise])
    rules = load_rules(rules_file)
    cur = _Cursor(lines=lines, spans=find_elements([ln.text for ln in lines], rules_file), rules=rules)
    if not lines:
        return cur.metadata
    header_end = _parse_header(cur)
    title_span = _parse_title(cur, header_end)
    body_start = _parse_recipients(cur, title_span)
    if title_span[0] == title_span[1] and cur.metadata.title is None and not cur.metadata.recipients:
        # no title and no 主送 where they were looked for: the title may stand below the page's
        # menus; looked for again from the line the site's title names
        below_menus = _site_title_line(cur, layout.site_metadata)
        if below_menus is not None:
            title_span = _parse_title(cur, below_menus, below_menus=True)
            body_start = _parse_recipients(cur, title_span)
    if cur.metadata.title is None and cur.metadata.doc_type is None:
        # no title ends with a 文种: a 规章 or notice printed directly (XX市城市绿化管理办法)
        by_form = _parse_title(cur, header_end, by_form=True)
        if by_form[0] != by_form[1]:
            title_span = by_form
            body_start = _parse_recipients(cur, title_span)
    date_index = _parse_signature(cur, body_start)
    _parse_disclosure(cur, date_index)
    imprint = _parse_imprint(cur, date_index)
    _parse_attachments(cur, body_start, date_index)
    _tag_zones(cur, header_end, date_index, imprint)
    _complete_from_site(cur, layout.site_metadata)
    if cur.series_issuer:
        cur.take_issuer([cur.series_issuer], IssuerSource.header)
    _issuer_over_subtitle(cur)
    _parse_doc_type(cur)
    cur.metadata.body = body_text(layout)
    resolve_issuer(cur.metadata, cur.issuer_source, layout.site_metadata,
                   ocr=any(ln.confidence is not None for ln in lines))
    return cur.metadata


# -- header zone ---------------------------------------------------------------------------

def _page_one(cur: _Cursor) -> range:
    first_page = cur.lines[0].page
    n = sum(1 for ln in cur.lines[:HEADER_SCAN] if ln.page == first_page)
    return range(n)


def _parse_header(cur: _Cursor) -> int:
    """Reads the header zone; returns the index of the first line after it.

    The document number closes the header zone when it comes before the title (red-header
    and letter formats): every line above it is a header element. When the title comes
    first (web-release layout), only the leading marks and labels are header.
    """
    number_at = _header_number_line(cur)
    md = cur.metadata
    marks: list[int] = []
    header_end = 0
    for i in _page_one(cur):
        if number_at is not None and i > number_at:
            break
        labels, text = cur.labels(i), cur.lines[i].text
        if i == number_at:
            _take_doc_number(cur, i, marks)
            if "SIGNER" in labels:
                md.signer = re.sub(r"^签发人[:：]\s*", "", cur.labelled(i, "SIGNER").text).strip() or None
            header_end = i + 1
            continue
        element = _header_element(cur, i)
        if element is None and number_at is None and not _is_mark(cur, i):
            break  # web layout: the title starts here
        header_end = i + 1
        # a DOCX section header repeats on every page: a running header, not the mark
        if element is None and _CJK.search(text) and cur.lines[i].part == "body":
            marks.append(i)
    header_end = _past_instruction_signer(cur, header_end)
    names = [_MARK_SUFFIX.sub("", cur.lines[i].text) for i in marks]
    names = list(dict.fromkeys(n for part in names for n in _split_names(part, cur)))
    if names and all(cur.is_org(n) for n in names):
        cur.take_issuer(names, IssuerSource.header)
    else:
        # "XX市人民政府（专题会议）纪要" names a series: its body is the issuer when nothing better is printed
        bodies = [_SERIES_SUFFIX.sub("", n) for n in names]
        bodies = [b for b in bodies if b]
        if bodies and all(cur.is_org(b) for b in bodies):
            cur.series_issuer = normalize_issuer(bodies)
    return header_end


_CJK = re.compile(r"[\u4e00-\u9fff]")
_PERSON_NAME = re.compile(r"^[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3}$")


def _past_instruction_signer(cur: _Cursor, header_end: int) -> int:
    """A 批示 printed above the title (照办。 / 政治局讨论同意。) is signed by its writer on the
    next line, a bare personal name, maybe with a date: the name is the 批示's, not the title's."""
    if not 0 < header_end < len(cur.lines) or not cur.lines[header_end - 1].text.endswith("。"):
        return header_end
    name = cur.lines[header_end].text.strip()
    if not _PERSON_NAME.match(name) or cur.is_org(name) or name in cur.rules.doc_types:
        return header_end
    end = header_end + 1
    if end < len(cur.lines) and _standalone_date(cur, end) is not None:
        end += 1
    return end
_SERIES_SUFFIX = re.compile(r"(?:常务会议|专题会议|办公会议|工作会议|会议)?(?:纪要|简报)$")
_REGISTRATION = re.compile(r"^[A-Z]{2,8}[-－]\d{4}[-－]\d{3,8}$")  # CSCR-2022-87001: not a doc number


def _header_number_line(cur: _Cursor) -> int | None:
    """The line holding the document number, when it stands above the title."""
    for i in _page_one(cur):
        labels, text = cur.labels(i), cur.lines[i].text
        short = len(re.sub(r"签发人[:：].*$", "", text)) <= 40
        if short and "DOC_NUMBER" in labels:
            return i
        if short and "ORDER_NUMBER" in labels and (
            not cur.labelled(i, "ORDER_NUMBER").text.startswith("第")
            or any(cur.lines[k].text.endswith("令") for k in range(i))
        ):
            return i
        if "关于" in text or _SENTENCE_END.search(text) or text.endswith(("：", ":")):
            return None  # the title or the body came first
        if _ends_as_title(cur, i):
            return None  # "国务院办公厅对…第4626号提案的答复": a title without 关于 came first
    return None


def _ends_as_title(cur: _Cursor, i: int) -> bool:
    """A line closing a title: "…的" then a 文种 (…建议的答复, …有关问题的批复), and no mark
    (a mark ending in 令 or 文件, or red, is the header's)."""
    text = _ISSUE_SUFFIX.sub("", cur.lines[i].text)
    return not _is_mark(cur, i) and any(text.endswith("的" + t) for t in cur.rules.doc_types)


def _header_element(cur: _Cursor, i: int) -> str | None:
    """Copy number, classification, urgency, 公开 label or registration code: read it, say which."""
    md, labels, text = cur.metadata, cur.labels(i), cur.lines[i].text
    found = None
    if "COPY_NUMBER" in labels and i < 4:
        md.copy_number = md.copy_number or text
        found = "copy_number"
    short = len(text) <= 24
    if "CLASSIFICATION" in labels and short:
        mark = cur.labelled(i, "CLASSIFICATION").text
        if md.classification is None:
            # the rule file's pattern decides the value: kept even outside the three levels (never dropped)
            md.classification = mark[:2]  # type: ignore[assignment]
            period = re.split(r"[★☆*]", mark, maxsplit=1)
            md.classification_period = normalize_period(period[1]) if len(period) > 1 else None
        found = "classification"
    if "URGENCY" in labels and short:
        md.urgency = md.urgency or cur.labelled(i, "URGENCY").text  # type: ignore[assignment]  # (as the pattern reads)
        found = "urgency"
    if found is None and re.fullmatch(r"\d{6}\s+.+", text) and i < 4:  # "000123 机密★5年"
        md.copy_number = md.copy_number or text.split()[0]
        found = "copy_number"
    if text == "公开" and i < 4:  # a lone label at the top right of page 1
        md.disclosure_marker = md.disclosure_marker or "主动公开"
        found = "disclosure"
    if _REGISTRATION.match(text) or not _CJK.search(text):
        found = found or "other"  # registration codes, rules drawn with ═══ or ———
    return found


def _split_names(text: str, cur: _Cursor) -> list[str]:
    """Joint issuers stacked, side by side or with 、: the parts when every part names a body.

    Separators are tried from the surest to the weakest (、 or a line break, a wide gap, one
    space): a single space may be one of the spurious ones PDF text carries inside words.
    """
    for separator in (r"[、\n]+", r"\u3000+|\s{2,}", r"\s+"):
        parts = [re.sub(r"\s+", "", p) for p in re.split(separator, text.strip())]
        parts = [p for p in parts if p]
        if len(parts) > 1 and all(cur.is_body(p) for p in parts):
            return parts
    whole = re.sub(r"\s+", "", text)
    return [whole] if whole else []


def _is_mark(cur: _Cursor, i: int) -> bool:
    """An issuer mark: red, or a name ending in 文件 or 令, above the document number."""
    line = cur.lines[i]
    if line.is_red and len(line.text) <= 40:
        return True
    return bool(_MARK_SUFFIX.search(line.text)) and len(line.text) <= 40 and not _SENTENCE_END.search(line.text)


def _take_doc_number(cur: _Cursor, i: int, mark_lines: list[int]) -> bool:
    md = cur.metadata
    span = cur.span(i, "DOC_NUMBER")
    if span is not None:
        md.doc_number = normalize_doc_number(span.text)
        return True
    order = cur.span(i, "ORDER_NUMBER")
    text = cur.lines[i].text
    if order is None or len(text) > 30:
        return False
    number = order.text
    if not number.startswith("第"):
        # "重庆市人民政府令第361号": the mark and the number on one line
        cur.take_issuer([number.split("令")[0]], IssuerSource.header)
    elif mark_lines and cur.lines[mark_lines[-1]].text.endswith("令"):
        number = cur.lines[mark_lines[-1]].text + number
    else:
        return False
    md.doc_number = normalize_doc_number(number)
    md.doc_type = "令"
    return True


def _issuer_over_subtitle(cur: _Cursor) -> None:
    """公报 layout: the issuing bodies on their own line over a bracketed date, "（2023年5月）"."""
    if cur.metadata.issuer is not None:
        return
    from normdocs.extractors.authority import load_authority

    authority = load_authority()
    for i in range(min(HEADER_SCAN, len(cur.lines) - 1)):
        text, below = cur.lines[i].text, cur.lines[i + 1].text
        if len(text) <= 60 and re.fullmatch(r"[（(](?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?[）)]", below):
            names = _split_names(text, cur)
            if all(authority.resolve(n).known or cur.is_org(n) for n in names) or authority.resolve(text).known:
                cur.take_issuer(names, IssuerSource.header)
            else:
                from normdocs.extractors.issuer import split_joint

                parts = split_joint(text, None, authority)
                if parts:
                    cur.take_issuer(parts, IssuerSource.header)
            return


# -- title ---------------------------------------------------------------------------------

def _body_size(cur: _Cursor) -> float | None:
    lines = [ln for ln in cur.lines[:200] if ln.size]
    if lines and all(ln.confidence is not None for ln in lines):
        # OCR sizes scatter over neighbouring points (15.5, 16.2 …), so the commonest rounded
        # size can be a title's: the size of the median character is the body's
        weighted = sorted((ln.size or 0.0, len(ln.text)) for ln in lines)
        half, seen = sum(n for _, n in weighted) / 2, 0
        for size, n in weighted:
            seen += n
            if seen >= half:
                return float(round(size))
    sizes = Counter(round(ln.size or 0.0) for ln in lines)
    return sizes.most_common(1)[0][0] if sizes else None


_ISSUE_SUFFIX = re.compile(r"[（(][^（()）]{2,20}[）)]$")  # "…通告（2020年第10期）"


def _ends_with_doc_type(cur: _Cursor, text: str) -> bool:
    text = _ISSUE_SUFFIX.sub("", text)
    return any(text.endswith(t) for t in cur.rules.doc_types)


def _parse_title(cur: _Cursor, start: int, below_menus: bool = False, by_form: bool = False) -> tuple[int, int]:
    """Finds the title's lines [first, last) after the header zone; sets title and maybe issuer.
    `below_menus`: start is where the site's title was found, past page one's first lines;
    `by_form`: no title ends with a 文种, look for one by its place and form (_title_by_form)."""
    md = cur.metadata
    if md.doc_type == "令":
        _title_of_order(cur, start)
        return (start, start)
    body_size = _body_size(cur)
    page_one = _page_one(cur)
    candidates = [i for i in range(start, min(len(cur.lines), start + HEADER_SCAN))
                  if i in page_one or i < start + 4 or below_menus]
    if by_form:
        first, last = _title_by_form(cur, candidates, body_size)
    else:
        first, last = _title_by_size(cur, candidates, body_size) if body_size else (None, None)
        if first is None:
            first, last = _title_by_text(cur, candidates)
    if first is None or last is None:  # (both or neither)
        return (start, start)
    title = normalize_title(_joined(cur, first, last))
    # a page may print the title twice (hidden fields or a heading, then the document): the
    # document's copy is the one its number and 主送 follow
    for k in range(last, min(len(cur.lines), last + TITLE_REPEAT_LINES)):
        if cur.lines[k].page == cur.lines[first].page and normalize_title(cur.lines[k].text) == title \
                and last - first == 1:
            first, last = k, k + 1
            break
    md.title = title
    raw = "\n".join(ln.orig or ln.text for ln in cur.lines[first:last])
    about = re.search(r"关\s*于", raw)
    # "国务院办公厅转发民政部关于…": the sender issues it; "中共中央、国务院布告": the names before the 文种
    head = raw[: about.start()] if about else _before_doc_type(cur, title, raw)
    prefix = re.split(r"转\s*发|批\s*转|印\s*发", head)[0]
    if prefix.strip() and md.issuer is None:
        if _names_bodies(cur, prefix):
            cur.take_issuer(_split_names(prefix, cur), IssuerSource.from_title)
    if md.doc_number is None:
        for i in range(last, min(last + 2, len(cur.lines))):
            span = cur.span(i, "DOC_NUMBER")
            if span is not None and len(cur.lines[i].text) <= 40:
                md.doc_number = normalize_doc_number(span.text)
                return (first, i + 1)
        # a web page: the number alone on its line under the site's toolbar (QQ空间, 【字号：大 中 小】),
        # or above the document's title under the page's heading
        below = _number_line(cur, range(last, min(last + NUMBER_CHROME_LINES, len(cur.lines))))
        above = _number_line(cur, range(first - 1, max(start, first - 3) - 1, -1))
        if below is not None:
            md.doc_number = normalize_doc_number(cur.labelled(below, "DOC_NUMBER").text)
            return (first, below + 1)
        if above is not None:
            md.doc_number = normalize_doc_number(cur.labelled(above, "DOC_NUMBER").text)
        # "XX市人民政府通告" over "第3号": numbered like a 令, heading and number together
        order = cur.span(last, "ORDER_NUMBER") if last < len(cur.lines) else None
        if order is not None and order.text == cur.lines[last].text and order.text.startswith("第") \
                and "关于" not in title and title.endswith(("公告", "通告")):
            md.doc_number = normalize_doc_number(title + order.text)
            return (first, last + 1)
    return (first, last)


def _site_title_line(cur: _Cursor, site: dict[str, str]) -> int | None:
    """A page whose title stands below its menus, past where the title is looked for: the first
    line that is the title the site's cells give."""
    titles = {normalize_title(site[k]) for k in ("标题", "文章标题") if site.get(k)}
    titles |= {normalize_title(p) for p in re.split(r"\s*[_|｜]\s*|\s+-\s+", site.get("页面标题", ""))}
    titles = {t for t in titles if len(t) > 4}
    loose = {_loose(t) for t in titles}
    for i in range(len(cur.lines)):
        # the title on one line, or broken over two (…管理局关于 / 2026年度…的通告)
        if normalize_title(cur.lines[i].text) in titles or normalize_title(_joined(cur, i, i + 2)) in titles:
            return i
        # the site's title names the joint issuers the document stacks above 关于… (and may drop
        # its 《》): the line that starts 关于 and ends the site's title, with the names above it
        for k in range(1, TITLE_MAX_LINES):
            piece = _loose(_joined(cur, i, i + k))
            if piece.startswith("关于") and len(piece) > 8 and any(
                    t.endswith(piece) and _names_bodies(cur, t[: -len(piece)]) for t in loose):
                return _stacked_names_above(cur, i, range(max(0, i - STACKED_TITLE_NAMES), i))
    return None


def _loose(title: str) -> str:
    """A title for comparison only: no spaces, no book-title or quotation marks."""
    return re.sub(r"[\s\u3000《》〈〉“”\"'‘’]", "", normalize_title(title))


def _stacked_names_above(cur: _Cursor, i: int, candidates: range | list[int]) -> int:
    """The first of the issuers' names stacked one a line right above line i (a joint title:
    重庆市发展和改革委员会 / 重庆市公安局 / … / 关于印发…的通知); i itself when there is none."""
    first = i
    names = [] if "关于" in cur.lines[i].text else [cur.lines[i].text]
    while first - 1 in candidates and i - first < STACKED_TITLE_NAMES and not _is_mark(cur, first - 1) \
            and "关于" not in cur.lines[first - 1].text and _names_bodies(cur, cur.lines[first - 1].text):
        above = cur.lines[first - 1].text
        if not _siblings([*names, above]):
            break
        names.append(above)
        first -= 1
    return first


def _siblings(names: list[str]) -> bool:
    """Joint issuers are siblings: a name inside another (泸州市人民政府 over 泸州市人民政府办公室)
    is a site's banner over its column, not a second issuer."""
    return not any(a in b for n, a in enumerate(names) for b in names[n + 1:] + names[:n])


def _number_line(cur: _Cursor, lines: range) -> int | None:
    """The first of `lines` that is a document number and nothing else, passing only short
    toolbar lines (no sentence, no label or 主送 ending in ：)."""
    for i in lines:
        text = cur.lines[i].text
        span = cur.span(i, "DOC_NUMBER")
        if span is not None and span.text.replace(" ", "") == text.replace(" ", ""):
            return i
        if len(text) > 24 or text.endswith(("：", ":")) or "。" in text:
            return None
    return None


def _title_by_size(cur: _Cursor, candidates: list[int], body_size: float) -> tuple[int | None, int | None]:
    """The first run of same-size large lines (not red) that ends with a 文种."""
    runs: list[list[int]] = []
    for i in candidates:
        line = cur.lines[i]
        big = line.size is not None and line.size >= body_size + 2 and not line.is_red \
            and "DOC_NUMBER" not in cur.labels(i)
        if not big or line.size is None:  # (a big line has a size)
            if runs and runs[-1]:
                runs.append([])
            continue
        # Same size within rounding (OCR estimates sizes from boxes: allow it more slack)
        previous = cur.lines[runs[-1][-1]].size if runs and runs[-1] else None
        if previous is not None and abs(previous - line.size) < max(1.5, 0.12 * previous):
            runs[-1].append(i)
        else:
            runs.append([i])
    runs = [run for run in runs if run]
    for k, run in enumerate(runs):
        if _ends_with_doc_type(cur, _joined(cur, run[0], run[-1] + 1)):
            if k and _ocr_title_head(cur, runs[k - 1], run):
                return runs[k - 1][0], run[-1] + 1
            return run[0], run[-1] + 1
    # a run that goes on past its title (a page's banner as big under it): the longest part
    # from its start that ends with a 文种
    for run in runs:
        for end in range(len(run) - 1, 0, -1):
            if _ends_with_doc_type(cur, _joined(cur, run[0], run[end - 1] + 1)):
                return run[0], run[end - 1] + 1
    return None, None


def _ocr_title_head(cur: _Cursor, head: list[int], tail: list[int]) -> bool:
    """OCR sizes a line from its boxes, so a title's short last line (规定的通知) can measure
    smaller than the lines above it: a big OCR'd run right above, on the same page and
    spaced as one block, not itself ending with a 文种, is the title's head."""
    above, below = cur.lines[head[-1]], cur.lines[tail[0]]
    if head[-1] + 1 != tail[0] or above.page != below.page:
        return False
    if above.confidence is None or below.confidence is None:
        return False  # text layers give exact sizes: a size change there is a new element
    bottom, top, size = above.bottom, below.top, below.size
    if bottom is None or top is None or size is None:
        return False
    return top - bottom < 0.6 * size \
        and not _ends_with_doc_type(cur, _joined(cur, head[0], head[-1] + 1))


def _joined(cur: _Cursor, first: int, last: int) -> str:
    return "".join(ln.text for ln in cur.lines[first:last])


def _title_by_text(cur: _Cursor, candidates: list[int]) -> tuple[int | None, int | None]:
    """Without font sizes: the first run of lines that ends with a 文种 and reads as a title."""
    for i in candidates:
        text = cur.lines[i].text
        if cur.labels(i) & {"DOC_NUMBER", "DATE"} or text.endswith(("：", ":")) or _SENTENCE_END.search(text):
            continue
        for j in range(i + 1, min(i + TITLE_MAX_LINES, len(cur.lines)) + 1):
            joined = _joined(cur, i, j)
            if _SENTENCE_END.search(cur.lines[j - 1].text) or joined.endswith(("：", ":")) \
                    or (j - 1 > i and cur.labels(j - 1) & {"DOC_NUMBER", "DATE"}):
                break
            # a site's menu and breadcrumb (解读回应| 政务服务| 首页 > 公示公告): never a title
            if _BREADCRUMB.search(joined) or "|" in joined:
                break
            # Lines above the one with 关于 must each name an issuer (not navigation or a label:
            # 福州市人民政府办公厅 / 法定主动公开内容 / 城乡建设和管理的重大事项 is a site's path)
            above = [cur.lines[k].text.removesuffix("关") for k in range(i, j) if "关于" not in _joined(cur, i, k + 1)]
            if "关于" in joined and not (all(_names_bodies(cur, t) for t in above) and _siblings(above)):
                break
            if _ends_with_doc_type(cur, joined) and ("关于" in joined or j - i == 1 or len(joined) < 60):
                # Issuer lines printed on their own above "关于…" belong to the title (joint
                # issuers stack one a line).
                if joined.startswith("关于") or ("关于" not in text and _names_bodies(cur, text)):
                    return _stacked_names_above(cur, i, candidates), j
                return i, j
    return None, None


_BREADCRUMB = re.compile(r"[>＞»›→]")
_PROSE = re.compile(r"[。，；！？,;：:|]")  # a sentence, a clause, a label or a menu: never a title


def _title_by_form(cur: _Cursor, candidates: list[int], body_size: float | None) -> tuple[int | None, int | None]:
    """A title that ends with no 文种 (a 规章 or 规范性文件 printed directly, a web notice): a block
    in the lines above the 主送 and the first body paragraph, so never a line of the body. With
    font sizes, the first run of large lines; without, or failing that, a short run of lines that
    ends with a word of standalone_title_forms."""
    above_body: list[int] = []
    for i in candidates:
        if _PROSE.search(cur.lines[i].text):
            break  # the 主送 (…：) or the body's first sentence: the title stands above it
        above_body.append(i)
    if body_size:
        first, last = _big_block(cur, above_body, body_size)
        if first is not None:
            return first, last
    for n, i in enumerate(above_body):
        if cur.labels(i) & {"DOC_NUMBER", "DATE"} or _is_mark(cur, i):
            continue
        for j in range(i + 1, i + 1 + min(TITLE_MAX_LINES, len(above_body) - n)):
            if j - 1 > i and cur.labels(j - 1) & {"DOC_NUMBER", "DATE"}:
                break
            joined = _joined(cur, i, j)
            if len(joined) > FORM_TITLE_MAX_CHARS or _BREADCRUMB.search(joined):
                break
            if _ends_with_form(cur, joined) and not (j - i > 1 and _names_bodies(cur, cur.lines[i].text)):
                return i, j
    return None, None


FORM_TITLE_MAX_CHARS = 60


def _ends_with_form(cur: _Cursor, text: str) -> bool:
    """A title of a normative document by its last word (…管理办法), never a body's reference to
    rules (…按照有关规定) nor a bare word (a menu's 规划)."""
    text = _ISSUE_SUFFIX.sub("", text)
    form = next((f for f in cur.rules.standalone_title_forms if text.endswith(f)), None)
    return form is not None and len(text) >= len(form) + 4 and not text.endswith(cur.rules.not_title_endings)


def _big_block(cur: _Cursor, lines: list[int], body_size: float) -> tuple[int | None, int | None]:
    """The first run of same-size large lines (not red, not the number, not an issuer's name)."""
    run: list[int] = []
    for i in lines:
        line = cur.lines[i]
        big = line.size is not None and line.size >= body_size + 2 and not line.is_red \
            and not cur.labels(i) & {"DOC_NUMBER", "DATE", "CLASSIFICATION", "URGENCY"} and not _is_mark(cur, i)
        same = bool(run) and abs((cur.lines[run[-1]].size or 0.0) - (line.size or 0.0)) < 1.5
        if run and (not big or not same or len(run) == TITLE_MAX_LINES):
            break
        if big:
            run.append(i)
    if not run:
        return None, None
    joined = _joined(cur, run[0], run[-1] + 1)
    if len(joined) < 6 or len(joined) > FORM_TITLE_MAX_CHARS or _BREADCRUMB.search(joined) \
            or _names_bodies(cur, joined):
        return None, None
    return run[0], run[-1] + 1


def _names_bodies(cur: _Cursor, text: str) -> bool:
    # a site's breadcrumb (首页>南京市规划和自然资源局) is navigation, not an issuer line
    if _BREADCRUMB.search(text):
        return False
    names = _split_names(text, cur)
    return bool(names) and all(cur.is_body(n) for n in names)


def _before_doc_type(cur: _Cursor, title: str, raw: str) -> str:
    """A title with no 关于 (XX市人民政府公告, 中共中央、国务院布告): the printed text before its 文种."""
    ending = next((t for t in sorted(cur.rules.doc_types, key=len, reverse=True) if title.endswith(t)), None)
    if ending is None:
        return ""
    return re.sub(r"\s*".join(map(re.escape, ending)) + r"\s*$", "", raw)


def _title_of_order(cur: _Cursor, start: int) -> None:
    """A 令 has no title of its own: it is the promulgated document's title, printed in 《》."""
    text = "".join(ln.text for ln in cur.lines[start : start + 8])
    match = re.search(r"《(.+?)》(?:已经|已于|业经|经)", text)
    if match:
        cur.metadata.title = normalize_title(match.group(1).replace("〈", "《").replace("〉", "》"))


# -- recipients, signature and date --------------------------------------------------------

def _parse_recipients(cur: _Cursor, title_span: tuple[int, int]) -> int:
    """主送 under the title, ending with a full-width colon; returns where the body starts."""
    first = title_span[1]
    # A subtitle in brackets may stand under the title: （2023年3月1日市人民政府常务会议通过）
    if first < len(cur.lines) and re.fullmatch(r"[（(].{4,60}[）)]", cur.lines[first].text):
        span = cur.span(first, "DATE")
        cur.subtitle_date = normalize_date(span.text) if span is not None else None
        first += 1
    start = first
    for j in range(first + 1, min(first + RECIPIENT_MAX_LINES, len(cur.lines)) + 1):
        if cur.labels(j - 1) & {"DATE", "DOC_NUMBER"} and not cur.lines[j - 1].text.endswith("："):
            # a number or 发布日期 line, under the title (常公积金〔2024〕1号, 日期：2025-09-18 来源：…)
            # or under site chrome: the 主送 begins after it
            start = j
            continue
        if j <= start:
            continue
        if j - 1 == start and _not_recipients(cur, cur.lines[j - 1].text):
            start = j  # metadata or chrome between the title and the 主送
            continue
        text = _joined(cur, start, j)
        if cur.metadata.title and normalize_title(text) == cur.metadata.title and j - start > 1:
            # the title printed again under the number, broken over lines (长沙市人民政府办公厅 /
            # 关于…的通知): the 主送 begins after it
            start = j
            continue
        if len(text) > 200 or "。" in text or cur.labels(j - 1) & {"DATE", "DOC_NUMBER"} and j - 1 == start:
            break
        if text.endswith(("：", ":")):
            # a body's lead-in sentence, never a 主送: …通知如下：, …作如下修改：, 为…, 根据…
            if re.search(r"如下[^：:，,。]{0,6}[：:]$|(通知|决定|意见|公布|批复)[：:]$"
                         r"|^(为|根据|按照|经|现将|现就)", text):
                break
            cur.metadata.recipients = split_list(text)
            return j
    return first


_META_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[：:]\s*\S")  # 印发日期：2025-09-16 |文号：…


def _not_recipients(cur: _Cursor, line: str) -> bool:
    """A line that cannot open a 主送: a "label：value" line of the site's metadata printed in the
    content (是否有效：有效|索取号：…, 内容描述：…。), or a short fragment of the page's toolbar
    (微信微博QQ空间, 全真版, 文件下载) — no list punctuation and no body's name."""
    if _META_LINE.match(line) and not line.endswith(("：", ":")):
        return True
    return len(line) <= 10 and not re.search(r"[，、；,;：:。（）()]", line) and not cur.is_body(line)


def _standalone_date(cur: _Cursor, i: int) -> str | None:
    """The date when line i is a date alone, or a signing body followed by a date."""
    span = cur.span(i, "DATE")
    if span is None or "PRINTED" in cur.labels(i):
        return None
    text = cur.lines[i].text
    before, after = text[: span.start_char].strip(), text[span.end_char :].strip()
    if after or (before and not cur.is_org(before)):
        return None
    return normalize_date(span.text)


_WIDE_GAP = re.compile(r"[\s\u3000\xa0]{2,}|\u3000")
_PLACE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:自治区|自治州|省|市|区|县|州|盟|旗)")


def _side_by_side(cur: _Cursor, line: Line) -> list[str]:
    """Joint signers printed side by side on one line (市住房城乡建设管理委 市房屋管理局 …): each
    space-separated part a body's name. A letter-spaced single name (重 庆 市 公 安 局) stays whole.

    The clean-up joins CJK text across spaces, so the reader's own text is split first at its
    wide gaps (`重庆市商务委员会&nbsp;&nbsp;&nbsp; 重庆市文化和旅游发展委员会`); names run
    together with no gap at all are split where the first name's place starts again."""
    text = line.text
    for raw in (line.orig or text, text):
        for separator in (_WIDE_GAP, re.compile(r"\s+")):
            parts = [re.sub(r"\s+", "", p) for p in separator.split(raw.strip())]
            parts = [p for p in parts if p]
            if len(parts) > 1 and all(cur.is_body(p) for p in parts):
                return parts
    glued = _split_at_place(cur, re.sub(r"\s+", "", text))
    return glued or [text]


def _split_at_place(cur: _Cursor, text: str) -> list[str] | None:
    """重庆市商务委员会重庆市文化和旅游发展委员会: split before each repeat of the leading place
    name, when every piece ends like a body's name."""
    place = _PLACE_PREFIX.match(text)
    if place is None or text.count(place.group(0)) < 2:
        return None
    starts = [m.start() for m in re.finditer(re.escape(place.group(0)), text)]
    parts = [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)])]
    if starts[0] == 0 and len(parts) > 1 and all(len(p) > len(place.group(0)) + 1 and cur.is_org(p) for p in parts):
        return parts
    return None


def _parse_signature(cur: _Cursor, body_start: int) -> int | None:
    """成文日期: the first standalone date after the body starts; the signing body above it."""
    md = cur.metadata
    for i in range(body_start, len(cur.lines)):
        date = _standalone_date(cur, i)
        if date is None:
            continue
        md.signed_date = date
        text = cur.lines[i].text
        span = cur.labelled(i, "DATE")  # a standalone date is a DATE span
        signers = [text[: span.start_char].strip()] if span.start_char else []
        j = i - 1
        while not signers and j >= body_start and cur.is_org(cur.lines[j].text) and i - j <= STACKED_SIGNERS:
            j -= 1
        if signers:  # "XX局 2020年1月1日": the signer before the date on its line
            parts = signers[0].split()
            signers = parts if len(parts) > 1 and all(cur.is_body(p) for p in parts) else signers
        else:
            signers = [name for k in range(j + 1, i) for name in _side_by_side(cur, cur.lines[k])]
        if md.issuer is None and signers:
            cur.take_issuer(signers, IssuerSource.signature)
        return i
    # No date after the body: a 纪要 may print "XX办公室 2020年7月16日" under its number instead.
    for i in range(min(body_start, HEADER_SCAN)):
        date = _standalone_date(cur, i)
        dated = cur.span(i, "DATE")
        if date and dated is not None and dated.start_char:
            md.signed_date = date
            cur.take_issuer([cur.lines[i].text[: dated.start_char]], IssuerSource.signature)
            return None
    md.signed_date = cur.subtitle_date
    return None


def _parse_disclosure(cur: _Cursor, date_index: int | None) -> None:
    if cur.metadata.disclosure_marker is not None:
        return
    start = date_index if date_index is not None else 0
    for i in list(range(start, len(cur.lines))) + list(range(0, start)):
        span = cur.span(i, "DISCLOSURE")
        if span is None:
            continue
        value = span.id_ if span.id_ in ("主动公开", "依申请公开", "不予公开") else span.text.split("：")[-1].split(":")[-1]
        marker = normalize_marker(value)
        if marker is not None:
            cur.metadata.disclosure_marker = cast(DisclosureMarker, marker)
            return


def _parse_imprint(cur: _Cursor, date_index: int | None) -> list[int]:
    """版记: 抄送 (possibly wrapped, ends with 。) and the 印发 line with printer and date."""
    md = cur.metadata
    start = date_index if date_index is not None else 0
    imprint: list[int] = []
    for i in range(start, len(cur.lines)):
        labels = cur.labels(i)
        if "CC" in labels and not md.cc:
            j = i + 1
            while not cur.lines[j - 1].text.endswith("。") and j < len(cur.lines) and j - i < 4 \
                    and not cur.labels(j) & {"PRINTED", "CC"}:
                j += 1
            # the 抄送 list continued one group a line, each closed with 。 (市人大常委会办公厅，
            # 市政协办公厅，… / 市人民检察院。 / 各民主党派市委。), up to the 印发 line
            groups = [_joined(cur, i, j)]
            while j < len(cur.lines) and j - i < 6 and not cur.labels(j) & {"PRINTED", "CC"} \
                    and _lists_bodies(cur, cur.lines[j].text):
                groups.append(cur.lines[j].text)
                j += 1
            md.cc = [name for group in groups for name in split_list(group)]
            imprint.extend(range(i, j))
        if "PRINTED" in labels and md.printed_date is None:
            span = cur.labelled(i, "PRINTED")
            text = cur.lines[i].text
            md.printed_date = normalize_date(span.text)
            printer = text[: span.start_char].strip()
            if not printer and i > 0 and cur.is_org(cur.lines[i - 1].text):
                printer = cur.lines[i - 1].text
                imprint.append(i - 1)
            md.printer = printer or None
            imprint.append(i)
            imprint.extend(_wrapped_after(cur, i))
    return sorted(set(imprint))


def _wrapped_after(cur: _Cursor, printed: int) -> list[int]:
    """The 印发 line's wrapped end (…印发　秘密★一 / 年, （共印 / 50份）): up to two short lines
    right under it on its page, none an attachment's heading or list."""
    out: list[int] = []
    page = cur.lines[printed].page
    for j in range(printed + 1, min(printed + 3, len(cur.lines))):
        line = cur.lines[j]
        if line.page != page or len(line.text) > 8 or cur.labels(j) & {"ATTACHMENT_HEADING", "ATTACHMENT_LIST", "CC"}:
            break
        out.append(j)
    return out


def _lists_bodies(cur: _Cursor, text: str) -> bool:
    """A line that is a list of bodies' names and nothing else (市政协办公厅，市中级人民法院，)."""
    parts = [p for p in re.split(r"[，,、；;。]", text) if p.strip()]
    return bool(parts) and all(cur.is_body(p.strip()) for p in parts)


def _parse_attachments(cur: _Cursor, body_start: int, date_index: int | None) -> None:
    end = date_index if date_index is not None else len(cur.lines)
    for i in range(body_start, end):
        if "ATTACHMENT_LIST" not in cur.labels(i):
            continue
        items = [re.sub(r"^附\s*件\s*[:：]", "", cur.lines[i].text)]
        for j in range(i + 1, end):
            text = cur.lines[j].text
            if re.match(r"^\d{1,2}\s*[.．、]", text):
                items.append(text)
            elif items[-1].count("《") > items[-1].count("》"):
                items[-1] += text  # a name wrapped inside its 《》
            else:
                break
        names = [re.sub(r"^\d{1,2}\s*[.．、]\s*", "", t).rstrip("。；;，,") for t in items]
        cur.metadata.attachments = [n for n in names if n]
        return


def _tag_zones(cur: _Cursor, header_end: int, date_index: int | None, imprint: list[int]) -> None:
    """Header above the title, imprint lines, and attachments after the cover letter's end."""
    for i in range(header_end):
        cur.lines[i].zone = Zone.header
    for i in imprint:
        cur.lines[i].zone = Zone.imprint
    if date_index is None:
        return
    # 附注 lines under the date (the marker, a contact person in brackets, 此页无正文) stay main.
    i = date_index + 1
    while i < len(cur.lines) and i not in imprint and (
        cur.labels(i) & {"DISCLOSURE", "NO_BODY"} or cur.lines[i].text.startswith(("（", "("))
    ):
        i += 1
    for line in cur.lines[i:]:
        if line.zone == Zone.main:
            line.zone = Zone.attachment


_MONTH_ONLY = re.compile(r"[（(]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*[）)]")


def _complete_from_site(cur: _Cursor, site: dict[str, str]) -> None:
    """A site's metadata table fills what the document itself does not show."""
    md = cur.metadata
    if not site:
        return
    # a cell without a digit is the site's empty template (〔〕号) or a "无": no number
    if md.doc_number is None and re.search(r"\d", site.get("发文字号", "")):
        md.doc_number = normalize_doc_number(site["发文字号"])
    if md.title is None and site.get("标题"):
        md.title = normalize_title(site["标题"])
    if md.title is None and site.get("文章标题"):
        md.title = normalize_title(site["文章标题"])
        _issuer_from_site_title(cur)
    if md.title is None and site.get("页面标题"):
        # "XX关于…的通知_政策文件_XX市人民政府网": the part that ends with a 文种
        # "江西省人民政府 工作动态 江西省…的通知": the site's name and column, then the title
        parts = [normalize_title(p) for p in re.split(r"\s*[_|｜]\s*|\s+-\s+|\s+", site["页面标题"])]
        md.title = next((p for p in reversed(parts) if _ends_with_doc_type(cur, p) and len(p) > 4), None)
        _issuer_from_site_title(cur)
    if md.issuer is None and site.get("发文机关"):
        joint = re.split(r"[、，,\s]+", site.get("联合发文机关", "").strip())
        cur.take_issuer([n for n in re.split(r"[、\s]+", site["发文机关"]) + joint if n], IssuerSource.site)
    # nothing in the document or the site's cells names the issuer (a notice signed by its date
    # only): the page's 来源 line, when it names a body, is the last resort
    if md.issuer is None and cur.is_body(site.get("来源", "")):
        cur.take_issuer([site["来源"]], IssuerSource.site)
    # the document dates itself by month only: the site's day (its 生成日期) does not overrule it
    month_only = any(_MONTH_ONLY.fullmatch(ln.text) for ln in cur.lines[:HEADER_SCAN])
    if md.signed_date is None and site.get("成文日期") and not month_only:
        md.signed_date = normalize_date(site["成文日期"])
    if md.disclosure_marker is None and normalize_marker(site.get("公开方式")):
        # a value outside the closed list (部分公开 …) declares nothing the model can hold: the rules decide
        md.disclosure_marker = cast(DisclosureMarker, normalize_marker(site["公开方式"]))


def _issuer_from_site_title(cur: _Cursor) -> None:
    """A title the site gives (江西省人民政府办公厅关于…) names its issuer before 关于."""
    prefix = re.split(r"关于|印发|转发|批转", cur.metadata.title or "")[0]
    if cur.metadata.title and prefix and _names_bodies(cur, prefix):
        cur.take_issuer(_split_names(prefix, cur), IssuerSource.from_title)


def _parse_doc_type(cur: _Cursor) -> None:
    md = cur.metadata
    if md.doc_type is not None:
        return
    if md.title:
        endings = sorted(cur.rules.doc_types, key=len, reverse=True)
        title = _ISSUE_SUFFIX.sub("", md.title)
        for ending in endings:
            if title.endswith(ending):
                md.doc_type = cur.rules.doc_types[ending]
                return
    if md.doc_number and re.search(r"函〔", md.doc_number):
        md.doc_type = "函"


# -- body ----------------------------------------------------------------------------------

_HEADING = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]|（\d+）|第[一二三四五六七八九十百]+[章节条])")


def body_text(layout: Layout) -> str:
    """The cleaned full text: noise dropped, wrapped lines and page breaks joined back."""
    paragraphs: list[str] = []
    current = ""
    in_table = False  # a table's row is a paragraph of its own: never joined to what is around it
    for line in layout.lines():
        if line.zone == Zone.noise:
            continue
        text = line.text
        # digits on both sides of the break stay apart (a row's ID, the next row's 序号): glued,
        # they would read as one long number that holds none; a number wrapped there is still
        # read whole by the findings, which join a line break inside a number
        if current and (_SENTENCE_END.search(current) or current.endswith(("：", ":")) or _HEADING.match(text)
                        or line.centered or len(current) < 12 or line.in_table or in_table
                        or (current[-1].isdigit() and text[:1].isdigit())):
            paragraphs.append(current)
            current = ""
        current += text
        in_table = line.in_table
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)
