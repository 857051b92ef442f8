#!/usr/bin/env python3
"""Fourth held-out set, for the disclosure attribute: documents whose attribute turns on content.

    python benchmarks/heldout4_gen.py OUTDIR [--labels FILE]

Writes 32 PDF / DOCX / HTML / TXT documents to OUTDIR. Each is written out as its lines (版头,
发文字号, 标题, 主送, 正文, 署名, 日期, 附注, 版记); the expected disclosure attribute and its
ground stand beside it, decided from the document's content by REFERENCE.md section 3 (a printed
附注 first; else Art. 14/15/16/19-20/27) before any normdocs decision was run on it. `--labels`
writes them as a label file (benchmarks/labels/heldout4.disclosure.jsonl was written so). The
set probes both sides of every rule: government directives on public matters and on the organs'
own work, replies to one body and on plans, upward documents, marks and personal numbers, party
documents, recipients below the government that are not governments. Names are fictional.
"""

from __future__ import annotations

import argparse
import html
import json
import random
from pathlib import Path

from docx import Document
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

FILLER = [
    "各地各部门要提高思想认识，加强组织领导，明确责任分工，确保各项工作落到实处。",
    "要加强宣传引导，及时回应社会关切，营造良好氛围。",
    "工作中遇到的问题，请及时与承办单位联系。",
    "要强化督促检查，对工作推进不力的，予以通报。",
    "本通知自印发之日起施行。",
]


def doc(name, fmt, issuer, number, title, recipients, body, date, label, note, *, mark=None, top=None,
        note_line=None, cc=None):
    return {"name": name, "fmt": fmt, "issuer": issuer, "number": number, "title": title,
            "recipients": recipients, "body": body, "date": date, "label": label, "note": note,
            "mark": mark, "top": top, "note_line": note_line, "cc": cc}


