"""Normalisation rules for metadata values, written once; RULES is the table with an example each.

tests/test_normalize.py checks every example in RULES, so the table and the code can't drift.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Callable

_FULLWIDTH_ALNUM = {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)} | {
    c: c - 0xFEE0 for c in list(range(0xFF21, 0xFF3B)) + list(range(0xFF41, 0xFF5B))
}
_SPACES = re.compile(r"[\s\u3000\u00a0]+")
_CJK_OR_FW = r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u2014\u2018-\u201f\u2026《》〈〉]"
_SPACE_BY_CJK = re.compile(rf"(?<={_CJK_OR_FW})[ \t]+|[ \t]+(?={_CJK_OR_FW})")
_SPACED_DIGITS = re.compile(r"(?<![\d.])\d(?: \d)+(?![\d.])")  # "2 0 2 3" letter-spaced, not "12 34"


# Kangxi radicals and CJK radical supplements some PDF generators emit for ordinary characters
# (⼊ for 入, ⻅ for 见): their NFKC form is the unified ideograph.
_RADICALS = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0x2E80, 0x2FE0)
             if unicodedata.normalize("NFKC", chr(c)) != chr(c)}
# the simplified-form supplement radicals have no NFKC form: their ideographs
_RADICALS.update({ord(k): v for k, v in zip(
    "⺠⻅⻓⻔⻬⻩⻢⻜⻛⻚⻋⻉⻄⻆⻝⻘⻨⻰⻮⻥⻦⻈⻌⻍⻎⻏⻑⻒⻕⻙⻡⻤⻧⻪⻫⺟⺫⺮⺶⺼⻁⻊⻯⻢",
    "民见长门齐黄马飞风页车贝西角食青麦龙齿鱼鸟讠辶辶辶辶镸长门韦首鬼麸卤黾齐母罒竹羊月衤豸龟马")})


def ascii_digits(text: str) -> str:
    """Full-width digits and Latin letters as ASCII; punctuation stays as printed."""
    return text.translate(_FULLWIDTH_ALNUM)


def unify_radicals(text: str) -> str:
    return text.translate(_RADICALS)


def clean_spaces(text: str) -> str:
    """Drop the spaces PDF extraction puts beside Chinese characters; keep Latin word gaps."""
    text = _SPACES.sub(" ", unify_radicals(ascii_digits(text))).strip()
    text = _SPACED_DIGITS.sub(lambda m: m.group(0).replace(" ", ""), text)
    return _SPACE_BY_CJK.sub("", text)


def normalize_title(text: str) -> str:
    return _SPACES.sub("", ascii_digits(text))


_BRACKETED_YEAR = re.compile(r"[〔\[［(（【{｛]\s*((?:19|20)\d{2})\s*[〕\]］)）】}｝]")


def normalize_doc_number(text: str) -> str:
    text = _SPACES.sub("", ascii_digits(text))
    return _BRACKETED_YEAR.sub(r"〔\1〕", text)


def normalize_issuer(names: list[str]) -> str | None:
    cleaned = [_SPACES.sub("", n) for n in names]
    cleaned = [re.sub(r"[（(](代章|盖章|印章)[）)]$", "", n) for n in cleaned if n]
    return "、".join(n for n in cleaned if n) or None


_CN_DIGITS = {"〇": 0, "○": 0, "O": 0, "o": 0, "零": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _cn_number(text: str) -> int:
    """Chinese numerals of a month or day: 十, 十二, 二十, 二十三, 三十一."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
    return _CN_DIGITS[text]


DATE_PATTERN = (
    r"(?P<year>(?:19|20)\d{2}|[一二][〇○O零九一二三四五六七八]{3})\s*年\s*"
    r"(?P<month>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*"
    r"(?P<day>\d{1,2}|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])\s*日"
)
_DATE = re.compile(DATE_PATTERN)


# how a 公开属性 is spelled (a 附注, a site's 公开方式 cell, a manifest column) → the closed value
MARKER_SPELLINGS: dict[str, str] = {
    "主动公开": "主动公开", "公开": "主动公开", "公开发布": "主动公开", "主动": "主动公开", "此件公开发布": "主动公开",
    "依申请公开": "依申请公开", "依申请": "依申请公开",
    "不予公开": "不予公开", "不公开": "不予公开", "免予公开": "不予公开", "不宜公开": "不予公开",
}


