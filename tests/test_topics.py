"""主题分类: the site's printed topic is taken as printed; otherwise cues decide, and below the
threshold the topic is null (pages say 待定); the record always carries the topic object."""

from __future__ import annotations

import json

import pytest

from normdocs.extractors import extract_file
from normdocs.publish.site import page_data
from normdocs.schemas.rules import RuleFileError, parse_rules
from normdocs.validators import review
from normdocs.validators.topics import TopicRules, classify_text, classify_topic, load_topic_rules
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
    assert page_data({"id": 1, "title": "t", "doc_number": None, "issuer": None, "doc_type": None, "signed_date": None,
                      "published_date": None, "validity": "有效", "changed_by": [], "changes": [], "attachments": [],
                      "topic": mixed.model_dump()}, set())["topic"] == "待定"


def test_cues_in_the_title_weigh_more_than_the_body():
    got = classify_text("关于加强安全生产工作的通知", "做好就业工作。")
    assert got.topic == "市场监管、安全生产监管" and got.subtopic == "安全生产监管"


def test_rule_file_errors_name_the_file_the_rule_and_the_key():
    text = "topics:\n  - {name: 综合政务, cues: [政务], subtopic: []}\n"
    with pytest.raises(RuleFileError) as err:
        parse_rules("topics.yaml", text, TopicRules)
    assert "topics.yaml" in str(err.value) and "topics[0].subtopic" in str(err.value)
