#!/usr/bin/env python3
"""Ninth held-out set, for the disclosure attribute: written before the disclosure8 rule changes, scored once.

    python benchmarks/heldout9_gen.py OUTDIR [--labels FILE]

30 documents in heldout4_gen.py's renderers, in kinds, issuers and wordings not in heldout1-8:
public notices on water prices, school meals, a licensing list, a fishing ban, support for
self-employed traders, an intangible-heritage list, air-quality rankings, free health checks and
a 公示 of recognised enterprises; a standalone 实施方案 and a 法治政府建设 annual report the law
requires published; the organs' own work (energy saving, blood donation, archiving, temporary
offices, a 规定 titled as such, password self-checks); process documents (汇报 to the party
committee, a dispatch-meeting 纪要, a 请示 for money, a 商洽 letter to a university, a progress
报告); replies (a school renamed, a community boundary changed, one company's land-use term);
marks (机密★10年, 工作秘密, 内部使用, 此件不予公开) and personal numbers (an ID in a 公示, a bank
card in a subsidy notice). Each label was decided from the document's content by REFERENCE.md
section 3 (a printed 附注 first unless the content contradicts it; else Art. 14/15/16/19-20/27)
when the document was written, before normdocs ran on it. Names are fictional.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout4_gen import doc, write_set  # noqa: E402

D = [
    # -- public notices, directives and lists
    doc("a01_water_price_adjustment", "pdf", "清河市发展和改革委员会", "清发改价〔2024〕11号",
        "清河市发展和改革委员会关于调整城区居民生活用水价格的通知", "各区发展和改革局，市供水总公司：",
        ["经价格听证和市政府同意，现就调整城区居民生活用水价格有关事项通知如下。",
         "一、居民生活用水第一阶梯价格调整为每立方米3.2元。", "二、新价格自2024年7月1日起执行。"],
        "2024年6月10日", "主动公开", "residents' water prices (Art.20 fees and prices)"),
    doc("a02_school_meal_programme", "docx", "柳林县教育局", "柳教发〔2024〕5号",
        "柳林县教育局关于做好农村义务教育学生营养改善计划实施工作的通知", "各乡镇中心学校，县直各学校：",
        ["为改善农村学生营养状况，保障学生健康成长，现就做好营养改善计划实施工作通知如下。",
         "一、每生每天膳食补助标准为5元。", "二、学校食堂要公开食谱和补助资金使用情况，接受家长监督。"],
        "2024年3月1日", "主动公开", "school meal subsidies for pupils (Art.20 education)"),
    doc("a03_licensing_list_gonggao", "html", "清河市人民政府", "清政告〔2024〕2号",
        "清河市人民政府关于发布2024年版行政许可事项清单的公告", "",
        ["根据国务院和省政府有关要求，市政府对全市行政许可事项进行了全面梳理。", "现将《清河市行政许可事项清单（2024年版）》予以公布。"],
        "2024年2月28日", "主动公开", "licensing list (Art.20 licensing criteria)"),
    doc("a04_fishing_ban_tonggao", "txt", "柳林县农业农村局", "柳农通〔2024〕1号",
        "柳林县农业农村局关于实施柳河流域禁渔期制度的通告", "",
        ["为保护水生生物资源，自2024年3月1日至6月30日，柳河干流及支流全面禁止天然渔业资源生产性捕捞。",
         "违反规定的，依法予以处罚。"],
        "2024年2月20日", "主动公开", "fishing ban notice to the public (Art.20)"),
    doc("a05_self_employed_measures", "pdf", "清河市人民政府办公室", "清政办发〔2024〕14号",
        "清河市人民政府办公室关于印发《清河市促进个体工商户发展若干措施》的通知", "各区人民政府，市政府各部门：",
        ["《清河市促进个体工商户发展若干措施》已经市政府同意，现印发给你们，请认真组织实施。",
         "个体工商户可按规定享受房租减免和贷款贴息。"],
        "2024年4月9日", "主动公开", "support measures for self-employed traders (Art.19 normative, Art.20)"),
    doc("a06_heritage_list_decision", "docx", "柳林县人民政府", "柳政发〔2024〕7号",
        "柳林县人民政府关于公布第三批县级非物质文化遗产代表性项目名录的决定", "各乡镇人民政府，县直各单位：",
        ["为加强非物质文化遗产保护，县政府决定公布第三批县级非物质文化遗产代表性项目名录，共12项。",
         "各乡镇要做好项目保护传承工作，鼓励群众参与。"],
        "2024年6月8日", "主动公开", "heritage list published by decision (Art.20 culture)"),
    doc("a07_air_quality_ranking_tongbao", "html", "清河市生态环境局", "清环通〔2024〕9号",
        "清河市生态环境局关于2024年第二季度各区空气质量排名情况的通报", "各区人民政府，市直有关单位：",
        ["2024年第二季度，全市优良天数比例为82.4%。", "现将各区空气质量排名情况通报如下，排名后两位的区要制定整改措施。"],
        "2024年7月8日", "主动公开", "air-quality results by district (Art.20 environment inspections)"),
    doc("a08_elderly_health_checks", "txt", "柳林县卫生健康局", "柳卫健发〔2024〕12号",
        "柳林县卫生健康局关于开展65岁以上老年人免费健康体检工作的通知", "各乡镇卫生院，县直各医疗机构：",
        ["为做好基本公共卫生服务，县卫生健康局决定在全县开展65岁以上老年人免费健康体检。",
         "老年人可持身份证到户籍所在地乡镇卫生院免费体检。"],
        "2024年4月1日", "主动公开", "free health checks for the elderly (Art.20 health)"),
    doc("a09_high_tech_enterprises_gongshi", "pdf", "清河市科学技术局", "清科〔2024〕21号",
        "清河市科学技术局关于2024年度拟认定高新技术企业名单的公示", "",
        ["根据《高新技术企业认定管理办法》，经企业申报、专家评审，拟认定清河某某科技有限公司等36家企业为高新技术企业。",
         "公示期为7个工作日，对公示名单有异议的，请以书面形式向市科技局反映。"],
        "2024年9月3日", "主动公开", "公示 of licensing results (Art.20)"),
    doc("a10_standalone_implementation_plan", "docx", "柳林县人民政府", "柳政发〔2024〕9号",
        "柳林县2024年农村生活垃圾治理实施方案", "",
        ["为改善农村人居环境，结合我县实际，制定本实施方案。",
         "一、到2024年底，农村生活垃圾收运处置体系覆盖所有行政村。", "二、各村要组织村民开展垃圾分类。"],
        "2024年3月20日", "主动公开", "a standalone 实施方案 on rural refuse (Art.20 environment)"),
    doc("a11_rule_of_law_annual_report", "html", "清河市人民政府", "清政〔2024〕3号",
        "清河市人民政府关于2023年度法治政府建设情况的报告", "省人民政府：",
        ["2023年，我市深入推进法治政府建设，现将有关情况报告如下。",
         "一、全年审查规范性文件46件。", "二、行政复议纠错率为8.2%。"],
        "2024年1月25日", "主动公开", "法治政府建设 annual report the rules require to be published (Art.16 exception, Art.19)"),
    # -- the organs' own work
    doc("b01_energy_saving_own_units", "pdf", "清河市机关事务管理局", "清机管〔2024〕4号",
        "清河市机关事务管理局关于开展公共机构节能降耗工作的通知", "局机关各科室，局属各单位：",
        ["为降低机关运行成本，现就局机关及局属单位节能降耗工作通知如下。", "一、办公区域空调温度夏季不低于26摄氏度。"],
        "2024年5月15日", "不予公开", "the organ's own energy saving (Art.16 后勤管理)"),
    doc("b02_staff_blood_donation", "txt", "柳林县直机关工作委员会", "柳直工委〔2024〕6号",
        "柳林县直机关工作委员会关于组织干部职工参加无偿献血活动的通知", "县直各单位：",
        ["为弘扬无私奉献精神，县直机关工委决定组织干部职工参加无偿献血活动。", "请各单位于6月14日前将参加人员名单报县直机关工委。"],
        "2024年6月5日", "不予公开", "an activity for the organs' own staff (Art.16 内部事务)"),
    doc("b03_archive_filing", "html", "清河市档案局", "清档发〔2024〕2号",
        "清河市档案局关于做好2023年度文书档案归档工作的通知", "市直各单位：",
        ["请各单位按照有关规定，做好2023年度文书档案整理归档工作。", "于3月31日前将归档文件目录报市档案局。"],
        "2024年1月10日", "不予公开", "filing the organs' own records (Art.16 内部工作流程)"),
    doc("b04_temporary_offices", "docx", "柳林县自然资源局", "柳自然资〔2024〕8号",
        "柳林县自然资源局关于办公楼改造期间临时调整办公场所的通知", "局机关各股室，局属各单位：",
        ["因办公楼改造，自4月1日起局机关各股室临时迁至县政务服务中心三楼办公。", "请各股室做好搬迁准备。"],
        "2024年3月25日", "不予公开", "moving the bureau's own offices (Art.16 后勤管理)"),
    doc("b05_vehicle_rules_guiding", "pdf", "清河市审计局", "清审〔2024〕3号",
        "清河市审计局机关公务用车使用管理规定", "局机关各处室：",
        ["第一条 为规范局机关公务用车使用，制定本规定。", "第二条 公务用车由办公室统一调度，用车须填写派车单。"],
        "2024年2月1日", "不予公开", "a 规定 on the office's own cars, titled as such (Art.16 后勤管理)"),
    doc("b06_password_self_check", "txt", "清河市人民政府办公室", "清政办函〔2024〕31号",
        "清河市人民政府办公室关于开展政务信息系统密码应用自查的通知", "各区人民政府，市政府各部门：",
        ["请各单位对本单位政务信息系统密码应用情况开展自查。", "于8月30日前将自查报告报市政府办公室。"],
        "2024年8月12日", "不予公开", "a self-check of the organs' own systems (Art.16 内部工作流程)"),
    # -- process information
    doc("c01_safety_huibao_to_party", "docx", "柳林县应急管理局", "柳应急〔2024〕10号",
        "柳林县应急管理局关于2024年上半年安全生产工作情况的汇报", "中共柳林县委：",
        ["上半年，全县未发生较大以上生产安全事故。", "下半年我局将继续开展隐患排查整治。"],
        "2024年7月3日", "不予公开", "汇报 to the party committee (Art.16 请示报告)"),
    doc("c02_dispatch_meeting_minutes", "pdf", "清河市重点项目建设指挥部", "清项指纪〔2024〕3号",
        "清河市重点项目建设调度会议纪要", "",
        ["2024年5月10日，指挥部召开重点项目建设调度会议。", "会议听取了各项目进展情况汇报，议定：一、要求滨江大桥项目6月底前完成主体施工。"],
        "2024年5月12日", "不予公开", "a dispatch meeting 纪要 (Art.16 过程性信息)"),
    doc("c03_request_extra_funds", "html", "柳林县城市管理局", "柳城管〔2024〕7号",
        "柳林县城市管理局关于申请追加2024年度城区环卫保洁经费的请示", "县人民政府：",
        ["因城区面积扩大，2024年度环卫保洁经费缺口约260万元。", "特申请追加经费，妥否，请批示。"],
        "2024年5月20日", "不予公开", "请示 for extra money (Art.16 请示报告)"),
    doc("c04_university_consultation_letter", "txt", "清河市人力资源和社会保障局", "清人社函〔2024〕22号",
        "清河市人力资源和社会保障局关于商洽共建大学生就业见习基地的函", "清河师范学院：",
        ["为拓宽高校毕业生就业见习渠道，我局拟与贵院共建就业见习基地。", "现就有关事项与贵院商洽，盼复。"],
        "2024年3月12日", "不予公开", "商洽 letter to a university (Art.16 磋商信函)"),
    doc("c05_project_progress_report", "pdf", "柳林县水利局", "柳水〔2024〕14号",
        "柳林县水利局关于县城供水管网改造项目前期工作进展情况的报告", "县人民政府：",
        ["县城供水管网改造项目已完成可行性研究报告编制。", "初步设计正在审查，预计9月开工。"],
        "2024年6月18日", "不予公开", "progress report upward (Art.16 请示报告)"),
    # -- replies
    doc("d01_reply_school_renamed", "docx", "清河市教育局", "清教复〔2024〕4号",
        "清河市教育局关于同意清河市第五中学更名为清河市实验中学的批复", "清河市第五中学：",
        ["你校《关于学校更名的请示》收悉。", "经研究，同意清河市第五中学更名为清河市实验中学。"],
        "2024年5月6日", "依申请公开", "批复 to one school on its name (Art.27; not an administrative division)"),
    doc("d02_reply_community_boundary", "html", "柳林县人民政府", "柳政复〔2024〕6号",
        "柳林县人民政府关于同意调整城关镇部分社区行政区域界线的批复", "城关镇人民政府：",
        ["你镇《关于调整部分社区行政区域界线的请示》收悉。", "经研究，同意将东关社区部分区域划入西关社区管辖。"],
        "2024年4月15日", "主动公开", "community boundary change: an administrative-division change (Art.20)"),
    doc("d03_reply_company_land_term", "txt", "清河市自然资源和规划局", "清自然资函〔2024〕37号",
        "清河市自然资源和规划局关于清河某某置业有限公司土地使用权续期有关问题的复函", "清河某某置业有限公司：",
        ["你公司《关于土地使用权续期的申请》收悉。", "经研究，同意你公司按规定办理土地使用权续期手续。"],
        "2024年7月22日", "依申请公开", "复函 to one company (Art.27)"),
    # -- marks and personal numbers
    doc("e01_confidential_flood_plan", "pdf", "柳林县防汛抗旱指挥部", "柳防指〔2024〕2号",
        "柳林县防汛抗旱指挥部关于做好柳河水库度汛安全工作的通知", "各乡镇人民政府，县直有关单位：",
        ["入汛在即，现就做好柳河水库度汛安全工作通知如下。", "一、严格执行汛限水位。"],
        "2024年5月8日", "不予公开", "state-secret mark 机密★10年 on a flood notice (Art.14)", top="机密★10年"),
    doc("e02_commendation_list_with_id", "docx", "清河市退役军人事务局", "清退役〔2024〕9号",
        "清河市退役军人事务局关于2024年度模范退役军人拟表彰对象的公示", "",
        ["经基层推荐、审核，现将拟表彰对象公示如下：", "李某某，公民身份号码{ID}；", "公示期为5个工作日。"],
        "2024年7月26日", "依申请公开", "printed 此件主动公开 but prints a full resident ID: conflict, Art.15 redacted release",
        note_line="（此件主动公开）"),
    doc("e03_work_secret_tongbao", "html", "清河市公安局", "清公通〔2024〕5号",
        "清河市公安局关于近期电信网络诈骗案件情况的通报", "各区分局，市局各部门：",
        ["近期我市电信网络诈骗案件呈上升趋势。", "各单位要加强研判，落实打防措施。"],
        "2024年8月2日", "不予公开", "header mark 工作秘密 on a police 通报 (Art.16 work secret, Art.14)", top="工作秘密"),
    doc("e04_subsidy_bank_card", "txt", "柳林县农业农村局", "柳农〔2024〕19号",
        "柳林县农业农村局关于发放2024年耕地地力保护补贴的通知", "各乡镇人民政府：",
        ["2024年耕地地力保护补贴已核定，请各乡镇于6月底前发放到户。",
         "东岭村种植大户王某某补贴款转入其账户6228480312345678907。"],
        "2024年6月3日", "依申请公开", "subsidy notice printing one farmer's bank card (Art.15 redacted release)"),
    doc("e05_internal_use_work_points", "pdf", "清河市发展和改革委员会", "清发改〔2024〕2号",
        "清河市发展和改革委员会2024年工作要点", "委机关各处室，委属各单位：",
        ["2024年，我委将围绕高质量发展，重点抓好以下工作。", "一、推进重大项目建设。"],
        "2024年1月16日", "不予公开", "header mark 内部使用 on a work plan (Art.16 internal mark)", top="内部使用"),
    doc("e06_withheld_marker_public_topic", "docx", "柳林县市场监督管理局", "柳市监〔2024〕16号",
        "柳林县市场监督管理局关于开展校园周边食品安全专项整治的通知", "各市场监管所，局机关各股室：",
        ["为保障学生饮食安全，决定在全县开展校园周边食品安全专项整治。", "一、重点检查校园周边小餐饮店。"],
        "2024年3月6日", "不予公开", "printed 此件不予公开 on a public-looking subject: the marker decides (REFERENCE §3)",
        note_line="（此件不予公开）"),
]


def main(argv: list[str] | None = None) -> int:
    return write_set(D, __doc__.split("\n")[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
