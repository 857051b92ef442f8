#!/usr/bin/env python3
"""Generate the synthetic sample documents in data/samples/ and their gold metadata.

    python scripts/make_samples.py           # (re)write data/samples/
    python scripts/make_samples.py --check   # also re-read every file and check the gold

Every good document is one `Doc` entry in DOCS (a data table). A Doc describes WHAT the
document says (issuer, number, title, dates, ...) and a few presentation switches; the
writers (PDF via reportlab, DOCX via python-docx, HTML, TXT) lay it out following
GB/T 9704, and `gold()` derives the expected metadata from the same entry. Adding a
document means adding one entry. Bad inputs (data/samples/bad/) are made by BAD_WRITERS.

Output is deterministic: fixed seeds and dates, reportlab `invariant=1`, fixed ZIP
timestamps for DOCX. Names, places and numbers are fictional.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import re
import struct
import sys
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # must be set before pdfencrypt is imported: fixes its "random" bytes

from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt, RGBColor  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.pdfencrypt import StandardEncryption  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase._cidfontdata import CIDFontInfo  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfbase.pdfdoc import PDFString  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "samples"

FONT = "STSong-Light"
# reportlab writes the CID font's CIDSystemInfo strings as raw "(Adobe)"/"(GB1)" literals,
# which it then forgets to encrypt in encrypted PDFs; readers that decrypt every string
# (pdfminer) then lose the Adobe-GB1 mapping and yield "(cid:1796)". Real string objects
# get encrypted like the rest, so the owner-password sample reads fine.
_CID_INFO = CIDFontInfo[FONT]["DescendantFonts"][0]["CIDSystemInfo"]
_CID_INFO["Registry"], _CID_INFO["Ordering"] = PDFString("Adobe"), PDFString("GB1")
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

RED = (0.9, 0.0, 0.0)
BLACK = (0.0, 0.0, 0.0)
FIXED_TIME = dt.datetime(2024, 1, 2, 9, 0, 0)


# --------------------------------------------------------------------------- spec


@dataclass
class Annex:
    """Text attached after the cover document, starting on a new page."""

    title: list[str]  # printed lines
    paras: list[str]
    heading: str | None = "附件"  # "附件", "附件1"; None for a 令's promulgated text
    subtitle: str | None = None  # e.g. "（2021年8月20日局务会议审议通过）"
    tail: list[str] = field(default_factory=list)  # right-aligned lines at the end


@dataclass
class Scan:
    """A document 'scanned': typeset as a PDF, rendered at 200 dpi, degraded, saved as pictures.

    The output's suffix picks the container: .pdf (one JPEG per page, no text layer),
    .png (one page), .tif (one frame per page)."""

    seed: int
    skew: float = 0.5  # degrees; alternates sign page by page
    seal: bool = True  # a red seal pressed over the signature and date
    sideways: tuple[int, ...] = ()  # pages fed into the scanner turned 90 degrees clockwise
    upside_down: tuple[int, ...] = ()  # pages fed in upside down
    text_pages: tuple[int, ...] = ()  # PDF: pages kept as typeset text (the rest are pictures)
    grain: float = 3.0  # sensor noise (standard deviation, grey levels); costs file size


@dataclass
class Doc:
    file: str
    issuer: str  # gold issuer; joint issuers joined with 、
    doc_type: str
    title: list[str]  # printed title lines (wrapped as printed)
    signed: str  # ISO 成文日期
    body: list[str]  # paragraphs; "\f" inside a paragraph = page ends there (PDF)
    number: str | None = None  # 发文字号 exactly as printed
    layout: str = "file"  # file (red 版头) | letter (信函) | order (令) | web (no 版头)
    mark: list[str] = field(default_factory=list)  # red issuer-mark lines
    mark_side: str | None = None  # "文件" printed beside stacked joint names
    recipients: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    signature: list[str] | None = None  # signing lines above the date (default [issuer])
    date_style: str = "arabic"  # arabic | cn〇 | cn零
    note: list[str] = field(default_factory=list)  # 附注 lines as printed
    open_line: str | None = None  # e.g. "公开方式：主动公开" above the imprint zone
    public_label: bool = False  # lone "公开" top right of page 1
    marker: str | None = None  # gold disclosure_marker
    cc: list[str] = field(default_factory=list)
    printer: str | None = None
    printed: str | None = None  # ISO 印发日期
    copy_number: str | None = None
    classification: str | None = None
    period: str | None = None
    urgency: str | None = None
    signer: str | None = None  # 签发人 (请示/报告)
    order_no: str | None = None  # 令: printed "第198号"
    order_signer: str | None = None  # 令: "市长　黄文辉"
    topic_line: str | None = None  # 主题词 line (1990s imprint zone)
    annexes: list[Annex] = field(default_factory=list)
    imprint_last: bool = False  # imprint after the annexes (else at the end of the cover)
    gold_title: str | None = None  # override (令: title of the promulgated text)
    notes: str = ""
    # presentation switches
    page_numbers: str = "dash"  # dash "— 1 —" | hyphen "-1-" | none
    running: tuple[str, str] | None = None  # running header, footer (PDF)
    spaced_title_lines: tuple[int, ...] = ()  # title lines drawn letter-spaced (PDF)
    digit_gap: bool = False  # gap between digits and CJK: "2023 年" (PDF)
    owner_password: str | None = None  # PDF encrypted with an owner password only
    imprint_table: str | None = None  # DOCX: "2x2" | "1x2"
    docx_header_label: bool = False  # DOCX: "公开" in the section header, page no. in footer
    encoding: str = "utf-8"  # HTML / TXT
    newline: str = "\n"  # TXT
    meta_table: bool = True  # HTML: gov-site metadata table
    index_no: str | None = None  # HTML 索引号
    published: str | None = None  # HTML 发布日期 (ISO)
    html_title_split: int | None = None  # HTML: split the title into two <p> at this char
    scan: Scan | None = None  # scanned: typeset, then rendered to pictures (see Scan)

    @property
    def fmt(self) -> str:
        return self.file.rsplit(".", 1)[1]

    @property
    def signature_lines(self) -> list[str]:
        return self.signature if self.signature is not None else [self.issuer]


# --------------------------------------------------------------------------- text helpers

CN_DIGITS = "〇一二三四五六七八九"
FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def cn_small(n: int) -> str:
    """1..99 in Chinese numerals (十, 十二, 二十, 二十五)."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return CN_DIGITS[ones]
    head = "" if tens == 1 else CN_DIGITS[tens]
    return head + "十" + (CN_DIGITS[ones] if ones else "")


def fmt_date(iso: str, style: str = "arabic") -> str:
    y, m, d = (int(p) for p in iso.split("-"))
    if style == "arabic":
        return f"{y}年{m}月{d}日"
    zero = style[-1]  # "〇" or "零"
    year = "".join(CN_DIGITS[int(c)] for c in str(y)).replace("〇", zero)
    return f"{year}年{cn_small(m)}月{cn_small(d)}日"


def site_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{y}年{m}月{d}日"


def norm_number(s: str) -> str:
    s = re.sub(r"\s+", "", s.translate(FULLWIDTH))
    return re.sub(r"[\[\(（【〔](\d{4})[\]\)）】〕]", r"〔\1〕", s)


def compact(s: str) -> str:
    return re.sub(r"\s+", "", s)


def attachment_lines(items: list[str]) -> list[str]:
    if not items:
        return []
    if len(items) == 1:
        return [f"附件：{items[0]}"]
    return [f"附件：1. {items[0]}"] + [f"{i}. {t}" for i, t in enumerate(items[1:], 2)]


def imprint_print_line(doc: Doc) -> tuple[str, str] | None:
    if not doc.printer:
        return None
    return doc.printer, f"{fmt_date(doc.printed)}印发"


# --------------------------------------------------------------------------- filler text

HEADINGS = [
    "一、提高思想认识，加强组织领导",
    "二、突出工作重点，细化工作措施",
    "三、强化督促检查，确保工作实效",
    "四、加强宣传引导，营造良好氛围",
    "五、健全长效机制，巩固工作成果",
]
SENTENCES = [
    "各地各部门要充分认识做好{t}工作的重要意义，切实把思想和行动统一到决策部署上来。",
    "要建立健全主要负责同志亲自抓、分管负责同志具体抓的工作机制，明确责任分工，层层压实责任。",
    "要坚持问题导向和目标导向相结合，聚焦群众反映强烈的突出问题，制定有针对性的工作措施。",
    "要加强部门之间的沟通协作，建立信息共享和定期会商制度，形成工作合力。",
    "对工作推进不力、措施落实不到位的单位，要及时督促整改，必要时予以通报。",
    "要充分利用报刊、广播电视、政府网站和政务新媒体等渠道，广泛宣传{t}的政策措施和典型经验。",
    "各单位要于每季度末前将工作进展情况报送牵头部门，年底前报送全年工作总结。",
    "要规范资金使用管理，严格执行预算，确保专款专用，提高资金使用效益。",
    "要加强基层工作人员业务培训，不断提高依法行政能力和服务水平。",
    "鼓励各地结合实际探索创新，及时总结推广行之有效的经验做法。",
    "要健全完善考核评价机制，将{t}工作纳入年度目标责任考核，考核结果作为评先评优的重要依据。",
    "要坚持以人民为中心的发展思想，把群众满意度作为检验{t}工作成效的根本标准。",
    "牵头部门要会同有关单位制定具体实施方案，明确时间表、路线图，确保各项任务按期完成。",
    "要加强风险研判，完善应急预案，及时妥善处置苗头性、倾向性问题。",
]


def filler(seed: int, topic: str, sections: int, per: int = 3, headings: bool = True) -> list[str]:
    """Stock administrative prose (optionally under 一、二、 headings), deterministic per seed."""
    rng = random.Random(seed)
    deck: list[str] = []
    paras: list[str] = []
    for h in HEADINGS[:sections]:
        if headings:
            paras.append(h)
        for _ in range(per):
            picked = []
            for _ in range(3):
                if not deck:
                    deck = SENTENCES[:]
                    rng.shuffle(deck)
                picked.append(deck.pop())
            paras.append("".join(s.format(t=topic) for s in picked))
    return paras


ARTICLE_BODIES = [
    "为了{p}，根据有关法律、法规和规章的规定，结合本市实际，制定本办法。",
    "本办法适用于本市行政区域内{s}的管理和监督。",
    "市{d}负责全市{s}的监督管理工作，区（县级市）主管部门按照职责分工负责本辖区内的具体工作。",
    "财政、审计、市场监管等部门按照各自职责，做好相关监督管理工作。",
    "{s}应当遵循依法合规、公开透明、方便群众的原则。",
    "有关单位应当建立健全内部管理制度，明确专人负责，定期向主管部门报送有关情况。",
    "主管部门应当通过政府网站等渠道公开办事指南、办理流程和监督电话，接受社会监督。",
    "违反本办法规定的，由主管部门责令限期改正；情节严重的，依法追究相关责任。",
    "主管部门工作人员在监督管理工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分。",
]


def articles(p: str, s: str, d: str, effective: str) -> list[str]:
    paras = [
        f"第{cn_small(i)}条　" + b.format(p=p, s=s, d=d)
        for i, b in enumerate(ARTICLE_BODIES, 1)
    ]
    paras.append(f"第{cn_small(len(ARTICLE_BODIES) + 1)}条　{effective}")
    return paras


# --------------------------------------------------------------------------- the documents

LIAOCHENG_ANNEX = filler(9, "政务公开", 4, 3)

