"""HTML pages as government sites publish them: the content block plus the site's metadata table."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html

from normdocs.extractors.text_reader import decode_text
from normdocs.schemas.layout import ExtraText, Layout, Line, Page
from normdocs.schemas.normalize import normalize_marker
from normdocs.schemas.record import ErrorCode, ExtractionError

# Labels of the metadata table government sites print above a document, by canonical name.
SITE_LABEL_ALIASES = {
    "索引号": "索引号", "主题分类": "主题分类", "发文机关": "发文机关", "发布机构": "发文机关", "发布机关": "发文机关",
    "发文单位": "发文机关", "成文日期": "成文日期", "标题": "标题", "名称": "标题", "文件名称": "标题",
    "发文字号": "发文字号", "文号": "发文字号", "发布日期": "发布日期", "发布时间": "发布日期", "公开日期": "发布日期",
    "主题词": "主题词", "有效性": "有效性", "信息索引号": "索引号", "生成日期": "成文日期", "印发日期": "印发日期",
    "来源": "来源", "信息来源": "来源", "浏览次数": "浏览次数", "字号": "字号",
    "阅读": "浏览次数", "阅读次数": "浏览次数", "点击数": "浏览次数", "访问量": "浏览次数",
    "文件编号": "发文字号", "发文日期": "成文日期", "发文机构": "发文机关", "制发单位": "发文机关",
    # a joint document's other issuers, in a cell of their own ([联合发文单位] 北京市人力资源和社会保障局)
    "联合发文单位": "联合发文机关", "联合发文机关": "联合发文机关", "备注/文号": "发文字号",
    "实施日期": "实施日期", "废止日期": "废止日期", "文件来源": "文件来源",
    # the page's date under its heading (日期：2025-09-18 来源：…), the publishing date
    "日期": "发布日期",
    # page chrome printed as "label：" with nothing of the document after it
    "分享到": "分享到", "分享": "分享到", "视力保护色": "视力保护色", "当前位置": "当前位置",
    "您当前的位置": "当前位置", "字体": "字号", "相关链接": "相关链接",
}
# labels naming the document itself: an empty one takes the next line as its value
# (<li><span>发文字号：</span><p>京房公积金管委会办〔2025〕13号</p></li>); chrome labels never do
_DOCUMENT_LABELS = {"发文字号", "成文日期", "发文机关", "联合发文机关", "标题", "索引号", "主题分类"}
# a metadata list whose labels stand in brackets: <li>[发文机构] <span>北京市医疗保障局</span></li>
_BRACKET_LINE = re.compile(r"^\s*[\[【]([^\]】:：]{1,8})[\]】]\s*(.{0,80})$")
# a line that is one document number and nothing else (长府办发〔2020〕35号 under the page's heading)
_NUMBER_LINE = re.compile(r"^[\u4e00-\u9fff]{1,14}\s*[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*第?\s*\d{1,5}\s*号$")
# a page's toolbar, word by word (PDF格式下载 收藏 取消收藏 大 中 小): chrome, never a 主送's first words
_TOOLBAR_WORDS = {"打印", "打印本页", "收藏", "取消收藏", "加入收藏", "分享", "下载", "PDF格式下载", "PDF下载",
                  "关闭", "关闭窗口", "纠错", "大", "中", "小", "默认", "【", "】", "|"}
_LABEL_LINE = re.compile(r"^\s*([^:：]{1,8})[:：]\s*(.{0,60})$")
SITE_LABELS = tuple(SITE_LABEL_ALIASES)
BLOCK_TAGS = {
    "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "center",
    "section", "article", "blockquote", "pre", "ul", "ol", "dd", "dt", "hr",
}
# <rt>/<rp>: a ruby's reading (pinyin) and its fallback brackets, printed small above the characters
SKIP_TAGS = {"script", "style", "noscript", "head", "title", "rt", "rp"}
CONTENT_HINTS = ("UCAP-CONTENT", "zoom", "pages_content", "TRS_Editor", "article-content", "content")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
_FONT_SIZE = re.compile(r"font-size\s*:\s*([\d.]+)\s*(pt|px)", re.I)


def _decode(data: bytes) -> str:
    match = _CHARSET.search(data[:4096])
    if match:
        encoding = match.group(1).decode("ascii").lower()
        if encoding in ("gb2312", "gbk"):
            encoding = "gb18030"
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data)


def _label(text: str) -> str:
    return re.sub(r"[\s\u3000:：]", "", text)


# The site's disclosure attribute (公开方式 主动公开): its labels and the values it may take.
DISCLOSURE_LABELS = {"公开方式", "公开属性", "公开形式", "信息公开形式", "信息公开属性", "公开类型"}
_LABEL_TAGS = ("td", "th", "dt", "dd", "li", "label", "span", "font", "b", "strong", "em")


def site_disclosure(root) -> str | None:
    """The disclosure attribute the site prints beside the document, wherever its label stands:
    a table cell, a definition list (<dd><label>公开方式：</label><div>主动公开</div>) or a list
    item (<li><span>公开方式：</span>主动公开</li>). Only a known value counts."""
    for element in root.iter(*_LABEL_TAGS):
        if len(element) > 2 or _label(element.text_content()) not in DISCLOSURE_LABELS:
            continue
        follower = _next_element(element)
        if follower is not None:
            value = follower.text_content()
        else:  # the value is the rest of the parent's text
            parent = element.getparent()
            value = (element.tail or "") if parent is None else parent.text_content().replace(
                element.text_content(), "", 1)
        marker = normalize_marker(_label(value))
        if marker is not None:
            return marker
    return None


_OUTSIDE_LABELS = {"发文字号"}


def _cut_at_label(value: str) -> str:
    """A value cell or line that runs on into the next label (琼公积金贷函〔2020〕6号发布日期：)."""
    for label in sorted(SITE_LABELS, key=len, reverse=True):  # 信息来源 before 来源
        spaced = r"\s*".join(map(re.escape, label))
        value = re.split(spaced + r"\s*[:：]", value)[0]
    return value.strip()


_ANY_LABEL = re.compile(r"(?:(?<=\s)|(?<=^))(" + "|".join(
    r"\s*".join(map(re.escape, label)) for label in sorted(SITE_LABELS, key=len, reverse=True)) + r")\s*[:：]")


def _later_labels(text: str) -> list[tuple[str, str]]:
    """The labels after a line's first one, each with its value (cut at the next label)."""
    found = []
    for match in list(_ANY_LABEL.finditer(text))[1:]:
        label = SITE_LABEL_ALIASES.get(_label(match.group(1)))
        value = _cut_at_label(text[match.end():])
        if label is not None and value:
            found.append((label, value))
    return found


