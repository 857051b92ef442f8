"""主题分类: the site's printed topic is taken as printed; otherwise cues decide, and below the
threshold the topic is null (pages say 待定); the record always carries the topic object."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from normdocs.extractors import extract_file
from normdocs.publish.site import page_data
from normdocs.schemas.library import CatalogueEntry
from normdocs.schemas.rules import RuleFileError, parse_rules
from normdocs.review import review
from normdocs.enrichment.topics import TopicRules, classify_text, classify_topic, from_site, load_topic_rules
from tests.make_docs import NOTICE, make_pdf

PAGE = """<html><head><meta charset="utf-8"><title>国务院办公厅关于加强住房公积金管理的通知</title></head><body>
<table><tr><td>索引号：</td><td>000014349/2023-00001</td><td>主题分类：</td><td>{label}</td></tr>
<tr><td>发文机关：</td><td>国务院办公厅</td><td>成文日期：</td><td>2023年03月01日</td></tr>
<tr><td>标题：</td><td>国务院办公厅关于加强住房公积金管理的通知</td></tr>
<tr><td>发文字号：</td><td>国办发〔2023〕5号</td><td>发布日期：</td><td>2023年03月02日</td></tr></table>
<div id="UCAP-CONTENT"><p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
<p>为加强住房公积金管理，维护住房公积金所有者的合法权益，现就有关事项通知如下。</p>
<p>国务院办公厅</p><p>2023年3月1日</p></div></body></html>"""


def test_taxonomy_has_the_22_topics_with_subtopics():
    rules = load_topic_rules()
    assert len(rules.topics) == 22
    assert rules.topics[1].name == "综合政务" and rules.topics[-1].name == "其他"
    assert all(t.subtopics for t in rules.topics if t.name != "其他")


def test_a_printed_topic_is_taken_from_the_site(tmp_path):
    path = tmp_path / "p.html"
    path.write_text(PAGE.format(label="综合政务\\其他"), encoding="utf-8")
    record = review(extract_file(path, keep_layout=True))
    assert record.topic.model_dump() == {"topic": "综合政务", "subtopic": "其他", "confidence": 1.0,
                                         "cues": ["网站标注：综合政务\\其他"], "source": "site"}
    hidden = classify_topic(record, use_site=False)  # what the benchmark scores
    assert (hidden.topic, hidden.subtopic, hidden.source) == ("城乡建设、环境保护", "城乡建设（含住房）", "rules")
    assert "住房公积金" in hidden.cues and hidden.confidence >= load_topic_rules().threshold


def test_no_evidence_means_no_topic_and_the_object_is_always_there(tmp_path):
    record = review(extract_file(make_pdf(tmp_path / "n.pdf", NOTICE), keep_layout=True))
    printed = json.loads(record.to_json())["topic"]
    assert set(printed) >= {"topic", "subtopic", "confidence", "cues"}
    weak = classify_text("关于召开会议的通知", "请准时参加。")
    assert (weak.topic, weak.subtopic, weak.confidence) == (None, None, 0.0)
    mixed = classify_text("关于做好有关工作的通知", "涉及教育、住房、税收、就业、旅游。")
    assert mixed.topic is None and mixed.confidence < load_topic_rules().threshold and mixed.cues
    assert page_data(CatalogueEntry(id=1, title="t", validity="有效", topic=mixed), set()).topic == "待定"


def test_cues_in_the_title_weigh_more_than_the_body():
    got = classify_text("关于加强安全生产工作的通知", "做好就业工作。")
    assert got.topic == "市场监管、安全生产监管" and got.subtopic == "安全生产监管"


def test_rule_file_errors_name_the_file_the_rule_and_the_key():
    text = "topics:\n  - {name: 综合政务, cues: [政务], subtopic: []}\n"
    with pytest.raises(RuleFileError) as err:
        parse_rules("topics.yaml", text, TopicRules)
    assert "topics.yaml" in str(err.value) and "topics[0].subtopic" in str(err.value)


def test_a_site_prints_a_variant_name_or_several_topics():
    rules = load_topic_rules()
    assert from_site({"主题分类": "卫健、体育"}, rules).topic == "卫生、体育"  # jiangxi.gov.cn's name
    assert from_site({"主题分类": "组织机构"}, rules).topic == "国务院组织机构"
    both = from_site({"主题分类": "工业、交通,商贸、海关"}, rules)
    assert (both.topic, both.subtopic) == ("工业、交通", None)
    jilin = from_site({"主题分类": "劳动、人事、监察;人事工作"}, rules)
    assert (jilin.topic, jilin.subtopic) == ("劳动、人事、监察", "人事工作")
    assert from_site({"主题分类": "公路"}, rules) is None  # a subtopic alone names no topic


def test_no_cue_counts_inside_a_mask_or_a_longer_cue():
    # 人民政府 holds 民政: an issuer's name must not make every title a 民政 document
    got = classify_text("河北省人民政府办公厅关于同意张涿高速增设涞水环京收费站的复函", "")
    assert (got.topic, got.subtopic) == ("工业、交通", "公路") and "民政" not in got.cues
    assert classify_text("河北省人民政府关于印发实施方案的通知", "").topic is None
    # 平稳健康发展 is no health document
    assert classify_text("关于促进经济社会平稳健康发展的若干措施", "").cues == []
    # 高速公路 counts once (not again as 公路): one title cue, full confidence
    assert classify_text("关于高速公路的通知", "").confidence == 1.0


def test_weak_cues_yield_to_the_subject():
    # 应急预案 says what kind of document, 突发环境事件/危险化学品 what it is about
    env = classify_text("关于印发河北省突发环境事件应急预案的通知", "")
    assert env.topic != "综合政务"
    chem = classify_text("关于印发危险化学品生产安全事故应急预案的通知", "")
    assert chem.topic == "市场监管、安全生产监管"


def test_masks_and_weak_cues_are_rules_staff_can_edit():
    text = ("masks: [人民政府]\nweak_weight: 0.3\ntopics:\n"
            "  - {name: 综合政务, cues: [], subtopics: [{name: 应急管理, weak_cues: [应急预案]}]}\n"
            "  - {name: 民政、扶贫、救灾, cues: [民政]}\n")
    rules = parse_rules("topics.yaml", text, TopicRules)
    # the mask keeps 民政 out of 人民政府; a weak cue alone is too little evidence for a topic
    weak = classify_text("市人民政府关于印发应急预案的通知", "", rules)
    assert weak.topic is None and weak.cues == ["应急预案"] and weak.confidence < rules.threshold
    assert classify_text("关于民政工作的通知", "", rules).topic == "民政、扶贫、救灾"


def test_real_pages_give_the_topic_they_print():
    """tests/fixtures/real: jiangxi.gov.cn pages whose table prints 主题分类 (one prints two)."""
    fixtures = Path(__file__).parent / "fixtures" / "real"
    gold = [json.loads(line) for line in (fixtures / "gold.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    printed = [g for g in gold if g.get("topic_printed")]
    assert printed
    for entry in printed:
        record = review(extract_file(fixtures / entry["file"], keep_layout=True))
        first = entry["topic_printed"].split(",")[0]
        assert (record.topic.topic, record.topic.source) == (first, "site"), entry["file"]


def test_a_title_naming_the_best_topic_corroborates_a_long_mixed_body():
    """A national document's body names many subjects, so its best topic's share is low; when the
    title's cues name that same topic, `corroborated_threshold` is enough. Without a body, or with
    a title that names no topic, `threshold` alone decides."""
    text = ("threshold: 0.45\ncorroborated_threshold: 0.3\nmin_score: 1\ntitle_weight: 3\ntopics:\n"
            "  - {name: 甲类, cues: [甲]}\n  - {name: 乙类, cues: [乙]}\n"
            "  - {name: 丙类, cues: [丙]}\n  - {name: 丁类, cues: [丁]}\n")
    rules = parse_rules("topics.yaml", text, TopicRules)
    plain = rules.model_copy(update={"corroborated_threshold": None})
    body = "甲。乙乙乙丙丙丙"  # with the title: 甲类 4, 乙类 3, 丙类 3 → confidence 0.4
    got = classify_text("关于甲的通知", body, rules)
    assert (got.topic, got.confidence) == ("甲类", 0.4)
    assert classify_text("关于甲的通知", body, plain).topic is None
    # the title names nothing: the same low share stays 待定
    unnamed = classify_text("关于做好有关工作的通知", "甲甲甲。乙乙丙丙丁丁", rules)
    assert unnamed.topic is None and 0.3 <= unnamed.confidence < 0.45
    # a title alone corroborates nothing
    alone = classify_text("关于甲乙丙的通知", "", rules)
    assert alone.topic is None and 0.3 <= alone.confidence < 0.45
    assert load_topic_rules().corroborated_threshold is not None  # the packaged rules use it


def test_the_topics_module_imports_on_its_own():
    """enrichment.topics imports review.phrases, whose package imports topics back: importing topics
    first in a fresh interpreter must work (the benchmarks do)."""
    import subprocess
    import sys

    probe = "from normdocs.enrichment.topics import classify_text; print(classify_text('关于民政工作的通知', '').topic)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "民政、扶贫、救灾"