D = [
    doc("a01_county_straw_burning", "pdf", "青禾县人民政府", "青政发〔2023〕8号",
        "青禾县人民政府关于严禁秸秆露天焚烧的通知", "各乡镇人民政府，县政府各部门：",
        ["为改善大气环境质量，保障人民群众身体健康，现就严禁秸秆露天焚烧有关事项通知如下。",
         "一、全县行政区域内严禁露天焚烧农作物秸秆。", "二、各乡镇要落实网格化监管，发现焚烧行为及时制止。"],
        "2023年5月20日", "主动公开", "environment protection policy to townships (Art.20)"),
    doc("a02_city_elderly_meals", "docx", "岚州市人民政府办公室", "岚政办发〔2022〕31号",
        "岚州市人民政府办公室关于加快发展老年助餐服务的实施意见", "各区人民政府，市政府各部门：",
        ["为满足老年人就餐需求，结合我市实际，提出如下实施意见。", "一、到2024年底，城市社区老年助餐服务覆盖率达到80%。",
         "二、对符合条件的老年人给予就餐补贴。"],
        "2022年9月3日", "主动公开", "elderly meal subsidy policy (Art.20 social welfare)"),
    doc("a03_province_cancel_certificates", "pdf", "云川省人民政府", "云政发〔2021〕4号",
        "云川省人民政府关于取消一批证明事项的决定", "各市、县人民政府，省政府各部门、各直属机构：",
        ["经研究，决定取消68项证明事项。", "各地各部门不得再要求申请人提供已取消的证明材料。"],
        "2021年2月8日", "主动公开", "cancels certificates demanded of applicants (Art.20 licensing)"),
    doc("a04_district_traffic_tonggao", "html", "松溪区人民政府", "松政通〔2023〕2号",
        "松溪区人民政府关于滨河路施工期间实行交通管制的通告", "",
        ["因滨河路改造施工，自2023年6月1日至8月31日，滨河路全线封闭施工。", "过往车辆请绕行，给广大市民带来不便，敬请谅解。"],
        "2023年5月25日", "主动公开", "traffic control notice to the public (Art.20)"),
    doc("a05_city_hrss_contribution_base", "txt", "岚州市人力资源和社会保障局", "岚人社发〔2023〕15号",
        "岚州市人力资源和社会保障局关于公布2023年度社会保险缴费基数上下限的通知",
        "各区人力资源和社会保障局，各参保单位：",
        ["根据省有关规定，现将2023年度我市社会保险缴费基数上下限公布如下。", "一、缴费基数上限为每月22000元。", "二、缴费基数下限为每月4400元。"],
        "2023年7月1日", "主动公开", "social-insurance contribution base (Art.20 social security)"),
    doc("a06_1998_forest_fire", "pdf", "石门县人民政府", "石政发〔1998〕3号",
        "石门县人民政府关于切实做好一九九八年春季森林防火工作的通知", "各乡、镇人民政府，县直各单位：",
        ["春季是森林火灾高发期，为确保森林资源安全，现就有关事项通知如下。", "一、严格野外火源管理。", "二、落实扑火队伍和物资。"],
        "一九九八年二月十日", "主动公开", "1998 forest fire prevention (Art.20 emergency)"),
    doc("a07_city_measures_marked", "docx", "岚州市人民政府", "岚政发〔2023〕9号",
        "岚州市人民政府关于印发《岚州市城市绿化管理办法》的通知", "各区人民政府，市政府各部门：",
        ["现将《岚州市城市绿化管理办法》印发给你们，请认真贯彻执行。"],
        "2023年3月12日", "主动公开", "printed marker 此件公开发布; normative document (Art.19)",
        note_line="（此件公开发布）"),
    doc("a08_county_heating", "html", "北岭县人民政府", "北政发〔2022〕20号",
        "北岭县人民政府关于做好2022—2023年度城区冬季供暖工作的通知", "各乡镇人民政府，县政府各部门：",
        ["为保障城区居民温暖过冬，现就做好冬季供暖工作通知如下。", "一、供暖期为11月15日至次年3月15日。"],
        "2022年10月28日", "主动公开", "winter heating to residents (Art.20 public utilities)"),
    doc("a09_township_medical_insurance", "txt", "河口乡人民政府", "河政发〔2023〕2号",
        "河口乡人民政府关于做好2023年度城乡居民医疗保险参保缴费工作的通知", "各村民委员会，乡直各单位：",
        ["现就做好2023年度城乡居民医疗保险参保缴费工作通知如下。", "一、个人缴费标准为每人每年350元。"],
        "2022年10月8日", "主动公开", "medical insurance contribution to villagers (Art.20)"),
    doc("a10_party_gov_rural_revitalisation", "pdf", "中共北岭县委、北岭县人民政府", "北发〔2022〕1号",
        "中共北岭县委北岭县人民政府关于全面推进乡村振兴的实施意见", "各乡镇党委、人民政府，县直各单位：",
        ["为全面推进乡村振兴，加快农业农村现代化，结合我县实际，提出如下实施意见。", "一、稳定粮食生产。", "二、加强农村基础设施建设。"],
        "2022年3月2日", "主动公开", "joint party-government public policy (Art.20 agriculture)"),
    doc("a11_cdc_catch_up_vaccination", "docx", "青禾县疾病预防控制中心", "青疾控发〔2023〕6号",
        "青禾县疾病预防控制中心关于开展适龄儿童免疫规划疫苗查漏补种工作的通知", "各乡镇卫生院，县直各医疗卫生单位：",
        ["为提高适龄儿童免疫规划疫苗接种率，决定在全县开展查漏补种工作。", "请家长携带预防接种证到辖区接种点补种。"],
        "2023年4月10日", "主动公开", "public-health vaccination campaign (Art.20 health)"),
    doc("a12_county_conscription", "pdf", "石门县人民政府", "石政发〔2024〕5号",
        "石门县人民政府关于做好2024年度征兵工作的通知", "各乡镇人民政府，县政府各部门：",
        ["根据上级征兵命令，现就做好2024年度征兵工作通知如下。", "一、征集对象为年满18至22周岁的男性青年。"],
        "2024年1月15日", "主动公开", "conscription to the public (Art.20)"),
    doc("a13_district_old_estates_streets", "html", "松溪区人民政府办公室", "松政办发〔2023〕11号",
        "松溪区人民政府办公室关于做好城镇老旧小区改造居民意见征集工作的通知", "各街道办事处，区政府各部门：",
        ["为做好2023年度老旧小区改造工作，现就征集居民意见有关事项通知如下。", "请各街道于6月底前完成入户调查。"],
        "2023年5月8日", "主动公开", "old-estate renovation involving residents (Art.20)"),
    doc("a14_county_township_budget", "txt", "北岭县人民政府", "北政发〔2024〕2号",
        "北岭县人民政府关于下达2024年度乡镇财政预算的通知", "各乡镇人民政府：",
        ["经县人民代表大会审议通过，现将2024年度各乡镇财政预算下达给你们，请严格执行。"],
        "2024年2月20日", "主动公开", "budget (Art.20 budgets and final accounts)"),
    # -- the organs' own work, to the same recipients
    doc("b01_county_work_summaries", "pdf", "青禾县人民政府办公室", "青政办发〔2023〕40号",
        "青禾县人民政府办公室关于报送2023年度工作总结和2024年工作计划的通知", "各乡镇人民政府，县政府各部门：",
        ["请各单位于12月10日前将2023年度工作总结和2024年工作计划报送县政府办公室。", "材料请控制在3000字以内。"],
        "2023年11月28日", "不予公开", "internal workflow: collecting reports from units (Art.16 内部工作流程)"),
    doc("b02_city_document_flow", "docx", "岚州市人民政府办公室", "岚政办发〔2022〕18号",
        "岚州市人民政府办公室关于进一步规范公文运转工作的通知", "各区人民政府，市政府各部门：",
        ["为提高公文运转效率，现就规范报送市政府的公文通知如下。", "一、报送市政府的请示应当一文一事。", "二、公文应经本单位主要负责人签发。"],
        "2022年6月6日", "不予公开", "how documents flow to the city government: internal workflow (Art.16)"),
    doc("b03_county_safety_meeting", "txt", "石门县人民政府办公室", "石政办发〔2023〕22号",
        "石门县人民政府办公室关于召开全县安全生产工作会议的通知", "各乡镇人民政府，县政府各部门：",
        ["县政府定于2023年3月15日上午9时在县政府三楼会议室召开全县安全生产工作会议。",
         "参会人员：各乡镇乡镇长，县直各部门主要负责人。"],
        "2023年3月10日", "不予公开", "meeting arrangement: internal workflow (Art.16)"),
    doc("b04_city_holiday_duty", "html", "岚州市人民政府办公室", "岚政办明电〔2024〕1号",
        "岚州市人民政府办公室关于做好2024年春节期间领导干部带班值守工作的通知", "各区人民政府，市政府各部门：",
        ["春节期间各单位要严格执行领导干部带班和24小时值班制度。", "请于2月5日前将值班表报市政府总值班室。"],
        "2024年1月30日", "不予公开", "duty rota: internal affairs (Art.16)"),
    doc("b05_county_staff_appointments", "pdf", "青禾县教育局", "青教人〔2023〕9号",
        "青禾县教育局关于王某某等同志职务任免的通知", "局属各学校，局机关各股室：",
        ["经局党组研究决定：", "任命王某某同志为青禾县第一中学副校长；", "免去李某某同志青禾县第二中学副校长职务。"],
        "2023年8月25日", "不予公开", "personnel appointments: internal personnel management (Art.16)"),
    doc("b06_party_office_pioneer", "docx", "中共石门县委办公室", "石办发〔2023〕12号",
        "中共石门县委办公室关于开展党员先锋岗创建活动的通知", "各乡镇党委，县委各部委，县直各单位党组（党委）：",
        ["为进一步发挥党员先锋模范作用，县委决定在全县开展党员先锋岗创建活动。"],
        "2023年4月18日", "不予公开", "party-internal activity, no government information (internal affairs, Art.16)"),
    # -- upward and process documents
    doc("c01_education_request", "txt", "北岭县教育局", "北教字〔2023〕14号",
        "北岭县教育局关于申请拨付农村学校校舍维修资金的请示", "县人民政府：",
        ["我县部分农村学校校舍年久失修，存在安全隐患。", "特申请拨付维修资金320万元。", "妥否，请批示。"],
        "2023年4月2日", "不予公开", "请示 (Art.16 process information)"),
    doc("c02_special_meeting_minutes", "pdf", "岚州市人民政府办公室", "岚府纪〔2023〕7号",
        "关于研究中心城区停车难问题的专题会议纪要", "",
        ["2023年6月12日，副市长张某某主持召开专题会议，研究中心城区停车难问题。", "会议议定如下事项：", "一、由市住建局牵头编制停车设施专项规划。"],
        "2023年6月14日", "不予公开", "专题会议纪要 (Art.16 process information)"),
    doc("c03_township_upward_report", "docx", "河口乡人民政府", "河政报〔2023〕3号",
        "河口乡人民政府关于2023年上半年防汛工作情况的报告", "县人民政府：",
        ["现将我乡2023年上半年防汛工作情况报告如下。", "一、落实防汛责任。", "二、排查隐患点12处。"],
        "2023年7月5日", "不予公开", "upward 报告 (Art.16 process information)"),
    doc("c04_consultation_letter", "html", "云川省交通运输厅", "云交函〔2023〕88号",
        "云川省交通运输厅关于商请支持沿江高速公路项目用地预审的函", "云川省自然资源厅：",
        ["沿江高速公路项目已列入省重点项目，现商请贵厅支持办理用地预审手续。"],
        "2023年9月1日", "不予公开", "商请 consultation letter between agencies (Art.16 磋商信函)"),
    # -- replies
    doc("d01_reply_institution", "pdf", "北岭县人民政府", "北政复〔2023〕6号",
        "北岭县人民政府关于同意设立北岭县青少年活动中心的批复", "县教育局：",
        ["你局《关于设立北岭县青少年活动中心的请示》收悉。经研究，同意设立北岭县青少年活动中心，为公益一类事业单位。"],
        "2023年3月3日", "依申请公开", "批复 to one body creating an institution, nothing Art.20 names (Art.27)"),
    doc("d02_reply_town_plan", "txt", "青禾县人民政府", "青政复〔2022〕12号",
        "青禾县人民政府关于同意青禾镇总体规划（2021—2035年）的批复", "青禾镇人民政府：",
        ["你镇《关于审批青禾镇总体规划的请示》收悉。经研究，原则同意《青禾镇总体规划（2021—2035年）》。"],
        "2022年11月9日", "主动公开", "批复 approving a town master plan (Art.20 plans)"),
    doc("d03_reply_road_project", "docx", "岚州市人民政府", "岚政复〔2023〕21号",
        "岚州市人民政府关于岚河大桥改造工程项目有关问题的批复", "市交通运输局：",
        ["你局《关于岚河大桥改造工程项目有关问题的请示》收悉。经研究，同意岚河大桥改造工程项目立项。"],
        "2023年5月16日", "依申请公开", "批复 to one body approving a project 立项, not a plan (Art.27)"),
    # -- marks, numbers, printed notes
    doc("e01_secret_notice", "pdf", "石门县人民政府办公室", "石政办发〔2023〕31号",
        "石门县人民政府办公室关于做好重要目标安全防护工作的通知", "各乡镇人民政府，县政府各部门：",
        ["为做好重要目标安全防护工作，现就有关事项通知如下。", "一、加强重点部位值守。"],
        "2023年9月20日", "不予公开", "state-secret mark 秘密★1年 (Art.14)", top="秘密★1年"),
    doc("e02_internal_material_policy", "docx", "北岭县人民政府办公室", "北政办发〔2023〕17号",
        "北岭县人民政府办公室关于加强农村集体资金管理的通知", "各乡镇人民政府，县政府各部门：",
        ["为规范农村集体资金管理，现就有关事项通知如下。", "一、实行村级资金收支公示制度。"],
        "2023年6月30日", "不予公开", "header mark 内部资料 on the document (internal mark, Art.16)", top="内部资料"),
    doc("e03_subsidy_fraud_with_id", "txt", "岚州市民政局", "岚民发〔2023〕8号",
        "岚州市民政局关于一起骗取最低生活保障金案件的通报", "各区民政局：",
        ["经查，低保对象赵某某（身份证号码{ID}）隐瞒家庭收入，骗取最低生活保障金2.4万元。", "各地要引以为戒，加强核查。"],
        "2023年10月12日", "依申请公开", "names a person with an ID number: personal information (Art.15, 37 redacted release)"),
    doc("e04_request_marked_withheld", "pdf", "石门县财政局", "石财字〔2023〕26号",
        "石门县财政局关于追加政府债务还本付息资金的请示", "县人民政府：",
        ["为按期偿还到期政府债务，特申请追加还本付息资金5600万元。", "妥否，请批示。"],
        "2023年11月3日", "不予公开", "附注 此件不予公开 and a 请示 (marker; Art.16)", note_line="（此件不予公开）"),
    doc("e05_marked_on_request", "html", "青禾县发展和改革局", "青发改发〔2023〕19号",
        "青禾县发展和改革局关于分解下达2023年度重点项目前期工作经费的通知", "县直有关单位：",
        ["现将2023年度重点项目前期工作经费分解下达给你们，请专款专用。"],
        "2023年4月21日", "依申请公开", "附注 此件依申请公开; content does not contradict (marker; Art.27)",
        note_line="（此件依申请公开）"),
]


