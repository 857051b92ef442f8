#!/usr/bin/env python3
"""Eleventh held-out set, for the disclosure attribute: written after the last disclosure8 change (heldout10 tuning), scored once.

    python benchmarks/heldout11_gen.py OUTDIR [--labels FILE]

22 documents in heldout4_gen.py's renderers, in kinds, issuers and wordings not in heldout1-10:
rural toilet upgrading, a winter swimming ban, a drug-recall 公告, elderly-care bed subsidies, a
flood-season reservoir 通告, a civil-servant exam 公告, rental housing subsidies, a 决定 abolishing
normative documents; the organs' own computer purchases, a staff sports meeting, a unit's seal
management; a request for a post-disaster grant, a consultation 函 on a boundary, a 纪要 of a
director's meeting, a 报告 on an inspection's findings rectified; a reply on a market's
relocation, a reply to one hospital on equipment; a 秘密 mark, a 内部资料 mark, a bank card in a
compensation notice, a printed 此件公开发布 on a staff-discipline 通报. Each label was decided from
the document's content by REFERENCE.md section 3 (a printed 附注 first unless the content
contradicts it; else Art. 14/15/16/19-20/27) when the document was written, before normdocs ran
on it. Names are fictional.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout4_gen import doc, write_set  # noqa: E402

D = [
    # -- public
    doc("a01_rural_toilets", "pdf", "松原县人民政府办公室", "松政办发〔2024〕17号",
        "松原县人民政府办公室关于推进农村户厕改造工作的通知", "各乡镇人民政府，县直有关单位：",
        ["为改善农村人居环境，提高农民群众生活质量，现就推进农村户厕改造工作通知如下。",
         "一、2024年完成户厕改造3000户。", "二、对改造农户每户补助1200元。"],
        "2024年3月12日", "主动公开", "rural toilet upgrading with subsidies for farmers (Art.20)"),
    doc("a02_winter_swimming_ban", "html", "霞浦市水务局", "霞水通〔2024〕1号",
        "霞浦市水务局关于禁止在城区河道冬泳的通告", "",
        ["为保障市民生命安全，自即日起禁止在城区河道及湖泊冬泳。", "违者由管理人员劝离。"],
        "2024年11月20日", "主动公开", "safety ban for residents (Art.20)"),
    doc("a03_drug_recall_gonggao", "txt", "霞浦市市场监督管理局", "霞市监告〔2024〕6号",
        "霞浦市市场监督管理局关于召回不合格药品的公告", "",
        ["经抽样检验，某某药业有限公司生产的批号为20240312的感冒颗粒不合格。", "请患者停止使用，并到购买药店退货。"],
        "2024年5月16日", "主动公开", "drug quality results and recall (Art.20 product quality)"),
    doc("a04_care_bed_subsidy", "docx", "霞浦市民政局", "霞民发〔2024〕9号",
        "霞浦市民政局关于实施养老机构床位运营补贴的通知", "各区民政局，各养老机构：",
        ["为支持养老服务发展，对收住失能老年人的养老机构给予床位运营补贴。", "每张床位每月补贴300元。"],
        "2024年4月2日", "主动公开", "subsidy policy for care homes (Art.20 social welfare)"),
    doc("a05_reservoir_flood_tonggao", "pdf", "松原县防汛抗旱指挥部", "松防指通〔2024〕3号",
        "松原县防汛抗旱指挥部关于青山水库开闸泄洪的通告", "",
        ["因连续降雨，青山水库将于6月20日14时开闸泄洪。", "请下游沿河群众远离河道，注意安全。"],
        "2024年6月19日", "主动公开", "flood release warning to residents (Art.20 emergency)"),
    doc("a06_civil_servant_exam", "html", "霞浦市公务员局", "霞公考〔2024〕1号",
        "霞浦市2024年度考试录用公务员公告", "",
        ["经省公务员主管部门批准，我市2024年度计划考试录用公务员210名。", "报名时间为2月1日至2月7日。"],
        "2024年1月25日", "主动公开", "civil-service recruitment (Art.20)"),
    doc("a07_rental_subsidy", "txt", "松原县住房和城乡建设局", "松住建发〔2024〕6号",
        "松原县住房和城乡建设局关于开展2024年度城镇住房保障家庭租赁补贴申请工作的通知", "各乡镇人民政府，各社区居民委员会：",
        ["符合条件的城镇中低收入住房困难家庭可申请租赁补贴。", "申请人持户口簿等材料到所在社区申请。"],
        "2024年2月18日", "主动公开", "housing allowance applications (Art.20 housing security)"),
    doc("a08_abolish_documents_decision", "docx", "霞浦市人民政府", "霞政发〔2024〕5号",
        "霞浦市人民政府关于废止部分行政规范性文件的决定", "各区人民政府，市政府各部门：",
        ["经清理，市政府决定废止《霞浦市城市房屋拆迁管理办法》等12件行政规范性文件。", "本决定自公布之日起施行。"],
        "2024年3月30日", "主动公开", "abolishing normative documents (Art.19)"),
    # -- the organs' own work
    doc("b01_computer_purchases", "pdf", "霞浦市审计局", "霞审办〔2024〕4号",
        "霞浦市审计局办公室关于集中采购局机关办公计算机的通知", "局机关各科室：",
        ["为保障工作需要，局办公室拟集中采购办公计算机20台。", "请各科室于3月15日前报送需求数量。"],
        "2024年3月8日", "不予公开", "the bureau's own equipment (Art.16 后勤管理)"),
    doc("b02_staff_sports_meeting", "html", "松原县总工会", "松工发〔2024〕7号",
        "松原县总工会关于举办全县机关干部职工趣味运动会的通知", "县直各单位工会：",
        ["为丰富机关干部职工业余文化生活，县总工会决定举办全县机关干部职工趣味运动会。", "请各单位于9月20日前报名。"],
        "2024年9月5日", "不予公开", "an event for the organs' own staff (Art.16 内部事务)"),
    doc("b03_seal_management", "txt", "霞浦市交通运输局", "霞交发〔2024〕11号",
        "霞浦市交通运输局关于进一步加强印章管理的通知", "局机关各科室，局属各单位：",
        ["各单位印章由专人保管，用印须履行审批手续。", "严禁在空白文件上加盖印章。"],
        "2024年5月20日", "不予公开", "the bureau's own seal management (Art.16 内部管理)"),
    # -- process information
    doc("c01_disaster_grant_request", "docx", "松原县人民政府", "松政〔2024〕21号",
        "松原县人民政府关于申请拨付洪涝灾害救灾资金的请示", "霞浦市人民政府：",
        ["6月以来我县遭受洪涝灾害，直接经济损失2.3亿元。", "恳请市政府拨付救灾资金3000万元。", "妥否，请批示。"],
        "2024年7月2日", "不予公开", "请示 for a grant (Art.16 请示报告)"),
    doc("c02_boundary_consultation_letter", "pdf", "松原县民政局", "松民函〔2024〕9号",
        "松原县民政局关于商请确认两县交界地段行政区域界线走向的函", "青田县民政局：",
        ["我县与贵县交界的青山段界线走向存在争议。", "商请贵局派员共同勘定。"],
        "2024年8月14日", "不予公开", "consultation letter between agencies (Art.16 磋商信函)"),
    doc("c03_director_meeting_minutes", "html", "霞浦市卫生健康委员会", "霞卫纪〔2024〕6号",
        "霞浦市卫生健康委员会主任办公会议纪要", "",
        ["2024年6月5日，委主任主持召开主任办公会议。", "会议研究了基层医疗机构绩效考核等事项，议定如下：一、原则同意绩效考核方案。"],
        "2024年6月6日", "不予公开", "director's meeting 纪要 (Art.16 过程性信息)"),
    doc("c04_rectification_report", "txt", "霞浦市生态环境局", "霞环〔2024〕18号",
        "霞浦市生态环境局关于中央生态环境保护督察反馈问题整改情况的报告", "霞浦市人民政府：",
        ["针对督察反馈的12个问题，我局已完成整改10个。", "其余2个正在推进。"],
        "2024年10月9日", "不予公开", "报告 upward on rectification progress (Art.16 请示报告; the public rectification report is a separate document)"),
    # -- replies
    doc("d01_reply_market_relocation", "docx", "松原县人民政府", "松政复〔2024〕8号",
        "松原县人民政府关于同意城关农贸市场搬迁的批复", "县市场监督管理局：",
        ["你局《关于城关农贸市场搬迁的请示》收悉。", "经研究，同意城关农贸市场搬迁至城北新区。"],
        "2024年4月25日", "依申请公开", "批复 to one agency on a market's move (Art.27)"),
    doc("d02_reply_hospital_equipment", "pdf", "霞浦市卫生健康委员会", "霞卫复〔2024〕11号",
        "霞浦市卫生健康委员会关于同意市第二人民医院购置医用设备的批复", "霞浦市第二人民医院：",
        ["你院《关于购置医用设备的请示》收悉。", "经研究，同意你院使用自有资金购置彩色超声诊断仪2台。"],
        "2024年7月15日", "依申请公开", "批复 to one hospital (Art.27)"),
    # -- marks, markers and personal numbers
    doc("e01_secret_no_period_notice", "html", "霞浦市人民政府办公室", "霞政办发〔2024〕33号",
        "霞浦市人民政府办公室关于做好重要目标防护工作的通知", "各区人民政府，市政府各部门：",
        ["现就做好重要目标防护工作通知如下。", "一、落实重要目标防护责任。"],
        "2024年8月1日", "不予公开", "state-secret mark 秘密 (Art.14)", top="秘密"),
    doc("e02_internal_material_analysis", "txt", "松原县发展和改革局", "松发改〔2024〕14号",
        "松原县发展和改革局关于上半年全县重点项目建设情况的通报", "县直各单位：",
        ["上半年，全县48个重点项目完成投资36亿元。", "部分项目进度滞后。"],
        "2024年7月20日", "不予公开", "header mark 内部资料 (Art.16 internal mark)", top="内部资料"),
    doc("e03_compensation_bank_card", "docx", "松原县自然资源局", "松自然资〔2024〕25号",
        "松原县自然资源局关于发放青山村征地补偿款的通知", "青山镇人民政府：",
        ["青山村征地补偿款已核定，请于10日内发放到户。", "被征地农户李某某补偿款转入其账户6228480312345678907。"],
        "2024年9月3日", "依申请公开", "compensation notice printing one farmer's bank card (Art.15)"),
    doc("e04_discipline_tongbao_public_marker", "pdf", "霞浦市纪委监委", "霞纪〔2024〕8号",
        "霞浦市纪委监委关于三起违反中央八项规定精神典型问题的通报", "各区纪委监委，市直各单位：",
        ["现将三起违反中央八项规定精神典型问题通报如下。", "一、某区某局原局长公款吃喝问题。"],
        "2024年9月12日", "主动公开", "a discipline 通报 printed 此件公开发布 (marker; such 通报 are published)",
        note_line="（此件公开发布）"),
    doc("e05_staff_list_with_mobiles", "html", "霞浦市人力资源和社会保障局", "霞人社〔2024〕30号",
        "霞浦市人力资源和社会保障局关于公布全市就业服务联络员名单的通知", "各区人力资源和社会保障局：",
        ["现将全市就业服务联络员名单公布如下：", "王某某，联系电话13907319956；", "请各区做好对接。"],
        "2024年4月11日", "依申请公开", "a list printing a person's mobile (Art.15 redacted release)"),
]


def main(argv: list[str] | None = None) -> int:
    return write_set(D, __doc__.split("\n")[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