def normalize_marker(text: str | None) -> str | None:
    """The disclosure marker a printed value stands for; None for a value outside the closed list."""
    return MARKER_SPELLINGS.get(clean_spaces(text or "").replace(" ", ""))


def normalize_date(text: str) -> str | None:
    """A printed date as ISO 8601, or None when it is not a valid date."""
    match = _DATE.search(ascii_digits(text))
    if not match:
        # a site's metadata writes 2015-11-4, 2015/11/4 or 2015.11.04
        numeric = re.fullmatch(r"\s*((?:19|20)\d{2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*", ascii_digits(text))
        if not numeric:
            return None
        import datetime as _dt

        try:
            return _dt.date(*map(int, numeric.groups())).isoformat()
        except ValueError:
            return None
    year_text = match["year"]
    year = int(year_text) if year_text.isdigit() else int("".join(str(_CN_DIGITS[c]) for c in year_text))
    try:
        month, day = _cn_number(match["month"]), _cn_number(match["day"])
    except KeyError:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    import datetime as _dt

    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def normalize_period(text: str) -> str | None:
    text = _SPACES.sub("", ascii_digits(text))
    match = re.fullmatch(r"(\d+(?:年|个月)|长期)", text)
    return match.group(1) if match else None


def split_list(text: str) -> list[str]:
    """主送 / 抄送 split on the full-width comma only; trailing ：/。 dropped."""
    text = re.sub(r"^(抄送|主送)[:：]", "", _SPACES.sub("", text))
    text = re.sub(r"[：:。；;]+$", "", text)
    return [part for part in text.split("，") if part]


@dataclass(frozen=True)
class Rule:
    field: str
    rule: str
    function: Callable[..., object]
    example_in: object
    example_out: object


RULES: list[Rule] = [
    Rule("title", "all whitespace removed, wrapped lines joined, punctuation as printed", normalize_title,
         "关于印发聊城市 2023 年政务公开工作要点的 通 知", "关于印发聊城市2023年政务公开工作要点的通知"),
    Rule("signed_date", "letter-spaced digits joined", lambda t: normalize_date(clean_spaces(t)),
         "2 0 2 3 年 4 月 1 2 日", "2023-04-12"),
    Rule("doc_number", "year bracket as 〔〕, full-width digits ASCII, no spaces", normalize_doc_number,
         "聊政办发［２０２３］ 9 号", "聊政办发〔2023〕9号"),
    Rule("doc_number", "round brackets too", normalize_doc_number, "国发(1998)12号", "国发〔1998〕12号"),
    Rule("doc_number", "a 令's order number as printed, 第 kept", normalize_doc_number,
         "重庆市人民政府令第 361 号", "重庆市人民政府令第361号"),
    Rule("issuer", "joint issuers joined with 、, （代章） dropped", normalize_issuer,
         ["中共聊城市委办公室", "聊城市人民政府办公室（代章）"], "中共聊城市委办公室、聊城市人民政府办公室"),
    Rule("signed_date", "Arabic numerals to ISO", normalize_date, "2023 年 7 月 25 日", "2023-07-25"),
    Rule("signed_date", "Chinese numerals with 〇", normalize_date, "二〇〇五年十月八日", "2005-10-08"),
    Rule("signed_date", "Chinese numerals with 零", normalize_date, "二零零五年十二月三十一日", "2005-12-31"),
    Rule("signed_date", "1990s, 十 inside the day", normalize_date, "一九九八年三月十二日", "1998-03-12"),
    Rule("signed_date", "a site's numeric date", normalize_date, "2015-11-4", "2015-11-04"),
    Rule("signed_date", "spaced, leading zero", normalize_date, "2019 年 04 月 17 日", "2019-04-17"),
    Rule("classification_period", "as printed after ★", normalize_period, "6 个月", "6个月"),
    Rule("recipients", "split on ， only, trailing ： dropped", split_list,
         "各县（市、区）人民政府，市政府各部门：", ["各县（市、区）人民政府", "市政府各部门"]),
    Rule("cc", "抄送： prefix and trailing 。 dropped", split_list,
         "抄送：市委有关部门，市人大常委会办公室。", ["市委有关部门", "市人大常委会办公室"]),
]
