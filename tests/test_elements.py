"""Element parser regressions, one layout quirk each, named after what they caught.

Plain-text documents keep these quick: the parser sees the same line model as for PDF,
only without sizes and colours, which is the harder case.
"""

import pytest

from normdocs.extractors import extract_file


def _parse(tmp_path, text: str, name: str = "doc.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    record = extract_file(path)
    assert record.status == "ok", record.error
    return record.metadata


BODY = "为做好有关工作，现将有关事项通知如下。\n一、提高认识，加强领导。\n"


def test_black_stacked_joint_mark_with_wenjian_beside(tmp_path):
    md = _parse(tmp_path, "南平县民政局\n文件\n南平县卫生健康局\n南民发[2019]8号\n"
                "关于印发《南平县困难群众医疗救助实施细则（试行）》的通知\n各乡镇人民政府：\n" + BODY +
                "南平县民政局\n南平县卫生健康局\n2019年3月4日\n")
    assert md.doc_number == "南民发〔2019〕8号"
    assert md.issuer == "南平县民政局、南平县卫生健康局"
    assert md.title == "关于印发《南平县困难群众医疗救助实施细则（试行）》的通知"


def test_registration_code_above_the_header_is_not_the_number(tmp_path):
    md = _parse(tmp_path, "JLGS-2023-00012\n江林市林业局文件\n江林发〔2023〕21号\n"
                "关于加强森林防火工作的通知\n各区县林业局：\n" + BODY + "江林市林业局\n2023年2月1日\n")
    assert (md.doc_number, md.issuer) == ("江林发〔2023〕21号", "江林市林业局")


def test_letterhead_with_a_rule_drawn_in_text(tmp_path):
    md = _parse(tmp_path, "平江县商务局\n════════════════\n平商函〔2023〕7号\n"
                "平江县商务局关于征求意见的函\n县财政局：\n" + BODY + "平江县商务局\n2023年5月8日\n")
    assert (md.doc_number, md.title, md.doc_type) == ("平商函〔2023〕7号", "平江县商务局关于征求意见的函", "函")


def test_letter_spaced_digits_in_dates_and_numbers(tmp_path):
    md = _parse(tmp_path, "青溪市文化和旅游局文件\n青文旅发〔2023〕2 0 号\n关于加强景区安全管理工作的通知\n各景区：\n"
                + BODY + "青溪市文化和旅游局\n2 0 2 3 年 6 月 1 日\n"
                "青溪市文化和旅游局办公室 2 0 2 3 年 6 月 2 日印发\n")
    assert (md.doc_number, md.signed_date, md.printed_date) == ("青文旅发〔2023〕20号", "2023-06-01", "2023-06-02")


def test_joint_issuers_in_the_title_separated_by_a_wide_space(tmp_path):
    md = _parse(tmp_path, "江陵市教育局\u3000江陵市财政局\n关于印发学生资助管理办法的通知\n江教发〔2022〕3号\n"
                "各县区教育局：\n" + BODY + "2022年4月1日\n")
    assert md.issuer == "江陵市教育局、江陵市财政局"
    assert md.title == "江陵市教育局江陵市财政局关于印发学生资助管理办法的通知"


def test_decision_with_a_bracketed_date_under_its_title(tmp_path):
    md = _parse(tmp_path, "青州市人民政府关于表彰先进集体的决定\n（2021年6月25日）\n各区县人民政府，市政府各部门：\n"
                + BODY)
    assert md.recipients == ["各区县人民政府", "市政府各部门"]
    assert md.signed_date == "2021-06-25"


def test_announcement_numbered_like_an_order(tmp_path):
    md = _parse(tmp_path, "沐阳市人民政府通告\n第3号\n为加强道路交通管理，现通告如下：\n一、禁止货车通行。\n"
                "沐阳市人民政府\n2023年1月5日\n")
    assert (md.doc_number, md.doc_type) == ("沐阳市人民政府通告第3号", "通告")


def test_old_number_with_di_and_imprint_with_copy_count(tmp_path):
    md = _parse(tmp_path, "溪山县人民政府文件\n溪政发（1994）第27号\n关于做好春耕生产的通知\n各乡镇人民政府：\n" + BODY
                + "溪山县人民政府\n一九九四年三月五日\n抄送：县委办公室。\n"
                "溪山县人民政府办公室一九九四年三月七日印发（共印400份）\n")
    assert md.doc_number == "溪政发〔1994〕第27号"
    assert (md.signed_date, md.printed_date, md.printer) == ("1994-03-05", "1994-03-07", "溪山县人民政府办公室")


def test_recipients_over_five_lines(tmp_path):
    recipients = ["各省、自治区、直辖市教育厅（教委）", "新疆生产建设兵团教育局", "部属各高等学校", "部省合建各高等学校",
                  "有关直属单位", "有关行业协会"]
    lines = "\n".join(["各省、自治区、直辖市教育厅（教委），新疆生", "产建设兵团教育局，部属各高等学校，",
                       "部省合建各高等学校，", "有关直属单位，", "有关行业", "协会："])
    md = _parse(tmp_path, "教育部办公厅关于做好招生工作的通知\n教学厅〔2023〕2号\n" + lines + "\n" + BODY
                + "教育部办公厅\n2023年3月1日\n")
    assert md.recipients == recipients


def test_html_metadata_written_as_a_list(tmp_path):
    html = ("<html><head><meta charset='utf-8'></head><body><ul><li><span>文号：</span><em>舟政发〔2021〕9号</em></li>"
            "<li><span>生成日期：</span><em>2021-03-15</em></li><li><span>有效性：</span><em>有效</em></li></ul>"
            "<h1>舟山湾市人民政府关于加快推进“无废城市”建设的实施意见</h1><div class='article'>"
            "<p>各县（区）人民政府：</p><p>一、总体要求。</p><p>舟山湾市人民政府</p><p>2021年3月15日</p></div></body></html>")
    md = _parse(tmp_path, html, "page.html")
    assert md.title == "舟山湾市人民政府关于加快推进“无废城市”建设的实施意见"
    assert (md.doc_number, md.recipients) == ("舟政发〔2021〕9号", ["各县（区）人民政府"])


def test_minutes_series_mark_names_the_issuer_when_nothing_else_does(tmp_path):
    md = _parse(tmp_path, "桐溪市人民政府\n常务会议纪要\n桐府纪〔2020〕12号\n关于研究城区供水改造的会议纪要\n"
                "2020年7月16日，市长主持召开市政府常务会议，研究城区供水改造有关事项。\n一、会议同意改造方案。\n")
    assert md.issuer == "桐溪市人民政府"
    signed = _parse(tmp_path, "长春市人民政府专题会议纪要\n长府办纪〔2021〕12号\n关于推进老旧小区改造的纪要\n"
                    "一、会议明确改造计划。\n长春市人民政府办公厅\n2021年6月2日\n", "signed.txt")
    assert signed.issuer == "长春市人民政府办公厅"  # the signature says who issued it


def test_docx_running_header_is_not_a_second_issuer(tmp_path):
    import docx
    from docx.shared import RGBColor

    document = docx.Document()
    document.sections[0].header.is_linked_to_previous = False
    document.sections[0].header.paragraphs[0].text = "望川省交通运输厅"
    run = document.add_paragraph().add_run("望川省交通运输厅")
    run.font.color.rgb = RGBColor(0xE6, 0, 0)
    for text in ("望交函〔2022〕31号", "望川省交通运输厅关于某县公路建设有关问题的复函", "某县人民政府：",
                 "你县请示收悉。现函复如下：同意。", "望川省交通运输厅", "2022年3月4日"):
        document.add_paragraph(text)
    path = tmp_path / "letter.docx"
    document.save(str(path))
    from normdocs.extractors import extract_file

    md = extract_file(path).metadata
    assert (md.issuer, md.doc_number, md.doc_type) == ("望川省交通运输厅", "望交函〔2022〕31号", "函")


def _lines_layout(rows):
    """A one-page layout from (text, colour) rows, colour None for black."""
    from normdocs.schemas.layout import Layout, Line, Page

    lines = [Line(text=text, orig=text, index=i, color=color) for i, (text, color) in enumerate(rows)]
    return Layout(pages=[Page(number=1, lines=lines)])


def test_an_instruction_signed_above_the_title_is_not_part_of_it():
    """A 批示 printed in red above a 布告 (照办。 毛泽东): its writer's name is no title line."""
    from normdocs.extractors.elements import parse_elements

    red = "#d01010"
    md = parse_elements(_lines_layout([
        ("照办。", red), ("毛泽东", None), ("中共中央、国务院、中央军委", None), ("布告", None),
        ("最近一个时期，一些地方连续发生破坏交通的事件。", None),
        ("一、立即停止破坏交通。", None), ("一九六八年七月三日", None),
    ]))
    assert (md.title, md.doc_type) == ("中共中央、国务院、中央军委布告", "布告")
    assert md.signed_date == "1968-07-03"


def test_ocr_title_whose_short_last_line_measures_smaller_is_whole():
    """OCR sizes a line from its boxes: 规定的通知 under a full title line reads 18 pt, not 21."""
    from normdocs.extractors.elements import parse_elements
    from normdocs.schemas.layout import Layout, Line, Page

    rows = [("关于调整住房公积金个人住房贷款业务有关", 21.4), ("规定的通知", 18.0), ("各直属管理局：", 13.2)]
    rows += [("根据管理委员会全体会议精神，现将住房公积金贷款业务有关规定调整如下：", 15.6)] * 6
    rows += [("海南省住房公积金管理局", 15.5), ("2020年8月18日", 15.4)]
    lines, top = [], 92.0
    for i, (text, size) in enumerate(rows):
        lines.append(Line(text=text, orig=text, index=i, size=size, top=top, bottom=top + 1.6 * size,
                          confidence=0.99))
        top += 1.65 * size
    md = parse_elements(Layout(pages=[Page(number=1, lines=lines)]))
    assert md.title == "关于调整住房公积金个人住房贷款业务有关规定的通知"


def _banji_pdf(path, printed_line, wrapped=None):
    """A GB/T 9704-like letter: header, body, 附件 list, signature and date on page 1; the
    attachment, then the 版记 between rules (抄送, 印发机关 + 印发日期) on page 2."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    w, h = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("STSong-Light", 30)
    c.setFillColorRGB(0.8, 0, 0)
    c.drawCentredString(w / 2, h - 110, "青溪市文化和旅游局文件")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("STSong-Light", 16)
    c.drawCentredString(w / 2, h - 150, "青文旅发〔2026〕12号")
    c.setFont("STSong-Light", 22)
    c.drawCentredString(w / 2, h - 200, "关于做好2026年文化市场安全检查工作的通知")
    c.setFont("STSong-Light", 16)
    y = h - 240
    for x, text in [(80, "各区县文化和旅游局："), (112, "为做好文化市场安全检查工作，现将有关事项通知如下。"),
                    (112, "一、各地要认真组织开展安全检查。"), (112, "附件：1．安全检查工作方案"),
                    (160, "2．检查情况统计表")]:
        c.drawString(x, y, text)
        y -= 28
    c.drawString(350, y - 20, "青溪市文化和旅游局")
    c.drawString(360, y - 48, "2026年12月1日")
    c.drawString(112, y - 80, "（此件公开发布）")
    c.showPage()
    c.setFont("STSong-Light", 16)
    c.drawString(80, h - 80, "附件1")
    c.drawCentredString(w / 2, h - 120, "安全检查工作方案")
    c.drawString(112, h - 160, "一、检查范围为全市文化市场经营场所。")
    c.line(80, 170, w - 80, 170)
    c.setFont("STSong-Light", 14)
    c.drawString(95, 148, "抄送：市应急管理局，市消防救援支队。")
    c.line(80, 138, w - 80, 138)
    c.drawString(95, 116, "青溪市文化和旅游局办公室")
    c.drawString(330, 116, printed_line)
    if wrapped:
        c.drawString(95, 96, wrapped)
    c.line(80, 86, w - 80, 86)
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("printed_line, wrapped", [("2026年12月1日印发", None), ("2026年12月1日印发　秘密★一", "年")],
                         ids=["plain", "wrapped_mark"])
def test_pdf_banji_gives_cc_printer_and_date_and_is_zoned_imprint(tmp_path, printed_line, wrapped):
    from normdocs.extractors import extract_file
    from normdocs.schemas.layout import Zone

    record = extract_file(_banji_pdf(tmp_path / "b.pdf", printed_line, wrapped), keep_layout=True)
    md = record.metadata
    assert md.cc == ["市应急管理局", "市消防救援支队"]
    assert md.printer == "青溪市文化和旅游局办公室" and str(md.printed_date) == "2026-12-01"
    assert md.attachments == ["安全检查工作方案", "检查情况统计表"]
    zones = {ln.text: ln.zone for ln in record.layout.lines()}
    assert zones["抄送：市应急管理局，市消防救援支队。"] == Zone.imprint
    assert [z for t, z in zones.items() if "印发" in t] == [Zone.imprint]
    if wrapped:
        assert zones[wrapped] == Zone.imprint
    assert zones["一、检查范围为全市文化市场经营场所。"] == Zone.attachment
    assert zones["（此件公开发布）"] == Zone.main


def test_pdf_banji_mark_is_a_printed_mark(tmp_path):
    """A level printed at the 印发 line's end, wrapped (…印发　秘密★一 / 年), is read on a label
    row of the 版记 (not quoted in prose): the letter is kept out; without it, published."""
    import datetime as dt

    from normdocs.pipeline.stages import InputFile, prepare, quarantine_reasons

    def decide(path):
        record = prepare(InputFile(str(path), path.name), None, dt.date(2026, 12, 1))
        return record, quarantine_reasons(record, [])

    plain, plain_held = decide(_banji_pdf(tmp_path / "plain.pdf", "2026年12月1日印发"))
    assert plain_held is None and plain.disclosure.attribute == "主动公开"
    marked, held = decide(_banji_pdf(tmp_path / "marked.pdf", "2026年12月1日印发　秘密★一", "年"))
    assert held is not None and held[0] == "review"
    assert "state_secret" in {str(getattr(f.kind, "value", f.kind)) for f in marked.findings}


@pytest.mark.parametrize("prose", ["本办法于2026年11月20日印发实施", "本方案自2026年11月20日印发起执行"])
def test_a_date_then_printed_and_what_starts_that_day_is_prose_not_the_imprint(tmp_path, prose):
    """A short remainder after 印发 may be a mark (秘密★一年), never what the text does from that day."""
    md = _parse(tmp_path, "青溪市文化和旅游局文件\n青文旅发〔2026〕12号\n关于做好文化市场安全检查工作的通知\n"
                "各区县文化和旅游局：\n" + BODY + "青溪市文化和旅游局\n2026年12月1日\n附件\n检查工作方案\n"
                "一、检查范围为全市文化市场经营场所。\n" + prose + "\n")
    assert md.printed_date is None and md.printer is None
