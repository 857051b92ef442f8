"""The issuer's failure classes on real documents, each on files made here: central bodies'
规范简称, renamed bodies by signing date, the number's 代字 when no name is printed (a graphic
版头, a seal only), and joint issuers printed with no separator."""

import pytest

from normdocs.extractors import extract_file
from normdocs.extractors.authority import load_authority
from normdocs.extractors.issuer import resolve_issuer
from normdocs.schemas.record import Metadata
from tests.make_docs import make_pdf


@pytest.fixture(scope="module")
def authority():
    return load_authority()


@pytest.mark.parametrize("printed, date, canonical, body_id", [
    ("人社部", "2020-03-01", "人力资源和社会保障部", "mohrss"),
    ("人力资源社会保障部", "2020-03-01", "人力资源和社会保障部", "mohrss"),
    ("国家卫生健康委", "2020-03-01", "国家卫生健康委员会", "nhc"),
    ("国家卫生计生委", "2017-03-01", "国家卫生和计划生育委员会", "nhc"),
    ("国家卫生计生委", "2019-03-01", "国家卫生健康委员会", "nhc"),  # an old name on a later date
    ("卫生部", "2012-03-01", "卫生部", "moh"),
    ("环境保护部", "2017-03-01", "环境保护部", "mee"),
    ("环境保护部", "2018-06-01", "生态环境部", "mee"),
    ("国土资源部", "2016-03-01", "国土资源部", "mnr"),
    ("国家工商总局", "2017-03-01", "国家工商行政管理总局", "saic"),
    ("国家工商总局", "2018-06-01", "国家市场监督管理总局", "samr"),
    ("安监总局", "2019-01-01", "应急管理部", "mem"),
    ("国务院国资委", None, "国务院国有资产监督管理委员会", "sasac-central"),
    ("国家医保局", None, "国家医疗保障局", "nhsa"),
    ("科技部", None, "科学技术部", "most"),
])
def test_central_bodies_short_names_and_renames_by_signing_date(authority, printed, date, canonical, body_id):
    found = authority.resolve(printed, date)
    assert (found.name, found.id, found.known) == (canonical, body_id, True)


def test_a_renamed_body_is_one_facet_across_its_names(authority):
    assert set(authority.lineage("saic")) >= {"saic", "samr"}
    assert set(authority.lineage("moh")) >= {"moh", "nhc"}


@pytest.mark.parametrize("number, title, issuer, body_id", [
    ("沪银保监发〔2020〕3号", "关于加强上海市保险机构管理的通知", "中国银行保险监督管理委员会上海监管局", "nfra/310000"),
    ("沪银保监发〔2024〕3号", "关于加强上海市保险机构管理的通知", "国家金融监督管理总局上海监管局", "nfra/310000"),
    ("苏银监发〔2016〕3号", "关于江苏省银行业的通知", "中国银行业监督管理委员会江苏监管局", "cbrc/320000"),
    ("赣人社发〔2021〕1号", "关于做好江西省高校毕业生就业工作的通知", "江西省人力资源和社会保障厅", "gov/360000/hrss"),
    ("赣发改投资〔2021〕1号", "关于南昌市重点项目的通知", "江西省发展和改革委员会", "gov/360000/ndrc"),
    ("赣财预〔2021〕1号", "关于江西省预算的通知", None, None),  # 财 with more after it: not guessed
    ("沪财发〔2021〕1号", "关于上海市预算的通知", None, None),  # 上海市财政局, not 财政厅: not guessed
    ("赣人社发〔2021〕1号", "关于做好高校毕业生就业工作的通知", None, None),  # the document names no place
])
def test_a_places_department_or_regulator_office_from_the_number(number, title, issuer, body_id):
    md = Metadata(doc_number=number, title=title, signed_date=number[number.index("〔") + 1:][:4] + "-03-01")
    resolve_issuer(md, None, {})
    assert md.issuer == issuer
    assert md.issuer_ids == ([body_id] if body_id else [])


def test_graphic_header_and_seal_only_the_number_names_the_regulator(tmp_path):
    lines = [("number", "沪银保监发〔2020〕12号"), ("title", "关于进一步加强上海市保险公司"),
             ("title", "销售行为管理的通知"), ("text", "各保险公司上海分公司："),
             ("text", "为规范保险销售行为，现就有关事项通知如下，请认真贯彻执行。"),
             ("right", "2020年6月1日"), ("text", "（此件公开发布）")]
    md = extract_file(make_pdf(tmp_path / "graphic.pdf", lines)).metadata
    assert (md.issuer, md.issuer_source, md.issuer_ids) == (
        "中国银行保险监督管理委员会上海监管局", "number_prefix", ["nfra/310000"])


def test_joint_central_issuers_run_together_are_split(tmp_path):
    lines = [("number", "财税〔2021〕6号"), ("title", "财政部税务总局海关总署关于"),
             ("title", "继续执行有关进口税收政策的通知"), ("text", "各省、自治区、直辖市财政厅（局）："),
             ("text", "现将有关进口税收政策通知如下，请遵照执行。"),
             ("right", "财政部税务总局海关总署"), ("right", "2021年3月31日"), ("text", "（此件公开发布）")]
    md = extract_file(make_pdf(tmp_path / "joint.pdf", lines)).metadata
    assert md.issuer == "财政部、国家税务总局、海关总署"
    assert md.issuer_ids == ["mof", "sta", "gacc"]


def test_a_renamed_commission_signs_under_its_new_name(tmp_path):
    lines = [("mark", "国家卫生健康委员会文件"), ("number", "国卫医发〔2019〕7号"),
             ("title", "国家卫生健康委关于加强医疗机构管理的通知"),
             ("text", "各省、自治区、直辖市卫生健康委："), ("text", "为加强医疗机构管理，现通知如下。"),
             ("right", "国家卫生计生委"), ("right", "2019年1月9日"), ("text", "（此件公开发布）")]
    md = extract_file(make_pdf(tmp_path / "nhc.pdf", lines)).metadata
    assert md.issuer == "国家卫生健康委员会"
    assert md.issuer_ids == ["nhc"]