def _next_element(element):
    """The next sibling that is an element: a comment (<!-- 文号 -->) between a label cell and
    its value is skipped, as a browser shows it."""
    follower = element.getnext()
    while follower is not None and not isinstance(follower.tag, str):
        follower = follower.getnext()
    return follower


def site_metadata(root) -> dict[str, str]:
    """Pairs of label cell → value cell from the site's metadata table."""
    found: dict[str, str] = {}
    disclosure = site_disclosure(root)
    if disclosure is not None:
        found["公开方式"] = disclosure
    for cell in root.iter("td", "th"):
        content = cell.text_content()
        label = SITE_LABEL_ALIASES.get(_label(content))
        if label is None:
            # label and value in one cell: "<b>文      号:</b> 赣府厅字〔2020〕14号"
            match = re.match(r"^\s*([^:：]{1,16})[:：]\s*(\S.{0,80})$", content.strip(), re.S)
            inline = SITE_LABEL_ALIASES.get(_label(match.group(1))) if match else None
            if match is not None and inline is not None and inline not in found:
                found[inline] = _cut_at_label(re.sub(r"\s+", " ", match.group(2)))
            continue
        if label in found:
            continue
        value_cell = _next_element(cell)
        if value_cell is not None:
            found[label] = re.sub(r"\s+", " ", value_cell.text_content()).strip()
    page_title = root.findtext(".//title")
    if page_title and page_title.strip():
        found["页面标题"] = re.sub(r"\s+", " ", page_title).strip()
    # government sites name the article in <meta name="ArticleTitle"> (政府网站网页元数据)
    for meta in root.iter("meta"):
        if (meta.get("name") or "").strip().lower() == "articletitle" and (meta.get("content") or "").strip():
            found["文章标题"] = re.sub(r"\s+", " ", meta.get("content")).strip()
            break
    return found


