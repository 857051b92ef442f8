"""Failure classes left open after real-corpus round 6, each on pages made here: joint signers
whose names the clean-up ran together (wide gaps in the markup, or no gap at all), a joint title
whose issuers stand stacked one a line below the page's menus, the title printed again over two
lines under the number (it had run into the 主送), a 抄送 list continued one group a line, and a
notice signed by its date only whose issuer the page names on its 来源 line alone."""


from normdocs.extractors import extract_file
from tests.make_docs import make_html


_GAP = "&nbsp;" * 7 + " "


def test_side_by_side_signers_split_at_the_markups_wide_gaps(tmp_path):
    # 商务委员会 and 文化和旅游发展委员会 of a city the issuer authority has no entry for: only the
    # gap in the markup tells the two names apart once the clean-up has joined the CJK text
    body = ('<div class="content"><p>关于促进消费的通知</p><p>各区县人民政府：</p>'
            '<p>现将有关事项通知如下。</p>'
            f'<div style="text-align:right">&nbsp; 泸州市商务委员会{_GAP}泸州市文化和旅游发展委员会</div>'
            '<div style="text-align:right">2025年11月6日</div></div>')
    md = extract_file(make_html(tmp_path / "gap.html", body)).metadata
    assert md.issuer_printed == "泸州市商务委员会、泸州市文化和旅游发展委员会"


def test_signers_run_together_split_where_the_place_starts_again(tmp_path):
    body = ('<div class="content"><p>关于促进消费的通知</p><p>各区县人民政府：</p>'
            '<p>现将有关事项通知如下。</p><p>泸州市商务委员会泸州市文化和旅游发展委员会</p>'
            '<p>2025年11月6日</p></div>')
    md = extract_file(make_html(tmp_path / "glued.html", body)).metadata
    assert md.issuer_printed == "泸州市商务委员会、泸州市文化和旅游发展委员会"


def test_one_signer_stays_whole(tmp_path):
    body = ('<div class="content"><p>关于促进消费的通知</p><p>各区县人民政府：</p>'
            '<p>现将有关事项通知如下。</p><p>泸州市商务委员会</p><p>2025年11月6日</p></div>')
    md = extract_file(make_html(tmp_path / "one.html", body)).metadata
    assert md.issuer_printed == "泸州市商务委员会"


_MENUS = "".join(f"<p>{m}</p>" for m in ["首页", "机构概况", "政务公开", "政策文件", "行政规范性文件",
                                         "政策解读", "部门解读", "媒体视角", "一图读懂", "解读发布",
                                         "互动交流", "办事服务"])
_SIGNERS = ["泸州市发展和改革委员会", "泸州市公安局", "泸州市商务委员会"]


def test_a_joint_title_with_its_issuers_stacked_below_the_menus(tmp_path):
    # the site's title joins the names with spaces and drops the 《》 the document prints
    site_title = " ".join(_SIGNERS) + "关于印发进一步扩大消费若干措施的通知"
    head = f'<meta name="ArticleTitle" content="{site_title}">'
    stacked = "".join(f"<p>{name}</p>" for name in _SIGNERS)
    body = (f'<div class="content">{_MENUS}{stacked}<p>关于印发《进一步扩大消费</p><p>若干措施》的通知</p>'
            '<p>泸发改规范〔2025〕7号</p><p>市政府各部门，有关单位：</p>'
            '<p>《进一步扩大消费若干措施》已经市政府同意，现印发给你们，请认真抓好落实。</p>'
            f'<p>{_GAP.join(_SIGNERS[:2])}</p><p>{_SIGNERS[2]}</p><p>2025年11月6日</p></div>')
    md = extract_file(make_html(tmp_path / "stacked.html", body, head)).metadata
    assert md.title == "".join(_SIGNERS) + "关于印发《进一步扩大消费若干措施》的通知"
    assert md.doc_number == "泸发改规范〔2025〕7号"
    assert md.recipients == ["市政府各部门", "有关单位"]
    assert md.issuer_printed == "、".join(_SIGNERS)


def test_the_title_again_over_two_lines_under_the_number(tmp_path):
    # the heading, the number, then the document's own title broken after the issuer: the 主送
    # is the line after it, not the title run into it
    body = ('<div class="content"><h2>泸州市人民政府办公室关于加强房地产市场调控工作的通知</h2>'
            '<p>泸市府办函〔2018〕75号</p><p>泸州市人民政府办公室</p><p>关于加强房地产市场调控工作的通知</p>'
            '<p>各区县人民政府，市直机关各单位：</p><p>现就有关事项通知如下：</p><p>一、加强项目监管。</p>'
            '<p>泸州市人民政府办公室</p><p>2018年6月25日</p></div>')
    md = extract_file(make_html(tmp_path / "twice.html", body)).metadata
    assert md.recipients == ["各区县人民政府", "市直机关各单位"]
    assert md.title == "泸州市人民政府办公室关于加强房地产市场调控工作的通知"