def _id_number() -> str:
    body = "11010519790308123"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(a) * w for a, w in zip(body, weights)) % 11]


def lines_of(d: dict) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if d["top"]:
        out.append(("top", d["top"]))
    out.append(("mark", d["issuer"].split("、")[0] + "文件"))
    out.append(("number", d["number"]))
    out.append(("title", d["title"]))
    if d["recipients"]:
        out.append(("text", d["recipients"]))
    for p in d["body"]:
        out.append(("text", "　　" + p.replace("{ID}", _id_number())))
    out.append(("text", "　　" + random.Random(d["name"]).choice(FILLER)))
    for name in d["issuer"].split("、"):
        out.append(("right", name))
    out.append(("right", d["date"]))
    if d["note_line"]:
        out.append(("text", d["note_line"]))
    out.append(("text", f"{d['issuer'].split('、')[0]}　{d['date']}印发"))
    return out


def write_pdf(path: Path, lines) -> None:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    y = height - 35 * mm
    for kind, text in lines:
        size = {"mark": 28, "title": 20, "top": 15}.get(kind, 15)
        c.setFont(FONT, size)
        c.setFillColorRGB(0.85, 0, 0) if kind == "mark" else c.setFillColorRGB(0, 0, 0)
        chunks = [text] if kind in ("mark", "right", "number", "top") else [text[i:i + 26] for i in range(0, len(text), 26)]
        for chunk in chunks:
            if y < 30 * mm:
                c.setFont(FONT, 12)
                c.showPage()
                c.setFont(FONT, size)
                y = height - 35 * mm
            if kind in ("mark", "title", "number"):
                c.drawCentredString(width / 2, y, chunk)
            elif kind == "right":
                c.drawRightString(width - 30 * mm, y, chunk)
            else:
                c.drawString(28 * mm, y, chunk)
            y -= size * 1.7
    c.showPage()
    c.save()


