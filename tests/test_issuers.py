"""The issuer authority: canonical names, renames, places from the document's own evidence, ids."""

from importlib import resources

import pytest
import yaml
from alembic import command
from alembic.config import Config
from sqlalchemy import text

from normdocs.extractors.authority import PlaceEvidence, load_authority
from normdocs.extractors.issuer import resolve_issuer
from normdocs.library.store import Library
from normdocs.schemas.authority import parse_issuer_rules
from normdocs.schemas.library import LibraryItem
from normdocs.schemas.record import IssuerSource, Metadata
from normdocs.schemas.settings import Settings
from normdocs.enrichment.provenance import identity
from tests.db import library_url


@pytest.fixture(scope="module")
def authority():
    return load_authority()


@pytest.mark.parametrize("printed, date, canonical", [
    ("江西省市场监管局", "2020-02-12", "江西省市场监督管理局"),
    ("国家发展改革委办公厅", None, "国家发展和改革委员会办公厅"),
    ("税务总局办公厅", None, "国家税务总局办公厅"),
    ("长沙县住建局", None, "长沙县住房和城乡建设局"),
    ("安徽省发改委", None, "安徽省发展和改革委员会"),
    ("浙江省地方金融监管局", None, "浙江省地方金融监督管理局"),
    ("南京市江宁区人民政府", None, "南京市江宁区人民政府"),
])
def test_abbreviations_resolve_to_the_full_name(authority, printed, date, canonical):
    found = authority.resolve(printed, date)
    assert (found.name, found.known, found.printed) == (canonical, True, printed)


def test_renamed_regulators_take_the_name_in_force_and_keep_one_id(authority):
    before = authority.resolve("上海保监局", "2015-03-01")
    merged = authority.resolve("上海保监局", "2019-03-01")  # printed after the merger: the successor
    later = authority.resolve("中国银保监会上海监管局", "2024-01-01")
    assert before.name == "中国保险监督管理委员会上海监管局"
    assert merged.name == "中国银行保险监督管理委员会上海监管局"
    assert later.name == "国家金融监督管理总局上海监管局"
    assert merged.id == later.id != before.id
    assert authority.resolve("温州银保监分局", "2020-01-01").name == "中国银行保险监督管理委员会温州监管分局"


def test_a_renamed_place_keeps_its_old_name_on_old_documents(authority):
    old = authority.resolve("襄樊市人民政府", "2005-01-01")
    new = authority.resolve("襄阳市人民政府", "2015-01-01")
    assert old.name == "襄樊市人民政府" and old.id == new.id


def test_an_unknown_name_stays_as_printed(authority):
    found = authority.resolve("澄江省人民政府", None)
    assert (found.name, found.known, found.id) == ("澄江省人民政府", False, "name:澄江省人民政府")


def test_a_left_out_place_comes_only_from_the_document(authority):
    assert not authority.resolve("市住房保障和房产局", None).known  # no evidence: never guessed
    evidence = PlaceEvidence()
    evidence.add(authority.division("南京市"))
    assert authority.resolve("市住房保障和房产局", None, evidence).name == "南京市住房保障和房产局"


def test_ocr_repair_only_within_a_small_distance_and_recorded(authority):
    repaired = authority.resolve("聊城市人民政俯办公室", None, ocr=True)
    assert (repaired.name, repaired.repaired) == ("聊城市人民政府办公室", True)
    assert not authority.resolve("聊城市人民政俯办公室", None).known  # text layers are not repaired
    assert not authority.resolve("长沛编公积验管理损会", None, ocr=True).known  # too far


def test_ocr_repair_restores_one_dropped_character_of_a_long_name(authority):
    repaired = authority.resolve("东莞市住房公积金管委员会", None, ocr=True)  # 理 dropped
    assert (repaired.name, repaired.repaired) == ("东莞市住房公积金管理委员会", True)
    assert not authority.resolve("东莞市住房公积金管委员会", None).known  # text layers are not repaired
    assert not authority.resolve("聊城市人民政办公室", None, ocr=True).known  # under 10 characters: too close to other names


def test_number_prefix_and_place_abbreviation_evidence():
    md = Metadata(doc_number="宁房市字〔2017〕108号", issuer="市住房保障和房产局", signed_date="2017-05-03")
    resolve_issuer(md, IssuerSource.signature, {})
    assert (md.issuer, md.issuer_printed, md.issuer_source) == ("南京市住房保障和房产局", "市住房保障和房产局",
                                                                 IssuerSource.signature)
    state = Metadata(doc_number="国办发〔2019〕6号")
    resolve_issuer(state, None, {})
    assert (state.issuer, state.issuer_source, state.issuer_ids) == ("国务院办公厅", IssuerSource.number_prefix,
                                                                    ["state-council-office"])


def test_the_imprint_office_stands_for_its_body():
    md = Metadata(doc_number="聊政发〔2023〕9号", printer="聊城市人民政府办公室")
    resolve_issuer(md, None, {})
    assert (md.issuer, md.issuer_source) == ("聊城市人民政府", IssuerSource.imprint)
    office = Metadata(doc_number="榕政办〔2016〕186号", printer="福州市人民政府办公厅")
    resolve_issuer(office, None, {})
    assert office.issuer == "福州市人民政府办公厅"


