"""Disclosure classes of round 8 (issue 9), on real generated files: letters and replies to one
body are never published by a public word in their title, replies to a company or school are
that body's, notices on the organs' own people are withheld; and the near misses both ways."""

from __future__ import annotations

from pathlib import Path

from normdocs.extractors import extract_file
from normdocs.review import review
from tests.make_docs import make_pdf
from tests.test_findings import make_id


def _doc(issuer: str, title: str, recipients: str, body: str) -> list[tuple[str, str]]:
    return [("mark", f"{issuer}文件"), ("number", "清人社函〔2024〕22号"), ("title", title), ("text", recipients),
            ("text", body), ("right", issuer), ("right", "2024年3月12日"), ("text", f"{issuer} 2024年3月12日印发")]


def _decided(path: Path):
    record = review(extract_file(path, keep_layout=True))
    d = record.disclosure
    return (d.proposed, d.attribute, d.needs_review), record


HRSS = "清河市人力资源和社会保障局"


def test_a_consultation_letter_on_a_public_subject_is_process_information_withheld(tmp_path):
    lines = _doc(HRSS, f"{HRSS}关于商洽共建大学生就业见习基地的函", "清河师范学院：",
                 "为拓宽高校毕业生就业渠道，我局拟与贵院共建就业见习基地，现就有关事项与贵院商洽。")
    state, _ = _decided(make_pdf(tmp_path / "letter.pdf", lines))
    assert state == ("不予公开", "不予公开", False)


def test_the_same_letter_with_a_mobile_number_goes_to_review(tmp_path):
    lines = _doc(HRSS, f"{HRSS}关于商洽共建大学生就业见习基地的函", "清河师范学院：",
                 "现就有关事项与贵院商洽。联系人：王某，联系电话13912345678。")
    state, record = _decided(make_pdf(tmp_path / "letter.pdf", lines))
    assert "mobile" in {f.kind for f in record.findings}
    assert state[1] == "待审" and state[2]


def test_a_letter_with_a_public_subject_in_its_title_is_not_published_unreviewed(tmp_path):
    # 就业 in the title published any document before; a 函 goes to one body whatever its subject
    lines = _doc(HRSS, f"{HRSS}关于就业见习补贴资金有关问题的函", "清河市财政局：",
                 "我市2024年就业见习补贴资金尚有缺口，请予支持。")
    state, _ = _decided(make_pdf(tmp_path / "letter.pdf", lines))
    assert state[1] != "主动公开"


def test_the_same_subject_in_a_notice_to_the_public_bodies_below_stays_public(tmp_path):
    lines = _doc(HRSS, f"{HRSS}关于做好2024年就业见习补贴发放工作的通知", "各区人力资源和社会保障局：",
                 "为促进高校毕业生就业，现就做好就业见习补贴发放工作通知如下。")
    state, _ = _decided(make_pdf(tmp_path / "notice.pdf", lines))
    assert state[0] == "主动公开"


LAND = "清河市自然资源和规划局"


def test_a_reply_to_one_company_is_released_on_request(tmp_path):
    # the issuer's own name puts 规划 in the title: not a plan approved for everyone living there
    lines = _doc(LAND, f"{LAND}关于清河某某置业有限公司土地使用权续期有关问题的复函", "清河某某置业有限公司：",
                 "你公司《关于土地使用权续期的申请》收悉。经研究，同意按规定办理续期手续。")
    state, _ = _decided(make_pdf(tmp_path / "reply.pdf", lines))
    assert state == ("依申请公开", "依申请公开", False)


def test_a_plan_approved_for_a_town_still_goes_to_a_reviewer_as_public(tmp_path):
    lines = _doc("柳林县人民政府", "柳林县人民政府关于同意《城关镇总体规划》的批复", "城关镇人民政府：",
                 "你镇《关于审批城关镇总体规划的请示》收悉。经研究，同意《城关镇总体规划》。")
    state, _ = _decided(make_pdf(tmp_path / "reply.pdf", lines))
    assert state == ("主动公开", "待审", True)


OFFICE = "蓝田县人民政府办公室"


def test_a_notice_on_the_organs_own_cadres_is_withheld_without_review(tmp_path):
    lines = _doc(OFFICE, f"{OFFICE}关于组织机关干部参加无偿献血活动的通知", "各镇人民政府，县政府各部门：",
                 "请各单位于6月14日前将参加人员名单报县政府办公室。")
    state, _ = _decided(make_pdf(tmp_path / "notice.pdf", lines))
    assert state == ("不予公开", "不予公开", False)


def test_the_same_notice_with_a_resident_id_goes_to_review(tmp_path):
    lines = _doc(OFFICE, f"{OFFICE}关于组织机关干部参加无偿献血活动的通知", "各镇人民政府，县政府各部门：",
                 f"联系人身份证号：{make_id()}。")
    state, record = _decided(make_pdf(tmp_path / "notice.pdf", lines))
    assert "id_card" in {f.kind for f in record.findings}
    assert state[1] == "待审" and state[2]