_MIN_CONTENT_CJK = 100  # fewer characters than any notice: the block is the page's heading only


def _visible_cjk(element) -> int:
    count = 0
    for el in element.iter():
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS:
            continue
        count += len(_CJK_CHAR.findall(el.text or ""))
        if el is not element:
            count += len(_CJK_CHAR.findall(el.tail or ""))
    return count


def _content_root(root) -> tuple:
    """The block holding the document, and the blocks inside it that come before the document."""
    for hint in CONTENT_HINTS:
        hits = root.xpath(f'//*[@id="{hint}" or contains(concat(" ", normalize-space(@class), " "), " {hint} ")]')
        if hits:
            found = hits[0]
            # a block named "content" that holds only the heading and share buttons, the document
            # in a sibling block (<div id="content">标题 分享：</div><div class="conBox">…</div>):
            # the parent, without what precedes the heading (the site's menus); up to three levels
            block, before = found, set()
            for _ in range(3):
                parent = block.getparent()
                if _visible_cjk(block) >= _MIN_CONTENT_CJK or parent is None or parent.tag == "html":
                    break
                before |= set(block.itersiblings(preceding=True))
                if sum(_visible_cjk(s) for s in block.itersiblings()) >= _MIN_CONTENT_CJK:
                    return parent, before
                block = parent
            return found, set()
    return (root.find("body") if root.find("body") is not None else root), set()


def _is_toolbar(text: str) -> bool:
    words = re.sub(r"[【】|]", " ", text).split()
    return len(words) >= 2 and all(w in _TOOLBAR_WORDS for w in words)


def _outside_heading(root, content):
    """The document's title printed as an <h1> outside the content block: the last such heading
    before the block (a site's banner, <h1>广州住房公积金管理中心政府信息公开</h1>, stands further
    up), else the first after it; never one whose text the block's opening already holds."""
    if content is root:
        return None
    opening = re.sub(r"\s+", "", content.text_content())[:300]
    before, passed = None, False
    for element in root.iter():
        if element is content:
            if before is not None:
                return before
            passed = True
            continue
        if element.tag != "h1" or content in element.iterancestors():
            continue
        text = re.sub(r"\s+", "", element.text_content())
        if not text or text in opening:
            continue
        if passed:
            return element
        before = element
    return before


class _LineBuilder:
    """Walks the tree and cuts text into lines at block boundaries, keeping style hints."""

    def __init__(self, skip: set) -> None:
        self.skip = skip
        self.lines: list[Line] = []
        self.parts: list[str] = []
        self.size: float | None = None
        self.bold = False
        self.centered = False

    def flush(self):
        text = "".join(self.parts)
        if text.strip():
            self.lines.append(
                Line(text=text.strip(), orig=text, page=1, index=len(self.lines),
                     size=self.size, bold=self.bold, centered=self.centered)
            )
        self.parts, self.size, self.bold, self.centered = [], None, False, False

    def walk(self, el, size=None, bold=False, centered=False):
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS or el in self.skip:
            if el.tail:  # the text after a skipped element is its parent's (a ruby's next character)
                self.parts.append(el.tail)
            return
        style = el.get("style", "")
        m = _FONT_SIZE.search(style)
        if m:
            size = float(m.group(1)) * (0.75 if m.group(2).lower() == "px" else 1.0)
        bold = bold or el.tag in ("b", "strong", "h1", "h2") or "bold" in style
        centered = centered or el.get("align", "").lower() == "center" or "text-align: center" in style \
            or "text-align:center" in style or el.tag == "center"
        block = el.tag in BLOCK_TAGS
        if block:
            self.flush()
        if el.text:
            self._add(el.text, size, bold, centered)
        for child in el:
            self.walk(child, size, bold, centered)
        if block:
            self.flush()
        if el.tail:
            self._add(el.tail, size, bold, centered)

    def _add(self, text, size, bold, centered):
        if text.strip():
            if size is not None:
                self.size = max(self.size or 0, size)
            self.bold = self.bold or bold
            self.centered = self.centered or centered
        self.parts.append(text)


