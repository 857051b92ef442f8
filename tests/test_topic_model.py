"""A trained text classifier, when rules/topics.yaml names one, can only hold a cue verdict back:
the topic stands where the model's first choice is the same, and stays 待定 where it is not."""

from __future__ import annotations

from pathlib import Path

from normdocs.enrichment import topic_model
from normdocs.enrichment.topics import classify_text, load_topic_rules

RULES = Path(__file__).resolve().parents[1] / "src" / "normdocs" / "rules" / "topics.yaml"
ROADS = [("关于同意某高速公路设置收费站的复函", "同意设置收费站，收取车辆通行费。"),
         ("关于撤销国道收费站的复函", "同意撤销收费站。"),
         ("关于同意增设匝道收费站的复函", "同意增设收费站。")]
PLANS = [("关于印发人大代表建议政协提案办理要求的通知", "认真办理代表建议和政协提案。"),
         ("关于印发年度立法工作计划的通知", "现将工作计划印发给你们。"),
         ("关于印发工作规则的通知", "现将工作规则印发给你们。")]


def trained(tmp_path: Path) -> Path:
    examples = [(t, b, "工业、交通") for t, b in ROADS] * 3 + [(t, b, "其他") for t, b in PLANS] * 3
    nlp = topic_model.train(examples, epochs=8)
    nlp.to_disk(tmp_path / "model")
    rules = tmp_path / "topics.yaml"
    rules.write_text(RULES.read_text(encoding="utf-8") + "model: model\n", encoding="utf-8")
    return rules


def test_the_model_holds_back_a_verdict_it_does_not_share(tmp_path):
    rules = load_topic_rules(str(trained(tmp_path)))
    assert rules.model == str(tmp_path / "model")  # relative to the rules file
    plain = load_topic_rules()
    road = "关于同意某高速公路增设收费站的复函"
    assert classify_text(road, "", plain).topic == classify_text(road, "", rules).topic == "工业、交通"
    # the cues say 公路 (收费站), the model learnt that 提案办理 documents are 其他: no guess
    mixed = "关于印发收费站建议提案办理要求的通知"
    assert classify_text(mixed, "", plain).topic == "工业、交通"
    held = classify_text(mixed, "", rules)
    assert held.topic is None and held.confidence >= plain.threshold
    assert "收费站" in held.cues and held.cues[-1] == "模型判为：其他"  # the evidence says why
    # a topic the model was never trained on: the cues decide
    assert classify_text("关于加强宗教事务管理的通知", "", rules).topic == "民族、宗教"


def test_the_same_examples_train_the_same_model(tmp_path):
    examples = [(t, b, "工业、交通") for t, b in ROADS] + [(t, b, "其他") for t, b in PLANS]
    first = topic_model.predict(topic_model.train(examples, epochs=3), *ROADS[0])
    second = topic_model.predict(topic_model.train(examples, epochs=3), *ROADS[0])
    assert first == second
