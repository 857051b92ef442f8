"""(Re)write benchmarks/real_corpus/round5.jsonl: a fifth held-out round from a new source,
municipal, provincial and ministry documents (not State Council) that the crawler of
ljz060707-lang/China-Real-Estate-Policy-Database saved from official sites in 2026-07
(`data/raw/webpages/…html`: the page as served; `data/raw/documents/…pdf`: attachments).

    python benchmarks/round5_labels.py [--mirrors DIR]

The gold below was read by hand from each page's or PDF's text (and the site's own metadata
cells where the page has them) BEFORE `normdocs inspect` was run on any of them; conventions
as gold.jsonl's (README: title as printed in the body, whitespace removed, stacked joint names
kept; issuer = canonical full name in force on the signing date, joint ones with 、 in printed
order; recipients/cc split on ， only). The split is fixed here, before any scoring: within
each (format, level) stratum, documents ordered by sha256 and dealt alternately, dev first.

Left out while reading (ambiguous gold, not failures): pages whose own title is prefixed by the
site (【贷款】…, 【已废止】…), a cover notice whose page prints only its attachment's title, a
PDF whose signers are seals only, （此件删减后公开） (no value in the closed list), duplicates of
documents the shared corpus (../shared/corpus/real) already took from this repository
(达市府办发〔2022〕25号, 宁房市字〔2017〕108号, 榕政办〔2016〕186号, 长金管委〔2022〕3号,
京房公积金发〔2023〕31号, 长县住建发〔2022〕68号, 渝府办发〔2025〕42号 …) and the HTML twin of
each PDF taken.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = "ljz060707-lang/China-Real-Estate-Policy-Database"
COMMIT = "9ece7ea9d78d80041ddd6abad29369d36fbe2ca6"
WEB, DOCS = "data/raw/webpages/2026/07/", "data/raw/documents/2026/07/"

_spec = importlib.util.spec_from_file_location("normdocs_round_labels", HERE / "round_labels.py")
ROUND = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ROUND)
RC = ROUND.RC

N = None
# (path, url, level, region, title, doc_number, issuer, issuer_printed, doc_type, signed_date,
#  printed_date, disclosure_marker, recipients, cc, notes)
GOLD = [
    (WEB + "e2631b9ee6b5a1476aafaeaeee6cf5e67fcd3c58045a770a14906c79468317a7.html",
     "http://ghj.nanjing.gov.cn/njsgtzyj/202309/t20230904_4002750.html", "市", "江苏",
     "关于进一步优化土地市场服务管理的通知", "宁规划资源规〔2023〕1号", "南京市规划和自然资源局",
     "南京市规划和自然资源局", "通知", "2023-09-04", N, N, ["各有关单位"], [], ""),
    (WEB + "00faccf93705135c696cd1d3c1f818b2a6fde730f3e71d9b88590ac9aa01e283.html",
     "http://gjj.anshun.gov.cn/tzgg_73070/202204/t20220406_73256857.html", "市", "贵州",
     "安顺市住房公积金管理委员会关于适当调整我市住房公积金提取使用政策的通知", N,
     "安顺市住房公积金管理委员会", "安顺市住房公积金管理委员会", "通知", "2022-04-06", N, N,
     ["各缴存职工、住房公积金受委托银行、房地产开发企业"], [],
     "no signature line: the issuer only in the title; no number printed (中发/国发 cited)"),
    (WEB + "ff90eab6e13e0c7ae52acd328e761c835a48788fa6b5f5ac04f623686a851a67.html",
     "http://gjj.binzhou.gov.cn/art/2022/6/2/art_121655_10255214.html", "市", "山东",
     "关于调整住房公积金有关政策的通知", N, "滨州市住房公积金管理中心", "滨州市住房公积金管理中心",
     "通知", "2022-06-02", N, N, [], [],
     "no 主送; 滨房公委发〔2022〕1号 is the 管委会 notice it cites, not its own number"),
    (WEB + "e9a4c23c0de5eb3905244c4ce54a18245d98cc1cee9a87afbd168933f5608e19.html",
     "http://gjj.gz.gov.cn/gkmlpt/content/8/8988/post_8988998.html", "市", "广东",
     "广州住房公积金管理中心关于调整租房提取额度的通知", "穗公积金中心规字〔2023〕1号",
     "广州住房公积金管理中心", "广州住房公积金管理中心", "通知", "2023-05-22", N, "主动公开",
     ["各住房公积金缴存人"], [], "公开方式：主动公开 after the signature"),
    (WEB + "b71e6f6458dc1ab6a8ebac10b2907b38fced35781b2478414f759bc196782cf8.html",
     "http://gjj.hainan.gov.cn/hngjj/0503/202008/6278a55b1a784acba8a66fa73b5773d0.shtml", "省", "海南",
     "关于调整住房公积金个人住房贷款业务有关规定的通知", "琼公积金贷函〔2020〕6号",
     "海南省住房公积金管理局", "海南省住房公积金管理局", "通知", "2020-08-18", N, "主动公开",
     ["各直属管理局"], ["海南住房公积金管理委员会办公室", "各处室", "各受委托银行"],
     "site 发文机关 cell prints the short 省住房公积金管理局"),
    (WEB + "4c4d70d534b02654e539cca5332fb68ce3166df9b370a0fbe5fab9a0ec11792d.html",
     "http://www.changchun.gov.cn/zw_33994/xxgk/gkzl/cczhengbao/2017n/d12qzb_5133/szfbgtwj_5135/"
     "201804/t20180420_1599840.html", "市", "吉林",
     "长春市人民政府办公厅关于保持房地产市场平稳健康发展的通知", "长府办发〔2017〕65号",
     "长春市人民政府办公厅", "长春市人民政府办公厅", "通知", "2017-12-29", N, "主动公开",
     ["各县（市）、区人民政府", "开发区管委会", "市政府各委办局、各直属机构"], [],
     "gazette page; title printed over two lines"),
    (WEB + "dc1a811bb9669748f98f8cd772f1b5ec9a244e146253474df0b77bb87ee6cc0e.html",
     "http://www.changsha.gov.cn/zfxxgk/zfwjk/szfbgt/201806/t20180628_2263174.html", "市", "湖南",
     "长沙市人民政府办公厅关于进一步加强房地产市场调控工作的通知", "长政办函〔2018〕75号",
     "长沙市人民政府办公厅", "长沙市人民政府办公厅", "通知", "2018-06-25", "2018-06-25", N,
     ["各区县（市）人民政府", "市直机关各单位"],
     ["市委有关部门", "长沙警备区", "市人大常委会办公厅", "市政协办公厅", "市中级人民法院",
      "市人民检察院", "各民主党派市委"],
     "版记 printed on the page (抄送 over four lines, 印发 line); site 公开方式：政府网站 is not a "
     "公开属性 of the closed list: marker null; CSCR registration code before the number"),
    (WEB + "586c664b37334a07a34a301251dcda42762bf8bc222a858f091d3adf44cfcc69.html",
     "http://www.cixi.gov.cn/art/2023/4/24/art_1229041903_1772048.html", "县", "浙江",
     "慈溪市住房和城乡建设局慈溪市财政局关于印发《慈溪市保障性租赁住房运营奖补实施细则（试行）》的通知",
     "慈住建〔2023〕36号", "慈溪市住房和城乡建设局、慈溪市财政局", "慈溪市住房和城乡建设局、慈溪市财政局",
     "通知", "2023-04-21", N, N, ["各镇人民政府、街道办事处", "各产业平台"], [],
     "site cells: 发布机构 市住建局, 公开范围 面向社会 (not a 公开属性): marker null"),
    (WEB + "4a35beb8fd1568550614c8ca20c593a5c85d340eaba56ff59add2f7c3d901609.html",
     "http://www.csrc.gov.cn/csrc/c100028/c2327116/content.shtml", "部委", "中央",
     "证监会国资委全国工商联关于进一步支持上市公司健康发展的通知", "证监发〔2022〕36号",
     "中国证券监督管理委员会、国务院国有资产监督管理委员会、中华全国工商业联合会",
     "中国证监会、国资委、全国工商联", "通知", "2022-04-11", N, N, [], [],
     "abbreviated joint signature 中国证监会 国资委 全国工商联; no 主送"),
    (WEB + "fd1a92a75c09362558afdcfa8084674038cda817724e9b3882e307c59d149883.html",
     "http://www.fuzhou.gov.cn/zfxxgkzl/szfbmjxsqxxgk/szfbmxxgk/fzsrmzfbgt/zfxxgkml/"
     "cxjshgldzdsx_2580/201609/t20160929_1544403.htm", "市", "福建",
     "福州市人民政府办公厅关于印发福州市进一步促进房地产市场平稳健康发展若干意见的通知",
     "榕政办〔2016〕180号", "福州市人民政府办公厅", "福州市人民政府办公厅", "通知", "2016-09-26", N, N,
     ["各县（市）区人民政府", "市直各有关单位"], [], "not the shared corpus's 榕政办〔2016〕186号"),
    (WEB + "67835a0a91ec49b7139f98755d638d1620bb1122e7984867f3cd83bc437361c0.html",
     "https://cjw.ezhou.gov.cn/zxzx/gsgg/202309/t20230901_571855.html", "市", "湖北",
     "关于优化我市个人住房贷款中住房套数认定标准的通知", N,
     "鄂州市推动房地产平稳健康发展联席会议办公室", "鄂州市推动房地产平稳健康发展联席会议办公室",
     "通知", "2023-09-01", N, N, ["各区人民政府", "葛店经开区、临空经济区管委会,各有关单位"], [],
     "the 主送 uses one ASCII comma; 建房〔2023〕52号 is cited"),
    (WEB + "b998e5cf9382b84cc3dd25d98b6444bf582b0ed14664fc35f74dff41ad7e0686.html",
     "https://czj.sh.gov.cn/zys_8908/zcfg_8983/zcfb_8985/sszc_8998/20250919/xxfboswf0000003411.html",
     "省", "上海", "关于优化调整本市个人住房房产税试点有关政策的通知", "沪财发〔2025〕5号",
     "上海市财政局、国家税务总局上海市税务局", "上海市财政局、国家税务总局上海市税务局", "通知",
     "2025-09-16", N, N,
     ["各区财政局、国家税务总局上海市各区税务局", "市财政监督局", "国家税务总局上海市税务局各税务分局"],
     [], "site 印发日期 and the signature's date agree"),
    (WEB + "b8fe8397e0a6268a39020b14fed8a8774b84a52cbffa151f67f3a689eb98f94c.html",
     "https://edu.sh.gov.cn/zcjd_gzjdlqgg/20210317/298ed2734e81400cb5df33ca961ee9a1.html", "省", "上海",
     "上海市教育委员会关于印发《上海市高中阶段学校招生录取改革实施办法》的通知", "沪教委规〔2021〕2号",
     "上海市教育委员会", "上海市教育委员会", "通知", "2021-03-11", N, N,
     ["各区教育局", "各有关直属事业单位"], [],
     "page title carries the number in parentheses; no signature name, the date only"),
    (WEB + "2dbb5a6696622e6fab6aa5d376506f5dcc2d3e2e1aaf714be63f13a101137ffa.html",
     "https://fcj.shenyang.gov.cn/zwgkzdgz/fdzdgknr/bmwj/202606/t20260612_5040610.html", "市", "辽宁",
     "沈阳市房产局关于印发《沈阳市历史建筑修缮管理办法》的通知", N, "沈阳市房产局", "沈阳市房产局",
     "通知", "2026-06-09", N, "主动公开",
     ["各区房产局、新民市更新局、法库县住建局、康平县自然资源局"], [],
     "no number on the page (沈房发〔2021〕7号 is the repealed predecessor); date without a name"),
    (WEB + "36b752a90868deca8c5ad2a007bb259584fa3f88bc03d82859d845a3814ad159.html",
     "https://fgj.hangzhou.gov.cn/art/2020/9/4/art_1229265366_1402892.html", "市", "浙江",
     "关于进一步促进房地产市场平稳健康发展的通知", "杭房市场小组〔2020〕2号",
     "杭州市房地产平稳健康发展领导小组办公室", "杭州市房地产平稳健康发展领导小组办公室", "通知",
     "2020-09-04", N, "主动公开", ["各有关单位"], [], "site 公开方式 cell 主动公开"),
    (WEB + "1970f401a1a59bf513d1e81bf81646b225a94375894838f841e3b9c8f49351fc.html",
     "https://fzggw.cq.gov.cn/zwgk/zfxxgkml/zcwj/xzgfxwj/sfzggwxzgfxwj/202511/"
     "t20251107_15149061_wap.html", "省", "重庆",
     "重庆市发展和改革委员会重庆市公安局重庆市住房和城乡建设委员会重庆市城市管理局重庆市商务委员会"
     "重庆市文化和旅游发展委员会重庆市市场监督管理局重庆市体育局关于印发《进一步清理消费领域限制性举措"
     "持续扩大消费若干措施》的通知", "渝发改规范〔2025〕7号",
     "重庆市发展和改革委员会、重庆市公安局、重庆市住房和城乡建设委员会、重庆市城市管理局、"
     "重庆市商务委员会、重庆市文化和旅游发展委员会、重庆市市场监督管理局、重庆市体育局",
     "重庆市发展和改革委员会、重庆市公安局、重庆市住房和城乡建设委员会、重庆市城市管理局、"
     "重庆市商务委员会、重庆市文化和旅游发展委员会、重庆市市场监督管理局、重庆市体育局",
     "通知", "2025-11-06", N, N, ["市政府各部门", "有关单位"], [],
     "eight stacked, letter-spaced names above 关于…; the signature repeats them two a line"),
    (WEB + "4a027e066e40633499cda3d38d391e3ad6f4c67bd9021b766ef592b5594b0974.html",
     "https://ghzyj.gz.gov.cn/xwzx/tzgg/content/post_8957746.html", "市", "广东",
     "广州市规划和自然资源局关于创新开展“一手房带押过户”的通告", N, "广州市规划和自然资源局",
     "广州市规划和自然资源局", "通告", "2023-04-28", N, N, [], [],
     "site 来源 广州市不动产登记中心 (not the issuer); 自然资发〔2023〕29号 cited"),
    (WEB + "e88bfd2269e60c2d61382b476d4c83a1524ef26a8edf00cc063e638238c4892b.html",
     "https://gi.mnr.gov.cn/202109/t20210901_2678777.html", "部委", "中央",
     "自然资源部办公厅关于进一步规范存量住宅用地信息公开工作的函", "自然资办函〔2021〕1432号",
     "自然资源部办公厅", "自然资源部办公厅", "函", "2021-08-06", N, N,
     ["各省、自治区、直辖市自然资源主管部门", "新疆生产建设兵团自然资源局"], [], ""),
    (WEB + "516595610daad2b3854b6eaa016c345032513e37278daa0a5a289592c0458f9e.html",
     "https://www.beijing.gov.cn/zhengce/zczt/zcwjhb/csgxzchb/sjzc/202409/t20240926_3907510.html",
     "市", "北京",
     "北京经济技术开发区管理委员会关于印发《亦庄新城工业用地（类）项目城市更新实施细则（试行）》的通知",
     "京技管发〔2024〕18号", "北京经济技术开发区管理委员会", "北京经济技术开发区管理委员会", "通知",
     "2024-07-25", N, N, ["工委、管委会各机构、各街道、通州区、大兴区各相关镇"], [], ""),
    (WEB + "9c7e41ce94e5ff6556fdcd78d29ad86fe6cdcea3dd388197b3846e6710d840a8.html",
     "https://www.beijing.gov.cn/zhengce/zhengcefagui/202005/t20200520_1903693.html", "县", "北京",
     "北京市西城区教育委员会关于西城区2020年义务教育阶段入学工作的实施意见", N,
     "北京市西城区教育委员会", "北京市西城区教育委员会", "意见", "2020-04-30", N, N, [], [],
     "site 发文字号 cell is the empty template 〔〕号; 京教基二〔2020〕5号 cited"),
    (WEB + "9ba53173f9bd12660ed9d877e0738d6616f81a2d492a9b0e123a28f7c7f8d4ea.html",
     "https://www.beijing.gov.cn/zhengce/zhengcefagui/202505/t20250529_4101768.html", "省", "北京",
     "北京市市场监督管理局关于印发《2025年全面优化营商环境打造“北京服务”工作方案》的通知",
     "京市监发〔2025〕21号", "北京市市场监督管理局", "北京市市场监督管理局", "通知", "2025-04-11", N, N,
     ["市市场监管执法总队", "各区市场监管局", "北京经济技术开发区商务金融局、行政审批局、综合执法局",
      "房山区燕山市场监管分局", "市局机场分局", "市局机关各处室", "各事业单位"], [], ""),
    (WEB + "1ac214c9aa27cb60317c278d82168581988ca4044fdeb4f564944341e25fca40.html",
     "https://www.beijing.gov.cn/zhengce/zhengcefagui/202607/t20260715_4763847.html", "省", "北京",
     "北京市疾病预防控制局等单位关于印发高中阶段及以下新生肺结核筛查工作方案的通知",
     "京疾传防〔2026〕18号", "北京市疾病预防控制局、北京市教育委员会、北京市人力资源和社会保障局",
     "北京市疾病预防控制局、北京市教育委员会、北京市人力资源和社会保障局", "通知", "2026-07-14", N, N,
     ["各区疾控局、教委", "北京经济技术开发区社会事业局", "各中等专业学校、五年制高职、技工学校",
      "北京儿童医院、首都儿科研究所附属儿童医院、解放军总医院第八医学中心", "市疾控中心"], [],
     "title says 等单位; the signature stacks the three names"),
    (WEB + "fb3be18f4ba25d995573aa49af7e1a9abe789adb77bf4eb20884f48b28f859a5.html",
     "https://www.dh.gov.cn/Web/_F0_0_5UI1Q3PQEB6CA3D52E824C4FAA.htm", "市", "云南",
     "德宏州人民政府办公室关于印发《德宏州优化调整房地产市场调控措施》的通知", N,
     "德宏傣族景颇族自治州人民政府办公室", "德宏州人民政府办公室", "通知", "2024-07-08", N, "主动公开",
     ["各县市人民政府", "州直和中央、省驻德宏各单位"], [],
     "the autonomous prefecture's short name 德宏州 throughout; 德政办发〔2023〕64号 cited"),
    (WEB + "1b8f6f57a5e90c62318cf2af966f20754f8841d16ce0de55f7957b793c836ac1.html",
     "https://www.gd.gov.cn/zwgk/wjk/qbwj/ybh/content/post_4289277.html", "省", "广东",
     "广东省人民政府办公厅关于印发广东省进一步提振和扩大消费若干措施的通知", "粤办函〔2023〕305号",
     "广东省人民政府办公厅", "广东省人民政府办公厅", "通知", "2023-11-13", N, N,
     ["各地级以上市人民政府", "省有关单位"], [], "site table then the document"),
    (WEB + "eaf5f7ef9566f249443533cbf2cf7323591c690828838b85ba740dbdbebe87dd.html",
     "https://gi.mnr.gov.cn/202303/t20230330_2779597.html", "部委", "中央",
     "自然资源部中国银行保险监督管理委员会关于协同做好不动产“带押过户”便民利企服务的通知",
     "自然资发〔2023〕29号", "自然资源部、中国银行保险监督管理委员会",
     "自然资源部、中国银行保险监督管理委员会", "通知", "2023-03-03", N, N,
     ["各省、自治区、直辖市及计划单列市自然资源主管部门", "新疆生产建设兵团自然资源局", "各银保监局",
      "各政策性银行、大型银行、股份制银行"], [],
     "signed before 国家金融监督管理总局 (2023-05-18): 银保监会 is the body in force"),
    (WEB + "4d0349bbd4c0a42c5beca0ad9d2201ad26c07d380df16a79fb664b713a79a120.html",
     "https://www.baiyin.gov.cn/zc/qtwj/art/2022/art_1bdc8839bf0f489f83b669e8a2bbde86.html", "市", "甘肃",
     "白银市人民政府办公室关于印发《白银市建立房地产市场平稳健康发展“一城一策”工作方案》的通知", N,
     "白银市人民政府办公室", "白银市人民政府办公室", "通知", "2022-10-06", N, "主动公开",
     ["各县、区人民政府", "市政府有关部门", "市属有关企事业单位", "中央、省在银有关单位"], [],
     "the number 市政办发〔2022〕167号 only in the name of the linked PDF, not on the page: null"),
    (WEB + "7b3f26211f1f19ac87a9a51207aab5173813d3a185c175d1aee9610444e738b9.html",
     "http://gjj.hainan.gov.cn/hngjj/0503/202311/34a07ebca85c4b948c8593ea4184b8dc.shtml?ddtab=true",
     "省", "海南", "关于优化住房公积金个人住房贷款中住房套数认定标准的通知", "琼公积金贷〔2023〕14号",
     "海南省住房公积金管理局", "海南省住房公积金管理局", "通知", "2023-11-10", N, "主动公开",
     ["各住房公积金缴存人", "各住房公积金受委托贷款银行", "各住房公积金直属管理局"], [],
     "title over two lines"),
    (DOCS + "720a9c9523021efe9a639fde6f9479a22f862facc8fdc42aaf96c06e790adfbc.pdf", N, "县", "福建",
     "明溪县人民政府关于印发明溪县促进房地产市场平稳健康发展若干措施(修订)的通知", "明政规〔2022〕6号",
     "明溪县人民政府", "明溪县人民政府", "通知", "2022-11-26", "2022-11-26", "主动公开",
     ["各乡（镇）人民政府", "县各有关单位"], [],
     "red 版头 明溪县人民政府文件; 版记 印发机关 县政府办公室"),
    (DOCS + "533b5920a657f0b3e57e4550844497b698b5b6f0bc4c2fa4dda49dca6a09aac6.pdf", N, "市", "广东",
     "东莞市住房公积金管理委员会关于阶段性实施部分住房公积金提取政策的通知（暂行）", "东公积金委〔2023〕2号",
     "东莞市住房公积金管理委员会", "东莞市住房公积金管理委员会", "通知", "2023-09-11", "2023-09-11",
     "主动公开", ["各住房公积金缴存人"], [],
     "signature and date are a seal image (not in the text): signed_date from the site's 成文日期 "
     "of the same document (dggjj post_4069471), equal to the 版记 印发 date; 版记 印发机关 办公室"),
    (WEB + "ee0924c918391be447810d208b4d5033d1a32290b47737b81704008934aaa350.pdf", N, "市", "广东",
     "江门市住房和城乡建设局江门市财政局关于印发《江门市2026年度“人才房票”试行工作方案》的通知",
     "江建〔2026〕55号", "江门市住房和城乡建设局、江门市财政局", "江门市住房和城乡建设局、江门市财政局",
     "通知", "2026-04-24", "2026-04-24", "主动公开",
     ["各县（市、区）人民政府",
      "市直相关部门、相关银行机构、江门市房地产行业协会、江门市房地产中介服务行业协会、各房地产开发企业"],
     [], "版头 names are graphics: only 文件 in the text layer; 版记 印发机关 住建局办公室"),
    (WEB + "49ba2977b966b11079b4b6dde13f21cfbe6bd2d6b2383ad3c6acb99806e01aa1.pdf", N, "市", "四川",
     "达州市人民政府办公室关于印发进一步推进中心城区房地产市场良性循环若干措施的通知",
     "达市府办发〔2023〕51号", "达州市人民政府办公室", "达州市人民政府办公室", "通知", "2023-12-28", N, N,
     ["各县（市、区）人民政府", "达州高新区管委会", "达州东部经开区管委会", "市级有关部门（单位）"], [],
     "same office and layout as the shared corpus's doc02 (a 2022 document), another document"),
    (DOCS + "bceaba0b7daca8566dbf3a897c0b504fe7a526de81dbcb5af784d0676b64e806.pdf", N, "省", "上海",
     "关于加强住房赠与管理的通知", "沪建房管联〔2021〕476号",
     "上海市住房和城乡建设管理委员会、上海市房屋管理局、上海市自然资源确权登记局",
     "市住房城乡建设管理委、市房屋管理局、市自然资源确权登记局", "通知", "2021-07-23", "2021-07-23",
     "主动公开",
     ["各区住房保障房屋管理局", "各房地产交易中心、市房屋状况信息中心",
      "各自然资源确权登记事务中心（不动产登记事务中心）"], [],
     "signature without the place (市…); the place from 沪 in the number and the 版记 上海市房屋管理局办公室; "
     "a bare 公 开 mark top left"),
]


def entries(mirrors: Path) -> list[dict]:
    return ROUND.build_rows(GOLD, REPO, COMMIT, mirrors, "r5", "r5")


def main() -> int:
    return ROUND.main(__doc__, entries, RC.ROUND5)


if __name__ == "__main__":
    raise SystemExit(main())