DOCS: list[Doc] = [
    # ---------------------------------------------------------------- PDF
    Doc(
        file="notice_liaocheng.pdf",
        issuer="聊城市人民政府办公室",
        doc_type="通知",
        mark=["聊城市人民政府办公室文件"],
        number="聊政办发〔2023〕9号",
        title=["聊城市人民政府办公室", "关于印发聊城市2023年政务公开工作", "要点的通知"],
        spaced_title_lines=(2,),
        recipients=["各县（市、区）人民政府", "市属开发区管委会", "市政府各部门", "各直属机构", "各高等院校"],
        body=[
            "《聊城市2023年政务公开工作要点》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。",
            "各县（市、区）、市政府各部门要明确分管负责同志和工作机构，于2023年8月底前将工作要点落实情况报市政府办公室。",
        ],
        attachments=["聊城市2023年政务公开工作要点"],
        signed="2023-07-25",
        note=["（此件公开发布）"],
        marker="主动公开",
        cc=["市委各部门", "市人大常委会办公室", "市政协办公室", "聊城军分区", "市法院", "市检察院"],
        printer="聊城市人民政府办公室",
        printed="2023-07-26",
        annexes=[
            Annex(title=["聊城市2023年政务公开工作要点"], paras=LIAOCHENG_ANNEX)
        ],
        imprint_last=True,
        notes="Classic 文件 layout; title wrapped mid-word over 3 lines, the last one "
        "letter-spaced ('要 点 的 通 知'); multi-page attachment "
        "(要点) on new pages; imprint zone at the very end after the attachment; page numbers "
        "'— n —' alternating right/left.",
    ),
    Doc(
        file="measures_suzhou.pdf",
        issuer="苏州市住房和城乡建设局",
        doc_type="通知",
        mark=["苏州市住房和城乡建设局文件"],
        number="苏住建规[2021]3号",
        title=["苏州市住房和城乡建设局关于印发《苏州市住", "宅专项维修资金管理办法》的通知"],
        recipients=["各县级市（区）住房和城乡建设局", "苏州工业园区规划建设委员会", "各有关单位"],
        body=[
            "为加强住宅专项维修资金管理，保障住宅共用部位、共用设施设备的维修和正常使用，"
            "维护资金所有者的合法权益，我局制定了《苏州市住宅专项维修资金管理办法》，现印发给你们，请认真遵照执行。",
        ],
        attachments=["苏州市住宅专项维修资金管理办法"],
        signed="2021-08-30",
        note=["（此件主动公开）"],
        marker="主动公开",
        cc=["江苏省住房和城乡建设厅", "市政府办公室"],
        printer="苏州市住房和城乡建设局办公室",
        printed="2021-08-31",
        annexes=[
            Annex(
                title=["苏州市住宅专项维修资金管理办法"],
                subtitle="（2021年8月20日局务会议审议通过）",
                paras=articles(
                    "加强住宅专项维修资金管理",
                    "住宅专项维修资金的交存、使用",
                    "住房和城乡建设局",
                    "本办法自2021年10月1日起施行，有效期5年。",
                ),
                tail=["苏州市住房和城乡建设局", "2021年8月20日"],
            )
        ],
        notes="关于印发《办法》的通知; ASCII brackets [2021] in the number; imprint zone at the "
        "bottom of p.1 (cover), the 办法 follows on new pages and carries its own dates "
        "(2021年8月20日, 2021年10月1日) that are NOT the 成文日期.",
    ),
    Doc(
        file="joint_opinion_hefei.pdf",
        issuer="合肥市住房和城乡建设局、合肥市自然资源和规划局",
        doc_type="意见",
        mark=["合肥市住房和城乡建设局", "合肥市自然资源和规划局"],
        mark_side="文件",
        number="合建（２０２２）４５号",
        title=["关于进一步规范商品房预售资金监管", "工作的实施意见"],
        recipients=["各县（市）、区住房和城乡建设局", "自然资源和规划分局", "各有关房地产开发企业", "各商业银行合肥分行"],
        body=[
            "为进一步规范商品房预售资金监管，防范化解房地产领域风险，保障购房人合法权益，现提出如下实施意见。",
            *filler(21, "预售资金监管", 3, 2),
        ],
        signature=["合肥市住房和城乡建设局", "合肥市自然资源和规划局"],
        signed="2022-09-16",
        open_line="公开方式：主动公开",
        marker="主动公开",
        cc=["市人民政府办公室", "人民银行合肥中心支行"],
        printer="合肥市住房和城乡建设局办公室",
        printed="2022-09-19",
        page_numbers="hyphen",
        notes="Joint issuance: two stacked red names with 文件 beside them; full-width brackets "
        "AND full-width digits in the number; '公开方式：主动公开' above the imprint zone; "
        "page numbers '-n-'.",
    ),
    Doc(
        file="joint_notice_xian.pdf",
        issuer="西安市财政局、西安市人力资源和社会保障局、西安市医疗保障局",
        doc_type="通知",
        mark=["西安市财政局", "西安市人力资源和社会保障局", "西安市医疗保障局"],
        mark_side="文件",
        number="市财发〔2023〕112号",
        title=["西安市财政局　西安市人力资源和社会保障局", "西安市医疗保障局关于做好2023年城乡居民", "基本医疗保险财政补助资金拨付工作的通知"],
        digit_gap=True,
        recipients=["各区县财政局、人力资源和社会保障局、医疗保障局", "西咸新区各新城财政金融局"],
        body=[
            "为确保城乡居民基本医疗保险财政补助资金及时足额到位，现就2023年补助资金拨付有关事项通知如下。",
            "一、2023年城乡居民基本医疗保险各级财政人均补助标准为每人每年640元，各区县应于2023年6月30日前将本级补助资金足额拨付至基金财政专户。",
            "二、各区县财政部门要会同人力资源和社会保障、医疗保障部门做好参保人数核定工作，按照核定人数据实结算补助资金。",
            "三、各单位要加强补助资金监督管理，严禁截留、挤占、挪用，确保资金安全。",
        ],
        signature=["西安市财政局", "西安市人力资源和社会保障局", "西安市医疗保障局"],
        signed="2023-04-18",
        note=["（此件主动公开）"],
        marker="主动公开",
        cc=["陕西省财政厅", "市人民政府办公厅"],
        printer="西安市财政局办公室",
        printed="2023-04-20",
        notes="Three stacked red names justified to equal width (so the shorter names extract "
        "letter-spaced) with 文件 beside the middle line; title begins with the issuers' names; "
        "digits drawn apart from CJK so text extracts as '2023 年'.",
    ),
    Doc(
        file="decision_qingdao.pdf",
        issuer="青岛市人民政府",
        doc_type="决定",
        mark=["青岛市人民政府文件"],
        number="青政发（2023）2号",
        public_label=True,
        marker="主动公开",
        title=["青岛市人民政府关于表彰2022年度", "全市安全生产先进单位和先进", "个人的决定"],
        spaced_title_lines=(2,),
        recipients=["各区、市人民政府", "青岛西海岸新区管委", "市政府各部门", "市直各单位"],
        body=[
            "2022年，全市各级各部门认真贯彻落实党中央、国务院关于安全生产的决策部署，"
            "扎实开展安全生产专项整治三年行动，全市安全生产形势保持总体稳定。",
            "为表彰先进、树立典型，市政府决定，授予市应急管理局等20个单位“全市安全生产先进单位”称号，"
            "授予王海涛等30名同志“全市安全生产先进个人”称号。",
            "希望受到表彰的单位和个人珍惜荣誉，再接再厉，在新的起点上取得更大成绩。",
        ],
        attachments=["2022年度全市安全生产先进单位名单", "2022年度全市安全生产先进个人名单"],
        signed="2023-02-08",
        cc=["市委各部门", "市人大常委会办公厅", "市政协办公厅"],
        printer="青岛市人民政府办公厅",
        printed="2023-02-10",
        annexes=[
            Annex(
                heading="附件1",
                title=["2022年度全市安全生产先进单位名单"],
                paras=["市应急管理局、市住房城乡建设局、市交通运输局、市市场监管局、黄岛区应急管理局、"
                       "即墨区人民政府灵山街道办事处、胶州市消防救援大队等20个单位。"],
            ),
            Annex(
                heading="附件2",
                title=["2022年度全市安全生产先进个人名单"],
                paras=["王海涛（市应急管理局）、刘晓燕（市交通运输局）、陈立军（崂山区应急管理局）、"
                       "孙婷婷（市市场监管局）等30名同志。"],
            ),
        ],
        imprint_last=True,
        notes="Lone '公开' label top right of page 1 (→ 主动公开); full-width parentheses "
        "（2023）; last title line letter-spaced ('个 人 的 决 定'); two numbered attachments, "
        "each on its own page, imprint zone at the very end.",
    ),
    Doc(
        file="request_dezhou.pdf",
        issuer="德州市交通运输局",
        doc_type="请示",
        copy_number="000123",
        classification="秘密",
        period="1年",
        urgency="特急",
        mark=["德州市交通运输局文件"],
        number="德交发〔2023〕31号",
        signer="王建国",
        title=["德州市交通运输局关于申请拨付国省干线", "公路灾毁修复资金的请示"],
        recipients=["市人民政府"],
        body=[
            "受2023年7月下旬持续强降雨影响，我市G105、S316等国省干线公路多处出现路基沉陷、边坡坍塌，"
            "经初步核查，需修复路段共计46.8公里，估算修复资金3260万元。",
            "为尽快恢复公路正常通行，保障人民群众出行安全，恳请市政府从市级预备费中安排灾毁修复资金1500万元，"
            "其余资金由我局积极争取省级补助解决。",
            "妥否，请批示。",
        ],
        signed="2023-08-02",
        note=["（联系人：李红梅，联系电话：0534-2688123）"],
        printer="德州市交通运输局办公室",
        printed="2023-08-03",
        notes="Upward document: copy number, 秘密★1年, 特急 in the header; number left and "
        "'签发人：王建国' right on the same line; 附注 is a contact person, no disclosure marker; "
        "imprint zone with 印发 line only (no 抄送).",
    ),
    Doc(
        file="report_guiyang.pdf",
        issuer="贵阳市生态环境局",
        doc_type="报告",
        urgency="加急",
        mark=["贵阳市生态环境局文件"],
        number="筑环报[2023]7号",
        signer="赵志刚",
        title=["贵阳市生态环境局关于2022年度生态环境", "保护目标责任完成情况的报告"],
        recipients=["市人民政府"],
        body=[
            "按照市政府工作安排，现将我局2022年度生态环境保护目标责任完成情况报告如下。",
            "一、主要目标完成情况。2022年，全市环境空气质量优良天数比例为98.6%，"
            "集中式饮用水水源地水质达标率保持100%，主要污染物减排任务全面完成。",
            "二、存在的主要问题。部分区域臭氧污染问题仍较突出，农村生活污水治理设施运行维护有待加强。",
            "三、下一步工作打算。持续深入打好蓝天、碧水、净土保卫战，加快补齐环境基础设施短板。",
            "特此报告。",
        ],
        signed="2023-02-27",
        note=["（此件依申请公开）"],
        marker="依申请公开",
        cc=["省生态环境厅"],
        printer="贵阳市生态环境局办公室",
        printed="2023-03-01",
        page_numbers="hyphen",
        notes="报告 with 加急 and 签发人; ASCII square brackets [2023]; （此件依申请公开）.",
    ),
    Doc(
        file="reply_kunming.pdf",
        issuer="昆明市人民政府",
        doc_type="批复",
        mark=["昆明市人民政府文件"],
        number="昆政复【2022】56号",
        title=["昆明市人民政府关于同意设立呈贡区吴家营", "街道社区卫生服务中心的批复"],
        recipients=["市卫生健康委", "呈贡区人民政府"],
        body=[
            "你们《关于设立呈贡区吴家营街道社区卫生服务中心的请示》（昆卫请〔2022〕88号）收悉。经研究，现批复如下：",
            "一、同意设立呈贡区吴家营街道社区卫生服务中心，为呈贡区卫生健康局所属公益一类事业单位。",
            "二、所需编制由呈贡区在现有编制总额内调剂解决，所需经费按现行财政体制负担。",
            "三、请你们按照有关规定抓紧做好机构组建和人员配备工作。",
        ],
        signed="2022-11-21",
        note=["（此件主动公开）"],
        marker="主动公开",
        cc=["市民政局", "市财政局", "市委编办"],
        printer="昆明市人民政府办公室",
        printed="2022-11-22",
        page_numbers="hyphen",
        notes="批复; lenticular brackets 【2022】 in the number; body cites another document "
        "number (昆卫请〔2022〕88号) that is NOT the doc number.",
    ),
    Doc(
        file="letter_zhejiang.pdf",
        issuer="浙江省自然资源厅",
        doc_type="函",
        layout="letter",
        mark=["浙江省自然资源厅"],
        number="浙自然资函〔2021〕118号",
        title=["浙江省自然资源厅关于同意调整绍兴市柯桥区", "部分村庄规划的复函"],
        recipients=["绍兴市自然资源和规划局"],
        body=[
            "你局《关于调整柯桥区部分村庄规划的请示》收悉。经审查，原则同意柯桥区平水镇、稽东镇"
            "等6个村庄规划的调整方案。",
            "请你局督促柯桥区严格按照调整后的规划实施管理，严守耕地保护红线和生态保护红线。",
            "此复。",
        ],
        signed="2021-06-15",
        note=["（信息公开形式：主动公开）"],
        marker="主动公开",
        cc=["柯桥区人民政府"],
        notes="信函 layout: red name without 文件, number right-aligned under the red line; "
        "复函 → doc_type 函; '（信息公开形式：主动公开）'; imprint zone has 抄送 only.",
    ),
    Doc(
        file="announcement_shenzhen.pdf",
        issuer="深圳市市场监督管理局",
        doc_type="公告",
        layout="web",
        number="深市监公告〔2023〕27号",
        title=["深圳市市场监督管理局关于2023年", "第二季度食品安全监督抽检情况的公告"],
        digit_gap=True,
        body=[
            "为保障公众饮食安全，2023年第二季度我局组织对粮食加工品、食用油、肉制品、乳制品等"
            "24大类食品开展监督抽检，共抽检样品8652批次，检验合格8597批次，合格率为99.36%。",
            "对抽检发现的不合格食品，我局已责令生产经营者立即采取下架、召回等措施，并依法立案查处。",
            "消费者发现不合格食品仍在销售的，可拨打12315投诉举报。",
            "特此公告。",
        ],
        signed="2023-07-14",
        notes="Web-release layout without 版头: title first, number under the title; 公告 with no "
        "recipients; digits drawn apart ('2023 年'); no 附注, no imprint zone.",
    ),
    Doc(
        file="circular_wuhan.pdf",
        issuer="武汉市人民政府",
        doc_type="通告",
        layout="web",
        number="武政规〔2022〕18号",
        title=["武汉市人民政府关于在中心城区", "禁止燃放烟花爆竹的通告"],
        running=("武汉市人民政府公报", "武汉市人民政府发布"),
        body=[
            "为保护大气环境，预防和减少火灾事故，保障公共安全和人身财产安全，"
            "根据《烟花爆竹安全管理条例》等有关规定，结合本市实际，现就有关事项通告如下：",
            "一、本市江岸区、江汉区、硚口区、汉阳区、武昌区、青山区、洪山区行政区域内全年禁止燃放烟花爆竹。",
            *filler(33, "烟花爆竹禁放", 2, 3, headings=False),
            "二、对违反本通告规定燃放烟花爆竹的，由公安机关依法予以处罚；在违法建设内储存烟花爆竹的，"
            "由公安机关移交市住房城乡建\f设局依法处理。",
            *filler(34, "烟花爆竹禁放", 1, 2, headings=False),
            "三、本通告自2023年1月1日起施行，有效期5年。",
        ],
        signed="2022-12-20",
        note=["（此件公开发布）"],
        marker="主动公开",
        notes="Gazette reprint: running header '武汉市人民政府公报' and footer '武汉市人民政府发布' "
        "on every page, page numbers too; no 版头/版记; a page break splits the word "
        "'市住房城乡建|设局' in a body sentence.",
    ),
    Doc(
        file="bulletin_jinan.pdf",
        issuer="济南市人力资源和社会保障局",
        doc_type="通报",
        mark=["济南市人力资源和社会保障局文件"],
        number="济人社发〔2023〕22号",
        title=["济南市人力资源和社会保障局关于查处", "骗取失业保险待遇典型案例的通报"],
        recipients=["各区县人力资源和社会保障局", "市属各有关单位"],
        body=[
            "近期，我局在失业保险基金专项检查中查处了一批骗取失业保险待遇案件，现将典型案例通报如下。",
            "案例一：当事人张某某（身份证号码11010519491231002X，联系电话13800138000）在已实现就业的情况下，"
            "隐瞒就业事实继续领取失业保险金共计11个月，金额19360元。经查实，我局已依法责令其退回全部款项。",
            "各单位要以案为鉴，加强失业保险待遇审核和数据比对，坚决防范和打击欺诈骗保行为。",
        ],
        signed="2023-05-11",
        note=["（此件主动公开）"],
        marker="主动公开",
        cc=["山东省人力资源和社会保障厅", "市纪委监委驻市人社局纪检监察组"],
        printer="济南市人力资源和社会保障局办公室",
        printed="2023-05-12",
        notes="Disclosure CONFLICT case: marked 主动公开 but the body carries personal "
        "information (a checksum-valid ID-like number, the GB 11643 specimen "
        "11010519491231002X, and a mobile number).",
    ),
    Doc(
        file="minutes_dalian_2009.pdf",
        issuer="大连市人民政府办公厅",
        doc_type="会议纪要",
        mark=["大连市人民政府办公厅文件"],
        number="大政办纪〔2009〕18号",
        title=["关于加快推进城区老旧供热管网", "改造工作的会议纪要"],
        body=[
            "2009年6月8日，副市长刘志宏主持召开专题会议，研究加快推进城区老旧供热管网改造工作。"
            "市建委、市财政局、市供热办及各区政府有关负责同志参加会议。纪要如下：",
            "一、会议认为，城区老旧供热管网改造是保障群众温暖过冬的民生工程，各有关部门要高度重视。",
            "二、会议确定，2009年完成老旧供热管网改造120公里，所需资金由市、区两级财政按比例承担。",
            "三、会议要求，各区政府要在9月底前完成改造任务，确保10月中旬具备试供热条件。",
            "出席：刘志宏　孙国栋　周海燕　杨　帆　郑文斌",
        ],
        signed="2009-06-12",
        date_style="cn〇",
        cc=["市委办公厅", "市人大常委会办公厅"],
        printer="大连市人民政府办公厅秘书处",
        printed="2009-06-15",
        notes="2000s 会议纪要 (doc_type 会议纪要); title without issuer prefix; no recipients; "
        "成文日期 in Chinese numerals with 〇 (二〇〇九年六月十二日); body dates are not it.",
    ),
    Doc(
        file="order_xiamen.pdf",
        issuer="厦门市人民政府",
        doc_type="令",
        layout="order",
        mark=["厦门市人民政府令"],
        order_no="第198号",
        number="厦门市人民政府令第198号",
        title=[],
        gold_title="厦门市城市道路挖掘管理办法",
        body=[
            "《厦门市城市道路挖掘管理办法》已经2022年12月5日市人民政府第28次常务会议通过，"
            "现予公布，自2023年2月1日起施行。",
        ],
        order_signer="市长　黄文辉",
        signed="2022-12-20",
        note=["（此件公开发布）"],
        marker="主动公开",
        annexes=[
            Annex(
                heading=None,
                title=["厦门市城市道路挖掘管理办法"],
                paras=articles(
                    "加强城市道路挖掘管理",
                    "城市道路挖掘",
                    "市政园林局",
                    "本办法自2023年2月1日起施行。",
                ),
            )
        ],
        notes="令: red mark '厦门市人民政府令', number line '第198号' (gold = mark + number), "
        "signer line '市长　黄文辉' (not a 签发人: gold signer null), no recipients; gold title is "
        "the promulgated 办法 printed on p.2; the meeting date 2022年12月5日 is not the 成文日期.",
    ),
    Doc(
        file="directive_shanxi_1998.pdf",
        issuer="山西省人民政府",
        doc_type="指示",
        mark=["山西省人民政府文件"],
        number="晋政发(1998)12号",
        title=["山西省人民政府关于做好一九九八年", "春季农业生产工作的指示"],
        recipients=["各地区行政公署", "各市、县人民政府", "省人民政府各委、厅", "各直属机构"],
        body=[
            "当前，春耕备播已全面展开。为切实做好今年春季农业生产工作，确保全年农业丰收，特作如下指示：",
            "一、各级人民政府要把春季农业生产摆在重要位置，主要领导要亲自抓，层层落实责任。",
            "二、要抓好种子、化肥、农药、农膜等农用生产资料的调运和供应，严厉打击坑农害农行为。",
            "三、要大力兴修水利，抓好抗旱保墒，千方百计扩大水浇地面积。",
        ],
        signed="1998-03-12",
        date_style="cn〇",
        topic_line="主题词：农业　生产　指示",
        cc=["省委办公厅", "省人大常委会办公厅", "省政协办公厅"],
        printer="山西省人民政府办公厅",
        printed="1998-03-13",
        page_numbers="hyphen",
        notes="1990s 指示 (GB/T 9704-1999 style): ASCII parentheses (1998); 成文日期 "
        "一九九八年三月十二日; 主题词 line in the imprint zone; 印发 date in Arabic digits.",
    ),
    Doc(
        file="owner_only.pdf",
        issuer="太原市人民政府办公室",
        doc_type="通知",
        mark=["太原市人民政府办公室文件"],
        number="并政办发〔2024〕3号",
        public_label=True,
        marker="主动公开",
        title=["太原市人民政府办公室关于做好2024年", "春节期间安全生产工作的通知"],
        recipients=["各县（市、区）人民政府", "市人民政府各委、局", "各直属机构"],
        body=[
            "2024年春节将至，为切实做好节日期间安全生产工作，有效防范和坚决遏制各类生产安全事故，"
            "经市人民政府同意，现就有关事项通知如下。",
            *filler(45, "安全生产", 2, 2),
        ],
        signed="2024-01-26",
        cc=["市委办公厅", "市人大常委会办公厅"],
        printer="太原市人民政府办公室",
        printed="2024-01-26",
        owner_password="owner",
        notes="GOOD document encrypted with an owner password only (empty user password): must "
        "open without a password; lone '公开' label; recipient items contain 、 (not a split).",
    ),
    # ---------------------------------------------------------------- DOCX
    Doc(
        file="notice_guangzhou.docx",
        issuer="广州市人民政府办公厅",
        doc_type="通知",
        mark=["广州市人民政府办公厅文件"],
        number="穗府办〔2022〕15号",
        title=["广州市人民政府办公厅关于印发广州市促进会展业高质量发展若干措施的通知"],
        recipients=["各区人民政府", "市政府各部门", "各直属机构"],
        body=[
            "《广州市促进会展业高质量发展若干措施》已经市人民政府同意，现印发给你们，请认真组织实施。"
            "实施过程中遇到的问题，请径向市商务局反映。",
        ],
        attachments=["广州市促进会展业高质量发展若干措施"],
        signed="2022-05-09",
        note=["（此件公开发布）"],
        marker="主动公开",
        cc=["市委各部委办", "市人大常委会办公厅", "市政协办公厅", "市法院", "市检察院"],
        printer="广州市人民政府办公厅秘书处",
        printed="2022-05-10",
        imprint_table="2x2",
        notes="DOCX; imprint zone in a 2x2 table (抄送 row merged, printer | date印发 row); "
        "East Asian fonts via w:eastAsia; red issuer mark run.",
    ),
    Doc(
        file="opinion_nanning.docx",
        issuer="南宁市人民政府",
        doc_type="意见",
        mark=["南宁市人民政府文件"],
        number="南府规〔2023〕5号",
        title=["南宁市人民政府关于加快发展保障性", "租赁住房的实施意见"],
        recipients=["各县、区人民政府", "各开发区管委会", "市直各委、办、局"],
        body=[
            "为加快发展保障性租赁住房，有效缓解新市民、青年人等群体住房困难，结合我市实际，提出如下实施意见。",
            *filler(51, "保障性租赁住房", 3, 2),
            "本意见自2023年5月1日起施行，有效期5年。",
        ],
        signed="2023-03-30",
        note=["（此件主动公开）"],
        marker="主动公开",
        cc=["自治区住房城乡建设厅", "市委办公室", "市人大常委会办公室"],
        printer="南宁市人民政府办公室",
        printed="2023-03-31",
        imprint_table="1x2",
        notes="DOCX; title is one paragraph with a manual line break (w:br) mid-word; 抄送 as a "
        "bordered paragraph and printer | date印发 in a 1x2 table; validity period in the body.",
    ),
    Doc(
        file="notice_hangzhou.docx",
        issuer="杭州市教育局",
        doc_type="通知",
        mark=["杭州市教育局文件"],
        number="杭教发〔2023〕41号",
        docx_header_label=True,
        marker="主动公开",
        title=["杭州市教育局关于做好2023年义务教育", "阶段招生入学工作的通知"],
        recipients=["各区、县（市）教育局", "西湖风景名胜区社会发展局", "直属各学校"],
        body=[
            "为做好2023年义务教育阶段招生入学工作，根据国家和省有关规定，现就有关事项通知如下。",
            *filler(57, "招生入学", 3, 2),
        ],
        attachments=["2023年杭州市区义务教育阶段招生日程安排", "杭州市义务教育阶段学校招生咨询电话"],
        signed="2023-04-12",
        cc=["浙江省教育厅", "市人民政府办公厅"],
        printer="杭州市教育局办公室",
        printed="2023-04-13",
        notes="DOCX; lone '公开' label in the SECTION HEADER (→ 主动公开); page numbers '— n —' "
        "as a PAGE field in the footer; two numbered attachments; imprint as bordered paragraphs.",
    ),
    Doc(
        file="reply_lanzhou_2005.docx",
        issuer="兰州市人民政府",
        doc_type="批复",
        mark=["兰州市人民政府文件"],
        number="兰政复〔2005〕47号",
        title=["兰州市人民政府关于同意七里河区调整", "部分社区居民委员会设置的批复"],
        recipients=["七里河区人民政府"],
        body=[
            "你区《关于调整部分社区居民委员会设置的请示》（七政发〔2005〕63号）收悉。经研究，批复如下：",
            "一、同意撤销西湖街道建西东路社区居民委员会，其辖区并入建西西路社区居民委员会。",
            "二、同意新设立秀川街道小西湖社区居民委员会。",
            "请你区按照有关规定做好社区调整的各项工作，确保社区工作平稳过渡。",
        ],
        signed="2005-10-08",
        date_style="cn零",
        cc=["市民政局"],
        printer="兰州市人民政府办公厅",
        printed="2005-10-10",
        notes="DOCX 2005 批复; 成文日期 in Chinese numerals with 零 (二零零五年十月八日); body "
        "cites the request's number (七政发〔2005〕63号), not the doc number; no marker.",
    ),
    Doc(
        file="minutes_changchun.docx",
        issuer="长春市人民政府办公厅",
        doc_type="纪要",
        mark=["长春市人民政府专题会议纪要"],
        number="长府办纪〔2021〕12号",
        title=["关于推进中心城区老旧小区改造有关问题的纪要"],
        body=[
            "2021年5月27日，市人民政府副市长韩立新主持召开专题会议，研究推进中心城区老旧小区改造有关问题。纪要如下：",
            "一、会议明确，2021年全市计划改造老旧小区520个，涉及居民8.6万户，由市住房城乡建设局牵头组织实施。",
            "二、会议要求，各区政府要落实属地责任，做好群众工作，严格控制施工扰民。",
            "参加：韩立新　何志远　邱丽娟　唐　俊",
        ],
        signed="2021-06-02",
        note=["（此件不予公开）"],
        marker="不予公开",
        cc=["市委办公厅"],
        printer="长春市人民政府办公厅",
        printed="2021-06-03",
        imprint_table="2x2",
        notes="DOCX 纪要: red mark '…专题会议纪要' (no 文件); no recipients; 参加 list; "
        "（此件不予公开）; imprint zone in a 2x2 table.",
    ),
    Doc(
        file="request_harbin.docx",
        issuer="哈尔滨市应急管理局",
        doc_type="请示",
        copy_number="000045",
        classification="机密",
        period="6个月",
        urgency="特急",
        mark=["哈尔滨市应急管理局文件"],
        number="哈应急发〔2022〕19号",
        signer="刘振东",
        title=["哈尔滨市应急管理局关于调整森林草原防灭火", "指挥部成员单位的请示"],
        recipients=["市人民政府"],
        body=[
            "因机构改革和人事变动，市森林草原防灭火指挥部部分成员单位及人员需作相应调整。"
            "我局在征求有关部门意见的基础上，提出了调整方案（见附件）。",
            "妥否，请批示。",
        ],
        attachments=["哈尔滨市森林草原防灭火指挥部成员单位调整方案"],
        signed="2022-03-14",
        note=["（联系人：孟凡宇，联系电话：0451-86612345）"],
        printer="哈尔滨市应急管理局办公室",
        printed="2022-03-14",
        notes="DOCX 请示: copy number, 机密★6个月, 特急; number and '签发人：刘振东' on one "
        "paragraph separated by a right tab; contact-person 附注; no disclosure marker.",
    ),
    # ---------------------------------------------------------------- HTML
    Doc(
        file="policy_hebei.html",
        layout="web",
        issuer="河北省人民政府办公厅",
        doc_type="通知",
        number="冀政办字〔2023〕41号",
        title=["河北省人民政府办公厅关于进一步加强城市燃气安全管理工作的通知"],
        html_title_split=15,
        recipients=["各市（含定州、辛集市）人民政府", "雄安新区管委会", "省政府各部门"],
        body=[
            "为深刻吸取近期燃气安全事故教训，切实加强城市燃气安全管理，经省政府同意，现就有关事项通知如下。",
            *filler(61, "燃气安全", 2, 2),
        ],
        signed="2023-03-21",
        note=["（此件公开发布）"],
        marker="主动公开",
        index_no="000014349/2023-00041",
        published="2023-03-28",
        notes="HTML (UTF-8) like a government site page: metadata table (索 引 号, 发文机关, "
        "成文日期, 标　　题, 发文字号, 发布日期) with <b> labels; title split over two <p>; "
        "publication date 2023-03-28 differs from 成文日期.",
    ),
    Doc(
        file="opinion_jiangxi_gbk.html",
        layout="web",
        issuer="江西省人民政府",
        doc_type="意见",
        number="赣府发〔2019〕8号",
        title=["江西省人民政府关于进一步降低企业成本的实施意见"],
        recipients=["各市、县（区）人民政府", "省政府各部门"],
        body=[
            "为深入贯彻落实国家降低实体经济企业成本的决策部署，进一步优化营商环境，现提出如下实施意见。",
            *filler(67, "降成本", 2, 2),
        ],
        signed="2019-04-02",
        note=["（此件主动公开）"],
        marker="主动公开",
        encoding="gbk",
        index_no="014500858/2019-00212",
        published="2019-04-10",
        notes="HTML encoded in GBK with <meta charset=\"gbk\">; metadata table; （此件主动公开）.",
    ),
    Doc(
        file="notice_fujian_nometa.html",
        layout="web",
        issuer="福建省教育厅",
        doc_type="通知",
        number="闽教办〔2022〕15号",
        title=["福建省教育厅关于做好2022年普通高校毕业生就业创业工作的通知"],
        recipients=["各设区市教育局", "平潭综合实验区社会事业局", "各普通高校"],
        body=[
            "为做好2022年普通高校毕业生就业创业工作，现就有关事项通知如下。",
            *filler(71, "毕业生就业", 2, 2),
        ],
        attachments=["2022年福建省高校毕业生就业工作重点任务分工", "《福建省高校毕业生就业创业政策清单》"],
        signed="2022-03-08",
        meta_table=False,
        notes="HTML (UTF-8) WITHOUT the metadata table: content block only; two numbered "
        "attachments (one printed with 《》, kept); no disclosure marker.",
    ),
    # ---------------------------------------------------------------- TXT
    Doc(
        file="notice_hohhot_utf8.txt",
        issuer="呼和浩特市人民政府办公室",
        doc_type="通知",
        mark=["呼和浩特市人民政府办公室文件"],
        number="呼政办发〔2023〕27号",
        title=["呼和浩特市人民政府办公室关于印发", "《呼和浩特市城市供水管理办法》的通知"],
        recipients=["各旗、县、区人民政府", "市各委、办、局", "各大企事业单位"],
        body=[
            "《呼和浩特市城市供水管理办法》已经市人民政府同意，现印发给你们，请认真贯彻执行。",
        ],
        attachments=["呼和浩特市城市供水管理办法"],
        signed="2023-06-19",
        note=["（此件公开发布）"],
        marker="主动公开",
        cc=["市委办公室", "市人大常委会办公室", "市政协办公室"],
        printer="呼和浩特市人民政府办公室",
        printed="2023-06-20",
        notes="Plain text, UTF-8 (no BOM), LF line ends, lines typed as a clerk would.",
    ),
    Doc(
        file="notice_shijiazhuang_gb18030.txt",
        issuer="石家庄市公安局",
        doc_type="通知",
        copy_number="000007",
        classification="绝密",
        period="长期",
        urgency="特急",
        mark=["石家庄市公安局文件"],
        number="石公发〔２００６〕８８号",
        title=["石家庄市公安局关于做好重大活动", "安全保卫工作的通知"],
        recipients=["各县（市）、区公安局", "市局各部门"],
        body=[
            "为确保重大活动期间全市社会治安大局稳定，现就做好安全保卫工作通知如下。",
            "一、各单位要立即进入等级勤务状态，严格落实领导带班和24小时值班制度。",
            "二、要加强重点部位、重点目标的安全检查，严防各类案件和事故发生。",
        ],
        signed="2006-09-20",
        date_style="cn〇",
        cc=["河北省公安厅"],
        printer="石家庄市公安局办公室",
        printed="2006-09-21",
        encoding="gb18030",
        newline="\r\n",
        notes="Plain text in GB18030 with CRLF: 绝密★长期, copy number, 特急; full-width digits "
        "in the number; 成文日期 二〇〇六年九月二十日.",
    ),
    Doc(
        file="letter_haikou_utf16.txt",
        issuer="海南省财政厅",
        doc_type="函",
        mark=["海南省财政厅"],
        layout="letter",
        number="琼财函〔2020〕512号",
        title=["海南省财政厅关于商请提供2020年度", "医疗卫生机构财政补助数据的函"],
        recipients=["省卫生健康委"],
        body=[
            "为做好2021年省级部门预算编制工作，请你委协助提供2020年度全省公立医疗卫生机构财政补助数据，"
            "并于2020年9月30日前反馈我厅。",
            "感谢支持！",
        ],
        signed="2020-09-11",
        note=["（此件依申请公开）", "（联系人：吴海波，联系电话：0898-65388123）"],
        marker="依申请公开",
        encoding="utf-16",
        newline="\r\n",
        notes="Plain text in UTF-16 LE with BOM, CRLF; 函 (信函 layout, no 文件); two 附注 lines "
        "(disclosure + contact); reply deadline date in the body is not the 成文日期.",
    ),
    # ---------------------------------------------------------------- OFD
    Doc(
        file="notice_yinchuan.ofd",
        issuer="银川市交通运输局",
        doc_type="通知",
        mark=["银川市交通运输局文件"],
        number="银交发〔2023〕27号",
        title=["银川市交通运输局关于做好2023年农村公路", "养护管理工作的通知"],
        recipients=["各县（市）区交通运输局", "局属各单位"],
        body=[
            "为进一步加强农村公路养护管理，提升农村公路通行服务水平，根据自治区交通运输厅"
            "《2023年全区农村公路养护工作要点》，结合我市实际，现就有关事项通知如下。",
            "一、各县（市）区要于2023年5月31日前完成辖区农村公路技术状况评定，建立养护工作台账。",
            "二、落实养护资金，确保农村公路养护工程按计划实施，年度列养率达到100%。",
        ],
        attachments=["银川市2023年农村公路养护工程计划表"],
        signed="2023-04-18",
        note=["（此件公开发布）"],
        marker="主动公开",
        cc=["自治区交通运输厅", "市人民政府办公室"],
        printer="银川市交通运输局办公室",
        printed="2023-04-19",
        digit_gap=True,
        annexes=[Annex(title=["银川市2023年农村公路养护工程计划表"], paras=filler(21, "农村公路养护", 2, 2))],
        notes="OFD (GB/T 33190) made by the OFD writer from the same layout as the PDFs: every "
        "run of CJK, digits and Latin is its own TextObject (digits in a Times New Roman font, "
        "like real converters), DeltaX with the 'g N d' shorthand, red text via FillColor; "
        "gap between digits and CJK; attachment on page 2.",
    ),
    Doc(
        file="letter_huaiyuan.ofd",
        issuer="怀远县住房和城乡建设局",
        doc_type="函",
        layout="letter",
        mark=["怀远县住房和城乡建设局"],
        number="怀住建函〔2023〕41号",
        title=["关于商请协助开展城镇老旧小区燃气管网", "改造工程验收的函"],
        recipients=["县市场监督管理局"],
        body=[
            "根据县政府工作安排，我局组织实施的城镇老旧小区燃气管网改造工程已于2023年6月完工，"
            "共涉及小区14个、管网长度约26公里。",
            "为确保工程质量和使用安全，商请你局派员参加工程验收。",
            "此函。",
        ],
        signed="2023-07-05",
        notes="OFD 信函: red name without 文件, number right-aligned; no imprint zone, no marker.",
    ),
    # ---------------------------------------------------------------- DOC (Word 97, via LibreOffice)
    Doc(
        file="reply_xining.doc",
        issuer="西宁市人民政府",
        doc_type="批复",
        mark=["西宁市人民政府文件"],
        number="宁政复〔2019〕33号",
        title=["西宁市人民政府关于同意城北区调整", "部分街道行政区划的批复"],
        recipients=["城北区人民政府"],
        body=[
            "你区《关于调整部分街道行政区划的请示》（北政〔2019〕12号）收悉。经研究，批复如下：",
            "一、同意将马坊街道的小桥村划归朝阳街道管辖。",
            "二、调整后涉及的人员、资产等事项由你区妥善处理，确保社会稳定。",
        ],
        signed="2019-08-26",
        note=["（此件主动公开）"],
        marker="主动公开",
        cc=["市民政局", "市自然资源和规划局"],
        printer="西宁市人民政府办公室",
        printed="2019-08-27",
        notes="Word 97-2003 .doc (OLE2): the DOCX writer's output converted by LibreOffice when "
        "the samples are generated (kept as shipped when LibreOffice is absent); body cites "
        "the request's number, not the doc number.",
    ),
    # ---------------------------------------------------------------- scans (OCR)
    Doc(
        file="scan_notice_changde.pdf",
        issuer="常德市住房和城乡建设局",
        doc_type="通知",
        mark=["常德市住房和城乡建设局文件"],
        number="常建发〔2024〕15号",
        title=["常德市住房和城乡建设局关于做好2024年", "城镇老旧小区改造工作的通知"],
        recipients=["各区县（市）住房和城乡建设局", "市直有关单位"],
        body=[
            "为贯彻落实省住房和城乡建设厅关于城镇老旧小区改造工作的部署，加快推进我市老旧小区改造，"
            "现就有关事项通知如下。",
            "一、各地要在4月底前完成本年度改造项目的摸底和方案编制，做到应改尽改。",
            "二、改造内容分为基础类、完善类和提升类，优先实施供水、排水、供电、道路等基础类改造。",
            "三、各地要建立项目台账，按月报送改造进度，市局将适时组织督查。\f",
        ],
        signed="2024-03-12",
        cc=["市人民政府办公室"],
        printer="常德市住房和城乡建设局办公室",
        printed="2024-03-13",
        scan=Scan(seed=601, skew=0.6, sideways=(2,)),
        notes="SCANNED image-only PDF (2 pages at 200 dpi, JPEG, no text layer): noise, slight "
        "skew, a red seal over the date; page 2 (signature, date, imprint) was fed in "
        "sideways (turned 90 degrees clockwise).",
    ),
    Doc(
        file="mixed_notice_yueyang.pdf",
        issuer="岳阳市教育局",
        doc_type="通知",
        mark=["岳阳市教育局文件"],
        number="岳教发〔2024〕21号",
        title=["岳阳市教育局关于开展2024年中小学", "暑期安全教育活动的通知"],
        recipients=["各县市区教育局", "市直各学校"],
        body=[
            "暑期将至，为切实保障广大中小学生度过安全、健康、快乐的假期，市教育局决定在全市"
            "开展暑期安全教育活动，现将有关事项通知如下。",
            "一、各地各校要在放假前组织一次安全教育专题课，重点讲清防溺水、交通安全和网络安全。",
            "二、要通过家长会、告家长书等形式，提醒家长切实履行监护责任。\f",
        ],
        signed="2024-06-20",
        cc=["市人民政府教育督导室"],
        printer="岳阳市教育局办公室",
        printed="2024-06-21",
        scan=Scan(seed=602, skew=0.4, text_pages=(1,)),
        notes="Text PDF whose page 2 (signature, sealed date, imprint) is a scanned picture "
        "with no text layer, like a signed page pasted into an electronic document: only "
        "that page needs OCR.",
    ),
    Doc(
        file="scan_letter_xiangtan.png",
        issuer="湘潭市自然资源和规划局",
        doc_type="函",
        layout="letter",
        mark=["湘潭市自然资源和规划局"],
        number="潭自然资函〔2024〕32号",
        title=["湘潭市自然资源和规划局关于征求国土空间", "生态修复规划意见的函"],
        recipients=["市发展和改革委员会", "市生态环境局"],
        body=[
            "我局组织编制了《湘潭市国土空间生态修复规划（征求意见稿）》，现送你们征求意见。",
            "请于2024年6月20日前将书面意见反馈我局，逾期视为无意见。",
        ],
        signed="2024-06-03",
        scan=Scan(seed=603, skew=-0.7, grain=0),
        notes="SCANNED single page as a PNG (200 dpi, 13-colour palette): 信函 layout, red seal "
        "over the date, slight skew and noise.",
    ),
    Doc(
        file="scan_opinion_hengyang.tif",
        issuer="衡阳市人民政府办公室",
        doc_type="意见",
        mark=["衡阳市人民政府办公室文件"],
        number="衡政办发〔2024〕8号",
        title=["衡阳市人民政府办公室关于加快发展", "农村寄递物流的实施意见"],
        recipients=["各县市区人民政府", "市直各单位"],
        body=[
            "为加快推进农村寄递物流体系建设，畅通农产品进城和工业品下乡渠道，经市人民政府同意，"
            "现提出如下实施意见。",
            "一、健全县乡村三级寄递物流服务体系，到2025年实现快递服务建制村全覆盖。",
            "二、推动邮政、快递、供销、商贸等资源共享，发展共同配送。",
            "三、各县市区要落实属地责任，将农村寄递物流纳入乡村振兴考核内容。\f",
        ],
        signed="2024-04-16",
        note=["（此件公开发布）"],
        marker="主动公开",
        scan=Scan(seed=604, skew=0.5, upside_down=(2,), grain=1.5),
        notes="SCANNED multi-page TIFF (2 frames, 200 dpi, 13-colour palette, deflate): page 2 (signature, "
        "sealed date, disclosure note) was fed in upside down.",
    ),
]