def _parse(markup: str):
    """The page's tree, and whether the parser stopped short of its end (nesting past libxml2's
    depth limit: what follows is not in the tree)."""
    parser = lxml.html.HTMLParser()
    root = lxml.html.document_fromstring(markup, parser=parser)
    cut = any("Excessive depth" in str(e.message) for e in parser.error_log)
    return root, cut


_TAG = re.compile(r"<(?:script|style)\b.*?</(?:script|style)\s*>|<!--.*?-->|<[^>]*>", re.S | re.I)
_BLOCK_TAG = re.compile(r"<(?:/?(?:p|div|br|tr|li|h[1-6]|table|td|th|section|article|pre|dd|dt)\b)[^>]*>", re.I)
MAX_FLAT_LINES = 20_000


def flat_texts(markup: str) -> list[ExtraText]:
    """The page's text read without a tree (tags dropped, a line per block tag): what a page
    nested too deep for the parser holds past the point where the tree stops."""
    import html as html_lib

    out: list[ExtraText] = []
    for piece in _BLOCK_TAG.split(markup):
        text = re.sub(r"\s+", " ", html_lib.unescape(_TAG.sub("", piece))).strip()
        if text:
            out.append(ExtraText(text=text[:2000], place="网页未解析部分"))
            if len(out) >= MAX_FLAT_LINES:
                break
    return out


def read_html(path: Path) -> Layout:
    data = path.read_bytes()
    try:
        markup = _decode(data)
        root, cut = _parse(markup)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise ExtractionError(ErrorCode.corrupt_file, f"HTML 文件无法解析：{exc}") from exc
    meta = site_metadata(root)
    content, before = _content_root(root)
    # The metadata table is a source of its own, not part of the document's text.
    skip = set(before)
    for table in content.iter("table"):
        if any(_label(td.text_content()) in SITE_LABELS for td in table.iter("td", "th")) and not table.xpath(
            './/*[@id="UCAP-CONTENT"]'
        ):
            skip.add(table)
    builder = _LineBuilder(skip)
    # Many sites print the title as an <h1> outside the content block; some repeat it inside.
    heading = _outside_heading(root, content)
    if heading is not None:
        builder.walk(heading, centered=True)
    builder.walk(content)
    builder.flush()
    lines: list[Line] = []
    # Metadata printed as "label：value" lines outside the content block (文 号：琼公积金贷函〔2020〕6号).
    outside = _LineBuilder({content} | skip)
    outside.walk(root.find("body") if root.find("body") is not None else root)
    outside.flush()
    around = outside.lines if content is not root else []
    for n, line in enumerate(around):
        text = re.sub(r"\s+", " ", line.text)
        bracket = _BRACKET_LINE.match(text)
        if bracket is not None:
            # a bracketed list is the document's own metadata, never a block's 发布机构
            label = SITE_LABEL_ALIASES.get(_label(bracket.group(1)))
            value = _cut_at_label(bracket.group(2))
            if label in _DOCUMENT_LABELS and value and label not in meta:
                meta[label] = value
            continue
        match = _LABEL_LINE.match(text)
        label = SITE_LABEL_ALIASES.get(_label(match.group(1))) if match else None
        # only the number: checked by its own pattern; a block's 发布机构 or 生成日期 is often the
        # site's (the publishing office, the page's date), not the document's issuer or date
        if match is None or label not in _OUTSIDE_LABELS or label in meta:
            continue
        value = _cut_at_label(match.group(2))
        if not value and n + 1 < len(around) and not _LABEL_LINE.match(around[n + 1].text):
            value = _cut_at_label(around[n + 1].text)  # <h1>文件编号：</h1><p>慈住建〔2023〕36号</p>
        if value:
            meta[label] = value
    # the number alone on a line of its own outside the content (<h3>长府办发〔2020〕35号</h3> under
    # the heading): taken when the page holds one such number only
    alone = {re.sub(r"\s+", "", ln.text) for ln in around if _NUMBER_LINE.match(ln.text.strip())}
    if "发文字号" not in meta and len(alone) == 1:
        meta["发文字号"] = alone.pop()
    taken: set[int] = set()
    for n, line in enumerate(builder.lines):
        if n in taken:
            continue
        # Metadata written as a list (<li><span>文号：</span>…) rather than a table; a line's
        # text may hold the markup's line breaks (发布日期：2023-04-24 15:12\n信息来源：…)
        text = re.sub(r"\s+", " ", line.text)
        match = _LABEL_LINE.match(text) or _BRACKET_LINE.match(text)
        label = SITE_LABEL_ALIASES.get(_label(match.group(1))) if match else None
        if match is not None and label is not None:
            value = _cut_at_label(match.group(2))
            following = builder.lines[n + 1].text if n + 1 < len(builder.lines) else ""
            if not value and label in _DOCUMENT_LABELS and following and not (
                    _LABEL_LINE.match(following) or _BRACKET_LINE.match(following)):
                value = _cut_at_label(following)
                taken.add(n + 1)
            if value or label not in _DOCUMENT_LABELS:
                meta.setdefault(label, value)
            # the same line may hold more labels (发布日期：2022-12-29 来源：市住房公积金管理中心 阅读：)
            for other, other_value in _later_labels(text):
                meta.setdefault(other, other_value)
            continue
        if _is_toolbar(text):
            continue
        line.index = len(lines)
        lines.append(line)
    extra = extra_texts(root, content, skip) + (flat_texts(markup) if cut else [])
    return Layout(pages=[Page(number=1, lines=lines)], site_metadata=meta, extra=extra)


