#!/usr/bin/env python3
"""Eighth held-out set, for the disclosure attribute: written after the disclosure7 rule changes, scored once.

    python benchmarks/heldout8_gen.py OUTDIR [--labels FILE]

25 documents in heldout4_gen.py's renderers, never used for tuning: public directives in new
subjects and wordings (传染病防控 in schools, 城市内涝, 养老保险登记, 公积金缴存), public notices,
internal work (外出报备, 机关车辆, 业务测试, 值班值守, 重点工作进展报送, 财务报销 rules with a 主动公开
附注), process documents (汇报, 常务会议纪要 printed 依申请公开, 商请, 请示 on a plan, a draft sent to
agencies for comment), replies, a division change, a secret-marked 请示, a published list with
mobile numbers, 内部资料 statistics and a secrecy training for the organ's own staff. Each label
was decided from the document's content by REFERENCE.md section 3 (a printed 附注 first unless
the content contradicts it; else Art. 14/15/16/19-20/27) when the document was written, before
normdocs ran on it. Names are fictional.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout4_gen import doc, write_set  # noqa: E402

D = [
    # -- public directives and notices
    doc("a01_school_infection_control", "pdf", "蓝田县人民政府", "蓝政发〔2024〕6号",
        "蓝田县人民政府关于做好2024年春季学校传染病防控工作的通知", "各镇人民政府，县直各单位：",
        ["春季是传染病高发季节，为保障广大师生身体健康，现就做好学校传染病防控工作通知如下。",
         "一、落实晨午检制度，发现学生异常及时告知家长。", "二、加强校园环境卫生整治。"],
        "2024年2月26日", "主动公开", "school infectious-disease control (Art.20 health, education)"),
    doc("a02_urban_waterlogging", "docx", "江宁市人民政府办公室", "江政办发〔2024〕19号",
        "江宁市人民政府办公室关于进一步做好城市内涝防范应对工作的通知", "各区人民政府，市政府各部门：",
        ["入汛以来我市降雨偏多，为保障市民生命财产安全，现就做好城市内涝防范应对工作通知如下。",
         "一、对易涝点实行专人值守。", "二、及时发布预警信息，引导市民避险。"],
        "2024年5月30日", "主动公开", "urban flood response (Art.20 emergency)"),
    doc("a03_farm_produce_sampling", "html", "江宁市鼓岭区市场监督管理局", "鼓市监〔2024〕7号",
        "鼓岭区市场监督管理局关于2024年第一季度食用农产品抽检结果的公告", "",
        ["2024年第一季度，我局共抽检食用农产品420批次，合格412批次。", "不合格产品已依法处置，现将抽检结果公告如下。"],
        "2024年4月12日", "主动公开", "food sampling results (Art.20 food safety)"),
    doc("a04_allowance_standard", "txt", "南岳省民政厅", "南民发〔2024〕3号",
        "南岳省民政厅关于提高城乡最低生活保障标准的通知", "各市民政局：",
        ["经省政府同意，自2024年1月1日起提高全省城乡最低生活保障标准。", "城市低保标准每人每月不低于780元，农村低保标准每人每年不低于6600元。"],
        "2024年1月5日", "主动公开", "minimum living allowance standards (Art.20 social assistance)"),
    doc("a05_road_detour_tonggao", "pdf", "蓝田县交通运输局", "蓝交通〔2024〕2号",
        "蓝田县交通运输局关于国道改建施工期间车辆绕行的通告", "",
        ["因国道改建施工，自2024年3月10日起，施工路段实行半幅通行。", "过往车辆请按指示标志绕行，给您带来的不便敬请谅解。"],
        "2024年3月4日", "主动公开", "traffic detour notice to the public (Art.20)"),
    doc("a06_major_decision_procedure", "docx", "江宁市人民政府", "江政发〔2023〕31号",
        "江宁市人民政府关于印发《江宁市重大行政决策程序规定》的通知", "各区人民政府，市政府各部门：",
        ["《江宁市重大行政决策程序规定》已经市政府常务会议审议通过，现印发给你们，请认真贯彻执行。"],
        "2023年12月18日", "主动公开", "normative document on decision procedure, printed 此件公开发布 (Art.19)",
        note_line="（此件公开发布）"),
    doc("a07_town_pension_registration", "html", "石桥镇人民政府", "石政发〔2024〕4号",
        "石桥镇人民政府关于开展2024年度城乡居民养老保险参保登记工作的通知", "各村（居）民委员会，镇直各单位：",
        ["为确保符合条件的城乡居民应保尽保，现就开展2024年度城乡居民养老保险参保登记工作通知如下。",
         "一、年满16周岁的本镇户籍居民可到村（居）委会登记参保。"],
        "2024年1月20日", "主动公开", "pension insurance registration for residents (Art.20 social security)"),
    doc("a08_provident_fund_rate", "txt", "江宁市住房公积金管理中心", "江公积金〔2024〕5号",
        "江宁市住房公积金管理中心关于调整2024年度住房公积金缴存比例的通知", "各缴存单位：",
        ["根据有关规定，现就调整2024年度住房公积金缴存比例有关事项通知如下。", "一、缴存比例下限为5%，上限为12%。"],
        "2024年6月25日", "主动公开", "provident fund contribution rates for employers and employees (Art.20)"),
    # -- the organs' own work
    doc("b01_leaders_travel_reporting", "pdf", "蓝田县人民政府办公室", "蓝政办发〔2024〕12号",
        "蓝田县人民政府办公室关于严格执行领导干部外出报备制度的通知", "各镇人民政府，县政府各部门：",
        ["各单位主要负责人离开本县的，应提前一天向县政府办公室报备。", "报备内容包括外出事由、时间和代为主持工作的负责人。"],
        "2024年3月15日", "不予公开", "leaders' travel reporting: internal personnel management (Art.16)"),
    doc("b02_office_vehicle_rules", "docx", "江宁市人民政府办公室", "江政办〔2024〕3号",
        "江宁市人民政府办公室关于印发《市政府办公室机关车辆管理办法》的通知", "办公室各处室，各直属单位：",
        ["现将《市政府办公室机关车辆管理办法》印发给你们，请遵照执行。", "机关车辆由行政处统一调度，用车须提前申请。"],
        "2024年1月8日", "不予公开", "the office's own vehicle rules (Art.16 后勤管理)"),
    doc("b03_staff_skills_test", "html", "江宁市鼓岭区人民政府办公室", "鼓政办发〔2024〕9号",
        "鼓岭区人民政府办公室关于开展机关干部业务能力测试的通知", "各街道办事处，区政府各部门：",
        ["为提升机关干部业务能力，区政府决定于5月组织开展业务能力测试。", "请各单位于4月30日前将参加测试人员名单报区政府办公室。"],
        "2024年4月16日", "不予公开", "testing the organs' own staff (Art.16 人事管理)"),
    doc("b04_holiday_duty", "txt", "中共蓝田县委办公室、蓝田县人民政府办公室", "蓝办发〔2024〕21号",
        "中共蓝田县委办公室蓝田县人民政府办公室关于做好2024年国庆节期间值班值守工作的通知", "各镇党委、人民政府，县直各单位：",
        ["国庆节期间，各单位要严格落实24小时值班和领导带班制度。", "请于9月27日前将值班表报县委、县政府总值班室。"],
        "2024年9月20日", "不予公开", "holiday duty rota (Art.16 内部事务)"),
    doc("b05_finance_reimbursement_public_marker", "pdf", "蓝田县卫生健康局", "蓝卫健发〔2024〕8号",
        "蓝田县卫生健康局关于印发《局机关财务报销管理制度》的通知", "局机关各股室，局属各单位：",
        ["现将《局机关财务报销管理制度》印发给你们，请认真执行。", "机关工作人员出差报销须经股室负责人审核、分管领导审批。"],
        "2024年2月2日", "不予公开", "the bureau's own reimbursement rules (Art.16 内部管理) printed 此件主动公开: conflict for a reviewer",
        note_line="（此件主动公开）"),
    doc("b06_key_work_progress", "docx", "江宁市人民政府办公室", "江政办函〔2024〕44号",
        "江宁市人民政府办公室关于报送2024年上半年重点工作进展情况的通知", "各区人民政府，市政府各部门：",
        ["请各单位对照市政府年度重点工作任务，梳理上半年进展情况，", "于7月5日前将书面材料报送市政府督查室。"],
        "2024年6月24日", "不予公开", "collecting progress reports from units (Art.16 内部工作流程)"),
    # -- process information
    doc("c01_funding_gap_huibao", "txt", "蓝田县住房和城乡建设局", "蓝住建〔2024〕15号",
        "蓝田县住房和城乡建设局关于老旧小区改造资金缺口情况的汇报", "县人民政府：",
        ["今年我县计划改造老旧小区12个，总投资1.2亿元，目前资金缺口3500万元。", "恳请县政府协调解决。"],
        "2024年5月6日", "不予公开", "汇报 to the government (Art.16 请示报告)"),
    doc("c02_minutes_on_request", "pdf", "江宁市人民政府办公室", "江府纪〔2024〕22号",
        "江宁市人民政府第二十二次常务会议纪要", "",
        ["2024年6月3日，市长主持召开市政府第二十二次常务会议。", "会议研究了城区停车场建设等事项，议定如下：", "一、原则同意城区停车场建设三年计划。"],
        "2024年6月5日", "依申请公开", "常务会议纪要 printed 此件依申请公开 (marker; Art.16 consistent)",
        note_line="（此件依申请公开）"),
    doc("c03_bond_funds_consultation", "html", "江宁市鼓岭区财政局", "鼓财函〔2024〕18号",
        "鼓岭区财政局关于商请协调解决专项债券项目资金拨付问题的函", "江宁市财政局：",
        ["我区2024年专项债券项目资金尚有1.6亿元未拨付到位，影响项目建设进度。", "商请贵局协调解决。"],
        "2024年4月22日", "不予公开", "商请 letter between agencies (Art.16 磋商信函)"),
    doc("c04_request_on_plan", "docx", "蓝田县人民政府", "蓝政〔2024〕11号",
        "蓝田县人民政府关于审批《蓝田县国土空间总体规划（2021—2035年）》的请示", "江宁市人民政府：",
        ["《蓝田县国土空间总体规划（2021—2035年）》已经县人大常委会审议。", "现呈报市政府审批。", "妥否，请批示。"],
        "2024年3月28日", "不予公开", "请示 submitting a plan for approval (Art.16 process information; the approved plan will be public)"),
    doc("c05_draft_to_agencies", "txt", "江宁市司法局", "江司函〔2024〕27号",
        "江宁市司法局关于对《江宁市物业管理条例（草案）》征求意见的函", "各区人民政府，市政府各部门：",
        ["《江宁市物业管理条例（草案）》已起草完成，现征求你们的意见。", "请于5月20日前将书面意见反馈市司法局。"],
        "2024年5月8日", "不予公开", "a draft sent to agencies for their comments (Art.16 过程稿)"),
    # -- replies
    doc("d01_reply_stadium_use", "pdf", "江宁市人民政府", "江政复〔2024〕14号",
        "江宁市人民政府关于同意市体育局使用市体育中心承办全省运动会部分赛事的批复", "市体育局：",
        ["你局《关于承办全省运动会部分赛事的请示》收悉。", "经研究，同意你局使用市体育中心承办全省运动会部分赛事。"],
        "2024年4月2日", "依申请公开", "批复 to one body on its use of a venue (Art.27)"),
    doc("d02_reply_village_merger", "html", "蓝田县人民政府", "蓝政复〔2024〕5号",
        "蓝田县人民政府关于同意撤销红旗村并入新华村的批复", "石桥镇人民政府：",
        ["你镇《关于撤销红旗村并入新华村的请示》收悉。", "经研究，同意撤销红旗村建制，将其并入新华村。"],
        "2024年2月19日", "主动公开", "approval of a village merger: an administrative-division change (Art.20)"),
    # -- marks and personal numbers
    doc("e01_secret_request", "txt", "蓝田县公安局", "蓝公〔2024〕9号",
        "蓝田县公安局关于增配重点部位安防设备的请示", "县人民政府：",
        ["为加强重点部位安全防范，特申请增配安防设备。", "妥否，请批示。"],
        "2024年3月11日", "不予公开", "state-secret mark 秘密★5年 on a 请示 (Art.14)", top="秘密★5年"),
    doc("e02_list_with_mobiles", "docx", "江宁市鼓岭区人力资源和社会保障局", "鼓人社〔2024〕13号",
        "鼓岭区人力资源和社会保障局关于2024年公益性岗位拟聘用人员的公示", "",
        ["经报名、资格审查和面试，现将拟聘用人员名单公示如下：", "张某某，联系电话13907310458；", "公示期为5个工作日。"],
        "2024年5月27日", "依申请公开", "printed 此件公开发布 but prints a person's mobile number: conflict, Art.15 redacted release",
        note_line="（此件公开发布）"),
    doc("e03_internal_statistics", "pdf", "江宁市统计局", "江统发〔2024〕6号",
        "江宁市统计局关于2024年一季度全市经济运行情况的分析", "市委、市政府领导，各区人民政府：",
        ["一季度全市地区生产总值同比增长5.2%。", "工业增加值增速较上年同期回落0.8个百分点。"],
        "2024年4月20日", "不予公开", "header mark 内部资料 on an internal analysis (internal mark, Art.16)", top="内部资料"),
    doc("e04_secrecy_training_own_staff", "html", "蓝田县保密局", "蓝保发〔2024〕3号",
        "蓝田县保密局关于举办全县涉密人员保密业务培训班的通知", "各镇人民政府，县直各单位：",
        ["为提高涉密人员保密意识和业务能力，县保密局决定举办全县涉密人员保密业务培训班。",
         "请各单位于6月10日前将参训人员名单报县保密局。"],
        "2024年6月1日", "不予公开", "training of the organs' own classified-post staff (Art.16 内部事务)"),
]


def main(argv: list[str] | None = None) -> int:
    return write_set(D, __doc__.split("\n")[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
