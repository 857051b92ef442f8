"""Disclosure classes of round 9 (issue 9), on real generated files: a 公示 or 公告 about posts
and people speaks to the public by its 文种, a 岗位调整 inside an organ is personnel management,
budgets and final accounts whose title is not read are proposed public for a reviewer; and the
near misses both ways."""

from __future__ import annotations

from pathlib import Path

from normdocs.extractors import extract_file
from normdocs.review import review
from tests.make_docs import make_pdf
from tests.test_findings import make_id


def _doc(issuer: str, title: str, recipients: str, *body: str) -> list[tuple[str, str]]:
    lines = [("mark", f"{issuer}文件"), ("number", "清政〔2024〕12号"), ("title", title)]
    if recipients:
        lines.append(("text", recipients))
    lines += [("text", b) for b in body]
    return lines + [("right", issuer), ("right", "2024年3月12日"), ("text", f"{issuer} 2024年3月12日印发")]


def _decided(path: Path):
    record = review(extract_file(path, keep_layout=True))
    d = record.disclosure
    return (d.proposed, d.attribute, d.needs_review), record


ORG = "中共清河县委组织部"
PRE_APPOINTMENT = ("根据《党政领导干部选拔任用工作条例》，现将拟任职干部情况予以公示。",
                   "赵某某，男，1978年6月生，现任县农业农村局副局长，拟任县农业农村局局长。",
                   "公示期间，如有情况反映，请向县委组织部反映。举报电话：0719-5812345。")


def test_a_pre_appointment_publicity_is_published(tmp_path):
    state, _ = _decided(make_pdf(tmp_path / "gongshi.pdf", _doc(ORG, "清河县拟任职干部任前公示", "", *PRE_APPOINTMENT)))
    assert state == ("主动公开", "主动公开", False)


def test_the_same_publicity_printing_an_id_number_goes_to_review(tmp_path):
    lines = _doc(ORG, "清河县拟任职干部任前公示", "", *PRE_APPOINTMENT, f"身份证号码{make_id()}。")
    state, record = _decided(make_pdf(tmp_path / "gongshi.pdf", lines))
    assert "id_card" in {f.kind for f in record.findings}
    assert state[1] == "待审" and state[2]


def test_a_recruitment_announcement_for_staff_is_published(tmp_path):
    lines = _doc("清河县人力资源和社会保障局", "清河县2024年事业单位公开招聘工作人员公告", "",
                 "经县人民政府同意，2024年县直事业单位公开招聘工作人员86名。", "咨询电话：0719-5845678。")
    state, _ = _decided(make_pdf(tmp_path / "zhaopin.pdf", lines))
    assert state == ("主动公开", "主动公开", False)


def test_an_appointment_notice_is_still_withheld_as_personnel(tmp_path):
    # the near miss the other way: the same words in a 通知 are the organ's personnel management
    lines = _doc("清河县财政局", "清河县财政局关于李某某同志任职的通知", "局机关各股室：",
                 "经局党组研究决定，李某某同志任预算股股长，试用期一年。")
    state, _ = _decided(make_pdf(tmp_path / "renzhi.pdf", lines))
    assert state[0] == "不予公开" and state[1] != "主动公开"


BUREAU = "清河县财政局"
POSTS = ("根据工作需要，经局党组研究，决定对以下同志岗位进行调整：", "王某同志由预算股调整到国库股工作。")


def test_a_post_change_inside_a_bureau_is_withheld_as_personnel(tmp_path):
    lines = _doc(BUREAU, f"{BUREAU}关于王某等同志岗位调整的通知", "局机关各股室、局属各单位：", *POSTS)
    state, _ = _decided(make_pdf(tmp_path / "gangwei.pdf", lines))
    assert state == ("不予公开", "不予公开", False)


def test_the_same_post_change_with_a_mobile_goes_to_review(tmp_path):
    lines = _doc(BUREAU, f"{BUREAU}关于王某等同志岗位调整的通知", "局机关各股室、局属各单位：", *POSTS,
                 "联系电话13912345678。")
    state, record = _decided(make_pdf(tmp_path / "gangwei.pdf", lines))
    assert "mobile" in {f.kind for f in record.findings}
    assert state[1] == "待审" and state[2]


def test_a_public_jobs_notice_mentioning_posts_is_not_withheld(tmp_path):
    lines = _doc("清河县人力资源和社会保障局", "清河县人力资源和社会保障局关于公开招聘公益性岗位人员的公告", "",
                 "为帮扶就业困难人员就业，现面向社会公开招聘公益性岗位人员30名。")
    state, _ = _decided(make_pdf(tmp_path / "gongyi.pdf", lines))
    assert state[0] == "主动公开"


BUDGET = ("2024年县级一般公共预算收入安排12.6亿元，比上年增长5%。",
          "一般公共预算支出安排28.4亿元，主要用于教育、社会保障和就业等民生领域。")


def test_a_budget_explanation_is_proposed_public_for_a_reviewer(tmp_path):
    """No title the parser reads: the body's budget phrases propose 主动公开, for a reviewer."""
    lines = [*(("text", b) for b in BUDGET), ("right", BUREAU), ("right", "2024年1月25日")]
    state, _ = _decided(make_pdf(tmp_path / "yusuan.pdf", lines))
    assert state == ("主动公开", "待审", True)


def test_a_budget_explanation_with_its_title_read_is_published(tmp_path):
    """关于…预算的说明 read as the title (titles8's forms): the title's 预算 publishes it (Art. 20)."""
    lines = [("title", "关于清河县2024年县级预算的说明"), *(("text", b) for b in BUDGET),
             ("right", BUREAU), ("right", "2024年1月25日")]
    state, record = _decided(make_pdf(tmp_path / "yusuan.pdf", lines))
    assert record.metadata.title == "关于清河县2024年县级预算的说明"
    assert state == ("主动公开", "主动公开", False)


def test_a_request_about_the_budget_is_not_published(tmp_path):
    lines = _doc(BUREAU, f"{BUREAU}关于调整2024年县级一般公共预算的请示", "县人民政府：", *BUDGET, "妥否，请批示。")
    state, _ = _decided(make_pdf(tmp_path / "qingshi.pdf", lines))
    assert state[0] != "主动公开" and state[1] != "主动公开"
