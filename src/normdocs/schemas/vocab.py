"""The closed vocabularies every stage shares, declared once.

Each is a `StrEnum`: its members are the strings stored and printed (`Attribute.主动公开 ==
"主动公开"`), so records, the database and the command line keep plain values while schemas,
rule-file schemas and CLI choices take their lists from here. Another issue adding a value (an
issuer source, a validity state) adds it here.
"""

from __future__ import annotations

from enum import StrEnum


class Marker(StrEnum):
    """A disclosure attribute as a 附注 prints it or as the rules propose it."""

    主动公开 = "主动公开"
    依申请公开 = "依申请公开"
    不予公开 = "不予公开"


class Attribute(StrEnum):
    """The attribute in force: a decided one, or 待审 while a human must decide."""

    主动公开 = "主动公开"
    依申请公开 = "依申请公开"
    不予公开 = "不予公开"
    待审 = "待审"


class DecisionSource(StrEnum):
    marker = "marker"  # the printed 附注 started the determination
    rules = "rules"  # no marker: the content rules decided


class FindingKind(StrEnum):
    state_secret = "state_secret"
    secret_quoted = "secret_quoted"  # a level quoted in a body sentence (对标注秘密★10年的文件…): a reviewer looks
    internal_mark = "internal_mark"
    withholding_note = "withholding_note"  # a 附注 declaring 不予公开 the parser did not read as the marker
    on_request_note = "on_request_note"  # … declaring 依申请公开
    id_card = "id_card"
    mobile = "mobile"
    bank_card = "bank_card"
    email = "email"
    passport = "passport"  # read after 护照号码 only
    travel_permit = "travel_permit"  # 往来港澳通行证, 回乡证, 台胞证 numbers, after their word
    officer_id = "officer_id"  # 军官证号
    home_address = "home_address"  # 住址：…号, 家住…室: where a person lives
    sensitive_term = "sensitive_term"
    unread_picture = "unread_picture"  # a header-band picture OCR could not read: a mark may be stamped there


class Severity(StrEnum):
    info = "info"
    review = "review"
    block = "block"


class DateSource(StrEnum):
    """Where a published date came from, in the default order of preference."""

    manifest = "manifest"
    site = "site"
    printed = "printed"
    signed = "signed"


class Validity(StrEnum):
    有效 = "有效"
    已修改 = "已修改"
    已废止 = "已废止"
    已失效 = "已失效"


class Classification(StrEnum):
    绝密 = "绝密"
    机密 = "机密"
    秘密 = "秘密"


class Urgency(StrEnum):
    特急 = "特急"
    加急 = "加急"
    特提 = "特提"
    平急 = "平急"


class RowStatus(StrEnum):
    """What a run did with one input file."""

    loaded = "loaded"
    quarantined = "quarantined"
    skipped = "skipped"
    ignored = "ignored"  # hidden files, linked folders: counted with their reason, never opened


def values(vocabulary: type[StrEnum]) -> list[str]:
    """The plain values, in declaration order (for CLI choices and messages)."""
    return [member.value for member in vocabulary]


class IssuerSource(StrEnum):
    """Where the issuer was read."""

    header = "header"  # 发文机关标志
    signature = "signature"  # 发文机关署名
    seal = "seal"  # the seal's text
    imprint = "imprint"  # 版记's 印发机关 (usually the issuer's 办公室)
    number_prefix = "number_prefix"  # 发文机关代字 of the document number
    site = "site"  # the publishing site's metadata table
    manifest = "manifest"
    from_title = "title"  # the title's opening names (member name: str.title is taken)
