#!/usr/bin/env python3
"""Tenth held-out set, for the disclosure attribute: written after the disclosure8 rule changes, scored once.

    python benchmarks/heldout10_gen.py OUTDIR [--labels FILE]

27 documents in heldout4_gen.py's renderers, in kinds, issuers and wordings not in heldout1-9:
a dog-keeping 通告, outpatient reimbursement, a 见义勇为 commendation, charging points, a house
expropriation decision, parking fees, a 公示 of 文明村镇, enterprises' annual reports, an audit
report, a 政府令 办法; the organs' own union, 文明科室, leave, a warning-film showing and the
collection of 政府信息公开 annual reports; a 请示 on convening the congress, a petition-meeting
纪要, a 函 asking a power company for data, a hospital 报告; replies on an agency's internal
structure, a village's use of land and kindergarten fees; marks (机密★6个月, 注意保密), a marker
(此件依申请公开) on a public subject, a mobile in a 通告 and an ID in a commendation. Each label was
decided from the document's content by REFERENCE.md section 3 (a printed 附注 first unless the
content contradicts it; else Art. 14/15/16/19-20/27) when the document was written, before
normdocs ran on it. Names are fictional.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout4_gen import doc, write_set  # noqa: E402

D = [
    # -- public
    doc("a01_dog_keeping_tonggao", "pdf", "岩州市公安局", "岩公通〔2024〕3号",
        "岩州市公安局关于划定城区犬只禁养区域的通告", "",
        ["为维护市容环境和公共安全，根据《岩州市养犬管理条例》，现将城区犬只禁养区域通告如下。",
         "一、禁养区域为中心城区环线以内。", "二、禁养区域内禁止饲养烈性犬。"],
        "2024年3月15日", "主动公开", "dog-keeping restrictions for residents (Art.20)"),
    doc("a02_outpatient_reimbursement", "docx", "岩州市医疗保障局", "岩医保发〔2024〕6号",
        "岩州市医疗保障局关于调整城乡居民基本医疗保险门诊报销比例的通知", "各县（区）医疗保障局，各定点医疗机构：",
        ["为减轻参保群众门诊医疗费用负担，现就调整城乡居民基本医疗保险门诊报销比例通知如下。",
         "一、一级定点医疗机构门诊报销比例提高到60%。"],
        "2024年1月22日", "主动公开", "medical insurance reimbursement rates (Art.20 social security)"),
    doc("a03_bravery_commendation", "html", "石岭县人民政府", "石政发〔2024〕10号",
        "石岭县人民政府关于授予王某某等6名同志见义勇为先进个人称号的决定", "各乡镇人民政府，县直各单位：",
        ["王某某等6名同志在危急关头挺身而出，保护了人民群众生命财产安全。", "县政府决定，授予王某某等6名同志见义勇为先进个人称号。"],
        "2024年5月4日", "主动公开", "a public commendation (Art.20)"),
    doc("a04_charging_points_opinion", "txt", "岩州市人民政府", "岩政发〔2024〕13号",
        "岩州市人民政府关于加快推进电动汽车充电基础设施建设的实施意见", "各县（区）人民政府，市政府各部门：",
        ["为满足市民电动汽车充电需求，结合我市实际，提出如下实施意见。", "一、到2025年底，全市建成公共充电桩5000个。",
         "二、新建住宅小区停车位全部预留充电设施安装条件。"],
        "2024年4月18日", "主动公开", "policy on charging points (Art.19 normative, Art.20)"),
    doc("a05_house_expropriation_decision", "pdf", "石岭县人民政府", "石政征〔2024〕2号",
        "石岭县人民政府关于城东片区国有土地上房屋征收的决定", "",
        ["因城东片区棚户区改造需要，县政府决定对城东片区国有土地上房屋实施征收。",
         "被征收人可选择货币补偿或产权调换，签约期限为90日。"],
        "2024年6月12日", "主动公开", "house expropriation decision (Art.20 征收)"),
    doc("a06_parking_fees", "docx", "岩州市发展和改革委员会", "岩发改价〔2024〕8号",
        "岩州市发展和改革委员会关于公布城区公共停车场收费标准的通知", "各县（区）发展和改革局，各停车场经营单位：",
        ["经市政府同意，现将城区公共停车场收费标准公布如下。", "一、一类区域首小时收费4元，此后每小时2元。"],
        "2024年2月5日", "主动公开", "parking fees (Art.20 fees)"),
    doc("a07_civilised_villages_gongshi", "html", "岩州市精神文明建设委员会办公室", "岩文明办〔2024〕5号",
        "岩州市精神文明建设委员会办公室关于拟命名第五批市级文明村镇的公示", "",
        ["经县区推荐、实地考察和综合评审，拟命名石岭县柳溪村等30个村镇为第五批市级文明村镇。",
         "公示期为7天，如有异议，请向市文明办反映。"],
        "2024年10月8日", "主动公开", "公示 of a list before naming (Art.20)"),
    doc("a08_enterprise_annual_reports", "txt", "岩州市市场监督管理局", "岩市监〔2024〕4号",
        "岩州市市场监督管理局关于做好2023年度市场主体年度报告公示工作的通知", "各县（区）市场监督管理局，各类市场主体：",
        ["根据《企业信息公示暂行条例》，各类市场主体应于6月30日前报送年度报告。", "逾期未报送的企业将被列入经营异常名录。"],
        "2024年1月3日", "主动公开", "obligations of enterprises (Art.20 licensing and supervision)"),
    doc("a09_audit_report", "pdf", "岩州市审计局", "岩审〔2024〕15号",
        "关于2023年度市本级预算执行和其他财政收支的审计工作报告", "市人大常委会：",
        ["受市人民政府委托，现将2023年度市本级预算执行和其他财政收支的审计情况报告如下。", "审计发现问题金额3.2亿元。"],
        "2024年8月26日", "主动公开", "audit work report to the congress, published by law (Art.20 budgets)"),
    doc("a10_government_order_measures", "docx", "岩州市人民政府", "岩州市人民政府令第12号",
        "岩州市城市户外广告设置管理办法", "",
        ["第一条 为规范城市户外广告设置，美化市容环境，制定本办法。", "第二条 设置户外广告应当符合户外广告设置规划。"],
        "2024年7月1日", "主动公开", "a government rule issued by 令 (Art.19)"),
    # -- the organs' own work
    doc("b01_union_committee_members", "pdf", "岩州市统计局", "岩统〔2024〕9号",
        "岩州市统计局关于调整机关工会委员会组成人员的通知", "局机关各科室，局属各单位：",
        ["因人员变动，经研究，决定对局机关工会委员会组成人员进行调整。", "主任：张某某；委员：李某某、赵某某。"],
        "2024年3月4日", "不予公开", "the bureau's own union committee (Art.16 人事管理)"),
    doc("b02_civilised_section_selection", "docx", "石岭县财政局", "石财〔2024〕12号",
        "石岭县财政局关于开展机关文明科室评选活动的通知", "局机关各股室：",
        ["为加强机关作风建设，局党组决定开展文明科室评选活动。", "各股室于11月30日前报送自评材料。"],
        "2024年11月5日", "不予公开", "a selection among the bureau's own sections (Art.16 内部事务)"),
    doc("b03_leave_management", "txt", "岩州市商务局", "岩商务〔2024〕3号",
        "岩州市商务局关于规范局机关工作人员请销假管理的通知", "局机关各科室：",
        ["局机关工作人员请假3天以内的，由科室负责人审批。", "请假期满应及时销假。"],
        "2024年2月26日", "不予公开", "the bureau's own staff leave (Art.16 人事管理)"),
    doc("b04_warning_film_showing", "html", "中共石岭县纪律检查委员会", "石纪发〔2024〕4号",
        "中共石岭县纪律检查委员会关于组织收看警示教育片的通知", "县直各单位：",
        ["为深化以案促改，县纪委决定组织全县党员干部收看警示教育片。", "请各单位组织本单位人员于7月10日前集中收看。"],
        "2024年7月1日", "不予公开", "an activity for party members and cadres (Art.16 内部事务)"),
    doc("b05_collect_openness_reports", "pdf", "岩州市人民政府办公室", "岩政办函〔2024〕5号",
        "岩州市人民政府办公室关于报送2023年度政府信息公开工作年度报告的通知", "各县（区）人民政府，市政府各部门：",
        ["请各单位按照统一格式编制2023年度政府信息公开工作年度报告。", "于1月31日前报送市政府办公室审核，审核后向社会公布。"],
        "2024年1月8日", "不予公开", "collecting reports from units (Art.16 内部工作流程; the reports themselves are public)"),
    # -- process information
    doc("c01_request_convene_congress", "docx", "中共石岭县委", "石委〔2024〕3号",
        "中共石岭县委关于召开县第十八届人民代表大会第三次会议的请示", "中共岩州市委：",
        ["经县委常委会研究，拟于2024年1月中旬召开县第十八届人民代表大会第三次会议。", "妥否，请批示。"],
        "2023年12月20日", "不予公开", "请示 upward (Art.16 请示报告)"),
    doc("c02_petition_coordination_minutes", "txt", "石岭县人民政府办公室", "石府纪〔2024〕8号",
        "关于城东片区征地遗留问题信访协调会议纪要", "",
        ["2024年4月2日，副县长主持召开城东片区征地遗留问题信访协调会议。", "会议议定：由县自然资源局牵头，一个月内提出解决方案。"],
        "2024年4月3日", "不予公开", "a coordination meeting 纪要 (Art.16 过程性信息)"),
    doc("c03_data_request_letter", "html", "岩州市统计局", "岩统函〔2024〕17号",
        "岩州市统计局关于提供2023年度企业用电数据的函", "国网岩州供电公司：",
        ["为做好经济运行监测分析，请贵公司提供2023年度全市规模以上工业企业用电数据。", "请于3月10日前提供。"],
        "2024年3月1日", "不予公开", "a 函 asking another body for data (Art.16 内部工作流程)"),
    doc("c04_hospital_project_report", "pdf", "石岭县卫生健康局", "石卫健〔2024〕20号",
        "石岭县卫生健康局关于县人民医院新院区建设有关情况的报告", "县人民政府：",
        ["县人民医院新院区项目已完成主体工程，累计完成投资2.1亿元。", "目前设备购置资金尚有缺口。"],
        "2024年9月10日", "不予公开", "报告 upward (Art.16 请示报告)"),
    # -- replies
    doc("d01_reply_internal_structure", "docx", "石岭县机构编制委员会", "石编〔2024〕6号",
        "石岭县机构编制委员会关于同意县自然资源局调整内设机构的批复", "县自然资源局：",
        ["你局《关于调整内设机构的请示》收悉。", "经研究，同意你局设立国土空间规划股，撤销规划编制股。"],
        "2024年5月16日", "主动公开", "an agency's organisation (Art.20 机构设置)"),
    doc("d02_reply_village_land_use", "txt", "石岭县人民政府", "石政函〔2024〕21号",
        "石岭县人民政府关于同意柳溪村使用集体土地建设养老服务站的复函", "柳溪镇人民政府：",
        ["你镇《关于柳溪村使用集体土地建设养老服务站的请示》收悉。", "经研究，同意柳溪村使用集体建设用地0.3公顷建设村级养老服务站。"],
        "2024年8月2日", "依申请公开", "复函 to one town on one village's land use (Art.27)"),
    doc("d03_reply_kindergarten_fees", "html", "石岭县发展和改革局", "石发改复〔2024〕3号",
        "石岭县发展和改革局关于城区公办幼儿园保育教育费标准的批复", "县教育局：",
        ["你局《关于核定城区公办幼儿园保育教育费标准的请示》收悉。", "经研究，核定城区公办幼儿园保育教育费标准为每生每月400元。"],
        "2024年8月20日", "主动公开", "fees set for the public (Art.20 fees)"),
    # -- marks, markers and personal numbers
    doc("e01_confidential_tongbao", "pdf", "岩州市国家安全局", "岩安通〔2024〕2号",
        "岩州市国家安全局关于近期境外间谍情报机关活动情况的通报", "各县（区）人民政府，市直有关单位：",
        ["近期境外间谍情报机关加紧对我市重点单位的渗透。", "各单位要加强防范。"],
        "2024年6月20日", "不予公开", "state-secret mark 机密★6个月 (Art.14)", top="机密★6个月"),
    doc("e02_keep_secret_meeting", "docx", "石岭县人民政府办公室", "石政办〔2024〕30号",
        "石岭县人民政府办公室关于召开全县重点项目推进会的通知", "各乡镇人民政府，县直各单位：",
        ["县政府定于9月12日召开全县重点项目推进会。", "请各单位主要负责人准时参加。"],
        "2024年9月6日", "不予公开", "header mark 注意保密 on a meeting notice (Art.16)", top="注意保密"),
    doc("e03_on_request_marker_public_topic", "txt", "岩州市住房和城乡建设局", "岩建〔2024〕22号",
        "岩州市住房和城乡建设局关于加强住宅小区物业服务管理的通知", "各县（区）住房和城乡建设局，各物业服务企业：",
        ["为提升物业服务水平，保障业主合法权益，现就加强住宅小区物业服务管理通知如下。", "一、物业服务企业应公示收费项目和标准。"],
        "2024年5月9日", "依申请公开", "printed 此件依申请公开: the marker decides (REFERENCE §3)",
        note_line="（此件依申请公开）"),
    doc("e04_tonggao_with_mobile", "html", "石岭县自然资源局", "石自然资通〔2024〕4号",
        "石岭县自然资源局关于城东片区土地征收补偿安置方案的通告", "",
        ["现将城东片区土地征收补偿安置方案予以通告，征求被征地农村集体经济组织和农户意见。",
         "联系人：赵某某，联系电话13807315562。"],
        "2024年5月28日", "依申请公开", "a public 通告 printing a person's mobile: Art.15 redacted release"),
    doc("e05_commendation_with_id", "pdf", "岩州市应急管理局", "岩应急〔2024〕11号",
        "岩州市应急管理局关于表彰2023年度安全生产先进个人的决定", "各县（区）应急管理局，市直有关单位：",
        ["经研究，决定对以下同志予以表彰：", "刘某某，公民身份号码{ID}。"],
        "2024年2月20日", "依申请公开", "a commendation printing a full resident ID (Art.15 redacted release)"),
]


def main(argv: list[str] | None = None) -> int:
    return write_set(D, __doc__.split("\n")[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