_META_SKIP = {"viewport", "renderer", "format-detection", "robots", "referrer", "generator", "theme-color"}


def extra_texts(root, content, skipped) -> list[ExtraText]:
    """What the page holds besides the document's lines (the confidentiality view): <title>,
    <meta> values, metadata-table rows, blocks outside the content, image captions."""
    extra: list[ExtraText] = []
    title = root.findtext(".//title")
    if title and title.strip():
        extra.append(ExtraText(text=re.sub(r"\s+", " ", title).strip(), place="网页标题"))
    for meta in root.iter("meta"):
        name = (meta.get("name") or meta.get("property") or meta.get("http-equiv") or "").strip()
        value = (meta.get("content") or "").strip()
        if value and name.lower() not in _META_SKIP and not name.lower().startswith("content-type"):
            # the value alone (a mark standing on its own), and with its name (密级 机密)
            extra.append(ExtraText(text=value, place="网页元数据"))
            if name:
                extra.append(ExtraText(text=f"{name}：{value}", place="网页元数据"))
    # metadata tables anywhere on the page (inside the content they are skipped from its lines)
    tables = set(skipped) | {t for t in root.iter("table") if content not in t.iter()
                             and any(_label(td.text_content()) in SITE_LABELS for td in t.iter("td", "th"))}
    for table in tables:
        for row in table.iter("tr"):
            text = " ".join(re.sub(r"\s+", " ", c.text_content()).strip() for c in row.iter("td", "th"))
            if text.strip():
                extra.append(ExtraText(text=text.strip(), place="元数据表"))
    if content is not root:
        outside = _LineBuilder({content} | tables)
        outside.walk(root.find("body") if root.find("body") is not None else root)
        outside.flush()
        extra.extend(ExtraText(text=ln.text, place="正文外区块") for ln in outside.lines)
    extra.extend(_hidden_texts(root))
    for img in root.iter("img", "image", "input", "object", "embed"):
        caption = " ".join(v.strip() for v in (img.get("alt"), img.get("title"), img.get("aria-label"))
                           if v and v.strip())
        if caption:
            extra.append(ExtraText(text=caption, place="图片说明"))
        name = picture_name(img.get("src") or img.get("data-src") or img.get("data") or img.get("href") or "")
        if name:
            extra.append(ExtraText(text=name, place="图片文件名"))
    return extra


# attributes that hold text a reader may see (a tooltip, a field's value) or a page may carry unseen
_TEXT_ATTRIBUTES = ("title", "alt", "aria-label", "placeholder", "value", "label", "summary", "abbr")
MAX_HIDDEN_TEXTS = 5000  # a page's comments and attributes are read up to this many


