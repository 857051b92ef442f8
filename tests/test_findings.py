"""Confidentiality findings: marks, resident IDs, mobiles, bank cards, e-mail, sensitive terms.

Every number here is generated: IDs get their check digit computed, cards their Luhn digit.
"""

from normdocs.extractors import extract_file
from normdocs.extractors.elements import body_text
from normdocs.schemas.layout import Layout, Line, Page
from normdocs.schemas.record import Metadata, Record
from normdocs.review.findings import find_findings, find_marks, find_personal, load_confidentiality
from normdocs.review.numbers import id_check_char, is_valid_id, luhn_ok
from tests.make_docs import make_pdf


def make_id(area: str = "370102", birth: str = "19900101", seq: str = "123") -> str:
    first17 = area + birth + seq
    return first17 + id_check_char(first17)


def wrong_check(number: str) -> str:
    right = number[-1]
    return number[:-1] + ("1" if right != "1" else "2")


def luhn_complete(prefix: str, length: int = 16) -> str:
    body = prefix.ljust(length - 1, "0")
    return next(body + d for d in "0123456789" if luhn_ok(body + d))


def luhn_broken(prefix: str, length: int = 16) -> str:
    good = luhn_complete(prefix, length)
    return good[:-1] + str((int(good[-1]) + 1) % 10)


def kinds(text: str) -> list[str]:
    return [h.kind for h in find_personal(text)]


def record_of(lines: list[str], **metadata) -> Record:
    layout = Layout(pages=[Page(number=1, lines=[Line(text=t, page=1, index=i) for i, t in enumerate(lines)])])
    return Record(file="x", metadata=Metadata(body=body_text(layout), **metadata), layout=layout)


# -- resident ID numbers ----------------------------------------------------------------------

def test_generated_id_is_valid_and_masked_six_stars_four():
    number = make_id()
    assert is_valid_id(number)
    hits = find_personal(f"当事人身份证号码{number}，")
    assert [(h.kind, h.mask, h.severity) for h in hits] == [("id_card", number[:6] + "********" + number[-4:], "block")]


def test_id_ending_in_x_is_found():
    number = next(n for n in (make_id(seq=f"{s:03d}") for s in range(1000)) if n.endswith("X"))
    assert kinds(f"身份证号{number}") == ["id_card"]
    assert kinds(f"身份证号{number.lower()}") == ["id_card"]


def test_id_with_wrong_check_digit_is_no_finding_at_all():
    number = wrong_check(make_id())
    assert find_personal(f"编号{number}。") == []


def test_id_shaped_number_failing_check_is_no_card_even_with_a_card_prefix():
    # 62 is both Gansu's province code and UnionPay's prefix: a wrong check digit that
    # happens to pass Luhn must not become a bank card without card words around it
    first17 = "620102" + "19850315" + "421"
    right = id_check_char(first17)
    luhn_digit = next(d for d in "0123456789" if luhn_ok(first17 + d))
    assert luhn_digit != right
    assert find_personal(f"统计编号{first17 + luhn_digit}") == []
    assert kinds(f"银行卡号：{first17 + luhn_digit}") == ["bank_card"]


def test_id_with_unknown_province_or_impossible_birth_date_is_no_finding():
    assert kinds(f"编码{make_id(area='990102')}") == []
    assert kinds(f"编码{make_id(birth='19901332')}") == []
    assert kinds(f"编码{make_id(birth='29990101')}") == []


def test_id_inside_a_longer_run_of_digits_is_no_finding():
    assert kinds(f"流水号{make_id()}7") == []


# -- mobile numbers ---------------------------------------------------------------------------

def test_mobile_is_found_and_masked():
    hits = find_personal("联系电话：13812345678。")
    assert [(h.kind, h.mask, h.severity) for h in hits] == [("mobile", "138****5678", "review")]


def test_mobile_with_separators_and_country_code():
    assert [h.mask for h in find_personal("电话 138-1234-5678 或 +86 139 1234 5678")] == ["138****5678", "139****5678"]


def test_mobile_inside_a_longer_run_or_with_wrong_prefix_is_no_finding():
    assert kinds("编号2138123456789") == []
    assert kinds("编号12812345678") == []  # 12x is no mobile prefix
    assert kinds("合计113812345678元") == []


def test_hotlines_on_the_allow_list_are_no_finding():
    assert "12345" in load_confidentiality().allow_numbers
    assert find_personal("请拨打12345政务服务便民热线或12315投诉举报。") == []


def test_landline_is_no_finding():
    assert kinds("联系电话：0898-65388123") == []


# -- bank cards -------------------------------------------------------------------------------

def test_unionpay_card_passing_luhn_is_found_and_masked():
    card = luhn_complete("6222")
    hits = find_personal(f"请汇至{card}。")
    assert [(h.kind, h.mask, h.severity) for h in hits] == [("bank_card", card[:4] + "********" + card[-4:], "block")]


def test_card_failing_luhn_is_no_finding():
    assert kinds(f"卡号：{luhn_broken('6222')}") == []


def test_luhn_number_without_issuer_prefix_needs_card_words():
    number = luhn_complete("9", 16)
    assert kinds(f"统计编码{number}") == []
    assert kinds(f"开户行：某银行，账号：{number}") == ["bank_card"]


def test_card_written_in_groups_of_four():
    card = luhn_complete("6217", 19)
    grouped = " ".join([card[:4], card[4:8], card[8:12], card[12:16], card[16:]])
    assert [h.mask for h in find_personal(f"银行卡号 {grouped}")] == [card[:4] + "*" * 11 + card[-4:]]


