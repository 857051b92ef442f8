"""Disclosure determination: the 附注 marker, each rule of disclosure.yaml, the safety net, and
periodic review."""

import dataclasses
import datetime as dt
import itertools

import pytest
import yaml
from importlib import resources

from normdocs.schemas.determination import Finding
from normdocs.schemas.disclosure_rules import DisclosureRule
from normdocs.schemas.record import ErrorCode, ErrorInfo, Metadata, Record
from normdocs.review import review
from normdocs.review.determination import decide, load_disclosure_rules
from normdocs.review.periodic import add_period, check_lapse
from normdocs.review.phrases import PhraseCues
from tests.test_findings import make_id

VERSION = yaml.safe_load(resources.files("normdocs.rules").joinpath("disclosure.yaml").read_text("utf-8"))["version"]
ART = "政府信息公开条例第{}条".format


def finding(kind: str, severity: str = "block") -> Finding:
    return Finding(kind=kind, evidence="x", severity=severity)


def md(**kw) -> Metadata:
    kw.setdefault("title", "关于做好有关工作的函")
    kw.setdefault("doc_type", "函")
    kw.setdefault("body", "请按要求办理。")
    return Metadata(**kw)


def _state(d) -> tuple:
    return d.proposed, d.attribute, d.source, d.needs_review, d.conflict


# -- the marker -------------------------------------------------------------------------------

def test_marker_public_and_nothing_against_it_is_published_without_review():
    d = decide(md(title="关于印发《某市供水管理办法》的通知", doc_type="通知", disclosure_marker="主动公开"), [])
    assert _state(d) == ("主动公开", "主动公开", "marker", False, False)
    assert d.rules_version == VERSION
    assert ART("十九") in d.basis and d.reasons[0].startswith("附注标注为主动公开")


def test_marker_governs_content_cues_that_do_not_override_it():
    # a 会议纪要 the office decided to publish: process information does not contradict the marker
    d = decide(md(title="关于某工作的会议纪要", doc_type="会议纪要", disclosure_marker="主动公开"), [])
    assert _state(d) == ("主动公开", "主动公开", "marker", False, False)
    d = decide(md(title="关于印发《某办法》的通知", doc_type="通知", disclosure_marker="依申请公开"), [])
    assert _state(d) == ("依申请公开", "依申请公开", "marker", False, False)


def test_a_deciding_marker_gives_no_reason_that_asks_for_review():
    # public_topics matches (a 意见 sent to the lower governments) and agrees with the printed marker:
    # its reason, written for an unmarked document, would say 未标注公开属性，请审核确认
    body = "各县（市、区）人民政府：现就做好供水工作提出如下意见。"
    d = decide(md(title="关于做好农村供水工作的意见", doc_type="意见", body=body, disclosure_marker="主动公开"), [])
    assert _state(d) == ("主动公开", "主动公开", "marker", False, False)
    assert not any("未标注" in r or "审核" in r for r in d.reasons), d.reasons
    unmarked = decide(md(title="关于做好农村供水工作的意见", doc_type="意见", body=body), [])
    assert unmarked.needs_review and any("未标注公开属性" in r for r in unmarked.reasons)


def test_rule_reasons_do_not_presume_a_marker():
    """A rule's reason is shown with or without a printed marker: it never says what the marker was."""
    for rule in load_disclosure_rules().rules:
        assert "虽标注" not in rule.reason and "附注标注为" not in rule.reason, rule.id


def test_marker_public_with_classification_is_a_conflict():
    d = decide(md(classification="秘密", disclosure_marker="主动公开"), [finding("state_secret")])
    assert _state(d) == ("不予公开", "待审", "rules", True, True)
    assert ART("十四") in d.basis
    assert "冲突" in d.reasons[0]


def test_marker_public_with_internal_mark_is_a_conflict():
    d = decide(md(disclosure_marker="主动公开"), [finding("internal_mark", "review")])
    assert _state(d) == ("不予公开", "待审", "rules", True, True)


@pytest.mark.parametrize("kind,severity", [("id_card", "block"), ("bank_card", "block"), ("mobile", "review"),
                                           ("email", "review")])
def test_marker_public_with_personal_information_is_a_conflict(kind, severity):
    d = decide(md(disclosure_marker="主动公开"), [finding(kind, severity)])
    assert _state(d) == ("依申请公开", "待审", "rules", True, True)
    assert d.basis == [ART("十五"), ART("三十七")]


