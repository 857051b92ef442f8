"""Party bodies as issuers: central organs, local Party committees and their organs, and the joint
Party–government issuers (中共XX省委 XX省人民政府, 中共中央办公厅 国务院办公厅), on files made here."""

import pytest

from normdocs.extractors import extract_file
from normdocs.extractors.authority import load_authority
from normdocs.extractors.issuer import resolve_issuer
from normdocs.schemas.record import Metadata
from tests.make_docs import make_docx, make_pdf


@pytest.fixture(scope="module")
def authority():
    return load_authority()


@pytest.mark.parametrize("printed, canonical, body_id", [
    ("中共中央", "中国共产党中央委员会", "cpc-central"),
    ("中共中央办公厅", "中国共产党中央委员会办公厅", "cpc-central-office"),
    ("中央军委", "中央军事委员会", "cmc"),
    ("中央纪委", "中国共产党中央纪律检查委员会", "cpc-ccdi"),
    ("中组部", "中国共产党中央委员会组织部", "cpc-organization"),
    ("中共江西省委", "中国共产党江西省委员会", "cpc/360000/committee"),
    ("江西省委", "中国共产党江西省委员会", "cpc/360000/committee"),
    ("中国共产党江西省委员会", "中国共产党江西省委员会", "cpc/360000/committee"),
    ("中共江西省委办公厅", "中国共产党江西省委员会办公厅", "cpc/360000/office"),
    ("中共南昌市委办公室", "中国共产党南昌市委员会办公室", "cpc/360100/office"),
    ("中共万载县纪委", "中国共产党万载县纪律检查委员会", "cpc/360922/discipline"),
    ("中共浙江省委组织部", "中国共产党浙江省委员会组织部", "cpc/330000/organization"),
    ("中共丽水市委宣传部", "中国共产党丽水市委员会宣传部", "cpc/331100/publicity"),
    ("万载县监委", "万载县监察委员会", "gov/360922/supervision"),
    ("政协江西省委员会", "中国人民政治协商会议江西省委员会", "cppcc/360000/committee"),
])
def test_party_bodies_resolve_to_their_full_name_and_id(authority, printed, canonical, body_id):
    found = authority.resolve(printed)
    assert (found.name, found.id, found.known, found.printed) == (canonical, body_id, True, printed)


def test_traditional_forms_resolve_and_stay_as_printed(authority):
    found = authority.resolve("中央軍委")
    assert (found.name, found.id, found.printed) == ("中央军事委员会", "cmc", "中央軍委")


def test_a_bare_committee_after_a_place_is_not_taken_for_the_party_committee(authority):
    assert not authority.resolve("江西省委员会").known  # 政协? a 管理委员会? left as printed
    assert not authority.resolve("税务局").known


def test_joint_party_and_government_header_and_signature_keep_the_printed_order(tmp_path):
    lines = [("mark", "中共江西省委  江西省人民政府文件"), ("number", "赣发〔2020〕3号"),
             ("title", "中共江西省委  江西省人民政府"), ("title", "关于加强基层治理体系建设的意见"),
             ("text", "各设区市委和人民政府，省委各部委，省直各单位："),
             ("text", "为加强基层治理体系建设，现提出如下意见。"),
             ("right", "中共江西省委"), ("right", "江西省人民政府"), ("right", "2020年5月6日"),
             ("text", "（此件公开发布）")]
    md = extract_file(make_pdf(tmp_path / "joint.pdf", lines)).metadata
    assert md.issuer == "中国共产党江西省委员会、江西省人民政府"
    assert md.issuer_ids == ["cpc/360000/committee", "gov/360000/gov"]
    assert md.title == "中共江西省委江西省人民政府关于加强基层治理体系建设的意见"


def test_joint_central_offices_in_a_docx_印发_notice(tmp_path):
    path = make_docx(tmp_path / "central.docx", [
        "中共中央办公厅 国务院办公厅印发《关于加强社区工作者队伍建设的意见》的通知", "中办发〔2023〕12号",
        "各省、自治区、直辖市党委和人民政府，中央和国家机关各部委：",
        "《关于加强社区工作者队伍建设的意见》已经同意，现印发给你们，请结合实际认真贯彻落实。",
        "中共中央办公厅", "国务院办公厅", "2023年6月1日"])
    md = extract_file(path).metadata
    assert md.issuer == "中国共产党中央委员会办公厅、国务院办公厅"
    assert md.issuer_ids == ["cpc-central-office", "state-council-office"]
    assert md.doc_type == "通知"


def test_county_party_committee_office_in_the_signature(tmp_path):
    lines = [("title", "关于做好2021年春节期间有关工作的通知"), ("text", "各乡镇党委，县直各单位："),
             ("text", "现就做好春节期间有关工作通知如下。"), ("right", "中共万载县委办公室"),
             ("right", "2021年1月20日")]
    md = extract_file(make_pdf(tmp_path / "county.pdf", lines)).metadata
    assert (md.issuer, md.issuer_printed, md.issuer_source.value) == (
        "中国共产党万载县委员会办公室", "中共万载县委办公室", "signature")
    assert md.issuer_ids == ["cpc/360922/office"]


def test_a_title_with_no_关于_names_its_issuers_before_the_文种(tmp_path):
    # a 布告 poster: the names over the 文种, no signature block, the date at the end
    lines = [("title", "中共中央、国务院、中央軍委"), ("title", "布告"),
             ("text", "为了迅速制止武斗，现布告如下。"), ("text", "一、立即停止武斗。"),
             ("right", "一九六八年七月三日")]
    md = extract_file(make_pdf(tmp_path / "poster.pdf", lines)).metadata
    assert md.issuer == "中国共产党中央委员会、国务院、中央军事委员会"
    assert md.issuer_printed == "中共中央、国务院、中央軍委"
    assert md.issuer_ids == ["cpc-central", "state-council", "cmc"]


@pytest.mark.parametrize("number, issuer, body_id", [
    ("赣发〔2021〕1号", "中国共产党江西省委员会", "cpc/360000/committee"),
    ("赣办发〔2021〕1号", "中国共产党江西省委员会办公厅", "cpc/360000/office"),
    ("浙委办发〔2021〕1号", "中国共产党浙江省委员会办公厅", "cpc/330000/office"),
    ("赣教发〔2021〕1号", None, None),  # a department's 代字: the number alone does not name it
])
def test_a_party_committee_number_prefix_names_the_issuer_when_nothing_prints_it(number, issuer, body_id):
    md = Metadata(doc_number=number, title="关于加强基层治理的意见", signed_date="2021-01-20")
    resolve_issuer(md, None, {})
    assert md.issuer == issuer
    assert md.issuer_ids == ([body_id] if body_id else [])