def write_docx(path: Path, lines) -> None:
    document = Document()
    for _, text in lines:
        document.add_paragraph(text)
    document.save(str(path))


def write_html(path: Path, lines) -> None:
    body = "\n".join(f'<p class="{kind}">{html.escape(text)}</p>' for kind, text in lines)
    title = next(t for k, t in lines if k == "title")
    path.write_text(f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head>"
                    f"<body><div class=\"content\">\n{body}\n</div></body></html>", encoding="utf-8")


def write_txt(path: Path, lines) -> None:
    path.write_text("\n".join(text for _, text in lines) + "\n", encoding="utf-8")


WRITERS = {"pdf": write_pdf, "docx": write_docx, "html": write_html, "txt": write_txt}


def write_set(documents: list[dict], description: str, argv: list[str] | None = None) -> int:
    """The command line of every content-labelled set: OUTDIR [--labels FILE]."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--labels", type=Path, help="also write the label file here")
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    labels = []
    for d in documents:
        name = f"{d['name']}.{d['fmt']}"
        WRITERS[d["fmt"]](args.outdir / name, lines_of(d))
        labels.append({"file": name, "expected_attribute": d["label"], "note": d["note"]})
    if args.labels:
        args.labels.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in labels), encoding="utf-8")
    print(f"{len(documents)} documents written to {args.outdir}")
    return 0


def main(argv: list[str] | None = None) -> int:
    return write_set(D, __doc__.split("\n")[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