# --------------------------------------------------------------------------- reading order

def sequence(doc: Doc) -> list[tuple]:
    """The document as a list of (role, payload) items in reading order.

    Roles: copy, class, urgency, public, mark, number, title, recipients, para,
    attachments, signature, date, note, open, imprint, annex, order_signer.
    """
    s: list[tuple] = []
    if doc.copy_number:
        s.append(("copy", doc.copy_number))
    if doc.classification:
        s.append(("class", f"{doc.classification}★{doc.period}" if doc.period else doc.classification))
    if doc.urgency:
        s.append(("urgency", doc.urgency))
    if doc.public_label:
        s.append(("public", "公开"))
    if doc.layout == "web":
        s.append(("title", doc.title))
        if doc.number:
            s.append(("number", doc.number, None))
    else:
        s.append(("mark", doc.mark, doc.mark_side))
        if doc.layout == "order":
            s.append(("number", doc.order_no, None))
        elif doc.number:
            s.append(("number", doc.number, f"签发人：{doc.signer}" if doc.signer else None))
        if doc.title:
            s.append(("title", doc.title))
    if doc.recipients:
        s.append(("recipients", "，".join(doc.recipients) + "："))
    for p in doc.body:
        s.append(("para", p))
    if doc.attachments:
        s.append(("attachments", attachment_lines(doc.attachments)))
    if doc.order_signer:
        s.append(("order_signer", doc.order_signer))
    elif doc.layout != "order":
        s.append(("signature", doc.signature_lines))
    s.append(("date", fmt_date(doc.signed, doc.date_style)))
    for n in doc.note:
        s.append(("note", n))
    imprint = ("imprint", doc.open_line, doc.topic_line, doc.cc, imprint_print_line(doc))
    has_imprint = bool(doc.cc or doc.printer or doc.open_line)
    if has_imprint and not doc.imprint_last:
        s.append(imprint)
    for a in doc.annexes:
        s.append(("annex", a))
    if has_imprint and doc.imprint_last:
        s.append(imprint)
    return s