def test_a_cc_list_continued_one_group_a_line(tmp_path):
    body = ('<div class="content"><p>泸州市人民政府办公室关于加强管理的通知</p><p>各区县人民政府：</p>'
            '<p>现就有关事项通知如下。</p><p>泸州市人民政府办公室</p><p>2018年6月25日</p>'
            '<p>抄送：市委有关部门，泸州警备区。</p><p>市人大常委会办公厅，市政协办公厅，市中级人民法院，</p>'
            '<p>市人民检察院。</p><p>泸州市人民政府办公室2018年6月25日印发</p></div>')
    md = extract_file(make_html(tmp_path / "cc.html", body)).metadata
    assert md.cc == ["市委有关部门", "泸州警备区", "市人大常委会办公厅", "市政协办公厅", "市中级人民法院",
                     "市人民检察院"]
    assert md.printed_date == "2018-06-25"


def test_the_source_line_names_the_issuer_of_a_notice_signed_by_its_date(tmp_path):
    # the heading's menu line inside the article block: date, source and a hit counter on one line
    body = ('<div class="content"><h1>关于实施多子女家庭住房公积金支持政策的通知</h1>'
            '<div class="menu"><span>发布日期：2022-12-29 09:31</span> <span>来源：泸州市住房公积金管理中心</span> '
            '<span>阅读：<i></i> 次</span></div>'
            '<p>机关各科室：</p><p>现就有关事项通知如下。</p><p>一、提高贷款额度。</p>'
            '<p>2022年12月28日</p></div>')
    md = extract_file(make_html(tmp_path / "source.html", body)).metadata
    assert md.issuer == "泸州市住房公积金管理中心"


def test_the_source_line_does_not_overrule_a_signature(tmp_path):
    # 来源 often names the publishing centre, not the issuing 管委会: a printed signer wins
    body = ('<div class="content"><h1>关于调整住房公积金缴存基数的通知</h1>'
            '<div class="menu"><span>发布日期：2025-09-18</span> <span>来源：泸州市住房公积金管理中心</span></div>'
            '<p>各缴存单位：</p><p>现就有关事项通知如下。</p><p>泸州市住房公积金管理委员会</p>'
            '<p>2025年9月18日</p></div>')
    md = extract_file(make_html(tmp_path / "signed.html", body)).metadata
    assert md.issuer == "泸州市住房公积金管理委员会"


def test_site_metadata_lines_in_the_content_before_the_recipients(tmp_path):
    # label：value lines the site prints inside the content block, one ending with 。
    body = ('<div class="content"><h2>关于调整个人住房房产税有关政策的通知</h2>'
            '<p>印发日期：2025-09-16 |文号：泸财发〔2025〕5号|发文机关：泸州市财政局|查看更多属性</p>'
            '<p>是否有效：有效|索取号：AB1110000-2025-365</p>'
            '<p>内容描述：关于调整个人住房房产税有关政策的通知。</p>'
            '<p>各区财政局，市财政监督局：</p><p>现将有关事项通知如下。</p>'
            '<p>泸州市财政局</p><p>2025年9月16日</p></div>')
    md = extract_file(make_html(tmp_path / "meta_lines.html", body)).metadata
    assert md.recipients == ["各区财政局", "市财政监督局"]


def test_toolbar_fragments_between_the_number_and_the_recipients(tmp_path):
    # a site's path (body, column, topic) above the title, share buttons under the number
    body = ('<div class="content"><p>泸州市人民政府办公室</p><p>法定主动公开内容</p><p>城乡建设和管理的重大事项</p>'
            '<p>泸州市人民政府办公室关于促进房地产市场平稳健康发展的通知</p><p>泸市府办〔2016〕180号</p>'
            '<p>微信微博QQ空间</p><p>全真版</p><p>文字版</p><p>文件下载</p><p>相关链接：</p>'
            '<p>各区县人民政府，市直各有关单位：</p><p>现将有关事项通知如下。</p>'
            '<p>泸州市人民政府办公室</p><p>2016年9月26日</p></div>')
    md = extract_file(make_html(tmp_path / "toolbar.html", body)).metadata
    assert md.title == "泸州市人民政府办公室关于促进房地产市场平稳健康发展的通知"
    assert md.issuer == "泸州市人民政府办公室"
    assert md.recipients == ["各区县人民政府", "市直各有关单位"]


def test_a_banner_over_its_column_is_not_a_joint_issuer(tmp_path):
    # the site's name above the office's name above 关于…: only the office belongs to the title
    body = ('<div class="content"><p>泸州市人民政府</p><p>泸州市人民政府办公室</p>'
            '<p>关于促进消费的通知</p><p>各区县人民政府：</p><p>现将有关事项通知如下。</p>'
            '<p>泸州市人民政府办公室</p><p>2025年11月6日</p></div>')
    md = extract_file(make_html(tmp_path / "banner.html", body)).metadata
    assert md.title == "泸州市人民政府办公室关于促进消费的通知"
