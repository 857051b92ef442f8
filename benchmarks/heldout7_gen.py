#!/usr/bin/env python3
"""Seventh held-out set, for the disclosure attribute: kinds, issuers and situations sets 1-6 lack.

    python benchmarks/heldout7_gen.py OUTDIR [--labels FILE]

32 documents in heldout4_gen.py's renderers. New here: results of inspections and allocations
published to the public (抽查结果, 配租结果, 收费目录清单), rules on how citizens and enterprises
submit applications, petitions or registration papers (public, though they speak of 收件, 受理 and
材料), a government's own 工作规则 published with its marker, an office's internal working rules
(机关公文处理, 考勤请休假, 办公用品, 机关值班) with and without a printed 主动公开, process and
internal documents that print a restrictive 附注 of their own (consistent: the marker decides),
replies on one body's own money or contracts, a draft commented on in a 复函, notes written
`公开属性：…`, a published allowance list with resident ID numbers under a 主动公开 附注, 内部使用
and 注意保密 marks, a state-secret mark beside a printed 主动公开, and a secrecy-law awareness
campaign that speaks of 秘密 in its sentences. Each label was decided from the document's content
by REFERENCE.md section 3 (a printed 附注 first unless the content contradicts it; else Art.
14/15/16/19-20/27) when the document was written, before any normdocs decision ran on it.
Names are fictional.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout4_gen import doc, write_set  # noqa: E402

TOWNS = "各镇人民政府、街道办事处，县政府各部门："
D = [
    # -- public matters, in kinds and wordings the earlier sets do not use
    doc("a01_elevator_spot_check_results", "pdf", "沅州市市场监督管理局", "沅市监发〔2023〕47号",
        "沅州市市场监督管理局关于2023年第三季度电梯安全监督抽查结果的通报", "各区市场监督管理局，各电梯使用单位：",
        ["2023年第三季度，我局对全市312台在用电梯开展了安全监督抽查。", "抽查合格289台，不合格23台，不合格电梯已责令停用整改。",
         "现将抽查结果予以通报，请各使用单位对照整改。"],
        "2023年10月16日", "主动公开", "product-safety inspection results (Art.20 inspections)"),
    doc("a02_public_rental_allocation", "html", "枫林县住房和城乡建设局", "枫建发〔2023〕21号",
        "枫林县住房和城乡建设局关于公布2023年度公共租赁住房配租结果的公告", "",
        ["根据《枫林县公共租赁住房管理办法》，经资格审核、公示和摇号，2023年度公共租赁住房配租工作已经完成。",
         "共有186户家庭获得配租，配租结果详见附件。", "对配租结果有异议的，可在公告之日起10个工作日内向县住建局提出。"],
        "2023年9月5日", "主动公开", "public-housing allocation results (Art.20 housing security)"),
    doc("a03_fee_catalogue", "txt", "临溪区人民政府", "临政发〔2024〕4号",
        "临溪区人民政府关于公布区级行政事业性收费目录清单的通知", "各街道办事处，区政府各部门：",
        ["为进一步规范收费行为，减轻企业和群众负担，现将区级行政事业性收费目录清单予以公布。",
         "清单之外一律不得收费。"],
        "2024年1月22日", "主动公开", "fee catalogue (Art.20 fees)"),
    doc("a04_heavy_pollution_tonggao", "docx", "沅州市人民政府", "沅政通〔2023〕5号",
        "沅州市人民政府关于重污染天气预警期间实施机动车限行的通告", "",
        ["为减少机动车污染物排放，减轻重污染天气影响，决定在重污染天气橙色及以上预警期间实施机动车限行。",
         "限行期间，全市行政区域内国三及以下排放标准的柴油货车禁止上路行驶。"],
        "2023年11月30日", "主动公开", "vehicle restriction during pollution alerts, aimed at the public (Art.20)"),
    doc("a05_graduate_internship", "pdf", "霁川省人力资源和社会保障厅", "霁人社发〔2024〕9号",
        "霁川省人力资源和社会保障厅关于做好2024年高校毕业生就业见习工作的通知", "各市人力资源和社会保障局：",
        ["为帮助离校未就业高校毕业生提升就业能力，现就做好2024年就业见习工作通知如下。",
         "一、见习期限为3至12个月。", "二、对吸纳见习人员的单位按规定给予见习补贴。"],
        "2024年3月1日", "主动公开", "employment internships and their subsidy (Art.20 employment)"),
    doc("a06_school_catchment", "html", "临溪区教育局", "临教发〔2024〕11号",
        "临溪区教育局关于公布2024年义务教育阶段公办学校招生划片范围的通告", "",
        ["根据义务教育免试就近入学的规定，现将2024年我区公办小学、初中招生划片范围予以公布。",
         "适龄儿童少年家长可登录区教育局网站查询。"],
        "2024年4月15日", "主动公开", "school catchment areas (Art.20 education)"),
    doc("a07_county_forest_fire_plan", "txt", "枫林县人民政府办公室", "枫政办发〔2023〕8号",
        "枫林县人民政府办公室关于印发枫林县森林火灾应急预案的通知", TOWNS,
        ["《枫林县森林火灾应急预案》已经县政府同意，现印发给你们，请认真组织实施。"],
        "2023年2月14日", "主动公开", "emergency plan (Art.20)"),
    doc("a08_government_work_rules", "pdf", "沅州市人民政府", "沅政发〔2023〕1号",
        "沅州市人民政府关于印发《沅州市人民政府工作规则》的通知", "各区人民政府，市政府各部门：",
        ["《沅州市人民政府工作规则》已经市政府第一次全体会议通过，现印发给你们，请认真遵照执行。",
         "市政府实行市长负责制，市政府全体会议、常务会议的组成和议事范围按本规则执行。"],
        "2023年2月3日", "主动公开", "printed 此件公开发布; a government's work rules describe its organisation and functions (Art.20), the marker agrees",
        note_line="（此件公开发布）"),
    # -- how citizens and enterprises submit papers: public, though they speak of 收件 and 受理
    doc("b01_business_registration_papers", "docx", "沅州市行政审批服务局", "沅审批发〔2023〕14号",
        "沅州市行政审批服务局关于规范企业开办申请材料提交有关事项的公告", "",
        ["为方便企业和群众办事，现就企业开办申请材料提交有关事项公告如下。",
         "一、申请人可通过网上办事大厅或窗口提交申请材料，材料齐全的当场受理。",
         "二、申请人提交的材料应当真实有效，窗口工作人员不得要求申请人重复提交。"],
        "2023年6月19日", "主动公开", "how enterprises submit registration papers (Art.20 licensing), marker printed",
        note_line="（此件主动公开）"),
    doc("b02_petition_procedure", "pdf", "枫林县信访局", "枫信发〔2023〕3号",
        "枫林县信访局关于规范群众来信来访受理办理程序的规定", "各镇人民政府、街道办事处，县直各单位：",
        ["为保障信访人合法权益，规范信访事项受理办理，制定本规定。",
         "一、信访人可以通过书信、网络、走访等形式提出信访事项。", "二、信访工作机构收到信访事项后，应当在15日内告知信访人是否受理。"],
        "2023年5月11日", "主动公开", "how citizens submit petitions and how they are handled (Art.19 normative)"),
    doc("b03_property_registration_online", "html", "临溪区自然资源局", "临自然资发〔2024〕2号",
        "临溪区自然资源局关于不动产登记申请材料网上提交的通告", "",
        ["自2024年3月1日起，申请人办理不动产登记可通过网上平台提交申请材料。",
         "收件后，登记机构在5个工作日内完成审核并告知申请人。"],
        "2024年2月20日", "主动公开", "how citizens submit property-registration papers online (Art.20 licensing)"),
    # -- an office's own internal working rules
    doc("c01_commission_document_handling_public_marker", "docx", "沅州市发展和改革委员会", "沅发改办〔2023〕6号",
        "沅州市发展和改革委员会关于印发《委机关公文处理办法》的通知", "委机关各处室，各直属单位：",
        ["现将《委机关公文处理办法》印发给你们，请遵照执行。", "一、收文由办公室统一进行收文登记，分送有关处室办理。",
         "二、发文由拟稿人起草，经处室负责人核稿后报分管领导签发。", "三、机关各处室应当明确一名公文管理人员。"],
        "2023年4月3日", "不予公开", "an office's own document-handling rules (Art.16 内部工作流程) printed 此件主动公开: content conflicts with the marker, a reviewer decides",
        note_line="（此件主动公开）"),
    doc("c02_attendance_and_leave", "txt", "临溪区人民政府办公室", "临政办发〔2023〕19号",
        "临溪区人民政府办公室关于印发《区政府办公室机关考勤和请休假管理办法》的通知", "办公室各科室：",
        ["现将《区政府办公室机关考勤和请休假管理办法》印发给你们，请遵照执行。",
         "机关工作人员请假一天以内的由科室负责人批准，三天以上的报办公室主任批准。"],
        "2023年7月10日", "不予公开", "attendance and leave rules for the office's own staff (Art.16 人事管理)"),
    doc("c03_office_supplies", "pdf", "枫林县财政局", "枫财办〔2023〕4号",
        "枫林县财政局关于印发《局机关办公用品领用管理规定》的通知", "局机关各股室，各下属单位：",
        ["为加强局机关办公用品管理，厉行节约，制定本规定。", "办公用品由办公室统一保管，各股室按月领用并登记。"],
        "2023年3月21日", "不予公开", "the bureau's own office-supplies rules (Art.16 后勤管理)"),
    doc("c04_bureau_duty_rules_public_marker", "html", "霁川省水利厅", "霁水办〔2023〕12号",
        "霁川省水利厅关于印发《厅机关值班工作制度》的通知", "厅机关各处室，厅属各单位：",
        ["现将《厅机关值班工作制度》印发给你们，请认真执行。", "值班人员应当坚守岗位，带班领导保持通讯畅通。",
         "机关各处室按月排定值班表报办公室。"],
        "2023年5月29日", "不予公开", "the department's own duty rules (Art.16 内部事务) printed 公开方式：主动公开: content conflicts, a reviewer decides",
        note_line="公开方式：主动公开"),
    # -- process and internal documents that print a restrictive note of their own
    doc("d01_request_on_request_note", "docx", "枫林县农业农村局", "枫农字〔2023〕18号",
        "枫林县农业农村局关于申请安排高标准农田建设配套资金的请示", "县人民政府：",
        ["我县2023年度高标准农田建设任务为2.5万亩，按规定需县级配套资金750万元。", "特申请安排配套资金。", "妥否，请批示。"],
        "2023年3月6日", "依申请公开", "请示 printed 此件依申请公开: Art.16 process information, the note agrees (marker)",
        note_line="（此件依申请公开）"),
    doc("d02_minutes_withheld_note", "pdf", "沅州市人民政府办公室", "沅府纪〔2023〕12号",
        "沅州市人民政府第十五次常务会议纪要", "",
        ["2023年8月22日，市长主持召开市政府第十五次常务会议。", "会议研究了城市更新项目推进等事项，议定如下：",
         "一、原则同意市住建局提出的城市更新项目实施计划。"],
        "2023年8月24日", "不予公开", "常务会议纪要 printed 此件不予公开: Art.16 process information, the note agrees (marker)",
        note_line="（此件不予公开）"),
    doc("d03_appointments_on_request_label", "txt", "临溪区人力资源和社会保障局", "临人社任〔2023〕5号",
        "临溪区人力资源和社会保障局关于陈某某等同志职务任免的通知", "局机关各科室，局属各单位：",
        ["经局党组研究决定：", "任命陈某某同志为区劳动保障监察大队副大队长；", "免去周某某同志区就业服务中心副主任职务。"],
        "2023年9月12日", "依申请公开", "appointments (Art.16 人事管理) printed 公开方式：依申请公开 (marker)",
        note_line="公开方式：依申请公开"),
    doc("d04_meeting_notice_withheld_note", "html", "霁川省人民政府办公厅", "霁政办明电〔2023〕14号",
        "霁川省人民政府办公厅关于召开全省营商环境优化提升推进会的通知", "各市人民政府，省政府各部门：",
        ["省政府定于2023年9月6日在省政府第一会议室召开全省营商环境优化提升推进会。",
         "参会人员：各市分管副市长，省直有关部门主要负责人。", "请于9月4日前将参会人员名单报省政府办公厅。"],
        "2023年8月30日", "不予公开", "meeting arrangement (Art.16 内部工作流程) printed 此件不予公开 (marker)",
        note_line="（此件不予公开）"),
    doc("d05_report_attribute_label", "docx", "枫林县卫生健康局", "枫卫健报〔2023〕7号",
        "枫林县卫生健康局关于2023年上半年民生实事项目推进情况的报告", "县人民政府：",
        ["现将我局承担的2023年民生实事项目上半年推进情况报告如下。", "一、乡镇卫生院改造项目已完成3个。", "二、村卫生室标准化建设完成率65%。"],
        "2023年7月8日", "依申请公开", "upward 报告 printed （公开属性：依申请公开）: Art.16 process information, the note agrees",
        note_line="（公开属性：依申请公开）"),
    # -- process information with no note, in new wordings
    doc("e01_statistics_consultation_letter", "pdf", "沅州市人民政府办公室", "沅政办函〔2023〕77号",
        "沅州市人民政府办公室关于商请提供2023年度重点领域统计数据的函", "沅州市统计局：",
        ["为做好2024年市政府工作报告起草工作，商请你局提供2023年度重点领域统计数据。", "请于2024年1月10日前反馈。"],
        "2023年12月20日", "不予公开", "商请 letter between agencies (Art.16 磋商信函)"),
    doc("e02_reply_comments_on_draft", "txt", "临溪区人民政府", "临政函〔2023〕31号",
        "临溪区人民政府关于对《沅州市城市更新条例（草案征求意见稿）》修改意见的复函", "沅州市司法局：",
        ["你局《关于征求〈沅州市城市更新条例（草案征求意见稿）〉意见的函》收悉。", "经研究，提出以下修改意见：", "一、建议第十二条增加居民参与的规定。"],
        "2023年6月2日", "不予公开", "comments on a draft regulation sent back to the drafter: 过程稿 (Art.16)"),
    doc("e03_bureau_party_meeting_minutes", "docx", "枫林县交通运输局", "枫交纪〔2023〕9号",
        "枫林县交通运输局局务会议纪要", "",
        ["2023年10月9日，局长主持召开局务会议。", "会议研究了农村公路建设资金安排等事项，议定如下：", "一、同意调整部分农村公路项目建设时序。"],
        "2023年10月11日", "不予公开", "局务会议纪要 (Art.16 process information)"),
    # -- replies to one body on its own affairs
    doc("f01_reply_equipment_funds", "pdf", "沅州市人民政府", "沅政复〔2023〕33号",
        "沅州市人民政府关于同意市农业农村局使用结余资金购置检测设备的批复", "市农业农村局：",
        ["你局《关于使用结余资金购置农产品质量检测设备的请示》收悉。", "经研究，同意你局使用2022年度结余资金86万元购置检测设备。"],
        "2023年5月9日", "依申请公开", "批复 to one body on its own use of funds: nothing Art.20 names for the public (Art.27)"),
    doc("f02_reply_entrust_agreement", "html", "临溪区人民政府", "临政复〔2023〕12号",
        "临溪区人民政府关于同意区城市管理局与区市政工程公司签订养护委托协议的批复", "区城市管理局：",
        ["你局《关于签订市政设施养护委托协议的请示》收悉。", "经研究，同意你局与区市政工程公司签订市政设施养护委托协议。"],
        "2023年4月25日", "依申请公开", "批复 to one body on a contract it signs (Art.27)"),
    # -- marks and personal numbers
    doc("g01_allowance_list_with_ids", "txt", "枫林县民政局", "枫民发〔2023〕15号",
        "枫林县民政局关于2023年第二季度新增特困人员供养对象的公示", "",
        ["经个人申请、镇街审核、县民政局审批，现将2023年第二季度新增特困人员供养对象公示如下：",
         "刘某某，身份证号码{ID}，青石镇；", "公示期为7天。"],
        "2023年7月3日", "依申请公开", "printed 此件主动公开 but lists a person with a resident ID number: conflict, Art.15 redacted release",
        note_line="（此件主动公开）"),
    doc("g02_internal_use_meeting", "docx", "沅州市应急管理局", "沅应急办〔2023〕17号",
        "沅州市应急管理局关于做好防汛抗旱指挥部成员单位联络工作的通知", "各区应急管理局，市防指各成员单位：",
        ["为确保汛期指挥调度顺畅，现就做好成员单位联络工作通知如下。", "一、各成员单位确定一名联络员。"],
        "2023年5月4日", "不予公开", "header mark 内部使用 (internal mark, Art.16)", top="内部使用"),
    doc("g03_secret_mark_public_note", "pdf", "霁川省人民政府办公厅", "霁政办发〔2023〕28号",
        "霁川省人民政府办公厅关于加强重要基础设施安全保卫工作的通知", "各市人民政府，省政府有关部门：",
        ["为加强重要基础设施安全保卫工作，现就有关事项通知如下。", "一、落实重点目标守护力量。"],
        "2023年9月26日", "不予公开", "state-secret mark 机密★10年 beside a printed 此件主动公开: a marked document is never 主动公开 (Art.14)",
        top="机密★10年", note_line="（此件主动公开）"),
    doc("g04_keep_confidential_note", "html", "枫林县人民政府办公室", "枫政办函〔2023〕41号",
        "枫林县人民政府办公室关于做好重点人员稳控工作的通知", TOWNS,
        ["为确保重要节点期间社会稳定，现就做好重点人员稳控工作通知如下。", "各单位要落实包保责任，掌握重点人员动态。"],
        "2023年9月18日", "不予公开", "header mark 注意保密; social-stability work (Art.14 social stability, internal mark)", top="注意保密"),
    doc("g05_secrecy_awareness_month", "txt", "临溪区保密局", "临保发〔2024〕2号",
        "临溪区保密局关于开展2024年保密宣传教育月活动的通知", "各街道办事处，区政府各部门：",
        ["为增强全社会保密意识，决定在全区开展保密宣传教育月活动。",
         "活动期间，要向机关干部和社会公众宣传国家秘密分为绝密、机密、秘密三级的基本知识，普及保密法律法规。"],
        "2024年4月1日", "主动公开", "public awareness campaign; 秘密 appears inside sentences, not as a mark; printed 此件公开发布",
        note_line="（此件公开发布）"),
    # -- public matters without a note, one more each side
    doc("h01_village_housing_safety", "docx", "白沙镇人民政府", "白政发〔2023〕6号",
        "白沙镇人民政府关于开展农村自建房安全隐患排查整治的通知", "各村民委员会，镇直各单位：",
        ["为保障农村群众生命财产安全，决定在全镇开展农村自建房安全隐患排查整治。",
         "一、对用作经营的自建房逐户排查。", "二、发现危险房屋立即组织人员撤离。"],
        "2023年5月15日", "主动公开", "rural self-built housing safety (Art.20 safety)"),
    doc("h02_town_cadre_training", "pdf", "白沙镇人民政府", "白政发〔2023〕11号",
        "白沙镇人民政府关于组织镇村干部参加乡村振兴专题培训班的通知", "各村党支部、村民委员会，镇直各单位：",
        ["为提高镇村干部抓乡村振兴的能力，镇政府决定组织镇村干部参加乡村振兴专题培训班。",
         "培训时间为6月12日至14日，地点在镇党校。", "请各村于6月8日前将参训人员名单报镇党政办。"],
        "2023年6月1日", "不予公开", "training of the town's own cadres (Art.16 内部事务); rural revitalisation is only its subject"),
]


def main(argv: list[str] | None = None) -> int:
    return write_set(D, __doc__.split("\n")[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