def cc_line(cc: list[str]) -> str:
    return "抄送：" + "，".join(cc) + "。"


# --------------------------------------------------------------------------- PDF writer

PAGE_W, PAGE_H = A4
LEFT = 28 * mm
TEXT_W = 156 * mm
TOP = PAGE_H - 37 * mm
BOTTOM = TOP - 225 * mm
PITCH = 29.0  # 22 lines of 三号 (16pt) text per page


def measure(text: str, size: float, spacing: float = 0, digit_gap: float = 0) -> float:
    w = pdfmetrics.stringWidth(text, FONT, size) + spacing * max(len(text) - 1, 0)
    return w + digit_gap * sum(1 for a, b in zip(text, text[1:]) if _is_ascii(a) != _is_ascii(b))


def _is_ascii(ch: str) -> bool:
    return ch.isascii() and not ch.isspace()


class PdfWriter:
    """A tiny GB/T 9704 typesetter on a reportlab canvas (a cursor flowing down pages)."""

    def __init__(self, path: Path, doc: Doc, encrypt=None):
        self.doc = doc
        target = str(path) if isinstance(path, Path) else path
        self.c = canvas.Canvas(target, pagesize=A4, invariant=1, encrypt=encrypt)
        self.c.setAuthor("")
        self.c.setCreator("normdocs make_samples")
        self.page = 1
        self.y = TOP  # top of the next line
        self.gap = 4.0 if doc.digit_gap else 0.0

    # -- low level
    def draw(self, x, baseline, text, size, color=BLACK, spacing=0.0, gap=0.0, hscale=100):
        self.c.setFillColorRGB(*color)
        if not spacing and not gap and hscale == 100:
            self.c.setFont(FONT, size)
            self.c.drawString(x, baseline, text)
            return
        t = self.c.beginText()
        t.setFont(FONT, size)
        t.setHorizScale(hscale)
        k = hscale / 100
        for i, ch in enumerate(text):
            t.setTextOrigin(x, baseline)
            t.textOut(ch)
            x += (pdfmetrics.stringWidth(ch, FONT, size) + spacing) * k
            if gap and i + 1 < len(text) and _is_ascii(ch) != _is_ascii(text[i + 1]):
                x += gap * k
        self.c.drawText(t)

    def line(self, text, size=16, align="left", indent=0.0, right=0.0, color=BLACK,
             spacing=0.0, gap=0.0, pitch=None, center_on=None):
        pitch = pitch or max(PITCH, size * 1.35)
        self.ensure(pitch)
        w = measure(text, size, spacing, gap)
        if align == "center":
            x = LEFT + (TEXT_W - w) / 2 if center_on is None else center_on - w / 2
        elif align == "right":
            x = LEFT + TEXT_W - right - w
        else:
            x = LEFT + indent
        x = min(x, LEFT + TEXT_W - w)
        self.draw(x, self.y - size, text, size, color, spacing, gap)
        self.y -= pitch
        return x, w

    def ensure(self, h):
        if self.y - h < BOTTOM - 2:
            self.new_page()

    def new_page(self):
        self.finish_page()
        self.c.showPage()
        self.page += 1
        self.y = TOP

    def finish_page(self):
        n = self.page
        style = self.doc.page_numbers
        if style == "dash":
            label = f"— {n} —"
            w = measure(label, 14)
            x = LEFT + TEXT_W - 14 - w if n % 2 else LEFT + 14
            self.draw(x, BOTTOM - 7 * mm - 14, label, 14)
        elif style == "hyphen":
            label = f"-{n}-"
            self.draw(LEFT + (TEXT_W - measure(label, 14)) / 2, BOTTOM - 7 * mm - 14, label, 14)
        if self.doc.running:
            head, foot = self.doc.running
            self.draw(LEFT + (TEXT_W - measure(head, 10.5)) / 2, PAGE_H - 22 * mm, head, 10.5)
            self.hline(PAGE_H - 24 * mm, 0.5, BLACK)
            self.draw(LEFT + (TEXT_W - measure(foot, 10.5)) / 2, 14 * mm, foot, 10.5)

    def hline(self, y, width=0.7, color=BLACK, inset=0.0):
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(LEFT + inset, y, LEFT + TEXT_W - inset, y)

    def wrap(self, text, size, first_indent, gap=0.0):
        """Greedy CJK line breaking; closing punctuation may hang at the line end."""
        lines, cur, avail = [], "", TEXT_W - first_indent
        for ch in text:
            if cur and measure(cur + ch, size, 0, gap) > avail and ch not in "，。、；：？！）》”":
                lines.append(cur)
                cur, avail = "", TEXT_W
            cur += ch
        if cur:
            lines.append(cur)
        return lines

    def paragraph(self, text, size=16, indent_chars=2, gap=None):
        gap = self.gap if gap is None else gap
        first = True
        for chunk_no, chunk in enumerate(text.split("\f")):
            if chunk_no:
                self.new_page()
            indent = size * indent_chars if first else 0
            for i, ln in enumerate(self.wrap(chunk, size, indent, gap)):
                self.line(ln, size, indent=indent if i == 0 else 0, gap=gap)
                indent = 0
            first = False

    # -- zones
    def header_zone(self, items):
        """Copy number / classification / urgency at the top left, '公开' top right."""
        for role, text in items:
            if role == "public":
                self.draw(LEFT + TEXT_W - measure(text, 16), TOP - 16, text, 16)
                continue
            self.line(text, 16, indent=0)

    def mark(self, names, side):
        d = self.doc
        if d.layout == "letter":
            self.y = PAGE_H - 30 * mm
            self.red_text_centered(names[0], 30)
            self.y -= 4
            self.hline(self.y, 2.0, RED)
            self.hline(self.y - 3, 0.6, RED)
            self.y -= 12
            return
        if d.signer:  # upward documents: mark sits lower (80 mm from the text top)
            self.y = min(self.y, TOP - 45 * mm)
        else:
            self.y = min(self.y, TOP - 20 * mm)
        if not side:
            for n in names:
                self.red_text_centered(n, 34)
            self.y -= 6
            return
        size, side_size, pitch = 28, 36, 40
        widths = [measure(n, size) for n in names]
        block_w = max(widths)
        side_w = measure(side, side_size)
        if block_w + side_w + 16 > TEXT_W:
            size = (TEXT_W - side_w - 16) / (block_w / size)
            widths = [measure(n, size) for n in names]
            block_w = max(widths)
        x0 = LEFT + (TEXT_W - block_w - side_w - 16) / 2
        top = self.y
        for n, w in zip(names, widths):
            spacing = (block_w - w) / (len(n) - 1) if len(n) > 1 else 0
            self.draw(x0, self.y - size, n, size, RED, spacing=spacing)
            self.y -= pitch
        center = top - ((len(names) - 1) * pitch + size) / 2
        self.draw(x0 + block_w + 16, center - side_size * 0.38, side, side_size, RED)
        self.y -= 6

    def red_text_centered(self, text, size):
        w = measure(text, size)
        hscale = 100 if w <= TEXT_W else int(100 * TEXT_W / w)
        x = LEFT + (TEXT_W - w * hscale / 100) / 2
        self.draw(x, self.y - size, text, size, RED, hscale=hscale)
        self.y -= size * 1.5

    def number(self, text, signer):
        d = self.doc
        if d.layout == "letter":
            self.line(text, 16, align="right")
        elif signer:
            self.draw(LEFT + 16, self.y - 16, text, 16)
            self.line(signer, 16, align="right", right=16)
        else:
            self.line(text, 16, align="center")
        if d.layout in ("file", "order"):
            self.y -= 4
            self.hline(self.y, 1.5, RED)
            self.y -= 24

    def title(self, lines):
        d = self.doc
        if d.layout == "web":
            self.y -= 10
        for i, ln in enumerate(lines):
            spacing = 14.0 if i in d.spaced_title_lines else 0.0
            self.line(ln, 22, align="center", spacing=spacing, gap=self.gap, pitch=34)
        self.y -= 12

    def signature(self, lines, date_text):
        self.ensure((len(lines) + 2) * PITCH)  # keep the signing block on one page
        self.y -= PITCH
        date_w = measure(date_text, 16)
        date_center = LEFT + TEXT_W - 4 * 16 - date_w / 2
        for ln in lines:
            self.line(ln, 16, align="center", center_on=date_center)
        self.line(date_text, 16, align="right", right=4 * 16)

    def imprint(self, open_line, topic_line, cc, printed):
        """版记 at the bottom of the current page (a new page if it does not fit)."""
        rows = []  # (left text, right text, continuation?) at 14pt
        if topic_line:
            rows.append((topic_line, None, False))
        if cc:
            for i, ln in enumerate(self.wrap(cc_line(cc), 14, 28)):
                rows.append((ln, None, i > 0))
        if printed:
            rows.append((printed[0], printed[1], False))
        row_h = 26
        need = len(rows) * row_h + 8 + (PITCH * 2 if open_line else 0)
        if self.y - need < BOTTOM:
            self.new_page()
        y = BOTTOM + len(rows) * row_h
        if open_line:
            self.draw(LEFT + 32, y + PITCH - 16, open_line, 16)
        self.hline(y, 1.0)
        for i, (text_l, text_r, cont) in enumerate(rows):
            if i and not cont:
                self.hline(y, 0.5)
            self.draw(LEFT + 14 + (42 if cont else 0), y - 19, text_l, 14)
            if text_r:
                self.draw(LEFT + TEXT_W - 14 - measure(text_r, 14), y - 19, text_r, 14)
            y -= row_h
        self.hline(y, 1.0)
        self.y = BOTTOM - 1

    def annex(self, a: Annex):
        self.new_page()
        if a.heading:
            self.line(a.heading, 16, indent=0)
            self.y -= 8
        for ln in a.title:
            self.line(ln, 22, align="center", pitch=34)
        if a.subtitle:
            self.line(a.subtitle, 16, align="center")
        self.y -= 12
        for p in a.paras:
            self.paragraph(p, gap=0)
        if a.tail:
            self.y -= PITCH
            for t in a.tail:
                self.line(t, 16, align="right", right=4 * 16)

    # -- driver
    def render(self):
        items = sequence(self.doc)
        self.header_zone([(i[0], i[1]) for i in items if i[0] in ("copy", "class", "urgency", "public")])
        sig_lines: list[str] = []
        for item in items:
            role = item[0]
            if role == "mark":
                self.mark(item[1], item[2])
            elif role == "number":
                self.number(item[1], item[2])
            elif role == "title":
                self.title(item[1])
            elif role == "recipients":
                for ln in self.wrap(item[1], 16, 0):
                    self.line(ln)
            elif role == "para":
                self.paragraph(item[1])
            elif role == "attachments":
                self.ensure((len(item[1]) + 1) * PITCH)  # keep the list on one page
                self.y -= PITCH
                for i, ln in enumerate(item[1]):
                    self.line(ln, 16, indent=32 if i == 0 else 32 + 3 * 16)
            elif role == "signature":
                sig_lines = item[1]
            elif role == "order_signer":
                self.y -= PITCH
                self.line(item[1], 16, align="right", right=4 * 16)
                sig_lines = []
            elif role == "date":
                if sig_lines:
                    self.signature(sig_lines, item[1])
                else:
                    self.line(item[1], 16, align="right", right=4 * 16)
            elif role == "note":
                self.line(item[1], 16, indent=32)
            elif role == "imprint":
                self.imprint(*item[1:])
            elif role == "annex":
                self.annex(item[1])
        self.finish_page()
        self.c.showPage()
        self.c.save()