def test_info_findings_do_not_contradict_the_marker():
    d = decide(md(disclosure_marker="主动公开"), [finding("email", "info")])
    assert _state(d) == ("主动公开", "主动公开", "marker", False, False)


def test_marker_restricted_and_stricter_content_is_reviewed_but_no_conflict():
    d = decide(md(disclosure_marker="依申请公开", classification="机密"), [finding("state_secret")])
    assert _state(d) == ("不予公开", "待审", "rules", True, False)


# -- each rule without a marker ---------------------------------------------------------------

def test_state_secret_gives_not_released_by_article_14():
    d = decide(md(classification="绝密"), [finding("state_secret")])
    assert _state(d) == ("不予公开", "不予公开", "rules", False, False)
    assert d.basis[0] == ART("十四")


def test_internal_mark_gives_not_released_with_review():
    d = decide(md(), [finding("internal_mark", "review")])
    assert _state(d) == ("不予公开", "待审", "rules", True, False)


def test_personal_information_gives_on_request_with_review_and_articles_15_and_37():
    d = decide(md(title="关于印发《某办法》的通知", doc_type="通知"), [finding("id_card")])
    assert _state(d) == ("依申请公开", "待审", "rules", True, False)
    assert d.basis[:2] == [ART("十五"), ART("三十七")]


def test_sensitive_term_gives_review():
    d = decide(md(), [finding("sensitive_term", "review")])
    assert (d.proposed, d.needs_review) == ("依申请公开", True)


def test_trade_secret_phrase_in_body():
    d = decide(md(body="本件涉及商业秘密，请妥善处理。"), [])
    assert (d.proposed, d.needs_review, d.basis[0]) == ("依申请公开", True, ART("十五"))


def test_citing_trade_secrets_in_a_rule_is_no_trade_secret():
    d = decide(md(title="关于印发《某市招标投标管理办法》的通知", doc_type="通知",
                  body="行政机关应当依法保护商业秘密。"), [])
    assert (d.proposed, d.needs_review) == ("主动公开", False)


@pytest.mark.parametrize("title", ["关于张某某同志职务任免的通知", "关于调整机关后勤保障工作的通知", "关于2023年春节值班安排的通知"])
def test_internal_affairs_are_withheld_without_review_article_16(title):
    # nothing is published: the rules withhold, with their reason, and 定期评估 looks again
    d = decide(md(title=title, doc_type="通知"), [])
    assert _state(d) == ("不予公开", "不予公开", "rules", False, False)
    assert d.basis == [ART("十六")]
    assert not any("审核" in r for r in d.reasons), d.reasons


@pytest.mark.parametrize("title", ["关于公开招聘事业单位工作人员的公告", "关于拟聘任人员名单的公示"])
def test_internal_affairs_words_on_a_notice_to_the_public_are_public(title):
    # a 公告 speaks to the public by its 文种: recruitment and lists put up for objections are
    # published (Art. 20), not withheld as personnel management; with a finding a reviewer looks
    d = decide(md(title=title, doc_type="公告"), [])
    assert (d.proposed, d.needs_review) == ("主动公开", False)
    d = decide(md(title=title, doc_type="公告"), [finding("secret_quoted", "review")])
    assert d.needs_review


def test_internal_affairs_with_a_finding_stay_with_the_reviewer():
    d = decide(md(title="关于张某某同志职务任免的通知", doc_type="通知"), [finding("secret_quoted", "review")])
    assert d.needs_review


def test_internal_affairs_from_body_phrases():
    d = decide(md(title="关于有关同志的通知", doc_type="通知", body="经研究决定，任命为办公室副主任，试用期一年。"), [])
    assert d.proposed == "不予公开"


@pytest.mark.parametrize("title,doc_type", [("关于推进老旧小区改造的会议纪要", "会议纪要"), ("关于推进某工作的纪要", "纪要"),
                                            ("关于申请拨付资金的请示", "请示"), ("关于2022年工作情况的报告", "报告"),
                                            ("关于商请提供统计资料的函", "函"), ("关于征求《某办法》意见的函", "函")])
def test_process_information_is_withheld_without_review_article_16(title, doc_type):
    d = decide(md(title=title, doc_type=doc_type), [])
    assert _state(d) == ("不予公开", "不予公开", "rules", False, False)
    assert d.basis[0] == ART("十六")


@pytest.mark.parametrize("title,doc_type", [("某市物业管理办法（征求意见稿）", None), ("某市物业管理条例（草案）", None),
                                            ("关于某某办法（草案）的请示", "请示")])
