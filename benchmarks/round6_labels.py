"""(Re)write benchmarks/real_corpus/round6.jsonl: a sixth held-out round, from the same crawler's
raw layer as round 5 (ljz060707-lang/China-Real-Estate-Policy-Database), documents round 5 did not
take: 24 official sites' pages, a PDF attachment and a DOCX attachment.

    python benchmarks/round6_labels.py [--mirrors DIR]

The gold below was read by hand from each page's or file's text (and the site's own metadata
cells where the page has them) BEFORE `normdocs inspect` was run on any of them; conventions as
round 5's (benchmarks/round5_labels.py, README "Round 5"). The split is dealt the same way and
fixed here, before any scoring (benchmarks/round_labels.py).

Left out while reading: round 5's 32 documents and their twins; the shared corpus's documents
from this repository and their twins (doc22.docx is ac4c7809…, the 安徽 促进消费 notice; the
HTML twins of 达州 2022, 南京 2017, 福州 186号, 安庆, 重庆 令361 and 42号, 长沙 长金管委, 长沙县 68号,
北京 京房公积金发〔2023〕31号); 征求意见稿 drafts (太原 .doc, 海南 .wps and .docx); attachments that are
not documents (tables, forms, 起草说明, 解读, 规章 texts without their 令); PDFs whose text layer is
garbage or absent (the 公报 prints, scans); pages that load their text by script (重庆公积金);
（此件删减后公开） (重庆 渝府办发〔2022〕65号); a page cut before its signature (高阳县); a notice
signed by seals only (沪建房管联〔2024〕58号); and, to keep one province from dominating, two
further 北京 pages and a second 东莞 办公室 page.
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
    (WEB + "015b3e2765961b3c03b648988a405f580b1a1a859376aabd74ed06cae5d1b59d.html",
     "https://fsgjj.foshan.gov.cn/gkmlpt/content/7/7107/post_7107734.html", "市", "广东",
     "佛山市住房公积金管理中心关于开办外籍人员住房公积金个人住房贷款业务的通知", "佛房金管〔2026〕3号",
     "佛山市住房公积金管理中心", "佛山市住房公积金管理中心", "通知", "2026-02-28", N, N,
     ["各单位、缴存职工"], [], "gkmlpt site table (文号 cell), title repeated in the content"),
    (WEB + "07101f7121c97531f4a4d64f4860425bdb1e8e2d4d75e2a1069c35decfdde081.html",
     "https://gjj.hangzhou.gov.cn/art/2024/5/17/art_1229287759_1843133.html", "市", "浙江",
     "杭州住房公积金管理委员会关于调整住房公积金贷款家庭住房套数认定标准有关政策的通知",
     "杭房公委〔2024〕2号", "杭州住房公积金管理委员会", "杭州住房公积金管理委员会", "通知",
     "2024-05-15", N, "主动公开", ["各缴存单位、职工"], [],
     "site 发布机构 杭州公积金中心 (the centre, not the issuing 管委会); 公开方式 cell 主动公开"),
    (WEB + "0ab4fdb60926e418a0e88563103097a74305948dfe9b29a0f21cf153550165d4.html",
     "https://gjj.gz.gov.cn/gkmlpt/content/10/10464/post_10464777.html", "市", "广东",
     "关于优化住房公积金提取政策的通知", "穗公积金中心〔2025〕63号",
     "广州住房公积金管理中心、广州市住房和城乡建设局、广州市规划和自然资源局、广州市市场监督管理局",
     "广州住房公积金管理中心、广州市住房和城乡建设局、广州市规划和自然资源局、广州市市场监督管理局",
     "通知", "2025-09-28", N, N, ["各住房公积金缴存人"], [],
     "four signers stacked after 附件 line; site 发布机构 names only the centre"),
    (WEB + "045d3056380539c514219c6a2e3ed7792895691b8c6d6c478b0ea217029d9cb3.html",
     "https://www.beijing.gov.cn/zhengce/zhengcefagui/202607/t20260715_4764203.html", "省", "北京",
     "北京市科学技术委员会、中关村科技园区管理委员会关于印发《北京市科技行政处罚裁量权适用规定》的通知",
     "京科发〔2026〕10号", "北京市科学技术委员会、中关村科技园区管理委员会",
     "北京市科学技术委员会、中关村科技园区管理委员会", "通知", "2026-06-30", N, "主动公开",
     ["各相关单位"], [],
     "one body with two names, printed (title, signature, 发文机构 cell) as two joined by 、: kept as printed"),
    (WEB + "1c16cc2fc832dfe82ad0ccf015c5bf3fa3a77ff4314caac3ec6db965caca52c0.html",
     "https://www.beijing.gov.cn/zhengce/zhengcefagui/202305/t20230530_3116889.html", "省", "北京",
     "北京市人民政府关于印发《北京市加快建设具有全球影响力的人工智能创新策源地实施方案（2023-2025年）》的通知",
     "京政发〔2023〕14号", "北京市人民政府", "北京市人民政府", "通知", "2023-05-21", N, "主动公开",
     ["各区人民政府", "市政府各委、办、局", "各市属机构"], [], "（此件公开发布）"),
    (WEB + "224695f00aa10d6108d10027daeb5033dafd9ab302c0f9dc1d3841be0e70b0ca.html",
     "http://gjj.guiyang.gov.cn/zfxxgk/fdzdgknr/gggs/fdzdgknrtzgg/202211/t20221118_77143113.html",
     "市", "贵州", "贵阳市住房公积金管理中心关于实施职工团购房公积金阶段性提取政策的通知", N,
     "贵阳市住房公积金管理中心", "贵阳市住房公积金管理中心", "通知", "2022-11-18", N, N,
     ["各缴存职工"], [], "no number; hidden fields repeat the title before the content"),
    (WEB + "30aa8486411bef1b0cca8e0ad5b3a20d08a728d56e9035c0aec4068b005ecc52.html",
     "https://gjj.jiaxing.gov.cn/art/2023/6/21/art_1229564145_2480280.html", "市", "浙江",
     "关于进一步落实住房公积金支持“浙有善育”政策的通知", "嘉公积金〔2023〕27号",
     "嘉兴市住房公积金管理服务中心", "嘉兴市住房公积金管理服务中心", "通知", "2023-06-19", N, N,
     ["各分中心、市中心各处室"], [],
     "title over two lines in the content; site 发布机构 市公积金中心; 浙建保函 cited"),
    (WEB + "3ef1fe0a12a16d9403609021f6ea6aa41cae8f18ad65a25fce8756b7a2830053.html",
     "https://www.bengbu.gov.cn/ywdt/ztzl/msfwu/zfly/zcwj/50297714.html", "市", "安徽",
     "关于实施多子女家庭使用住房公积金支持政策的通知", "蚌房金〔2022〕18号",
     "蚌埠市住房公积金管理中心", "市住房公积金管理中心", "通知", "2022-12-28", N, N,
     ["机关各科室、三县管理部"], [],
     "no signature name, the date only; the issuer from the page's 来源 市住房公积金管理中心 (the 主送 "
     "is the centre's own units) and the city from the site and 蚌 in the number"),
    (WEB + "434e39eef438953dad80f3b8ca00507acef697668d82cdcc54cd056c25b8bef5.html",
     "https://www.changzhou.gov.cn/gi_news/155170841536726", "市", "江苏",
     "关于印发《关于进一步加强住房公积金支持退役军人保障工作的实施意见》的通知", "常公积金〔2024〕1号",
     "常州市住房公积金管理中心、常州市退役军人事务局", "常州市住房公积金管理中心、常州市退役军人事务局",
     "通知", "2024-01-22", N, "主动公开", ["中心各部门", "各辖市、区退役军人事务部门"], [],
     "joint signers side by side on one line; 公开方式：主动公开 cell; site 发布机构 the centre"),
    (WEB + "45b31dbbc228bd5f4dae20a158a46bec341aa85f6c6d15e5e71b3f5d1186f4e0.html",
     "http://www.anhua.gov.cn/16/39/43/content_1663341.html", "县", "湖南",
     "安化县人民政府办公室印发《关于促进安化县房地产市场平稳健康发展的若干政策措施》的通知",
     "安政办发〔2022〕20号", "安化县人民政府办公室", "安化县人民政府办公室", "通知", "2022-09-27", N, N,
     ["各乡镇人民政府", "县人民政府有关局办、直属机构", "有关垂直管理单位"], [],
     "the issuer printed on its own line above the title (no 关于), kept in the title as for round 5's "
     "明溪; AHDR registration code is not the number; site 发文日期 2022-10-12 is the release, the "
     "signature's 2022-09-27 (= 登记日期) the signing; site table printed twice"),
    (WEB + "524b381def4e0db9cc6d406d4e0b8244a9c32799b7a44ab10bce5325550a46f0.html",
     "https://gjj.beijing.gov.cn/web/zwgk61/2024zcwj/436433461/743765441/index.html", "省", "北京",
     "关于2025住房公积金年度缴存有关问题的通知", "京房公积金管委会办〔2025〕13号",
     "北京住房公积金管理委员会办公室", "北京住房公积金管理委员会办公室", "通知", "2025-09-18", N, N,
     ["各住房公积金缴存单位"], [],
     "site 制发单位 the 管委会办公室, 来源 the 管理中心 (not the issuer)"),
    (WEB + "538d0a38adf5350e46d1dd938892089f20840aa1858d26a247b6ef8ace42d9be.html",
     "http://www.changchun.gov.cn/zw_33994/zfwj/sfbwj_108294/202009/t20200923_2515969.html", "市",
     "吉林", "长春市人民政府办公厅关于落实城市主体责任进一步加强房地产市场调控的通知",
     "长府办发〔2020〕35号", "长春市人民政府办公厅", "长春市人民政府办公厅", "通知", "2020-09-22", N, N,
     ["各县（市）区政府、开发区管委会", "市政府各委办局", "有关单位"], [],
     "another document than round 5's 长府办发〔2017〕65号"),
    (WEB + "5b1f4c116f5dbbcfe76552ad99296f0651a43a27f84459652d263dda8e05d0b9.html",
     "https://www.beijing.gov.cn/zhengce/zczt/zcwjhb/zczdgg/zhzdzc/201905/t20190522_60889.html", "省",
     "北京", "中共北京市委办公厅北京市人民政府办公厅印发《关于深化职称制度改革的实施意见》的通知", N,
     "中国共产党北京市委员会办公厅、北京市人民政府办公厅", "中共北京市委办公厅、北京市人民政府办公厅",
     "通知", "2018-02-01", N, N,
     ["各区委、区政府", "市委、市政府各部委办局", "各总公司", "各人民团体", "各高等院校"], [],
     "Party and government offices jointly; site 发文字号 is the empty template 〔〕号 and 发文机构 names "
     "only the Party office; the two signers stacked"),
    (WEB + "63c9592c0c4d325cb3e61989a1b385dac5f48a4aa830e669bd201103e647b637.html",
     "https://www.changzhou.gov.cn/gi_news/726176697730432", "市", "江苏",
     "关于调整住房公积金贷款相关规定的通知", "常公积金委〔2025〕2号", "常州市住房公积金管理委员会",
     "常州市住房公积金管理委员会", "通知", "2025-12-25", N, "主动公开", [], [],
     "no 主送; site 发布机构 市住房公积金管理中心 (not the issuing 管委会); （此件公开发布）"),
    (WEB + "648ad12c74f937286b680c6e3c70f83c3e9311ccc4d4588b25bb571b4460e46b.html",
     "https://www.beijing.gov.cn/zhengce/zhengcefagui/201905/t20190522_60585.html", "省", "北京",
     "北京市住房和城乡建设委员会北京市发展和改革委员会北京市财政局北京市规划和国土资源管理委员会"
     "关于印发《北京市共有产权住房管理暂行办法》的通知", "京建法〔2017〕16号",
     "北京市住房和城乡建设委员会、北京市发展和改革委员会、北京市财政局、北京市规划和国土资源管理委员会",
     "北京市住房和城乡建设委员会、北京市发展和改革委员会、北京市财政局、北京市规划和国土资源管理委员会",
     "通知", "2017-09-20", N, N, ["各有关单位"], [],
     "four stacked signers; 规划和国土资源管理委员会 in force in 2017 (规划和自然资源委员会 from 2019); "
     "site 发文机构 names the first only"),
    (WEB + "8b93bf8d7376d3e098515bc26686ee3ea7a6a767dfdc99c636a6cd4894f2a52d.html",
     "https://www.beijing.gov.cn/zhengce/zhengcefagui/202607/t20260721_4775336.html", "省", "北京",
     "北京市医疗保障局等单位关于新增部分藏医类医疗服务价格项目的通知", "京医保发〔2026〕5号",
     "北京市医疗保障局、北京市人力资源和社会保障局", "北京市医疗保障局、北京市人力资源和社会保障局",
     "通知", "2026-06-22", N, N,
     ["各区医疗保障局、人力资源和社会保障局", "北京经济技术开发区社会事业局", "各有关医疗机构"], [],
     "no signature on the page: issuers from the site's 发文机构 and 联合发文单位 cells, date from 成文日期; "
     "the title says 等单位"),
    (WEB + "9481dda078d66a14e98ff699e33cbbaa78a52d0fc113e6721efda16f9cb58200.html",
     "https://www.beijing.gov.cn/zhengce/zhengcefagui/202607/t20260723_4780572.html", "省", "北京",
     "北京市商务局关于新增2026年消费品以旧换新补贴产品的公告", "京商消二字〔2026〕8号", "北京市商务局",
     "北京市商务局", "公告", "2026-07-23", N, N, [], [], "公告 without 主送"),
    (WEB + "b8fdecd9f0b71cb8311d88e9747b129088d8fa14c76194989e91c3e5e887ad72.html",
     "https://www.harbin.gov.cn/haerbin/c108867/202512/c01_1093771.shtml", "市", "黑龙江",
     "关于调整职工住房公积金缴存基数下限的通知", N, "哈尔滨住房公积金管理中心",
     "哈尔滨住房公积金管理中心", "通知", "2025-12-01", N, N, ["各住房公积金缴存单位"], [],
     "site table's 文号, 公开方式 cells empty; 国务院令第350号 cited"),
    (WEB + "c3968e25d316d93bc3ba8e1d91d15bcf9dd23835ee1c574d03fd28d64c0ce970.html",
     "https://gjj.hainan.gov.cn/hngjj/0400/202606/6c0e853d7a0e4df1a06eb2e66534de94.shtml", "省", "海南",
     "海南省住房公积金管理局关于2026年度住房公积金缴存基数范围的通告", N, "海南省住房公积金管理局",
     "海南省住房公积金管理局", "通告", "2026-06-26", N, N, [], [],
     "title over two lines; 文号 cell empty; 发文机关 cell the short 省住房公积金管理局"),
    (WEB + "c005fea13361548e9f74dfa7870ae7ea93d24d84786cdaa8617aabd4afebcdcb.html",
     "http://bzseyq.sczwfw.gov.cn/art/2023/8/7/art_44574_228137.html?from=qcc%3FareaCode%3D511903000000",
     "县", "四川", "巴中市恩阳区人民政府关于印发《巴中市恩阳区进一步扎实稳住经济增长若干政策措施》的通知", N,
     "巴中市恩阳区人民政府", "巴中市恩阳区人民政府", "通知", "2022-07-25", N, N,
     ["各镇（街道）、区级各部门、各直属机构", "有关单位"], [],
     "政务服务网 page, published 2023-08-07 for a 2022-07-25 notice; no number printed"),
    (WEB + "d1bfa55cd575e0abe4ca2ab0832ccdd3d345accd6ed1a4b421bc7d5be6790c21.html",
     "https://ayzjj.anyang.gov.cn/2022/05-24/2345149.html", "市", "河南",
     "安阳市人民政府办公室关于促进房地产市场平稳健康发展的意见", N, "安阳市人民政府办公室",
     "安阳市人民政府办公室", "意见", "2022-05-21", N, N,
     ["各县（市、区）人民政府", "市人民政府各部门及有关单位"], [],
     "republished on the 住建局 site; no signature name, the date only; 信息来源 安阳市人民政府"),
    (WEB + "1b08154c7a729274d1180f76be822140a6d69ca68f18c289caceaf0110f83be4.html",
     "https://www.fjsx.gov.cn/zfxxgkzl/zfxxgkml/fggzhgf/202209/t20220921_1830325.htm", "县", "福建",
     "三明市沙县区人民政府关于印发沙县区进一步稳定房地产市场的若干措施的通知", "沙政规〔2022〕3号",
     "三明市沙县区人民政府", "三明市沙县区人民政府", "通知", "2022-09-18", N, "主动公开",
     ["区各有关单位、房地产开发企业"], [],
     "site cells 备注/文号, 发布机构 区政府, 公文生成日期; （此件主动公开）"),
    (WEB + "d1bfcf89aeb510fcb56df8c194716ac1d1ba2cb36923f98e86cd38c9de6232f0.html",
     "https://fcj.shenyang.gov.cn/zwgkzdgz/fdzdgknr/bmwj/202303/t20230328_4438976.html", "市", "辽宁",
     "沈阳市房产局沈阳市自然资源局关于促进我市房地产市场良性循环和健康发展的通知", N,
     "沈阳市房产局、沈阳市自然资源局", "沈阳市房产局、沈阳市自然资源局", "通知", "2023-03-28", N, N,
     ["各区、县（市）房产、自然资源部门", "各相关单位"], [],
     "two signers on one line separated by spaces; no number; 来源 沈阳市房产局"),
    (WEB + "baac03050006d4513ff9b30df40faaf584221bf691c6d9d70e75fbc333853e84.html",
     "https://www.dg.gov.cn/gkmlpt/content/4/4195/post_4195945.html", "市", "广东",
     "东莞市人民政府办公室关于深化户籍制度改革的实施意见", "东府办〔2024〕13号", "东莞市人民政府办公室",
     "东莞市人民政府办公室", "意见", "2024-04-26", N, N,
     ["各镇人民政府（街道办事处）", "市府直属各单位"], [],
     "gkmlpt table; title over two lines in the content; site 发布日期 2024-04-28"),
    (DOCS + "50eeb78a06452b83fb7d84e3c35175fd73897d46fbce6771a6b66982951db736.pdf", N, "市", "广东",
     "关于调整部分住房公积金贷款和提取规定的通知", "东公积金委〔2020〕2号", "东莞市住房公积金管理委员会",
     "东莞市住房公积金管理委员会", "通知", "2020-09-22", "2020-09-22", "主动公开", ["各住房公积金缴存职工"], [],
     "signature and date are a seal image (not in the text): signed_date from the HTML twin's signature "
     "(dggjj post_3327021, not taken), equal to the 版记 印发 date; 版记 印发机关 管委会办公室; the 解读 "
     "follows on pp.2-5; 公开方式：主动公开 above the 版记; the red 版头 东莞市住房公积金管理委员会文件 is a "
     "picture (not in the text layer): issuer_printed from it — first read as null from the text "
     "alone, corrected after the first scoring (an unscored field of a dev document)"),
    (DOCS + "56a456134fc2e5af4e6600b01371457982eb512b47b417ca1572e3e2e10c376d.docx", N, "市", "江苏",
     "关于进一步优化无房家庭购房工作的通知", N, "南京市促进房地产市场平稳健康发展领导小组办公室",
     "市促进房地产市场平稳健康发展领导小组办公室", "通知", "2021-05-28", N, N,
     ["江北新区管委会", "各区人民政府", "市各相关单位"], [],
     "DOCX attachment; signature without the place (市…领导小组办公室): 南京 from the body (在南京连续缴纳) "
     "and 江北新区 in the 主送"),
]


def entries(mirrors: Path) -> list[dict]:
    return ROUND.build_rows(GOLD, REPO, COMMIT, mirrors, "r6", "r6")


def main() -> int:
    return ROUND.main(__doc__, entries, RC.ROUND6)


if __name__ == "__main__":
    raise SystemExit(main())