def write_pdf(doc: Doc, path: Path):
    enc = None
    if doc.owner_password:
        enc = StandardEncryption("", ownerPassword=doc.owner_password, canPrint=1, canCopy=0)
    PdfWriter(path, doc, enc).render()


# --------------------------------------------------------------------------- DOCX writer

FANGSONG = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEITI = "黑体"


def _set_run_font(run, east_asia: str, size: float, color=None, bold=False):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east_asia)
    if color:
        run.font.color.rgb = RGBColor(*color)


def _para(container, text="", font=FANGSONG, size=16, align=None, first_indent=None,
          color=None, right_indent=None, space_after=0):
    p = container.add_paragraph()
    if align:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if first_indent:
        pf.first_line_indent = Pt(first_indent)
    if right_indent:
        pf.right_indent = Pt(right_indent)
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        _set_run_font(r, font, size, color)
        if i + 1 < len(parts):
            r.add_break()
    return p


def _border(p, side: str, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def _table_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "bottom", "insideH"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "8" if side != "insideH" else "4")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    for side in ("left", "right", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def _cell_text(cell, text, align=None):
    p = cell.paragraphs[0]
    if align:
        p.alignment = align
    r = p.add_run(text)
    _set_run_font(r, FANGSONG, 14)


def _page_field(p):
    def fld(kind):
        r = p.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r._r.append(el)
        return r

    _set_run_font(p.add_run("— "), FANGSONG, 14)
    fld("begin")
    r = p.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    r._r.append(instr)
    fld("separate")
    _set_run_font(p.add_run("1"), FANGSONG, 14)
    fld("end")
    _set_run_font(p.add_run(" —"), FANGSONG, 14)


def write_docx(doc: Doc, path: Path):
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    normal = d.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FANGSONG)
    if doc.docx_header_label:
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _set_run_font(hp.add_run("公开"), HEITI, 16)
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _page_field(fp)
    C, R = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    sig_lines: list[str] = []
    for item in sequence(doc):
        role = item[0]
        if role in ("copy", "class", "urgency"):
            _para(d, item[1], HEITI, 16)
        elif role == "mark":
            names = list(item[1])
            if item[2]:  # side word (文件) goes after the last stacked name
                names[-1] += item[2]
            for n in names:
                _para(d, n, XBS, 36 if len(n) < 12 else 28, C, color=(230, 0, 0))
        elif role == "number":
            text, signer = item[1], item[2]
            if signer:
                p = _para(d, f"{text}\t{signer}", FANGSONG, 16)
                p.paragraph_format.tab_stops.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT)
            else:
                p = _para(d, text, FANGSONG, 16, C)
            _border(p, "bottom", "E60000", 12)
            _para(d, "")
        elif role == "title":
            _para(d, "\n".join(item[1]), XBS, 22, C)
            _para(d, "")
        elif role == "recipients":
            _para(d, item[1])
        elif role == "para":
            _para(d, item[1].replace("\f", ""), first_indent=32)
        elif role == "attachments":
            _para(d, "")
            for i, ln in enumerate(item[1]):
                p = _para(d, ln, first_indent=32 if i == 0 else None)
                if i:
                    p.paragraph_format.left_indent = Pt(32 + 48)
        elif role == "signature":
            sig_lines = item[1]
        elif role == "date":
            _para(d, "")
            for s in sig_lines:
                _para(d, s, align=R, right_indent=32)
            _para(d, item[1], align=R, right_indent=64)
        elif role == "note":
            _para(d, item[1], first_indent=32)
        elif role == "imprint":
            _docx_imprint(d, doc, *item[1:])
        elif role == "annex":
            _docx_annex(d, item[1])
    d.core_properties.author = ""
    d.core_properties.last_modified_by = ""
    d.core_properties.created = FIXED_TIME
    d.core_properties.modified = FIXED_TIME
    d.core_properties.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(fixed_zip(buf.getvalue()))


