import pytest

from normdocs.schemas.normalize import RULES, clean_spaces, normalize_date


@pytest.mark.parametrize("rule", RULES, ids=lambda r: f"{r.field}:{r.rule}")
def test_every_rule_example_holds(rule):
    assert rule.function(rule.example_in) == rule.example_out


def test_spaces_between_chinese_characters_go_latin_gaps_stay():
    assert clean_spaces("关于印发聊城市 2023 年政务公开工作要点的 通 知") == "关于印发聊城市2023年政务公开工作要点的通知"
    assert clean_spaces("ISO 9001 认证") == "ISO 9001认证"


@pytest.mark.parametrize("text", ["2023年2月30日", "二〇〇五年十三月一日", "2023年7月"])
def test_impossible_or_partial_dates_are_not_dates(text):
    assert normalize_date(text) is None