def test_a_public_selection_of_cadres_is_not_withheld_as_internal(tmp_path):
    lines = _doc(OFFICE, f"{OFFICE}关于公开选调领导干部的公告", "",
                 "根据工作需要，面向社会公开选调领导干部5名，符合条件的人员可报名。")
    state, _ = _decided(make_pdf(tmp_path / "notice.pdf", lines))
    assert state[0] != "不予公开"


SCI = "清河市科学技术局"


def test_a_gongshi_is_read_as_its_type_and_published(tmp_path):
    # 公示 is not among the 15 文种: its title went unread and the document to the default before
    lines = _doc(SCI, f"{SCI}关于2024年度拟认定科技型中小企业名单的公示", "",
                 "经企业申报、专家评审，拟认定36家企业为科技型中小企业，公示期为7个工作日。")
    state, record = _decided(make_pdf(tmp_path / "gongshi.pdf", lines))
    assert (record.metadata.doc_type, record.metadata.title) == ("公示", f"{SCI}关于2024年度拟认定科技型中小企业名单的公示")
    assert state == ("主动公开", "主动公开", False)


def test_a_gongshi_printing_a_resident_id_goes_to_review(tmp_path):
    lines = _doc(SCI, f"{SCI}关于2024年度拟认定科技型中小企业名单的公示", "",
                 f"拟认定企业法定代表人李某某，公民身份号码{make_id()}，公示期为7个工作日。")
    state, record = _decided(make_pdf(tmp_path / "gongshi.pdf", lines))
    assert "id_card" in {f.kind for f in record.findings}
    assert state[1] == "待审" and state[2]


def test_a_huibao_is_a_report_withheld_as_process_information(tmp_path):
    lines = _doc("柳林县应急管理局", "柳林县应急管理局关于2024年上半年安全生产工作情况的汇报", "中共柳林县委：",
                 "上半年，全县未发生较大以上生产安全事故。")
    state, record = _decided(make_pdf(tmp_path / "huibao.pdf", lines))
    assert record.metadata.doc_type == "报告"
    assert state == ("不予公开", "不予公开", False)


def test_a_huibao_with_a_secret_mark_stays_withheld_and_marked(tmp_path):
    lines = [("text", "秘密★5年"), *_doc("柳林县应急管理局", "柳林县应急管理局关于2024年上半年安全生产工作情况的汇报",
                                      "中共柳林县委：", "上半年，全县未发生较大以上生产安全事故。")]
    state, record = _decided(make_pdf(tmp_path / "huibao.pdf", lines))
    assert record.metadata.classification
    assert state[1] != "主动公开"


FIN = "石岭县财政局"


def test_a_notice_to_the_organs_own_sections_alone_is_withheld_without_review(tmp_path):
    lines = _doc(FIN, f"{FIN}关于开展机关文明科室评选活动的通知", "局机关各股室：", "各股室于11月30日前报送自评材料。")
    state, _ = _decided(make_pdf(tmp_path / "notice.pdf", lines))
    assert state == ("不予公开", "不予公开", False)


def test_the_same_recipients_on_a_notice_about_applicants_are_not_withheld_unreviewed(tmp_path):
    lines = _doc(FIN, f"{FIN}关于优化企业申请材料办理流程的通知", "局机关各股室：", "自即日起，企业可通过网上提交申请材料。")
    state, _ = _decided(make_pdf(tmp_path / "notice.pdf", lines))
    assert state != ("不予公开", "不予公开", False)


def test_the_same_notice_with_a_mobile_number_goes_to_review(tmp_path):
    lines = _doc(FIN, f"{FIN}关于开展机关文明科室评选活动的通知", "局机关各股室：", "联系人：王某，联系电话13912345678。")
    state, _ = _decided(make_pdf(tmp_path / "notice.pdf", lines))
    assert state[1] == "待审" and state[2]


def test_a_reply_setting_fees_goes_to_a_reviewer_as_public(tmp_path):
    lines = _doc("石岭县发展和改革局", "石岭县发展和改革局关于城区公办幼儿园保育教育费标准的批复", "县教育局：",
                 "你局请示收悉。经研究，核定城区公办幼儿园保育教育费标准为每生每月400元。")
    state, _ = _decided(make_pdf(tmp_path / "reply.pdf", lines))
    assert state == ("主动公开", "待审", True)


def test_a_public_subject_sent_to_the_organs_sections_and_to_the_public_is_not_withheld_unreviewed(tmp_path):
    # heldout1 d10: its sections are one recipient among the public's (使用单位), its title a public matter
    lines = _doc("清河市市场监督管理局", "清河市市场监督管理局关于开展电梯安全隐患专项排查整治的通知",
                 "各市场监管所，局机关各股室，各电梯使用单位：", "为保障群众乘梯安全，决定开展电梯安全隐患专项排查整治。")
    state, _ = _decided(make_pdf(tmp_path / "notice.pdf", lines))
    assert state != ("不予公开", "不予公开", False)
