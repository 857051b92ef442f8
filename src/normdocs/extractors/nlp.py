"""The spaCy pipeline that finds element spans in a line: patterns come from rules/elements.yaml.

`spacy.blank("zh")` splits into characters; regular-expression patterns run on `doc.text` and
map onto tokens with `doc.char_span`, phrase patterns run through an `EntityRuler`. Both write
into `doc.spans["elements"]`, which may overlap (a 印发 line holds a DATE and a PRINTED span).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span

from normdocs.schemas.element_rules import ElementRuleFile
from normdocs.schemas.normalize import ascii_digits
from normdocs.schemas.rules import load_rules as load_rule_file

SPAN_KEY = "elements"


@dataclass(frozen=True)
class ElementRules:
    version: str
    date: str
    regex_patterns: tuple[tuple[str, str, re.Pattern], ...]
    phrase_patterns: tuple[dict, ...]
    doc_types: dict[str, str]  # printed ending -> 文种
    org_suffixes: tuple[str, ...]
    standalone_title_forms: tuple[str, ...] = ()
    not_title_endings: tuple[str, ...] = ()


@lru_cache(maxsize=4)
def load_rules(name: str = "elements.yaml") -> ElementRules:
    """The packaged rule file, checked against its schema (schemas.element_rules)."""
    raw = load_rule_file(name, ElementRuleFile)
    regexes = [(p.id, p.label, re.compile(p.pattern.replace("{DATE}", raw.date))) for p in raw.regex_patterns]
    return ElementRules(
        version=raw.version, date=raw.date, regex_patterns=tuple(regexes),
        phrase_patterns=tuple(p.model_dump() for p in raw.phrase_patterns), doc_types=raw.doc_type_map(),
        org_suffixes=tuple(sorted(raw.org_suffixes, key=len, reverse=True)),
        standalone_title_forms=tuple(raw.standalone_title_forms), not_title_endings=tuple(raw.not_title_endings),
    )


@Language.factory("regex_elements", default_config={"rules_file": "elements.yaml"})
def make_regex_elements(nlp: Language, name: str, rules_file: str):
    return RegexElements(load_rules(rules_file))


class RegexElements:
    """Finds regular-expression matches, then writes them as spans (two steps, as SpanRuler)."""

    def __init__(self, rules: ElementRules):
        self.rules = rules

    def match(self, doc: Doc) -> list[Span]:
        spans = []
        text = doc.text  # built from the tokens on each access: once per document
        for pattern_id, label, regex in self.rules.regex_patterns:
            for m in regex.finditer(text):
                span = doc.char_span(m.start(), m.end(), label=label, alignment_mode="expand")
                if span is not None:
                    span.id_ = pattern_id
                    spans.append(span)
        return spans

    def __call__(self, doc: Doc) -> Doc:
        group = doc.spans.get(SPAN_KEY, [])
        doc.spans[SPAN_KEY] = list(group) + self.match(doc)
        return doc


@Language.component("entities_to_elements")
def entities_to_elements(doc: Doc) -> Doc:
    """Copy the EntityRuler's phrase matches into the shared span group."""
    doc.spans[SPAN_KEY] = list(doc.spans.get(SPAN_KEY, [])) + list(doc.ents)
    return doc


@lru_cache(maxsize=4)
def element_pipeline(rules_file: str = "elements.yaml") -> Language:
    rules = load_rules(rules_file)
    nlp = spacy.blank("zh")
    ruler = cast(EntityRuler, nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"}))
    ruler.add_patterns([{"id": p["id"], "label": p["label"], "pattern": p["pattern"]} for p in rules.phrase_patterns])
    nlp.add_pipe("entities_to_elements")
    nlp.add_pipe("regex_elements", config={"rules_file": rules_file})
    return nlp


def find_elements(texts: list[str], rules_file: str = "elements.yaml") -> list[list[Span]]:
    """The element spans of each line, in order."""
    nlp = element_pipeline(rules_file)
    return [list(doc.spans[SPAN_KEY]) for doc in nlp.pipe(ascii_digits(t) for t in texts)]
