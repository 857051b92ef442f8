#!/usr/bin/env python3
"""Fifth held-out set, for the disclosure attribute, written after heldout4 had become dev.

    python benchmarks/heldout5_gen.py OUTDIR [--labels FILE]

22 documents in heldout4_gen.py's formats and renderers, on other subjects and wordings: recipients
written 各镇人民政府、街道办事处 or 各县（市、区）人民政府, work arrangements that name no meeting
(推介会, 督查, report drafting), replies on fees and divisions, a printed 主动公开 on a 请示, party
organs' departments. Each label was decided from the document's content by REFERENCE.md section 3
(a printed 附注 first; else Art. 14/15/16/19-20/27) before any normdocs decision ran on it.
Names are fictional.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout4_gen import doc, write_set  # noqa: E402

D = [
    doc("a01_pension_adjustment", "txt", "东篱县人民政府", "东政发〔2024〕6号",
        "东篱县人民政府关于调整城乡居民基本养老保险基础养老金标准的通知", "各镇人民政府、街道办事处，县政府各部门：",
        ["经县政府研究，自2024年1月1日起，城乡居民基本养老保险基础养老金标准由每人每月150元提高到170元。"],
        "2024年3月1日", "主动公开", "pension standard (Art.20 social security)"),
    doc("a02_groundwater_opinion", "pdf", "澜州市人民政府", "澜政发〔2023〕14号",
        "澜州市人民政府关于加强地下水管理与保护的意见", "各县（市、区）人民政府，市政府各部门：",
        ["为加强地下水管理与保护，保障供水安全，提出如下意见。", "一、严格控制地下水开采总量。", "二、划定地下水禁采区和限采区。"],
        "2023年8月9日", "主动公开", "water resources protection policy (Art.20)"),
    doc("a03_rural_environment_campaign", "docx", "南溪区人民政府办公室", "南政办发〔2023〕26号",
        "南溪区人民政府办公室关于开展农村人居环境整治百日攻坚行动的通知", "各镇人民政府、街道办事处，区政府有关部门：",
        ["为进一步改善农村人居环境，决定在全区开展百日攻坚行动。", "一、开展村庄清洁行动。", "二、推进农村厕所改造。"],
        "2023年4月3日", "主动公开", "rural living environment campaign (Art.20)"),
    doc("a04_province_jobs", "html", "西陵省人民政府办公厅", "西政办发〔2022〕40号",
        "西陵省人民政府办公厅关于进一步做好稳就业工作的通知", "各市人民政府，省政府各部门、各直属机构：",
        ["为做好当前稳就业工作，经省政府同意，现就有关事项通知如下。", "一、加大对中小微企业稳岗支持力度。", "二、做好高校毕业生就业服务。"],
        "2022年6月20日", "主动公开", "employment policy (Art.20)"),
    doc("a05_land_expropriation_notice", "pdf", "东篱县人民政府", "东政告〔2023〕3号",
        "东篱县人民政府关于拟征收土地的公告", "",
        ["因城市建设需要，拟征收城关镇下坝村集体土地12.6公顷。", "被征收土地所有权人、使用权人对征收有异议的，可在公告之日起30日内提出。"],
        "2023年7月12日", "主动公开", "land expropriation notice to owners (Art.20)"),
    doc("a06_enrolment", "txt", "南溪区教育局", "南教发〔2024〕9号",
        "南溪区教育局关于做好2024年秋季义务教育招生入学工作的通知", "各中小学校：",
        ["现就做好2024年秋季义务教育招生入学工作通知如下。", "一、适龄儿童按户籍和居住地相对就近入学。", "二、家长须于7月10日前完成网上报名。"],
        "2024年5月28日", "主动公开", "school enrolment (Art.20 education)"),
    doc("a07_leaders_division", "docx", "澜州市人民政府办公室", "澜政办发〔2023〕2号",
        "澜州市人民政府办公室关于市政府领导同志工作分工的通知", "各县（市、区）人民政府，市政府各部门：",
        ["根据市政府领导同志变动情况，现将市政府领导同志工作分工通知如下。", "市长王某某：主持市政府全面工作。"],
        "2023年2月10日", "主动公开", "division of work of government leaders: agency organisation (Art.20)"),
    doc("a08_marked_public_request", "html", "东篱县住房和城乡建设局", "东建字〔2023〕11号",
        "东篱县住房和城乡建设局关于申请老旧小区改造配套资金的请示", "县人民政府：",
        ["我县2023年老旧小区改造项目共涉及小区23个，特申请配套资金1800万元。", "妥否，请批示。"],
        "2023年3月6日", "主动公开", "printed 附注 此件主动公开 on a 请示: the marker decides", note_line="（此件主动公开）"),
    # -- the organs' own work
    doc("b01_investment_fair", "pdf", "东篱县人民政府办公室", "东政办发〔2023〕33号",
        "东篱县人民政府办公室关于组织参加全市招商引资项目推介活动的通知", "各镇人民政府、街道办事处，县直各单位：",
        ["市政府定于9月20日举办招商引资项目推介活动。", "请各单位确定1名分管负责人参加，于9月15日前将名单报县商务局。"],
        "2023年9月8日", "不予公开", "arranging attendance at an event: internal workflow (Art.16)"),
    doc("b02_style_inspection", "docx", "南溪区人民政府办公室", "南政办发〔2024〕4号",
        "南溪区人民政府办公室关于开展2024年度机关作风建设专项督查的通知", "各镇人民政府、街道办事处，区政府各部门：",
        ["为进一步转变机关作风，区政府决定开展机关作风建设专项督查。", "督查组将采取明察暗访方式进行。"],
        "2024年3月12日", "不予公开", "inspection of the organs' own conduct: internal affairs (Art.16)"),
    doc("b03_annual_report_drafting", "txt", "澜州市人民政府办公室", "澜政办函〔2024〕3号",
        "澜州市人民政府办公室关于做好2023年度政府信息公开工作年度报告编制工作的通知", "各县（市、区）人民政府，市政府各部门：",
        ["请各单位按照统一格式编制本单位2023年度政府信息公开工作年度报告，于1月20日前报市政府办公室审核。"],
        "2024年1月5日", "不予公开", "instructions to units on drafting reports: internal workflow (Art.16), the report itself is public"),
    doc("b04_party_org_reserve_cadres", "pdf", "中共东篱县委组织部", "东组发〔2024〕3号",
        "中共东篱县委组织部关于做好村级后备干部培养工作的通知", "各镇党委、街道党工委：",
        ["为加强村级后备干部队伍建设，现就做好培养工作通知如下。"],
        "2024年2月26日", "不予公开", "party organ's internal personnel work (internal affairs, Art.16)"),
    # -- upward and process documents
    doc("c01_health_request", "docx", "南溪区卫生健康局", "南卫字〔2023〕18号",
        "南溪区卫生健康局关于将区中医院迁建项目列入区重点项目的请示", "区人民政府：",
        ["区中医院现有业务用房严重不足，特请求将迁建项目列入2024年区重点项目。", "妥否，请批示。"],
        "2023年11月2日", "不予公开", "请示 (Art.16 process information)"),
    doc("c02_standing_meeting_minutes", "html", "东篱县人民政府办公室", "东府纪〔2023〕12号",
        "东篱县人民政府第二十三次常务会议纪要", "",
        ["2023年10月16日，县长李某某主持召开县政府第二十三次常务会议。", "会议研究了以下事项：", "一、原则同意县城污水管网改造实施计划。"],
        "2023年10月17日", "不予公开", "常务会议纪要 (Art.16 process information)"),
    doc("c03_opinion_on_draft", "txt", "澜州市司法局", "澜司函〔2023〕41号",
        "澜州市司法局关于征求《澜州市养犬管理办法（草案）》修改意见的函", "市公安局，市城市管理局，市农业农村局：",
        ["现将《澜州市养犬管理办法（草案）》送你单位征求意见，请于10日内反馈。"],
        "2023年6月1日", "不予公开", "soliciting agencies' opinions on a draft: 过程稿 (Art.16)"),
    # -- replies
    doc("d01_reply_health_station", "pdf", "南溪区人民政府", "南政复〔2023〕9号",
        "南溪区人民政府关于同意设立南溪区望江社区卫生服务站的批复", "区卫生健康局：",
        ["你局《关于设立望江社区卫生服务站的请示》收悉。经研究，同意设立。"],
        "2023年8月14日", "依申请公开", "批复 to one body on a small institution (Art.27)"),
    doc("d02_reply_town_creation", "docx", "西陵省人民政府", "西政复〔2022〕31号",
        "西陵省人民政府关于同意东篱县撤销河口乡设立河口镇的批复", "澜州市人民政府：",
        ["你市《关于东篱县撤乡设镇的请示》收悉。经研究，同意撤销河口乡，设立河口镇。"],
        "2022年12月5日", "主动公开", "approval of an administrative-division change (Art.20)"),
    doc("d03_reply_fee_relief", "txt", "东篱县人民政府办公室", "东政办函〔2023〕57号",
        "东篱县人民政府办公室关于东篱宏达食品有限公司申请减免城市基础设施配套费的复函", "县住房和城乡建设局：",
        ["你局转来的东篱宏达食品有限公司减免申请收悉。经研究，同意减半收取城市基础设施配套费。"],
        "2023年9月27日", "依申请公开", "reply to one body on one company's fee relief: a third party's affairs (Art.15/27)"),
    # -- marks
    doc("e01_work_secret", "pdf", "澜州市人民政府办公室", "澜政办发〔2023〕19号",
        "澜州市人民政府办公室关于做好重大活动期间社会面管控工作的通知", "各县（市、区）人民政府，市政府各部门：",
        ["为确保重大活动期间社会稳定，现就有关事项通知如下。"],
        "2023年5月5日", "不予公开", "header mark 工作秘密 (work secret)", top="工作秘密"),
    doc("e02_confidential", "docx", "东篱县人民政府", "东政发〔2023〕21号",
        "东篱县人民政府关于做好重点目标防护工作的通知", "各镇人民政府、街道办事处，县政府各部门：",
        ["现就做好重点目标防护工作通知如下。"],
        "2023年10月9日", "不予公开", "state-secret mark 机密★5年 (Art.14)", top="机密★5年"),
    doc("e03_mobile_of_beneficiary", "html", "南溪区民政局", "南民发〔2023〕7号",
        "南溪区民政局关于发放2023年度困难群众临时救助金的通知", "各镇人民政府、街道办事处：",
        ["经审核，同意对下列困难群众发放临时救助金：张某某，联系电话13507121234，救助金3000元。"],
        "2023年12月1日", "依申请公开", "names a beneficiary with a mobile number: personal information (Art.15, 37)"),
    doc("e04_marked_withheld_notice", "pdf", "澜州市财政局", "澜财发〔2023〕30号",
        "澜州市财政局关于预拨2023年度部分县区财力补助资金的通知", "各县（市、区）财政局：",
        ["经市政府同意，现预拨部分县区财力补助资金，请及时拨付。"],
        "2023年6月19日", "不予公开", "附注 此件不予公开, content agrees (marker)", note_line="（此件不予公开）"),
]


def main(argv: list[str] | None = None) -> int:
    return write_set(D, __doc__.split("\n")[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
