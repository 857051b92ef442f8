"""Every rule file loads against its schema, and a staff typo is an error naming file, rule and key."""

import pytest
import yaml

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


def _packaged(name: str) -> str:
    from importlib import resources

    return resources.files("normdocs.rules").joinpath(name).read_text(encoding="utf-8")


def test_disclosure_and_element_rules_load():
    from normdocs.extractors.nlp import load_rules as load_element_rules
    from normdocs.review.determination import load_disclosure_rules

    disclosure = load_disclosure_rules()
    assert disclosure.rules[0].id == "state_secret" and disclosure.default.proposed == "依申请公开"
    assert disclosure.periodic["default_periods"]["秘密"] == "10年"
    elements = load_element_rules()
    assert elements.doc_types["复函"] == "函" and any(p[0] == "doc_number" for p in elements.regex_patterns)


def test_a_disclosure_rule_typo_names_the_file_the_rule_and_the_key():
    from normdocs.schemas.disclosure_rules import DisclosureRuleFile

    text = _packaged("disclosure.yaml")
    with pytest.raises(RuleFileError, match=r"disclosure\.yaml：rules\[1\]\.overrides_markr"):
        parse_rules("disclosure.yaml", text.replace("    overrides_marker: true\n    basis: [政府信息公开条例第十六条]",
                                                    "    overrides_markr: true\n    basis: [政府信息公开条例第十六条]"),
                    DisclosureRuleFile)
    with pytest.raises(RuleFileError, match=r"rules\[1\]\.when\.finding"):
        parse_rules("disclosure.yaml", text.replace("when: {findings: [internal_mark]}",
                                                    "when: {finding: [internal_mark]}"), DisclosureRuleFile)
    with pytest.raises(RuleFileError, match=r"rules\[1\]\.when\.findings\[0\]"):  # not a finding kind
        parse_rules("disclosure.yaml", text.replace("when: {findings: [internal_mark]}",
                                                    "when: {findings: [internal_marks]}"), DisclosureRuleFile)
    with pytest.raises(RuleFileError, match=r"rules\[1\]\.proposed"):  # not an attribute
        parse_rules("disclosure.yaml", text.replace("    proposed: 不予公开\n    review: true\n    overrides_marker: true\n"
                                                    "    basis: [政府信息公开条例第十六条]",
                                                    "    proposed: 不公开\n    review: true\n    overrides_marker: true\n"
                                                    "    basis: [政府信息公开条例第十六条]"), DisclosureRuleFile)
    with pytest.raises(RuleFileError, match="internal_mark"):  # an id twice
        parse_rules("disclosure.yaml", text.replace("  - id: personal_information", "  - id: internal_mark"),
                    DisclosureRuleFile)


def test_an_element_rule_typo_or_a_broken_pattern_is_named():
    from normdocs.schemas.element_rules import ElementRuleFile

    text = _packaged("elements.yaml")
    with pytest.raises(RuleFileError, match=r"elements\.yaml：.*regex_patterns\[4\]\.patern"):
        parse_rules("elements.yaml", text.replace('label: URGENCY, pattern:', 'label: URGENCY, patern:'),
                    ElementRuleFile)
    with pytest.raises(RuleFileError, match=r"regex_patterns\[4\]（urgency）"):
        parse_rules("elements.yaml", text.replace('pattern: "特急|加急|特提|平急"', 'pattern: "特急|(加急"'),
                    ElementRuleFile)
    at = [e if isinstance(e, str) else e["name"] for e in yaml.safe_load(text)["doc_types"]].index("复函")
    with pytest.raises(RuleFileError, match=rf"doc_types\[{at}\]"):
        parse_rules("elements.yaml", text.replace("{name: 复函, as: 函}", "{name: 复函, to: 函}"), ElementRuleFile)


def test_validation_rules_load_and_refuse_the_removed_timezone_key():
    from normdocs.validation.expectations import ValidationConfig, load_config

    assert load_config().enumerations["validity"] == ["有效", "已修改", "已废止", "已失效"]
    with pytest.raises(RuleFileError, match=r"validation\.yaml：timezone"):
        parse_rules("validation.yaml", _packaged("validation.yaml") + "timezone: Asia/Shanghai\n", ValidationConfig)


def test_the_published_date_sources_are_the_enrichment_stages_rule_file():
    """provenance.yaml holds where a published date comes from; validation.yaml (a later stage's
    file) no longer accepts those keys."""
    from normdocs.enrichment.provenance import load_provenance_rules
    from normdocs.schemas.provenance import ProvenanceRules
    from normdocs.validation.expectations import ValidationConfig

    rules = load_provenance_rules()
    assert rules.published_date_sources == ["manifest", "site", "printed", "signed"]
    assert rules.manifest_only is False and rules.reupload_years == 2
    with pytest.raises(RuleFileError, match=r"provenance\.yaml：published_date_sources\[1\]"):
        parse_rules("provenance.yaml", "published_date_sources: [manifest, guess]\n", ProvenanceRules)
    with pytest.raises(RuleFileError, match=r"provenance\.yaml：manifest_ony"):
        parse_rules("provenance.yaml", _packaged("provenance.yaml") + "manifest_ony: true\n", ProvenanceRules)
    with pytest.raises(RuleFileError, match=r"validation\.yaml：published_date_sources"):
        parse_rules("validation.yaml", _packaged("validation.yaml") + "published_date_sources: [manifest]\n",
                    ValidationConfig)


def _schemas() -> dict:
    from normdocs.enrichment.format_checks import FormatRules
    from normdocs.enrichment.validity import ValidityRules
    from normdocs.publish.annual import AnnualRules
    from normdocs.review.confidentiality_rules import ConfidentialityFile
    from normdocs.schemas.authority import IssuerRules
    from normdocs.schemas.disclosure_rules import DisclosureRuleFile
    from normdocs.schemas.element_rules import ElementRuleFile
    from normdocs.schemas.provenance import ProvenanceRules
    from normdocs.schemas.topic_rules import TopicRules
    from normdocs.validation.expectations import ValidationConfig

    return {"annual_report.yaml": AnnualRules, "confidentiality.yaml": ConfidentialityFile,
            "disclosure.yaml": DisclosureRuleFile, "elements.yaml": ElementRuleFile,
            "format_checks.yaml": FormatRules, "issuers.yaml": IssuerRules, "provenance.yaml": ProvenanceRules,
            "topics.yaml": TopicRules, "validation.yaml": ValidationConfig, "validity.yaml": ValidityRules}


def test_every_rule_file_has_a_schema_that_refuses_unknown_keys():
    """A YAML file staff may edit is read through a pydantic schema (a new file needs one here)."""
    from importlib import resources

    from pydantic import ValidationError

    files = sorted(e.name for e in resources.files("normdocs.rules").iterdir() if e.name.endswith(".yaml"))
    schemas = _schemas()
    assert files == sorted(schemas)
    for name, schema in schemas.items():
        raw = yaml.safe_load(_packaged(name))
        schema.model_validate(raw)
        with pytest.raises(ValidationError, match="zz_unknown"):
            schema.model_validate({**raw, "zz_unknown": 1})