def _docx_imprint(d, doc: Doc, open_line, topic_line, cc, printed):
    _para(d, "")
    if open_line:
        _para(d, open_line, first_indent=32)
    kind = doc.imprint_table
    if kind == "2x2" and cc and printed:
        t = d.add_table(rows=2, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        _table_borders(t)
        top = t.cell(0, 0).merge(t.cell(0, 1))
        _cell_text(top, cc_line(cc))
        _cell_text(t.cell(1, 0), printed[0])
        _cell_text(t.cell(1, 1), printed[1], WD_ALIGN_PARAGRAPH.RIGHT)
        return
    if cc:
        p = _para(d, cc_line(cc), FANGSONG, 14)
        _border(p, "top")
        if not printed:
            _border(p, "bottom")
    if printed and kind == "1x2":
        t = d.add_table(rows=1, cols=2)
        _table_borders(t)
        _cell_text(t.cell(0, 0), printed[0])
        _cell_text(t.cell(0, 1), printed[1], WD_ALIGN_PARAGRAPH.RIGHT)
    elif printed:
        p = _para(d, f"{printed[0]}\t{printed[1]}", FANGSONG, 14)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(154), WD_TAB_ALIGNMENT.RIGHT)
        _border(p, "top", sz=4)
        _border(p, "bottom")


def _docx_annex(d, a: Annex):
    d.add_page_break()
    if a.heading:
        _para(d, a.heading, HEITI, 16)
    _para(d, "\n".join(a.title), XBS, 22, WD_ALIGN_PARAGRAPH.CENTER)
    if a.subtitle:
        _para(d, a.subtitle, align=WD_ALIGN_PARAGRAPH.CENTER)
    for p in a.paras:
        _para(d, p, first_indent=32)
    for t in a.tail:
        _para(d, t, align=WD_ALIGN_PARAGRAPH.RIGHT, right_indent=64)


def fixed_zip(data: bytes) -> bytes:
    """Rewrite a ZIP with fixed timestamps and order so DOCX output is byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------- HTML writer

HTML_HEAD = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{charset}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}_{site}</title>
<link rel="stylesheet" href="/css/common.css">
</head>
<body>
<div class="header"><a href="/">{site}</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/wjk/">政策文件</a></div>
<div class="main">
"""
HTML_TAIL = """</div>
<div class="share">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="footer">主办：{site}　网站标识码：{code}　<a href="/wzdt/">网站地图</a></div>
</body>
</html>
"""


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(doc: Doc, path: Path):
    site = doc.issuer.split("人民政府")[0] + "人民政府网" if "人民政府" in doc.issuer else doc.issuer + "网站"
    title = "".join(doc.title)
    out = [HTML_HEAD.format(charset=doc.encoding, title=_esc(title), site=site)]
    if doc.meta_table:
        out.append(
            '<table class="bd1" width="100%" border="0" cellspacing="1" cellpadding="0">\n'
            f'<tr><td width="92"><b>索 引 号：</b></td><td>{doc.index_no}</td>'
            '<td width="92"><b>主题分类：</b></td><td>城乡建设、环境保护\\其他</td></tr>\n'
            f"<tr><td><b>发文机关：</b></td><td>{doc.issuer}</td>"
            f"<td><b>成文日期：</b></td><td>{site_date(doc.signed)}</td></tr>\n"
            f'<tr><td><b>标　　题：</b></td><td colspan="3">{_esc(title)}</td></tr>\n'
            f"<tr><td><b>发文字号：</b></td><td>{doc.number}</td>"
            f"<td><b>发布日期：</b></td><td>{site_date(doc.published)}</td></tr>\n"
            "</table>\n"
        )
    out.append('<div id="UCAP-CONTENT" class="pages_content">\n')
    center = '<p style="text-align: center;">'
    indent = '<p style="text-indent: 2em;">'
    right = '<p style="text-align: right;">'
    sig_lines: list[str] = []
    for item in sequence(doc):
        role = item[0]
        if role == "mark" or role in ("copy", "class", "urgency", "public"):
            continue  # web pages carry no 版头
        if role == "number":
            out.append(f"{center}{item[1]}</p>\n")
        elif role == "title":
            k = doc.html_title_split
            parts = [title[:k], title[k:]] if k else [title]
            out.extend(f"{center}<strong>{_esc(p)}</strong></p>\n" for p in parts)
        elif role == "recipients":
            out.append(f"<p>{item[1]}</p>\n")
        elif role == "para":
            out.append(f"{indent}{_esc(item[1])}</p>\n")
        elif role == "attachments":
            out.append("<p>&nbsp;</p>\n")
            out.extend(f"{indent}{_esc(ln)}</p>\n" for ln in item[1])
        elif role == "signature":
            sig_lines = item[1]
        elif role == "date":
            out.append("<p>&nbsp;</p>\n")
            out.extend(f"{right}{s}&nbsp;&nbsp;&nbsp;&nbsp;</p>\n" for s in sig_lines)
            out.append(f"{right}{item[1]}&nbsp;&nbsp;&nbsp;&nbsp;</p>\n")
        elif role == "note":
            out.append(f"{indent}{item[1]}</p>\n")
    out.append("</div>\n")
    out.append(HTML_TAIL.format(site=site, code="1300000001"))
    path.write_bytes("".join(out).encode(doc.encoding))


# --------------------------------------------------------------------------- TXT writer

def write_txt(doc: Doc, path: Path):
    lines: list[str] = []
    sig_lines: list[str] = []
    for item in sequence(doc):
        role = item[0]
        if role in ("copy", "class", "urgency"):
            lines.append(item[1])
        elif role == "mark":
            lines.extend(item[1])
            if item[2]:
                lines[-1] += item[2]
            lines.append("")
        elif role == "number":
            lines.append(item[1] + (f"　　　　{item[2]}" if item[2] else ""))
            lines.append("")
        elif role == "title":
            lines.extend(item[1])
            lines.append("")
        elif role == "recipients":
            lines.append(item[1])
        elif role == "para":
            lines.append("　　" + item[1].replace("\f", ""))
        elif role == "attachments":
            lines.append("")
            lines.extend(("　　" if i == 0 else "　　　　　") + ln for i, ln in enumerate(item[1]))
        elif role == "signature":
            sig_lines = item[1]
        elif role == "date":
            lines.append("")
            lines.extend("　" * 16 + s for s in sig_lines)
            lines.append("　" * 16 + item[1])
            lines.append("")
        elif role == "note":
            lines.append("　　" + item[1])
        elif role == "imprint":
            _, open_line, topic, cc, printed = item
            lines.append("")
            if open_line:
                lines.append(open_line)
            lines.append("－" * 30)
            if cc:
                lines.append(cc_line(cc))
                lines.append("－" * 30)
            if printed:
                lines.append(f"{printed[0]}　　　　　　　　{printed[1]}")
                lines.append("－" * 30)
    text = doc.newline.join(lines) + doc.newline
    enc = doc.encoding
    data = text.encode("utf-16-le") if enc == "utf-16" else text.encode(enc)
    if enc == "utf-16":
        data = b"\xff\xfe" + data
    path.write_bytes(data)


# --------------------------------------------------------------------------- OFD writer

OFD_NS = "http://www.ofdspec.org/2016"
OFD_FONTS = {"cjk": ("2", "宋体"), "latin": ("3", "Times New Roman")}


def _o(tag: str) -> str:
    return f"{{{OFD_NS}}}{tag}"


def _mm(v: float) -> str:
    """Points to millimetres, printed compactly."""
    return f"{v / mm:.4f}".rstrip("0").rstrip(".") or "0"


def _ofd_deltas(values: list[float]) -> str:
    """DeltaX with the 'g N d' shorthand for repeated advances, as converters write it."""
    out: list[str] = []
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        n = j - i + 1
        out.extend(["g", str(n), values[i]] if n >= 3 else [values[i]] * n)
        i = j + 1
    return " ".join(out)


class _OfdPages:
    """Stands in for the reportlab canvas: showPage() closes a page of OFD objects."""

    def __init__(self):
        self.pages: list[list] = [[]]

    def showPage(self):  # noqa: N802 - the canvas API
        self.pages.append([])

    def save(self):
        if not self.pages[-1]:
            self.pages.pop()