def test_joint_names_run_together_are_split_in_printed_order():
    md = Metadata(issuer="南京市住房保障和房产局南京市规划和自然资源局")
    resolve_issuer(md, IssuerSource.header, {})
    assert md.issuer == "南京市住房保障和房产局、南京市规划和自然资源局"
    assert len(md.issuer_ids) == 2


def test_identity_uses_ids_so_a_renamed_issuer_is_the_same_document():
    old = Metadata(issuer="上海保监局", doc_number="沪保监发〔2019〕1号", signed_date="2019-01-02")
    new = Metadata(issuer="中国银行保险监督管理委员会上海监管局", doc_number="沪保监发〔2019〕1号",
                   signed_date="2019-01-02")
    assert identity(old) == identity(new) == "nfra/310000|沪保监发〔2019〕1号"


def test_rule_errors_name_the_file_the_rule_and_the_key():
    raw = yaml.safe_load(resources.files("normdocs.rules").joinpath("issuers.yaml").read_text(encoding="utf-8"))
    raw["bodies"][0]["nmaes"] = []
    with pytest.raises(ValueError, match=r"issuers.yaml: bodies.0.nmaes（规则 state-council）"):
        parse_issuer_rules(raw)


# -- migration 0003 ------------------------------------------------------------------------

@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    url, cleanup = library_url(request.param, tmp_path)
    yield url
    cleanup()


def _upgrade(library: Library, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(resources.files("normdocs.library") / "migrations"))
    with library.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _item(issuer: str, content: str, identity_key: str) -> LibraryItem:
    return LibraryItem.model_validate({
        "identity": identity_key, "content_hash": content * 64, "file": f"{content}.pdf", "format": "pdf",
        "metadata": {"title": "关于加强保险监管的通知", "doc_number": "沪保监发〔2019〕1号", "issuer": issuer,
                     "signed_date": "2019-01-02"},
        "disclosure": {"proposed": "主动公开", "attribute": "主动公开", "needs_review": False, "rules_version": "r1",
                       "source": "rules"},
        "findings": [],
    })


def test_migration_rekeys_loaded_documents_and_merges_renamed_duplicates(url):
    library = Library(url, Settings())
    _upgrade(library, "0002")
    with library.engine.begin() as conn:  # rows as the 0002 code wrote them: no issuer_ids column
        for n, (issuer, content) in enumerate([("上海保监局", "a"), ("中国银行保险监督管理委员会上海监管局", "b"),
                                               ("中国银行保险监督管理委员会上海监管局", "a")], start=1):
            key = f"{issuer}|沪保监发〔2019〕1号"
            doc = conn.execute(text("SELECT id FROM documents WHERE identity = :i"), {"i": key}).scalar()
            if doc is None:
                conn.execute(text("INSERT INTO documents (identity, issuer, doc_number, normative, withdrawn, "
                                  "created_at, updated_at) VALUES (:i, :s, '沪保监发〔2019〕1号', false, false, "
                                  "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), {"i": key, "s": issuer})
                doc = conn.execute(text("SELECT id FROM documents WHERE identity = :i"), {"i": key}).scalar()
            md = '{"issuer": "%s", "doc_number": "沪保监发〔2019〕1号", "signed_date": "2019-01-02"}' % issuer
            conn.execute(text("INSERT INTO versions (document_id, version, content_hash, file, format, "
                              "metadata_json, loaded_at) VALUES (:d, :v, :h, 'x.pdf', 'pdf', :m, CURRENT_TIMESTAMP)"),
                         {"d": doc, "v": n, "h": content * 64, "m": md})
    library.upgrade()
    with library.engine.begin() as conn:
        rows = conn.execute(text("SELECT id, identity, issuer_ids FROM documents")).all()
        hashes = conn.execute(text("SELECT content_hash FROM versions ORDER BY version")).scalars().all()
    assert [(r[1], r[2]) for r in rows] == [("nfra/310000|沪保监发〔2019〕1号", ";nfra/310000;")]
    assert [h[0] for h in hashes] == ["a", "b"]  # each text once, history kept
    # a re-run under the new keys finds the document: a new text is a new version, never a duplicate
    result = library.load(_item("中国银行保险监督管理委员会上海监管局", "c", "nfra/310000|沪保监发〔2019〕1号"))
    assert (result.document_id, result.new_version) == (rows[0][0], True)
    assert [d.id for d in library.documents(issuer="上海保监局")] == [rows[0][0]]  # the facet by id
    library.engine.dispose()


def test_a_left_out_province_comes_from_the_only_province_the_text_names():
    md = Metadata(issuer="省完善促进消费体制机制厅际联席会议", body="推广安徽特色年货，开展2022年安徽省“视频直播”活动。")
    resolve_issuer(md, IssuerSource.signature, {})
    assert (md.issuer, md.issuer_printed) == ("安徽省完善促进消费体制机制厅际联席会议", "省完善促进消费体制机制厅际联席会议")
    two = Metadata(issuer="省完善促进消费体制机制厅际联席会议", body="安徽省与江苏省合作。")
    resolve_issuer(two, IssuerSource.signature, {})
    assert two.issuer == "省完善促进消费体制机制厅际联席会议"  # two provinces: never guessed
