"""Issue 12 class 9: an office's own internal working rules are internal affairs (Art. 16) even when
printed 主动公开, and a 主动公开 marker beside them goes to a reviewer as a conflict; printed 依申请公开
they agree with the marker; rules on how citizens submit papers stay public. Real generated PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest

from normdocs.extractors import extract_file
from normdocs.review import review
from tests.make_docs import make_pdf


def _rules_notice(issuer: str, title: str, recipients: str, body: list[str], note: str | None) -> list[tuple[str, str]]:
    lines = [("mark", f"{issuer}文件"), ("number", "沅发改办〔2023〕6号"), ("title", title), ("text", recipients),
             *(("text", p) for p in body), ("right", issuer), ("right", "2023年4月3日")]
    if note:
        lines.append(("text", note))
    return [*lines, ("text", f"{issuer} 2023年4月3日印发")]


def _decided(path: Path):
    record = review(extract_file(path, keep_layout=True))
    d = record.disclosure
    return (d.proposed, d.attribute, d.needs_review, d.conflict), record


OWN_RULES = [
    # document handling, with the body cues of internal_working_rules
    ("沅州市发展和改革委员会", "沅州市发展和改革委员会关于印发《委机关公文处理办法》的通知", "委机关各处室，各直属单位：",
     ["收文由办公室统一进行收文登记。", "发文由拟稿人起草，经核稿人核稿后签发。"]),
    # logistics rules addressed to the organ's own units, no body cue at all
    ("枫林县财政局", "枫林县财政局关于印发《局机关办公用品领用管理规定》的通知", "局机关各股室，各下属单位：",
     ["办公用品由办公室统一保管，按月领用并登记。"]),
]


@pytest.mark.parametrize("issuer,title,recipients,body", OWN_RULES)
def test_internal_working_rules_printed_public_go_to_review_as_a_conflict(tmp_path, issuer, title, recipients, body):
    state, record = _decided(make_pdf(tmp_path / "r.pdf", _rules_notice(issuer, title, recipients, body, "（此件主动公开）")))
    assert record.metadata.disclosure_marker == "主动公开"
    assert state == ("不予公开", "待审", True, True), record.disclosure.reasons
    assert any("冲突" in r for r in record.disclosure.reasons)


@pytest.mark.parametrize("issuer,title,recipients,body", OWN_RULES)
def test_internal_working_rules_without_a_marker_are_withheld_without_review(tmp_path, issuer, title, recipients, body):
    state, record = _decided(make_pdf(tmp_path / "r.pdf", _rules_notice(issuer, title, recipients, body, None)))
    assert state == ("不予公开", "不予公开", False, False), record.disclosure.reasons
    assert record.disclosure.basis[0] == "政府信息公开条例第十六条"


@pytest.mark.parametrize("issuer,title,recipients,body", OWN_RULES)
def test_internal_working_rules_printed_on_request_agree_with_their_marker(tmp_path, issuer, title, recipients, body):
    state, record = _decided(make_pdf(tmp_path / "r.pdf", _rules_notice(issuer, title, recipients, body, "（此件依申请公开）")))
    assert state == ("依申请公开", "依申请公开", False, False), record.disclosure.reasons
    assert record.disclosure.source == "marker"


@pytest.mark.parametrize("issuer,title,recipients,body", [
    # how citizens submit petitions: a public rule, although it speaks of 受理 and 登记
    ("枫林县信访局", "枫林县信访局关于印发《群众来信来访受理办理规定》的通知", "局机关各股室，各乡镇信访办：",
     ["信访人可以通过书信、网络、走访等形式提出信访事项。", "收到信访事项后进行登记，15日内告知信访人是否受理。"]),
    # how enterprises hand in their registration papers
    ("沅州市行政审批服务局", "沅州市行政审批服务局关于印发《企业开办申请材料提交规范》的通知", "局机关各科室，各区行政审批服务局：",
     ["申请人可通过网上办事大厅或窗口提交申请材料，材料齐全的当场受理。"]),
    # a government's own 工作规则, sent to the governments below it: its organisation, published
    ("沅州市人民政府", "沅州市人民政府关于印发《沅州市人民政府工作规则》的通知", "各区人民政府，市政府各部门：",
     ["市政府实行市长负责制，市政府全体会议、常务会议的组成和议事范围按本规则执行。"]),
])
def test_rules_on_how_the_public_deals_with_an_office_stay_public(tmp_path, issuer, title, recipients, body):
    state, record = _decided(make_pdf(tmp_path / "p.pdf", _rules_notice(issuer, title, recipients, body, "（此件主动公开）")))
    assert state == ("主动公开", "主动公开", False, False), record.disclosure.reasons
