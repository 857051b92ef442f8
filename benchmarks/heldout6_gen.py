#!/usr/bin/env python3
"""Sixth held-out set: government notices to the governments below them, public subject, inner work.

    python benchmarks/heldout6_gen.py OUTDIR [--labels FILE]

12 documents in heldout4_gen.py's renderers, aimed at the rule that publishes a government's
directive to lower governments without review: most name a public subject in the title (农业,
安全生产, 城市建设, 防汛 …) while the notice itself runs the organs' own work (nominations,
statistics returns, surveys, situation reports, staff training, collecting proposals); a few are
the public directives the rule is for, in wordings the earlier sets do not use. Each label was
decided from the document's content by REFERENCE.md section 3 before any normdocs decision ran
on it. Names are fictional.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heldout4_gen import doc, write_set  # noqa: E402

GOVS = "各乡镇人民政府，县政府各部门："
D = [
    doc("a01_nominate_agriculture", "pdf", "柳川县人民政府办公室", "柳政办发〔2023〕41号",
        "柳川县人民政府办公室关于推荐全县农业农村工作先进集体和先进个人候选对象的通知", GOVS,
        ["县政府拟对全县农业农村工作先进集体和先进个人进行表扬。", "请各单位按分配名额推荐候选对象，于11月30日前将推荐表报县农业农村局。"],
        "2023年11月10日", "不予公开", "nominating candidates among units: internal workflow (Art.16); the commendation itself would be public"),
    doc("a02_city_construction_returns", "txt", "桐州市人民政府办公室", "桐政办函〔2024〕2号",
        "桐州市人民政府办公室关于填报2023年度城市建设统计报表的通知", "各县（市、区）人民政府，市政府有关部门：",
        ["请各单位按照附件格式填报2023年度城市建设统计报表，经本单位负责人审核后于1月31日前报送市住房城乡建设局。"],
        "2024年1月8日", "不予公开", "statistics returns collected from units: internal workflow (Art.16)"),
    doc("a03_staff_training_food_safety", "docx", "柳川县人民政府办公室", "柳政办发〔2023〕12号",
        "柳川县人民政府办公室关于开展食品安全监管人员业务轮训的通知", GOVS,
        ["为提高基层食品安全监管人员业务能力，县政府决定分批开展业务轮训。", "请各乡镇安排监管人员按时参训。"],
        "2023年4月6日", "不予公开", "training of the organs' own staff: internal affairs (Art.16)"),
    doc("a04_collect_livelihood_proposals", "html", "桐州市人民政府办公室", "桐政办函〔2023〕66号",
        "桐州市人民政府办公室关于征集2024年市政府民生实事项目建议的通知", "各县（市、区）人民政府，市政府各部门：",
        ["为做好2024年市政府民生实事项目遴选工作，现向各单位征集项目建议。", "请于10月20日前将项目建议表报市政府办公室。"],
        "2023年10月9日", "不予公开", "collecting project proposals before a decision: process information (Art.16)"),
    doc("a05_flood_supplies_survey", "pdf", "柳川县人民政府办公室", "柳政办明电〔2023〕5号",
        "柳川县人民政府办公室关于开展防汛物资储备情况摸底调查的通知", GOVS,
        ["为掌握全县防汛物资储备情况，请各乡镇、各部门对本单位防汛物资储备情况进行摸底调查，", "如实填写调查表，于5月10日前反馈县应急管理局。"],
        "2023年4月28日", "不予公开", "internal survey of the units' own supplies: internal workflow (Art.16)"),
    doc("a06_province_safety_situation", "txt", "江渚省人民政府办公厅", "江政办明电〔2024〕3号",
        "江渚省人民政府办公厅关于及时报告春节期间安全生产情况的通知", "各市人民政府，省政府有关部门：",
        ["春节期间，各地要实行安全生产情况日报告制度，每日16时前将当日情况报告省应急管理厅。", "发生较大以上事故的，要在1小时内报告。"],
        "2024年2月5日", "不予公开", "situation reporting from units to the province: internal workflow (Art.16)"),
    doc("a07_tourism_inspection_arrangement", "docx", "桐州市人民政府办公室", "桐政办函〔2023〕38号",
        "桐州市人民政府办公室关于迎接省旅游工作考评组检查有关事项的通知", "各县（市、区）人民政府，市政府有关部门：",
        ["省旅游工作考评组定于6月中旬来我市检查。", "请各单位认真准备汇报材料，安排专人陪同。"],
        "2023年6月2日", "不予公开", "arranging a superior's inspection visit: internal workflow (Art.16)"),
    # -- the public directives the rule is for
    doc("b01_rural_road_maintenance", "pdf", "柳川县人民政府", "柳政发〔2024〕3号",
        "柳川县人民政府关于做好2024年农村公路养护工作的通知", GOVS,
        ["为保障农村公路安全畅通，方便群众出行，现就做好农村公路养护工作通知如下。", "一、落实乡镇养护主体责任。", "二、保障养护资金投入。"],
        "2024年3月4日", "主动公开", "rural road maintenance (Art.20)"),
    doc("b02_water_quality_opinion", "html", "桐州市人民政府", "桐政发〔2023〕22号",
        "桐州市人民政府关于加强城市供水水质监管的意见", "各县（市、区）人民政府，市政府各部门：",
        ["为保障城市供水水质安全，提出如下意见。", "一、建立水质定期检测和公布制度。"],
        "2023年7月18日", "主动公开", "drinking water quality supervision (Art.20)"),
    doc("b03_disability_allowances", "txt", "柳川县人民政府办公室", "柳政办发〔2023〕30号",
        "柳川县人民政府办公室关于进一步做好残疾人两项补贴发放工作的通知", GOVS,
        ["为确保困难残疾人生活补贴和重度残疾人护理补贴按时足额发放，现就有关事项通知如下。"],
        "2023年8月21日", "主动公开", "disability allowances (Art.20 social assistance)"),
    doc("b04_province_sanitation_decision", "docx", "江渚省人民政府", "江政发〔2022〕9号",
        "江渚省人民政府关于深入推进城乡环境卫生整治的决定", "各市人民政府，省政府各部门、各直属机构：",
        ["为改善城乡环境面貌，省政府决定深入推进城乡环境卫生整治。"],
        "2022年4月12日", "主动公开", "sanitation policy (Art.20)"),
    doc("b05_heatwave_directive", "pdf", "桐州市人民政府办公室", "桐政办明电〔2023〕9号",
        "桐州市人民政府办公室关于做好高温天气防范应对工作的通知", "各县（市、区）人民政府，市政府各部门：",
        ["近期我市持续高温，为保障人民群众生命安全和身体健康，现就做好高温天气防范应对工作通知如下。"],
        "2023年7月10日", "主动公开", "heatwave emergency response (Art.20)"),
]


def main(argv: list[str] | None = None) -> int:
    return write_set(D, __doc__.split("\n")[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