def test_a_draft_may_be_the_text_put_out_for_comment_and_stays_with_the_reviewer(title, doc_type):
    d = decide(md(title=title, doc_type=doc_type), [])
    assert _state(d) == ("依申请公开", "待审", "rules", True, False)
    assert ART("十六") in d.basis


def test_process_information_with_a_mobile_stays_with_the_reviewer():
    d = decide(md(title="关于2022年工作情况的报告", doc_type="报告"), [finding("mobile", "review")])
    assert (d.proposed, d.needs_review) == ("依申请公开", True)


@pytest.mark.parametrize("marker", ["依申请公开", "不予公开"])
def test_process_information_printed_with_a_restrictive_marker_is_decided_by_it(marker):
    d = decide(md(title="关于申请拨付资金的请示", doc_type="请示", disclosure_marker=marker), [])
    assert _state(d) == (marker, marker, "marker", False, False)


@pytest.mark.parametrize("title", ["2023年某市人民政府工作报告", "某区2022年政府信息公开工作年度报告",
                                   "关于2022年度市级预算执行情况的报告"])
def test_reports_owed_to_the_public_are_not_process_information(title):
    d = decide(md(title=title, doc_type="报告"), [])
    assert _state(d) == ("主动公开", "待审", "rules", True, False)


def test_public_consultation_is_published_although_it_carries_a_draft():
    d = decide(md(title="关于公开征求《某市物业管理办法（征求意见稿）》意见的公告", doc_type="公告"), [])
    assert _state(d) == ("主动公开", "主动公开", "rules", False, False)


@pytest.mark.parametrize("title,doc_type", [("关于印发《某市住宅专项维修资金管理办法》的通知", "通知"),
                                            ("某市城市道路挖掘管理办法", "令"), ("关于进一步降低企业成本的实施意见", "意见"),
                                            ("关于2023年第二季度食品安全监督抽检情况的公告", "公告"),
                                            ("关于在中心城区禁止燃放烟花爆竹的通告", "通告")])
def test_normative_documents_and_public_notices_are_published(title, doc_type):
    d = decide(md(title=title, doc_type=doc_type), [])
    assert _state(d) == ("主动公开", "主动公开", "rules", False, False)
    assert d.basis == [ART("十九"), ART("二十")]


def test_public_matters_in_the_title_are_published_in_the_body_only_proposed():
    d = decide(md(title="关于做好2022年普通高校毕业生就业创业工作的通知", doc_type="通知"), [])
    assert _state(d) == ("主动公开", "主动公开", "rules", False, False)
    d = decide(md(title="关于做好有关工作的通知", doc_type="通知",
                  body="各地要切实维护人民群众利益，帮助企业纾困，保障居民生活。"), [])
    assert _state(d) == ("主动公开", "待审", "rules", True, False)


def test_one_public_word_in_the_body_is_not_enough():
    d = decide(md(title="关于做好有关工作的通知", doc_type="通知", body="请各单位做好企业服务。"), [])
    assert (d.proposed, d.needs_review, d.basis) == ("依申请公开", True, [ART("二十七")])


def test_undetermined_goes_to_review_and_is_not_published():
    d = decide(md(), [])
    assert _state(d) == ("依申请公开", "待审", "rules", True, False)
    assert "人工认定" in d.reasons[0]


def test_unreadable_record_is_held_for_review():
    record = review(Record(file="x.pdf", status="error", error=ErrorInfo(code=ErrorCode.corrupt_file, message="坏")))
    d = record.disclosure
    assert (d.attribute, d.needs_review, d.proposed) == ("待审", True, "不予公开")
    assert record.findings == []


# -- the one failure that must never happen --------------------------------------------------

def test_classified_or_id_or_card_never_published_without_review_in_any_combination():
    markers = [None, "主动公开", "依申请公开", "不予公开"]
    titles = [("关于印发《某办法》的通知", "通知"), ("关于某事项的公告", "公告"), ("关于某事项的函", "函")]
    dangerous = [([finding("state_secret")], "秘密"), ([finding("id_card")], None), ([finding("bank_card")], None)]
    for marker, (title, doc_type), (found, classification) in itertools.product(markers, titles, dangerous):
        d = decide(md(title=title, doc_type=doc_type, disclosure_marker=marker, classification=classification), found)
        assert d.attribute != "主动公开", (marker, title, found)