class OfdWriter(PdfWriter):
    """The PDF typesetter's layout, written as OFD text and path objects instead.

    Every run of CJK or of digits/Latin becomes its own TextObject, as real converters do.
    """

    def __init__(self, doc: Doc):
        self.doc = doc
        self.c = _OfdPages()
        self.page = 1
        self.y = TOP
        self.gap = 4.0 if doc.digit_gap else 0.0
        self.next_id = 10

    def _id(self) -> str:
        self.next_id += 1
        return str(self.next_id)

    def draw(self, x, baseline, text, size, color=BLACK, spacing=0.0, gap=0.0, hscale=100):
        k = hscale / 100
        xs = []
        for i, ch in enumerate(text):
            xs.append(x)
            x += (pdfmetrics.stringWidth(ch, FONT, size) + spacing) * k
            if gap and i + 1 < len(text) and _is_ascii(ch) != _is_ascii(text[i + 1]):
                x += gap * k
        runs: list[tuple[int, int]] = []
        for i, ch in enumerate(text):
            if runs and _is_ascii(ch) == _is_ascii(text[runs[-1][0]]) and not ch.isspace():
                runs[-1] = (runs[-1][0], i + 1)
            elif not ch.isspace():
                runs.append((i, i + 1))
        for start, end in runs:
            chunk = text[start:end]
            left = xs[start]
            right = xs[end - 1] + pdfmetrics.stringWidth(chunk[-1], FONT, size) * k
            top = PAGE_H - baseline - size
            font_id = OFD_FONTS["latin" if _is_ascii(chunk[0]) else "cjk"][0]
            obj = ("text", left, top, right - left, size * 1.2, font_id, size, color, chunk,
                   [xs[i + 1] - xs[i] for i in range(start, end - 1)])
            self.c.pages[-1].append(obj)

    def hline(self, y, width=0.7, color=BLACK, inset=0.0):
        self.c.pages[-1].append(("line", LEFT + inset, PAGE_H - y, TEXT_W - 2 * inset, width, color))

    def write(self, path: Path):
        self.render()
        files = {"OFD.xml": self._ofd_xml(path.stem)}
        page_refs = []
        for n, objects in enumerate(self.c.pages):
            page_refs.append((self._id(), f"Pages/Page_{n}/Content.xml"))
            files[f"Doc_0/Pages/Page_{n}/Content.xml"] = self._content_xml(objects)
        files["Doc_0/Document.xml"] = self._document_xml(page_refs)
        files["Doc_0/PublicRes.xml"] = self._public_res()
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for name in ["OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml"] + [
                f"Doc_0/Pages/Page_{n}/Content.xml" for n in range(len(self.c.pages))
            ]:
                zi = zipfile.ZipInfo(name, date_time=(2024, 1, 2, 9, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                zf.writestr(zi, files[name])
        path.write_bytes(out.getvalue())

    @staticmethod
    def _xml(root) -> bytes:
        from lxml import etree

        return etree.tostring(root, xml_declaration=True, encoding="UTF-8")

    def _ofd_xml(self, stem: str) -> bytes:
        from lxml import etree

        root = etree.Element(_o("OFD"), nsmap={"ofd": OFD_NS}, DocType="OFD", Version="1.1")
        body = etree.SubElement(root, _o("DocBody"))
        info = etree.SubElement(body, _o("DocInfo"))
        doc_id = zlib.crc32(stem.encode()) & 0xFFFFFFFF
        etree.SubElement(info, _o("DocID")).text = f"{doc_id:08x}000040008000000000000000"
        etree.SubElement(info, _o("Title")).text = compact("".join(self.doc.title))
        etree.SubElement(info, _o("CreationDate")).text = FIXED_TIME.date().isoformat()
        etree.SubElement(info, _o("Creator")).text = "normdocs make_samples"
        etree.SubElement(body, _o("DocRoot")).text = "Doc_0/Document.xml"
        return self._xml(root)

    def _document_xml(self, page_refs) -> bytes:
        from lxml import etree

        root = etree.Element(_o("Document"), nsmap={"ofd": OFD_NS})
        common = etree.SubElement(root, _o("CommonData"))
        etree.SubElement(common, _o("MaxUnitID")).text = str(self.next_id)
        area = etree.SubElement(common, _o("PageArea"))
        etree.SubElement(area, _o("PhysicalBox")).text = f"0 0 {_mm(PAGE_W)} {_mm(PAGE_H)}"
        etree.SubElement(common, _o("PublicRes")).text = "PublicRes.xml"
        pages = etree.SubElement(root, _o("Pages"))
        for page_id, loc in page_refs:
            etree.SubElement(pages, _o("Page"), ID=page_id, BaseLoc=loc)
        return self._xml(root)

    def _public_res(self) -> bytes:
        from lxml import etree

        root = etree.Element(_o("Res"), nsmap={"ofd": OFD_NS}, BaseLoc="Res")
        fonts = etree.SubElement(root, _o("Fonts"))
        for font_id, name in OFD_FONTS.values():
            etree.SubElement(fonts, _o("Font"), ID=font_id, FontName=name, FamilyName=name)
        return self._xml(root)

    def _content_xml(self, objects) -> bytes:
        from lxml import etree

        def colour(el, tag, rgb):
            if rgb != BLACK or tag == "StrokeColor":  # black is OFD's default fill
                etree.SubElement(el, _o(tag), Value=" ".join(str(round(v * 255)) for v in rgb))

        root = etree.Element(_o("Page"), nsmap={"ofd": OFD_NS})
        layer = etree.SubElement(etree.SubElement(root, _o("Content")), _o("Layer"), ID=self._id())
        for obj in objects:
            if obj[0] == "text":
                _, left, top, w, h, font_id, size, rgb, chunk, deltas = obj
                el = etree.SubElement(
                    layer, _o("TextObject"), ID=self._id(),
                    Boundary=f"{_mm(left)} {_mm(top)} {_mm(w)} {_mm(h)}", Font=font_id, Size=_mm(size),
                )
                colour(el, "FillColor", rgb)
                code = etree.SubElement(el, _o("TextCode"), X="0", Y=_mm(size))
                if deltas:
                    code.set("DeltaX", _ofd_deltas([_mm(d) for d in deltas]))
                code.text = chunk
            else:
                _, left, top, w, lw, rgb = obj
                el = etree.SubElement(
                    layer, _o("PathObject"), ID=self._id(),
                    Boundary=f"{_mm(left)} {_mm(top - lw / 2)} {_mm(w)} {_mm(lw)}", LineWidth=_mm(lw),
                )
                colour(el, "StrokeColor", rgb)
                etree.SubElement(el, _o("AbbreviatedData")).text = f"M 0 {_mm(lw / 2)} L {_mm(w)} {_mm(lw / 2)}"
        return self._xml(root)


def write_ofd(doc: Doc, path: Path):
    OfdWriter(doc).write(path)


# --------------------------------------------------------------------------- DOC (Word 97) writer

def _soffice() -> str | None:
    import shutil

    return shutil.which("soffice") or shutil.which("libreoffice")


def _soffice_convert(src: Path, out_dir: Path, target: str) -> Path:
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory(prefix="make-samples-lo-") as profile:
        subprocess.run(
            [_soffice(), f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
             "--convert-to", target, "--outdir", str(out_dir), str(src)],
            check=True, capture_output=True, timeout=180,
        )
    return out_dir / f"{src.stem}.{target.split(':')[0]}"


def write_doc(doc: Doc, path: Path):
    """DOCX writer output converted to Word 97 by LibreOffice; without it the shipped file stays."""
    import tempfile

    if _soffice() is None:
        print(f"note: LibreOffice (soffice) not found: {path.name} not regenerated, the shipped file is kept")
        return
    with tempfile.TemporaryDirectory(prefix="make-samples-") as tmp:
        src = Path(tmp) / f"{path.stem}.docx"
        write_docx(doc, src)
        converted = _soffice_convert(src, Path(tmp), "doc:MS Word 97")
        data = converted.read_bytes()
    path.write_bytes(data)


WRITERS = {
    "pdf": write_pdf, "docx": write_docx, "html": write_html, "txt": write_txt,
    "ofd": write_ofd, "doc": write_doc,
}


# --------------------------------------------------------------------------- scans

SCAN_DPI = 200
CJK_TTF = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
SEAL_RED = (222, 32, 40)
SEAL_MM = 42  # GB/T 9704 seals are about 4.2 cm across


def _cjk_font(size: int):
    from PIL import ImageFont

    if not CJK_TTF.exists():
        sys.exit(f"scan samples need a CJK font at {CJK_TTF}: apt-get install -y fonts-wqy-zenhei")
    return ImageFont.truetype(str(CJK_TTF), size)


def seal_picture(name: str, diameter: int):
    """A round seal: red ring, star, the issuer's name round the upper arc; white ground."""
    import math

    from PIL import Image, ImageDraw

    img = Image.new("RGB", (diameter, diameter), "white")
    draw = ImageDraw.Draw(img)
    ring = max(3, diameter // 30)
    draw.ellipse([ring, ring, diameter - ring, diameter - ring], outline=SEAL_RED, width=ring)
    c = diameter / 2
    star = []
    for k in range(10):
        r = diameter * (0.17 if k % 2 == 0 else 0.068)
        a = -math.pi / 2 + k * math.pi / 5
        star.append((c + r * math.cos(a), c + r * math.sin(a)))
    draw.polygon(star, fill=SEAL_RED)
    size = int(diameter * 0.13)
    font = _cjk_font(size)
    span = math.radians(220)
    start = -math.pi / 2 - span / 2
    radius = c - ring * 2 - size * 0.62
    for i, ch in enumerate(name):
        a = start + span * (i + 0.5) / len(name)
        glyph = Image.new("L", (size * 2, size * 2), 0)
        ImageDraw.Draw(glyph).text((size / 2, size / 2), ch, font=font, fill=255)
        glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        x, y = c + radius * math.cos(a) - size, c + radius * math.sin(a) - size
        img.paste(Image.new("RGB", glyph.size, SEAL_RED), (int(x), int(y)), glyph)
    return img


def _date_box(pdf_page, text: str, px_per_pt: float) -> tuple[float, float, float, float] | None:
    """The date's box in pixels (left, top, right, bottom) on a rendered page, or None."""
    textpage = pdf_page.get_textpage()
    try:
        hit = textpage.search(text).get_next()
        if not hit:
            return None
        start, count = hit
        boxes = [textpage.get_charbox(i) for i in range(start, start + count)]
    finally:
        textpage.close()
    height = pdf_page.get_height()
    left = min(b[0] for b in boxes)
    right = max(b[2] for b in boxes)
    bottom = min(b[1] for b in boxes)
    top = max(b[3] for b in boxes)
    return left * px_per_pt, (height - top) * px_per_pt, right * px_per_pt, (height - bottom) * px_per_pt


def press_seal(page, box, name: str, rng: random.Random):
    """Ink a seal over the date: multiply, so that black text under it stays black."""
    from PIL import Image, ImageChops

    diameter = round(SEAL_MM / 25.4 * SCAN_DPI)
    seal = seal_picture(name, diameter).rotate(rng.uniform(-12, 12), resample=Image.BICUBIC, fillcolor="white")
    seal = Image.blend(Image.new("RGB", seal.size, "white"), seal, 0.85)  # ink not fully opaque
    layer = Image.new("RGB", page.size, "white")
    cx = (box[0] + box[2]) / 2 + rng.uniform(-20, 20)
    cy = box[1] - diameter * 0.12
    layer.paste(seal, (round(cx - diameter / 2), round(cy - diameter / 2)))
    return ImageChops.multiply(page, layer)


def degrade(page, rng: random.Random, angle: float, grain: float):
    """A scanner's look: off-white paper, slight skew, blur, grain and specks."""
    import numpy as np
    from PIL import Image, ImageFilter

    page = page.rotate(angle, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    arr = np.asarray(page).astype(np.float32) * 0.95 + 6
    if grain:
        noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, grain, arr.shape[:2])
        arr += noise[:, :, None]
    h, w = arr.shape[:2]
    for _ in range(250):  # dust specks
        x, y, r = rng.randrange(w), rng.randrange(h), rng.choice((1, 1, 2))
        arr[max(0, y - r) : y + r, max(0, x - r) : x + r] *= 0.35
    page = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return page.filter(ImageFilter.GaussianBlur(0.6))


def scan_pages(doc: Doc) -> tuple[bytes, list]:
    """The typeset PDF and its pages as degraded 'scanned' RGB pictures (None for text pages)."""
    import pypdfium2 as pdfium
    from PIL import Image

    buf = io.BytesIO()
    PdfWriter(buf, doc).render()  # type: ignore[arg-type]
    typeset = buf.getvalue()
    rng = random.Random(doc.scan.seed)
    date = fmt_date(doc.signed, doc.date_style)
    pdf = pdfium.PdfDocument(typeset)
    pictures = []
    try:
        for i in range(len(pdf)):
            number = i + 1
            if number in doc.scan.text_pages:
                pictures.append(None)
                continue
            page = pdf[i]
            scale = SCAN_DPI / 72
            img = page.render(scale=scale).to_pil().convert("RGB")
            box = _date_box(page, date, scale) if doc.scan.seal else None
            if box is not None:
                img = press_seal(img, box, doc.issuer, rng)
            angle = doc.scan.skew if number % 2 else -doc.scan.skew
            img = degrade(img, rng, angle, doc.scan.grain)
            if number in doc.scan.sideways:
                img = img.transpose(Image.Transpose.ROTATE_270)  # 90 degrees clockwise
            if number in doc.scan.upside_down:
                img = img.transpose(Image.Transpose.ROTATE_180)
            pictures.append(img)
            page.close()
        if not any(p is not None and min(p.convert("L").getextrema()) < 100 for p in pictures):
            sys.exit("scan samples render blank: install a CJK font (apt-get install -y fonts-wqy-zenhei)")
    finally:
        pdf.close()
    return typeset, pictures


def _scan_palette():
    """Greys from paper to ink and a few reds, for a small palette PNG that stays readable."""
    from PIL import Image

    colours = [(v, v, v) for v in (252, 235, 200, 160, 115, 75, 40, 10)]
    colours += [(225, 40, 45), (200, 25, 35), (235, 120, 120), (245, 185, 185), (150, 40, 40)]
    pal = Image.new("P", (1, 1))
    flat = [c for rgb in colours for c in rgb]
    pal.putpalette(flat + flat[-3:] * (256 - len(colours)))
    return pal


def _jpeg(img, quality: int = 55) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True, dpi=(SCAN_DPI, SCAN_DPI))
    return buf.getvalue()


def write_scan(doc: Doc, path: Path):
    typeset, pictures = scan_pages(doc)
    suffix = path.suffix.lower()
    if suffix == ".png":
        (img,) = pictures
        img = img.quantize(palette=_scan_palette(), dither=0)
        img.save(path, "PNG", optimize=True, dpi=(SCAN_DPI, SCAN_DPI))
    elif suffix in (".tif", ".tiff"):
        first, *rest = (p.quantize(palette=_scan_palette(), dither=0) for p in pictures)
        first.save(path, "TIFF", save_all=True, append_images=rest, compression="tiff_deflate",
                   dpi=(SCAN_DPI, SCAN_DPI))
    else:
        path.write_bytes(_scan_pdf(typeset, pictures))


def _scan_pdf(typeset: bytes, pictures: list) -> bytes:
    """Image-only pages as JPEGs (reportlab, invariant); with text pages, a mixed PDF."""
    from reportlab.lib.utils import ImageReader

    if any(p is None for p in pictures):
        return _mixed_pdf(typeset, pictures)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setCreator("normdocs make_samples")
    for img in pictures:
        w, h = img.width * 72 / SCAN_DPI, img.height * 72 / SCAN_DPI
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(_jpeg(img))), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def _mixed_pdf(typeset: bytes, pictures: list) -> bytes:
    """The typeset PDF with its picture pages replaced by image-only pages (pdfium)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(typeset)
    try:
        for i, img in enumerate(pictures):
            if img is None:
                continue
            w, h = img.width * 72 / SCAN_DPI, img.height * 72 / SCAN_DPI
            pdf.del_page(i)
            page = pdf.new_page(w, h, index=i)
            image = pdfium.PdfImage.new(pdf)
            image.load_jpeg(io.BytesIO(_jpeg(img)), inline=True)
            image.set_matrix(pdfium.PdfMatrix().scale(w, h))
            page.insert_obj(image)
            page.gen_content()
            page.close()
        out = io.BytesIO()
        pdf.save(out)
    finally:
        pdf.close()
    # pdfium writes a fresh random second file ID on every save: pin it to the first
    # (reportlab's invariant one), same length, so the output is byte-for-byte stable.
    return re.sub(rb"/ID\[<([0-9A-Fa-f]+)><[0-9A-Fa-f]+>\]", rb"/ID[<\1><\1>]", out.getvalue())


# --------------------------------------------------------------------------- bad inputs

def tiny_png(w=8, h=8) -> bytes:
    raw = b"".join(b"\x00" + bytes((x * 32 + y * 16) % 256 for x in range(w)) for y in range(h))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def _simple_pdf_bytes(encrypt=None) -> bytes:
    buf = io.BytesIO()
    doc = DOCS[0]
    w = PdfWriter(buf, doc, encrypt)  # type: ignore[arg-type]
    w.render()
    return buf.getvalue()


def bad_corrupt(path: Path):
    data = _simple_pdf_bytes()
    path.write_bytes(data[: int(len(data) * 0.4)])


def bad_header_only(path: Path):
    path.write_bytes(b"%PDF-1.4\n")


def bad_encrypted(path: Path):
    doc = next(d for d in DOCS if d.file == "reply_kunming.pdf")
    PdfWriter(path, doc, StandardEncryption("secret", ownerPassword="owner")).render()


def bad_empty_docx(path: Path):
    d = Document()
    for p in list(d.paragraphs):
        p._element.getparent().remove(p._element)
    d.core_properties.created = FIXED_TIME
    d.core_properties.modified = FIXED_TIME
    d.core_properties.author = ""
    d.core_properties.last_modified_by = ""
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(fixed_zip(buf.getvalue()))


def bad_image(path: Path):
    path.write_bytes(tiny_png())


def bad_zero(path: Path):
    path.write_bytes(b"")


def bad_scan(path: Path):
    """Two 'scanned' pages: a red band, grey bars for text lines and a raster image; no text."""
    from reportlab.lib.utils import ImageReader

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    img = ImageReader(io.BytesIO(tiny_png(16, 16)))
    rng = random.Random(404)
    for page in range(2):
        if page == 0:
            c.setFillColorRGB(*RED)
            c.rect(LEFT + 60, TOP - 60, TEXT_W - 120, 30, stroke=0, fill=1)
            c.setStrokeColorRGB(*RED)
            c.setLineWidth(1.5)
            c.line(LEFT, TOP - 100, LEFT + TEXT_W, TOP - 100)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        y = TOP - (140 if page == 0 else 20)
        while y > BOTTOM:
            c.rect(LEFT + rng.choice((0, 32)), y, rng.uniform(0.6, 1.0) * (TEXT_W - 32), 10, stroke=0, fill=1)
            y -= PITCH
        c.drawImage(img, LEFT + TEXT_W - 120, BOTTOM + 20, 100, 100)
        c.showPage()
    c.save()


def bad_garbled(path: Path):
    """Text layer present but mojibake: GBK bytes drawn as Latin-1 glyphs in Helvetica."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 14)
    y = TOP
    for ln in ["关于加强城市燃气安全管理工作的通知", "各区人民政府，市政府各部门：",
               "为深刻吸取近期燃气安全事故教训，切实加强城市燃气安全管理，现就有关事项通知如下。",
               "一、压实企业主体责任。", "二、加强安全隐患排查整治。", "三、强化部门监管责任。"]:
        c.drawString(LEFT, y, ln.encode("gbk").decode("latin-1"))
        y -= PITCH
    c.showPage()
    c.save()


def _ofd_bytes(doc: Doc, text: bool = True, break_xml: bool = False) -> bytes:
    """A generated OFD; optionally with its text objects turned into outlines or XML broken."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="make-samples-") as tmp:
        target = Path(tmp) / "x.ofd"
        write_ofd(doc, target)
        data = target.read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename.endswith("Content.xml"):
                if not text:  # the text drawn as vector outlines: no TextCode left
                    body = re.sub(rb"<ofd:TextObject .*?</ofd:TextObject>", b"", body, flags=re.S)
                if break_xml:
                    body = body[: len(body) // 2]
            dst.writestr(info, body)
    return out.getvalue()


def bad_ofd_xml(path: Path):
    path.write_bytes(_ofd_bytes(next(d for d in DOCS if d.fmt == "ofd"), break_xml=True))


def bad_ofd_outlines(path: Path):
    path.write_bytes(_ofd_bytes(next(d for d in DOCS if d.fmt == "ofd"), text=False))


BAD = [
    ("bad/corrupt.pdf", "pdf", "corrupt_file", bad_corrupt,
     "A valid PDF (notice_liaocheng) truncated to its first 40%: no xref, no trailer."),
    ("bad/truncated_header_only.pdf", "pdf", "corrupt_file", bad_header_only,
     "Just the header line '%PDF-1.4'."),
    ("bad/encrypted.pdf", "pdf", "encrypted", bad_encrypted,
     "reply_kunming encrypted with a user password ('secret'); unreadable without it."),
    ("bad/empty.docx", "docx", "empty_file", bad_empty_docx,
     "A valid DOCX package whose body has no paragraphs at all."),
    ("bad/image.pdf", "image", "no_text_layer", bad_image,
     "PNG bytes with a .pdf name: sniff the content, not the extension. Read as an image "
     "(OCR), an 8x8 gradient holds no text."),
    ("bad/zero.txt", "txt", "empty_file", bad_zero, "0 bytes."),
    ("bad/scan_no_text.pdf", "pdf", "no_text_layer", bad_scan,
     "Two pages drawn only with shapes and a raster image, like a scan without OCR."),
    ("bad/garbled.pdf", "pdf", "garbled_text_layer", bad_garbled,
     "Text layer is mojibake (GBK bytes shown as Latin-1: '¹ØÓÚ…'); OCR of the page "
     "reads the same Latin letters, so it stays garbled."),
    ("bad/broken_xml.ofd", "ofd", "corrupt_file", bad_ofd_xml,
     "An OFD package (notice_yinchuan) whose page Content.xml is cut off halfway: invalid XML."),
    ("bad/outlines_only.ofd", "ofd", "no_text_layer", bad_ofd_outlines,
     "An OFD package with only path objects (red lines) and no TextObject: text drawn as "
     "outlines, like converters that 'outline' fonts; needs OCR."),
]


# --------------------------------------------------------------------------- gold

def gold(doc: Doc) -> dict:
    title = doc.gold_title if doc.gold_title is not None else compact("".join(doc.title))
    row = {
        "file": doc.file,
        "format": "image" if doc.fmt in IMAGE_SUFFIXES else doc.fmt,
        "title": title or None,
        "doc_number": norm_number(doc.number) if doc.number else None,
        "issuer": doc.issuer,
        "doc_type": doc.doc_type,
        "recipients": list(doc.recipients),
        "signed_date": doc.signed,
        "printed_date": doc.printed,
        "printer": doc.printer,
        "cc": list(doc.cc),
        "classification": doc.classification,
        "classification_period": doc.period,
        "urgency": doc.urgency,
        "copy_number": doc.copy_number,
        "signer": doc.signer,
        "disclosure_marker": doc.marker,
        "attachments": list(doc.attachments),
        "published_date": doc.published if doc.meta_table and doc.fmt == "html" else None,
        "notes": doc.notes,
    }
    if doc.scan:
        row["scanned"] = True
    return row


IMAGE_SUFFIXES = {"png", "jpg", "jpeg", "tif", "tiff"}


def bad_gold(file: str, fmt: str, error: str, notes: str) -> dict:
    return {"file": file, "format": fmt, "expected_error": error, "notes": notes}


# --------------------------------------------------------------------------- main

def generate(out: Path) -> list[dict]:
    (out / "bad").mkdir(parents=True, exist_ok=True)
    rows = []
    for doc in DOCS:
        (write_scan if doc.scan else WRITERS[doc.fmt])(doc, out / doc.file)
        rows.append(gold(doc))
    for file, fmt, err, fn, notes in BAD:
        fn(out / file)
        rows.append(bad_gold(file, fmt, err, notes))
    # The gold sits beside the folder, not in it, so it is never taken for a document.
    with open(out.parent / f"{out.name}.gold.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


# --------------------------------------------------------------------------- check

def extract_text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    if suffix == ".docx":
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        for s in d.sections:
            parts.extend(p.text for p in s.header.paragraphs)
            parts.extend(p.text for p in s.footer.paragraphs)
        return "\n".join(parts)
    if suffix == ".ofd":
        from lxml import etree

        with zipfile.ZipFile(path) as zf:
            pages = sorted(n for n in zf.namelist() if n.endswith("Content.xml"))
            return "\n".join(
                "".join(t.text or "" for t in etree.fromstring(zf.read(n)).iter(f"{{{OFD_NS}}}TextCode"))
                for n in pages
            )
    if suffix == ".doc":
        import tempfile

        if _soffice() is None:
            return ""
        with tempfile.TemporaryDirectory(prefix="make-samples-") as tmp:
            return extract_text(_soffice_convert(path, Path(tmp), "docx"))
    data = path.read_bytes()
    if suffix == ".html":
        import lxml.html

        m = re.search(rb'charset="?([\w-]+)', data[:1024])
        return lxml.html.document_fromstring(data.decode(m.group(1).decode())).text_content()
    if data.startswith(b"\xff\xfe"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


MARKER_TEXTS = {
    "主动公开": ["（此件公开发布）", "（此件主动公开）", "公开方式：主动公开", "（信息公开形式：主动公开）", "公开"],
    "依申请公开": ["（此件依申请公开）"],
    "不予公开": ["（此件不予公开）"],
}


def check_doc(doc: Doc, g: dict, text: str) -> list[str]:
    flat = norm_number(compact(text))
    problems = []

    def need(what, s):
        if s and norm_number(compact(s)) not in flat:
            problems.append(f"{what}: {s!r} not found")

    need("title", g["title"])
    if doc.layout == "order":
        need("order mark", doc.mark[0])
        need("order no", doc.order_no)
    else:
        need("doc_number", g["doc_number"])
    for part in g["issuer"].split("、"):
        need("issuer", part)
    for r in g["recipients"]:
        need("recipient", r)
    for c in g["cc"]:
        need("cc", c)
    for a in g["attachments"]:
        need("attachment", a)
    need("printer", g["printer"])
    need("copy_number", g["copy_number"])
    need("signer", g["signer"])
    need("urgency", g["urgency"])
    if g["classification"]:
        need("classification", g["classification"] + ("★" + g["classification_period"] if g["classification_period"] else ""))
    need("signed_date", fmt_date(doc.signed, doc.date_style))
    if g["printed_date"]:
        need("printed_date", fmt_date(g["printed_date"]) + "印发")
    if g["disclosure_marker"] and not any(norm_number(m) in flat for m in MARKER_TEXTS[g["disclosure_marker"]]):
        problems.append(f"marker {g['disclosure_marker']} not printed")
    return problems


def check_bad(path: Path) -> str:
    """Describe what pdfplumber / python-docx make of a bad input (for the eye)."""
    try:
        text = extract_text(path)
    except Exception as e:  # noqa: BLE001 - we want to see any failure
        return f"raises {type(e).__name__}"
    return f"reads {len(text.strip())} chars: {text.strip()[:40]!r}"


def check(out: Path, rows: list[dict]) -> int:
    by_file = {r["file"]: r for r in rows}
    bad = 0
    for doc in DOCS:
        if doc.scan:  # no text to read back: check what was typeset before scanning
            import pdfplumber

            with pdfplumber.open(io.BytesIO(scan_pages(doc)[0])) as pdf:
                text = "\n".join(p.extract_text() or "" for p in pdf.pages)
        else:
            text = extract_text(out / doc.file)
        problems = check_doc(doc, by_file[doc.file], text)
        status = "ok" if not problems else "; ".join(problems)
        bad += bool(problems)
        print(f"{doc.file:36s} {status}")
    for file, _fmt, err, _fn, _notes in BAD:
        print(f"{file:36s} expect {err:20s} {check_bad(out / file)}")
    return bad


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="re-read the files and check the gold")
    args = ap.parse_args(argv)
    rows = generate(args.out)
    print(f"wrote {len(rows)} files to {args.out}, gold to {args.out.parent / (args.out.name + '.gold.jsonl')}")
    return check(args.out, rows) if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
