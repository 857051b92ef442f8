"""Every rule file loads against its schema, and a staff typo is an error naming file, rule and key."""

import pytest

from normdocs.schemas.rules import RuleFileError, parse_rules
from normdocs.enrichment.validity import ValidityRules, load_validity_rules


def test_validity_rules_load():
    rules = load_validity_rules()
    assert "办法" in rules.normative_endings and rules.provisional_cap_years == 2


def test_an_unknown_key_is_named():
    with pytest.raises(RuleFileError, match=r"validity\.yaml：provisional_cap_yeers"):
        parse_rules("validity.yaml", "version: x\nnormative_endings: []\nprovisional_words: []\n"
                    "provisional_cap_years: 2\nprovisional_cap_yeers: 3\nabolish_title_words: []\n"
                    "amend_title_words: []\n", ValidityRules)


def test_a_wrong_type_is_named_with_its_place():
    with pytest.raises(RuleFileError, match=r"normative_endings\[1\]"):
        parse_rules("validity.yaml", "version: x\nnormative_endings: [办法, {a: 1}]\nprovisional_words: []\n"
                    "provisional_cap_years: 2\nabolish_title_words: []\namend_title_words: []\n", ValidityRules)


def test_broken_yaml_is_an_error_not_a_traceback():
    with pytest.raises(RuleFileError, match="YAML"):
        parse_rules("validity.yaml", "version: [unclosed\n", ValidityRules)
