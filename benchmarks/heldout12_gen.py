#!/usr/bin/env python3
"""Twelfth held-out set, for the disclosure attribute: a year of a county/city office's output.

    python benchmarks/heldout12_gen.py OUTDIR [--labels FILE]

Written by the disclosure9 helper without reading the disclosure rules, the round 7/8 reports or
the heldout7-11 generators, and labelled before normdocs scored it: the kinds of documents a
county, city or provincial office produces in a year (normative documents issued by 通知 or
directly, 批复, 函, 请示, 报告, 纪要, 通报, 任免, 公示, 招聘, budgets and final accounts,
emergency plans, meeting notices, internal rules, replies to 信访), with and without a printed
附注, some with marks or personal numbers. Each label is the attribute REFERENCE.md section 3
implies (printed marker first, else Art. 14/15/16/19-20/27); where the law leaves the office a
choice the note says which default was taken. Names are fictional.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout4_gen import doc, write_set  # noqa: E402


def _id_number(body: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(a) * w for a, w in zip(body, weights)) % 11]


ID_A = _id_number("42050219850612341")
ID_B = _id_number("42050219720309252")

D = [
    # -- normative documents: by 通知, issued directly, by a bureau
    doc("n01_county_homestead_measures", "pdf", "桐川县人民政府", "桐政发〔2024〕3号",
        "桐川县人民政府关于印发《桐川县农村宅基地管理办法》的通知", "各乡镇人民政府，县政府各部门：",
        ["现将《桐川县农村宅基地管理办法》印发给你们，请认真贯彻执行。",
         "第一条 为加强农村宅基地管理，保障农村村民合法权益，制定本办法。",
         "第二条 农村村民一户只能拥有一处宅基地，面积不得超过规定标准。"],
        "2024年2月19日", "主动公开", "normative document on homesteads, binding on villagers (Art.19-20)"),
    doc("n02_city_disability_subsidy_rules", "docx", "漳源市人民政府办公室", "漳政办规〔2024〕2号",
        "漳源市人民政府办公室关于印发漳源市困难残疾人生活补贴实施细则的通知", "各县（市、区）人民政府，市政府各部门：",
        ["《漳源市困难残疾人生活补贴实施细则》已经市政府同意，现印发给你们，请认真组织实施。",
         "困难残疾人生活补贴标准为每人每月90元，由县级民政部门按月发放。"],
        "2024年3月8日", "主动公开", "附注 此件公开发布; social-welfare policy (marker; Art.20)",
        note_line="（此件公开发布）"),
    doc("n03_city_park_rules_decree", "html", "漳源市人民政府", "漳源市人民政府令第12号",
        "漳源市城市公园管理办法", "",
        ["《漳源市城市公园管理办法》已经2024年4月2日市人民政府第31次常务会议通过，现予公布，自2024年6月1日起施行。",
         "第一条 为加强城市公园管理，保护公园资源，为公众提供良好的游憩环境，制定本办法。",
         "第二条 本市城市规划区内公园的规划、建设、保护和管理，适用本办法。"],
        "2024年4月15日", "主动公开", "government rule (规章) issued directly by decree (Art.19-20)"),
    doc("n04_bureau_rent_subsidy_measures", "txt", "桐川县住房和城乡建设局", "桐建规〔2024〕1号",
        "桐川县住房和城乡建设局关于印发《桐川县住房租赁补贴发放管理办法》的通知", "各乡镇人民政府，县直有关单位：",
        ["现将《桐川县住房租赁补贴发放管理办法》印发给你们，请遵照执行。",
         "符合条件的城镇中低收入住房困难家庭可以申请住房租赁补贴。"],
        "2024年5月6日", "主动公开", "公开方式：主动公开 printed; housing-security policy (marker; Art.20)",
        note_line="公开方式：主动公开"),
    doc("n05_province_enterprise_relief", "pdf", "临岳省人民政府办公厅", "临政办发〔2024〕18号",
        "临岳省人民政府办公厅关于进一步减轻中小微企业负担的若干措施", "各市、县人民政府，省政府各部门、各直属机构：",
        ["为进一步减轻中小微企业负担，激发市场主体活力，经省人民政府同意，提出以下措施。",
         "一、2024年底前，阶段性降低失业保险费率。", "二、清理规范涉企收费项目，公布收费目录清单。"],
        "2024年6月12日", "主动公开", "policy measures on fees for enterprises (Art.19-20)"),
    doc("n06_county_fishing_ban_tonggao", "html", "桐川县人民政府", "桐政通〔2024〕1号",
        "桐川县人民政府关于清江流域禁渔期管理的通告", "",
        ["根据有关法律法规，自2024年3月1日至6月30日，清江桐川段实行禁渔。",
         "禁渔期间，禁止一切捕捞作业，违者依法处理。"],
        "2024年2月26日", "主动公开", "通告 to the public (Art.19-20)", top="公开"),
    # -- 批复
    doc("p01_reply_village_plan", "docx", "桐川县人民政府", "桐政复〔2024〕9号",
        "桐川县人民政府关于同意《白鹭镇村庄规划（2021—2035年）》的批复", "白鹭镇人民政府：",
        ["你镇《关于审批白鹭镇村庄规划的请示》收悉。经研究，同意《白鹭镇村庄规划（2021—2035年）》，请认真组织实施。"],
        "2024年7月3日", "主动公开", "批复 approving a plan (Art.20 plans)"),
    doc("p02_reply_project_approval", "pdf", "漳源市发展和改革委员会", "漳发改审批〔2024〕56号",
        "漳源市发展和改革委员会关于市第二污水处理厂扩建工程可行性研究报告的批复", "市城市建设投资集团有限公司：",
        ["你公司报来的可行性研究报告收悉。经审核，同意市第二污水处理厂扩建工程建设，总投资2.6亿元。"],
        "2024年8月20日", "主动公开",
        "project approval result of a major public project (Art.20 licensing results and major projects; office default publishes)"),
    doc("p03_reply_bureau_office_repair", "txt", "桐川县人民政府", "桐政复〔2024〕21号",
        "桐川县人民政府关于同意县市场监督管理局办公楼维修改造的批复", "县市场监督管理局：",
        ["你局《关于办公楼维修改造的请示》收悉。经研究，同意你局对办公楼进行维修改造，所需经费由你局在部门预算中统筹解决。"],
        "2024年9月4日", "不予公开", "批复 to one bureau on its own building repair: 后勤管理 internal affairs (Art.16, office default withhold)"),
    # -- 函
    doc("f01_letter_request_data", "docx", "漳源市统计局", "漳统函〔2024〕14号",
        "漳源市统计局关于商请提供2023年度企业用电数据的函", "国网漳源供电公司：",
        ["为做好2023年度经济运行分析，商请贵公司提供全市规模以上工业企业2023年度分月用电数据。", "请于公开发布年度统计公报前报送我局。"],
        "2024年1月22日", "不予公开", "磋商信函 between bodies (Art.16 process information, office default withhold)"),
    doc("f02_letter_consult_draft", "html", "桐川县司法局", "桐司函〔2024〕7号",
        "桐川县司法局关于征求《桐川县行政规范性文件管理办法（征求意见稿）》意见的函", "县政府各部门：",
        ["为规范行政规范性文件管理，我局起草了《桐川县行政规范性文件管理办法（征求意见稿）》，现征求你单位意见。",
         "请于2024年5月20日前将书面意见反馈我局，逾期视为无意见。"],
        "2024年5月8日", "不予公开", "征求意见 letter on a draft to departments: 过程稿 (Art.16 process information)"),
    # -- 请示 / 报告
    doc("q01_request_flood_funds", "pdf", "桐川县水利局", "桐水呈〔2024〕11号",
        "桐川县水利局关于申请拨付防汛应急抢险资金的请示", "县人民政府：",
        ["入汛以来，我县遭受多轮强降雨，部分堤防出现险情。为保障安全度汛，特申请拨付防汛应急抢险资金800万元。", "妥否，请批示。"],
        "2024年6月28日", "不予公开", "请示 upward (Art.16 process information)"),
    doc("q02_request_marked_public", "docx", "漳源市教育局", "漳教呈〔2024〕5号",
        "漳源市教育局关于调整中小学课后服务收费标准的请示", "市人民政府：",
        ["为保障课后服务可持续开展，拟将中小学课后服务收费标准调整为每生每学期300元。", "以上请示妥否，请批示。"],
        "2024年7月15日", "主动公开", "附注 此件主动公开 printed on a 请示 (marker governs)",
        note_line="（此件主动公开）"),
    doc("r01_report_flood_work", "txt", "白鹭镇人民政府", "白政文〔2024〕19号",
        "白鹭镇人民政府关于2024年防汛工作开展情况的报告", "县防汛抗旱指挥部：",
        ["今年以来，我镇认真落实防汛责任制，开展隐患排查12次，转移群众360人。", "下一步，我镇将继续做好防汛值守工作。", "特此报告。"],
        "2024年8月30日", "不予公开", "报告 upward on the organ's work (Art.16 process information, 请示报告)"),
    # -- 纪要
    doc("m01_executive_meeting_minutes", "docx", "桐川县人民政府办公室", "桐川县人民政府常务会议纪要〔2024〕6期",
        "桐川县人民政府第十八次常务会议纪要", "",
        ["2024年4月9日，县长主持召开县人民政府第十八次常务会议，研究了以下事项。",
         "一、会议听取了县财政局关于一季度财政收支情况的汇报，要求各部门压减一般性支出。",
         "二、会议讨论了县城停车收费调整方案，原则同意，请县发改局进一步完善后按程序报批。"],
        "2024年4月10日", "不予公开", "纪要 of discussion (Art.16 讨论记录)"),
    doc("m02_topic_meeting_minutes_marked", "pdf", "漳源市人民政府办公室", "漳政办纪〔2024〕27号",
        "关于研究市中心医院新院区建设有关问题的专题会议纪要", "",
        ["2024年5月21日，副市长主持召开专题会议，研究市中心医院新院区建设有关问题。", "会议议定，由市自然资源局牵头做好用地保障。"],
        "2024年5月22日", "不予公开", "附注 此件不予公开 (marker; Art.16)", note_line="（此件不予公开）"),
    # -- 通报
    doc("t01_food_sampling_bulletin", "html", "桐川县市场监督管理局", "桐市监通〔2024〕4号",
        "桐川县市场监督管理局关于2024年第二季度食品安全监督抽检情况的通报", "各乡镇人民政府，县直有关单位：",
        ["2024年第二季度，我局共抽检食品样品420批次，检出不合格样品9批次，已依法核查处置。", "不合格产品信息见附件。"],
        "2024年7月10日", "主动公开", "food-safety inspection results (Art.20 inspections)"),
    doc("t02_attendance_criticism", "txt", "漳源市财政局", "漳财通〔2024〕2号",
        "漳源市财政局关于部分干部职工违反考勤纪律情况的通报", "局机关各科室、局属各单位：",
        ["近期，局机关开展考勤纪律专项检查，发现3名干部职工存在迟到早退问题。", "现予以通报批评，各科室要加强日常管理。"],
        "2024年3月28日", "不予公开", "staff discipline inside the organ: 人事管理 internal affairs (Art.16)"),
    doc("t03_safety_inspection_bulletin", "pdf", "桐川县安全生产委员会办公室", "桐安办〔2024〕15号",
        "关于2024年上半年安全生产大检查发现问题整改情况的通报", "各乡镇人民政府，县安委会各成员单位：",
        ["上半年，全县共检查企业1260家，发现隐患3150处，已整改3088处。", "对整改不力的企业，依法予以处罚并公开曝光。"],
        "2024年7月22日", "主动公开", "safety inspection results (Art.20 inspections of safety)"),
    # -- personnel
    doc("h01_appointment_bureau_heads", "docx", "桐川县人民政府", "桐政任〔2024〕4号",
        "桐川县人民政府关于张明远等同志职务任免的通知", "各乡镇人民政府，县政府各部门：",
        ["经县人民政府研究决定：", "任命张明远为县教育局局长；", "免去李建国的县交通运输局副局长职务。"],
        "2024年1月30日", "主动公开",
        "任免 of department heads: 负责人 is organisation information (Art.20; office default publishes 任免)"),
    doc("h02_bureau_staff_posts", "txt", "桐川县财政局", "桐财人〔2024〕3号",
        "桐川县财政局关于王芳等同志岗位调整的通知", "局机关各股室、局属各单位：",
        ["根据工作需要，经局党组研究，决定对以下同志岗位进行调整：", "王芳同志由预算股调整到国库股工作；", "陈亮同志由办公室调整到综合股工作。"],
        "2024年2月27日", "不予公开", "staff posts inside a bureau: 人事管理 internal affairs (Art.16)"),
    # -- 公示
    doc("g01_pre_appointment_publicity", "html", "中共桐川县委组织部", "桐组公〔2024〕2号",
        "桐川县拟任职干部任前公示", "",
        ["根据《党政领导干部选拔任用工作条例》，现将拟任职干部情况予以公示。",
         "赵德华，男，1978年6月生，现任县农业农村局副局长，拟任县农业农村局局长。",
         "公示期间，如有情况反映，请通过来信、来电等方式向县委组织部反映。举报电话：0719-5812345。"],
        "2024年3月12日", "主动公开", "任前公示 is published by nature; landline only (Art.20 organisation; office default)"),
    doc("g02_low_income_publicity_with_ids", "pdf", "白鹭镇人民政府", "白政公〔2024〕5号",
        "白鹭镇2024年第二季度新增最低生活保障对象公示", "",
        ["经村（居）民委员会评议、镇人民政府审核，拟新增以下最低生活保障对象，现予公示。",
         f"1. 刘某某，身份证号码{ID_A}，保障人数2人。", f"2. 孙某某，身份证号码{ID_B}，保障人数1人。",
         "公示期7天，监督电话：0719-5823456。"],
        "2024年6月18日", "依申请公开", "公示 printing full ID numbers: personal information (Art.15; redacted release Art.37)"),
    doc("g03_disability_publicity_masked", "docx", "桐川县残疾人联合会", "桐残联公〔2024〕3号",
        "桐川县2024年度困难残疾人生活补贴发放对象公示", "",
        ["经审核，拟将以下人员纳入2024年度困难残疾人生活补贴发放范围，现予公示。",
         "1. 周某某，身份证号码420502********3416，补贴标准每月90元。",
         "2. 吴某某，身份证号码420502********2529，补贴标准每月90元。", "公示期5天，监督电话：0719-5834567。"],
        "2024年4月8日", "主动公开", "公示 with masked ID numbers only (Art.20 social security)"),
    # -- recruitment
    doc("z01_public_institution_recruitment", "pdf", "桐川县人力资源和社会保障局", "桐人社公〔2024〕6号",
        "桐川县2024年事业单位公开招聘工作人员公告", "",
        ["根据工作需要，经县人民政府同意，2024年县直事业单位公开招聘工作人员86名。",
         "报名时间：2024年5月6日至5月10日。", "咨询电话：0719-5845678。"],
        "2024年4月25日", "主动公开", "recruitment announcement (Art.20 recruitment)"),
    doc("z02_auxiliary_staff_recruitment_mobile", "txt", "漳源市城市管理局", "漳城管公〔2024〕2号",
        "漳源市城市管理局关于招聘城市管理协管员的公告", "",
        ["因工作需要，我局面向社会招聘城市管理协管员20名。", "报名地点：市城市管理局人事科。",
         "联系人：何老师，联系电话：13907195566。"],
        "2024年3月4日", "主动公开",
        "recruitment (Art.20); a contact mobile is personal information by section 4, so review is expected"),
    # -- budgets and accounts
    doc("b01_county_budget_2024", "html", "桐川县财政局", "桐财预〔2024〕2号",
        "关于桐川县2024年县级预算的说明", "",
        ["2024年县级一般公共预算收入安排12.6亿元，比上年增长5%。",
         "一般公共预算支出安排28.4亿元，主要用于教育、社会保障和就业、卫生健康等民生领域。"],
        "2024年1月25日", "主动公开", "budget (Art.20 budgets)"),
    doc("b02_health_commission_final_accounts", "pdf", "漳源市卫生健康委员会", "漳卫财〔2024〕9号",
        "漳源市卫生健康委员会2023年度部门决算", "",
        ["一、部门基本情况。", "二、2023年度收入支出决算总体情况：本年收入合计3.2亿元，本年支出合计3.1亿元。",
         "三、“三公”经费支出情况：共计42.6万元，比上年下降8%。"],
        "2024年8月15日", "主动公开", "final accounts (Art.20 budgets and final accounts)"),
    doc("b03_rural_funds_allocation", "docx", "桐川县财政局、桐川县农业农村局", "桐财农〔2024〕14号",
        "桐川县财政局 桐川县农业农村局关于下达2024年第一批财政衔接推进乡村振兴补助资金的通知", "各乡镇人民政府：",
        ["现将2024年第一批财政衔接推进乡村振兴补助资金3200万元下达给你们，分配明细见附件。", "请严格按规定用途使用，并及时公告公示资金使用情况。"],
        "2024年3月19日", "主动公开", "allocation of rural revitalisation funds (Art.20 poverty policy, budgets)"),
    # -- emergency plans
    doc("e01_earthquake_plan", "txt", "桐川县人民政府办公室", "桐政办发〔2024〕22号",
        "桐川县人民政府办公室关于印发《桐川县地震应急预案》的通知", "各乡镇人民政府，县政府各部门：",
        ["《桐川县地震应急预案》已经县人民政府同意，现印发给你们，请认真组织实施。",
         "本预案适用于本县行政区域内地震灾害的应对工作。"],
        "2024年5月12日", "主动公开", "emergency plan (Art.20 emergency plans)"),
    doc("e02_key_target_plan_secret", "pdf", "漳源市人民政府办公室", "漳政办发〔2024〕40号",
        "漳源市人民政府办公室关于印发《漳源市重要目标防护应急预案》的通知", "各县（市、区）人民政府，市政府有关部门：",
        ["《漳源市重要目标防护应急预案》已经市人民政府同意，现印发给你们，请认真组织实施。"],
        "2024年9月9日", "不予公开", "secret mark 秘密★5年 on an emergency plan (Art.14)", top="秘密★5年"),
    # -- meeting notices
    doc("c01_safety_meeting_notice", "docx", "桐川县人民政府办公室", "桐政办电〔2024〕8号",
        "桐川县人民政府办公室关于召开全县安全生产工作会议的通知", "各乡镇人民政府，县政府各部门：",
        ["经县政府同意，定于2024年2月20日上午9时在县政府三楼会议室召开全县安全生产工作会议。",
         "请各乡镇、各部门主要负责同志准时参会，并于2月18日前将参会人员名单报县政府办公室。"],
        "2024年2月15日", "不予公开", "meeting notice: 内部工作流程 (Art.16 internal affairs, office default withhold)"),
    doc("c02_price_hearing_notice", "html", "漳源市发展和改革委员会", "漳发改价格〔2024〕3号",
        "漳源市发展和改革委员会关于召开城区居民用水价格调整听证会的公告", "",
        ["为合理制定城区居民用水价格，我委定于2024年7月18日召开城区居民用水价格调整听证会。",
         "现公开遴选听证参加人15名，欢迎广大市民报名。"],
        "2024年6月20日", "主动公开", "hearing on water prices open to the public (Art.20 fees)"),
    # -- internal rules
    doc("i01_office_reception_rules", "txt", "桐川县人民政府办公室", "桐政办发〔2024〕5号",
        "桐川县人民政府办公室关于印发《县政府办公室机关公务接待管理制度》的通知", "办公室各股室、下属各单位：",
        ["现将《县政府办公室机关公务接待管理制度》印发给你们，请遵照执行。",
         "第一条 机关公务接待实行审批制度，严格控制接待标准。"],
        "2024年1月18日", "不予公开", "the organ's own reception rules: 后勤管理 internal affairs (Art.16)"),
    doc("i02_archive_rules_internal_mark", "docx", "漳源市自然资源局", "漳自然资办〔2024〕11号",
        "漳源市自然资源局关于加强机关档案管理工作的通知", "局机关各科室、各分局：",
        ["为规范机关档案管理，现就有关事项通知如下。", "一、各科室要明确专人负责档案收集整理。"],
        "2024年4月22日", "不予公开", "header mark 内部资料 (internal mark; Art.16)", top="内部资料"),
    # -- 信访 replies
    doc("x01_petition_reply", "pdf", "桐川县信访局", "桐信复〔2024〕37号",
        "关于王某某信访事项的处理意见书", "王某某：",
        ["你于2024年6月3日反映的白鹭镇某小区物业费纠纷问题，本机关已受理。",
         "经调查核实，现提出处理意见如下：责成白鹭镇人民政府组织物业公司与业主协商解决。",
         "如对本处理意见不服，可以自收到本意见书之日起30日内向县人民政府申请复查。"],
        "2024年7月2日", "不予公开", "reply to a named petitioner on his own affairs: personal information (Art.15)"),
    doc("x02_petition_reply_with_numbers", "txt", "漳源市人力资源和社会保障局", "漳人社信复〔2024〕12号",
        "关于陈某某反映拖欠工资问题的答复意见", "陈某某：",
        [f"你（身份证号码{ID_B}，联系电话13807196677）反映某建筑公司拖欠工资一事收悉。",
         "经调查，该公司已于2024年5月20日将拖欠工资全部支付。"],
        "2024年5月28日", "不予公开", "reply to a petitioner printing his ID and mobile (Art.15)"),
    # -- a printed 依申请公开 on a public-facing policy
    doc("s01_farm_machinery_marked_on_request", "pdf", "桐川县农业农村局", "桐农发〔2024〕10号",
        "桐川县农业农村局关于做好2024年农机购置与应用补贴工作的通知", "各乡镇人民政府：",
        ["现就做好2024年农机购置与应用补贴工作有关事项通知如下。", "一、补贴对象为从事农业生产的个人和农业生产经营组织。"],
        "2024年3月25日", "依申请公开", "附注 此件依申请公开 printed (marker governs; content alone would be Art.20)",
        note_line="（此件依申请公开）"),
]


def main(argv: list[str] | None = None) -> int:
    return write_set(D, __doc__.split("\n")[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