def test_safety_net_holds_even_when_the_rule_file_drops_the_restrictive_rules():
    rules = load_disclosure_rules()
    lax = dataclasses.replace(rules, rules=tuple(r for r in rules.rules if not r.overrides_marker))
    for found, classification in [([finding("state_secret")], "秘密"), ([finding("id_card")], None), ([finding("bank_card")], None)]:
        d = decide(md(disclosure_marker="主动公开", classification=classification), found, lax)
        assert (d.attribute, d.needs_review, d.conflict) == ("待审", True, True)
        d = decide(md(title="关于印发《某办法》的通知", doc_type="通知", classification=classification), found, lax)
        assert d.attribute == "待审"


# -- the rule file ----------------------------------------------------------------------------

def test_rule_file_loads_in_order_and_every_rule_has_basis_and_reason():
    rules = load_disclosure_rules()
    ids = [r.id for r in rules.rules]
    assert ids[:3] == ["state_secret", "internal_mark", "personal_information"]
    assert ids.index("process_information") < ids.index("normative_and_public_policy")
    for rule in (*rules.rules, rules.default):
        assert rule.basis and rule.reason, rule.id


def test_rule_file_rejects_unknown_conditions_and_attributes():
    with pytest.raises(ValueError, match="titles"):
        DisclosureRule.model_validate({"id": "x", "proposed": "主动公开", "when": {"titles": ["办法"]}})
    with pytest.raises(ValueError, match="proposed"):
        DisclosureRule.model_validate({"id": "x", "proposed": "公开", "when": {}})


def test_phrase_cues_run_on_spacy_blank_zh():
    cues = PhraseCues({"a": ["会议纪要", "征求意见稿"], "b": ["办法"]})
    hits = cues.find("关于《某办法（征求意见稿）》的会议纪要")
    assert [(h.key, h.phrase) for h in hits] == [("b", "办法"), ("a", "征求意见稿"), ("a", "会议纪要")]
    assert cues.find(None) == []


# -- review() on a record -----------------------------------------------------------------------

def test_review_on_a_record_with_a_resident_id_and_a_public_marker():
    number = make_id()
    record = Record(file="x", metadata=Metadata(title="关于典型案例的通报", doc_type="通报", disclosure_marker="主动公开",
                                                body=f"当事人张某某（身份证号码{number}）骗取待遇。"))
    review(record)
    assert _state(record.disclosure) == ("依申请公开", "待审", "rules", True, True)
    assert [f.kind for f in record.findings] == ["id_card"]
    assert number not in record.metadata.body_redacted


# -- periodic review -------------------------------------------------------------------------

def _withheld(**kw):
    m = md(signed_date="2023-08-02", **kw)
    return m, decide(m, [finding("state_secret")] if m.classification else [finding("internal_mark", "review")])


def test_secrecy_period_expired_makes_a_candidate():
    m, d = _withheld(classification="秘密", classification_period="1年")
    assert d.proposed == "不予公开"
    before = check_lapse(m, d, dt.date(2024, 8, 1))
    assert not before.candidate and "2024-08-02" in before.reason
    after = check_lapse(m, d, dt.date(2024, 8, 2))
    assert after.candidate and after.lapsed_on == "2024-08-02" and "届满" in after.reason


def test_months_period_and_month_end():
    assert add_period(dt.date(2022, 3, 14), "6个月") == dt.date(2022, 9, 14)
    assert add_period(dt.date(2023, 8, 31), "6个月") == dt.date(2024, 2, 29)
    assert add_period(dt.date(2023, 1, 1), "长期") is None
    m, d = _withheld(classification="机密", classification_period="6个月")
    assert check_lapse(m, d, dt.date(2024, 2, 2)).candidate


def test_long_term_never_lapses():
    m, d = _withheld(classification="绝密", classification_period="长期")
    result = check_lapse(m, d, dt.date(2099, 1, 1))
    assert not result.candidate and "长期" in result.reason


def test_no_printed_period_uses_the_legal_default():
    m, d = _withheld(classification="秘密")
    assert not check_lapse(m, d, dt.date(2033, 8, 1)).candidate
    assert check_lapse(m, d, dt.date(2033, 8, 2)).candidate


def test_other_grounds_do_not_lapse_with_the_secrecy_period():
    m, d = _withheld(classification="秘密", classification_period="1年", title="关于申请拨付资金的请示", doc_type="请示")
    result = check_lapse(m, d, dt.date(2030, 1, 1))
    assert not result.candidate and ART("十六") in result.reason
    m, d = _withheld()  # internal mark, no classification
    assert not check_lapse(m, d, dt.date(2030, 1, 1)).candidate