def test_valid_id_is_an_id_not_a_card():
    number = next(n for n in (make_id(area="620102", seq=f"{s:03d}") for s in range(1000)) if n[17] != "X" and luhn_ok(n))
    assert kinds(f"银行卡号旁的身份证号{number}") == ["id_card"]


# -- e-mail -----------------------------------------------------------------------------------

def test_personal_email_is_masked_and_needs_review():
    hits = find_personal("请发送至zhangsan@example.cn。")
    assert [(h.kind, h.mask, h.severity) for h in hits] == [("email", "z***@example.cn", "review")]


def test_government_mailbox_is_info_only():
    assert [h.severity for h in find_personal("邮箱：zwgk@liaocheng.gov.cn")] == ["info"]


# -- near misses: document numbers, dates, amounts ---------------------------------------------

def test_document_numbers_dates_and_amounts_are_no_findings():
    text = ("聊政办发〔2023〕9号 2023年7月25日 20230725 金额19360元 共计1234567890123456元 "
            "统一社会信用代码11370000004301234X 第2023001号")
    assert find_personal(text) == []


def test_amounts_and_statistics_that_look_like_mobiles_or_cards_are_no_findings():
    card = luhn_complete("6222")
    assert find_personal(f"累计拨付13812345678元，检测{card}批次，折合￥{card}") == []
    assert kinds("联系电话13812345678，") == ["mobile"]


# -- state-secret and internal marks ----------------------------------------------------------

def test_secret_standing_alone_or_with_star_is_a_mark():
    assert find_marks("秘密") == [("state_secret", "秘密", "block")]
    assert find_marks("秘密★1年") == [("state_secret", "秘密★1年", "block")]
    assert find_marks("机密 ★ 6个月") == [("state_secret", "机密★6个月", "block")]
    assert find_marks("绝密★长期 特急") == [("state_secret", "绝密★长期特急", "block")]
    assert [k for k, _, _ in find_marks("本文件为机密★5年，不得复制")] == ["state_secret"]


def test_secret_inside_ordinary_words_is_no_mark():
    for text in ("根据《中华人民共和国保守国家秘密法》的规定，", "保守国家秘密法", "不得泄露国家秘密",
                 "涉及国家秘密的信息不得公开", "依法保护商业秘密", "做好绝密文件管理"):
        assert find_marks(text) == [], text


def test_internal_marks():
    assert find_marks("内部资料 注意保密") == [("internal_mark", "内部资料注意保密", "review")]
    assert find_marks("（工作秘密）") == [("internal_mark", "（工作秘密）", "review")]
    assert [k for k, _, _ in find_marks("此件仅限内部使用，请勿外传")] == ["internal_mark"]
    assert find_marks("工作人员不得泄露工作秘密和个人隐私。") == []


def test_sensitive_terms_are_masked_with_their_category():
    hits = find_personal("附件：涉密人员名单")
    assert [(h.kind, h.shown, h.mask, h.severity) for h in hits] == [
        ("sensitive_term", "涉密信息：涉*****", "涉*****", "block")]


# -- findings on a record: page and line from the layout ---------------------------------------

def test_findings_carry_page_and_one_based_line_from_the_layout():
    number = make_id()
    record = record_of(["秘密★1年", "关于某事项的通知", "各单位：", f"当事人张某某（身份证号码{number}，",
                        "联系电话13812345678）已处理。"], classification="秘密", classification_period="1年")
    found = [(f.kind, f.page, f.line) for f in find_findings(record)]
    assert found == [("state_secret", 1, 1), ("id_card", 1, 4), ("mobile", 1, 5)]


def test_number_wrapped_over_two_lines_is_found_on_its_first_line():
    number = make_id()
    record = record_of(["关于某事项的通知", f"当事人身份证号码为{number[:9]}", f"{number[9:]}，特此通报。"])
    assert [(f.kind, f.line, f.evidence) for f in find_findings(record)] == [("id_card", 2, number[:6] + "********" + number[-4:])]


def test_without_layout_page_and_line_are_null():
    record = Record(file="x", metadata=Metadata(body="秘密★6个月\n联系电话13812345678。"))
    assert [(f.kind, f.page, f.line) for f in find_findings(record)] == [("state_secret", None, None), ("mobile", None, None)]


def test_classification_read_by_the_extractor_is_a_finding_even_without_a_mark_line():
    record = Record(file="x", metadata=Metadata(body="关于某事项的通知", classification="机密", classification_period="6个月"))
    assert [(f.kind, f.evidence) for f in find_findings(record)] == [("state_secret", "机密★6个月")]


def test_pdf_header_mark_is_found_in_the_header_zone(tmp_path):
    pdf = make_pdf(tmp_path / "s.pdf", [("text", "秘密★1年"), ("mark", "德州市交通运输局文件"), ("number", "德交发〔2023〕5号"),
                                       ("title", "关于申请拨付公路修复资金的请示"), ("text", "市政府："),
                                       ("text", "现将有关情况请示如下。"), ("right", "德州市交通运输局"), ("right", "2023年8月2日")])
    record = extract_file(pdf, keep_layout=True)
    secret = [f for f in find_findings(record) if f.kind == "state_secret"]
    assert [(f.evidence, f.page, f.line, f.severity) for f in secret] == [("秘密★1年", 1, 1, "block")]