def _hidden_texts(root) -> list[ExtraText]:
    """Text the page holds but does not show as its lines: comments, <noscript>, <template>,
    an <iframe srcdoc> page, and attribute values (title=, value=, data-*)."""
    out: list[ExtraText] = []

    def add(text: str | None, place: str) -> None:
        text = re.sub(r"\s+", " ", text or "").strip()
        # Chinese text or a number's worth of digits (a tracking code or a class name is neither)
        if text and len(out) < MAX_HIDDEN_TEXTS and (_CJK_CHAR.search(text) or sum(c.isdigit() for c in text) >= 7):
            out.append(ExtraText(text=text[:2000], place=place))

    for comment in root.iter(lxml.etree.Comment):
        add(comment.text, "网页注释")
    for element in root.iter("noscript", "template"):
        add(element.text_content(), "网页隐藏内容")
    frames = [(frame, 1) for frame in root.iter("iframe", "frame")]
    while frames:  # an <iframe srcdoc> page may hold frames of its own
        frame, depth = frames.pop()
        srcdoc = frame.get("srcdoc")
        if not srcdoc:
            continue
        try:
            inner = lxml.html.document_fromstring(srcdoc)
        except (ValueError, lxml.etree.ParserError):
            add(srcdoc, "内嵌网页")
            continue
        add(inner.text_content(), "内嵌网页")
        if depth < MAX_FRAME_DEPTH:
            frames.extend((f, depth + 1) for f in inner.iter("iframe", "frame"))
    for element in root.iter("style"):  # generated content: .level::before { content: "机密" }
        for m in _CSS_STRING.finditer(element.text or ""):
            add(_css_unescape(m.group(2)), "网页样式文字")
    for element in root.iter("script"):  # strings a script writes into the page (document.write)
        for m in _JS_STRING.finditer((element.text or "")[:MAX_SCRIPT_CHARS]):
            literal = _js_unescape(m.group(2))
            if _CJK_CHAR.search(literal):
                add(_TAG.sub(" ", literal), "网页脚本文字")
    for element in root.iter(lxml.etree.Element):
        for name, value in element.attrib.items():
            if name in _TEXT_ATTRIBUTES or name.startswith("data-"):
                if element.tag in ("img", "image") and name in ("alt", "title", "aria-label"):
                    continue  # read as the picture's caption
                add(value, "网页属性")
            elif name in _LINK_ATTRIBUTES and value:  # a number in a link's query or a mailto: address
                from urllib.parse import unquote

                add(unquote(value), "链接地址")
    return out


MAX_FRAME_DEPTH = 4
MAX_SCRIPT_CHARS = 200_000
_LINK_ATTRIBUTES = ("href", "src", "action", "formaction")
_CSS_STRING = re.compile(r"""content\s*:\s*(["'])((?:\\.|(?!\1).)*)\1""", re.S)
_JS_STRING = re.compile(r"""(["'`])((?:\\.|(?!\1)[^\n\\])*)\1""")


def _css_unescape(text: str) -> str:
    """CSS string escapes: \\673a (a code point in hex, one optional space after it) and \\" ."""
    return re.sub(r"\\([0-9a-fA-F]{1,6})\s?|\\(.)", lambda m: chr(int(m.group(1), 16)) if m.group(1)
                  and int(m.group(1), 16) <= 0x10FFFF else (m.group(2) or ""), text)


def _js_unescape(text: str) -> str:
    """JavaScript string escapes: \\u673a, \\x41, \\' and the like."""
    return re.sub(r"\\u\{?([0-9a-fA-F]{4,6})\}?|\\x([0-9a-fA-F]{2})|\\(.)",
                  lambda m: chr(int(m.group(1) or m.group(2), 16)) if (m.group(1) or m.group(2))
                  and int(m.group(1) or m.group(2), 16) <= 0x10FFFF else (m.group(3) or ""), text)


def picture_name(src: str) -> str:
    """The file name a picture's address ends in, decoded and without its extension, when it
    holds Chinese (不予公开.png, %E6%9C%BA%E5%AF%86.gif): a stamp named after its mark."""
    from urllib.parse import unquote, urlsplit

    if not src or src.startswith("data:"):
        return ""
    name = unquote(urlsplit(src).path.rsplit("/", 1)[-1]).rsplit(".", 1)[0].strip()
    return name if _CJK_CHAR.search(name) else ""


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