def test_published_documents_need_no_periodic_review():
    m = md(disclosure_marker="主动公开")
    assert not check_lapse(m, decide(m, []), dt.date(2030, 1, 1)).candidate


# -- the benchmark ----------------------------------------------------------------------------

def test_disclosure_eval_scores_agreement_and_counts_unsafe_outcomes(tmp_path):
    import json
    import subprocess
    import sys
    from pathlib import Path

    from tests.make_docs import make_pdf

    make_pdf(tmp_path / "public.pdf")
    make_pdf(tmp_path / "secret.pdf", [("text", "秘密★1年"), ("mark", "某局文件"), ("number", "某发〔2023〕1号"),
                                       ("title", "关于某事项的通知"), ("text", "各单位："), ("text", "请遵照执行。"),
                                       ("right", "某局"), ("right", "2023年8月2日")])
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(e, ensure_ascii=False) for e in [
        {"file": "public.pdf", "expected_attribute": "主动公开"},
        {"file": "secret.pdf", "expected_attribute": "不予公开"},
        {"file": "public.pdf", "title": "no expected_attribute: not scored"},
    ]), encoding="utf-8")
    script = Path(__file__).resolve().parents[1] / "benchmarks" / "disclosure_eval.py"
    run = subprocess.run([sys.executable, str(script), str(gold), str(tmp_path), "--format", "json"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert (result["documents"], result["agreement"], result["unsafe"]) == (2, 1.0, 0)
    assert result["confusion"]["不予公开"]["不予公开"] == 1 and result["review_share"] == 0.0


def test_an_unread_picture_sends_a_document_withheld_by_its_marker_to_a_reviewer():
    # withholding is no safe end for a page that may carry a stamped 机密: secret documents leave the library
    d = decide(md(disclosure_marker="不予公开"), [finding("unread_picture", "block")])
    assert (d.proposed, d.attribute, d.needs_review) == ("不予公开", "待审", True)
    assert any("图片" in r for r in d.reasons)


def test_consistent_markers_let_a_laxer_marker_decide_and_a_conflict_still_go_to_review():
    base = load_disclosure_rules()
    title = "关于印发《局机关公文处理实施细则》的通知"
    agreed = decide(md(title=title, doc_type="通知", disclosure_marker="依申请公开"), [], base)
    assert _state(agreed) == ("依申请公开", "依申请公开", "marker", False, False)
    conflict = decide(md(title=title, doc_type="通知", disclosure_marker="主动公开"), [], base)
    assert _state(conflict) == ("不予公开", "待审", "rules", True, True)
    # without the list, the same rule contradicts 依申请公开 too: a reviewer decides
    strict = base.__class__(**{**base.__dict__, "rules": tuple(
        r.__class__(**{**r.__dict__, "consistent_markers": frozenset()}) for r in base.rules)})
    d = decide(md(title=title, doc_type="通知", disclosure_marker="依申请公开"), [], strict)
    assert (d.proposed, d.needs_review, d.conflict) == ("不予公开", True, False)


def test_an_internal_mark_beside_a_printed_on_request_marker_still_goes_to_review():
    d = decide(md(title="关于印发《局机关公文处理实施细则》的通知", doc_type="通知", disclosure_marker="依申请公开"),
               [finding("internal_mark", "review")])
    assert (d.proposed, d.needs_review) == ("不予公开", True)


@pytest.mark.parametrize("title", ["关于开展2024年度机关作风建设专项督查的通知", "关于严格执行领导干部外出报备制度的通知"])
def test_notices_about_the_organs_own_people_are_withheld_and_reviewed_only_with_a_finding(title):
    body = "各乡镇人民政府，县政府各部门：请认真执行，维护群众利益。"
    d = decide(md(title=title, doc_type="通知", body=body), [])
    assert _state(d) == ("不予公开", "不予公开", "rules", False, False)
    d = decide(md(title=title, doc_type="通知", body=body), [finding("mobile", "review")])
    assert d.needs_review and d.attribute == "待审"


def test_consistent_markers_are_checked_by_the_schema():
    with pytest.raises(ValueError):
        DisclosureRule.model_validate({"id": "x", "proposed": "不予公开", "consistent_markers": ["公开"]})
