"""PhraseCues finds what spaCy's PhraseMatcher finds on spacy.blank("zh"), in linear time."""

import random

import spacy
from spacy.matcher import PhraseMatcher

from normdocs.schemas.normalize import ascii_digits
from normdocs.review.phrases import PhraseCues

ALPHABET = list("机密秘内部资料此件不予公开发布县人民政府1２3") + [" ", " ", "  ", "\n", "\u3000", "\t", "a", "B"]


def spacy_hits(lists: dict[str, list[str]], text: str) -> set[tuple[str, int, int, str]]:
    """The reference: spaCy's PhraseMatcher on its character-split Chinese pipeline."""
    nlp = spacy.blank("zh")
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for key, phrases in lists.items():
        matcher.add(key, [nlp.make_doc(ascii_digits(p)) for p in phrases])
    doc = nlp.make_doc(ascii_digits(text))
    return {(nlp.vocab.strings[m], doc[s:e].start_char, doc[s:e].end_char, doc[s:e].text) for m, s, e in matcher(doc)}


def test_the_same_matches_as_spacys_phrase_matcher_on_random_texts():
    rng = random.Random(20261202)
    for _ in range(300):
        lists = {f"k{i}": ["".join(rng.choice(ALPHABET[:20]) for _ in range(rng.randint(1, 3))) for _ in range(3)]
                 for i in range(3)}
        lists["spaced"] = ["机 密", "此件 不予公开"]
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 60)))
        ours = {(h.key, h.start, h.end, h.phrase) for h in PhraseCues(lists).find(text)}
        assert ours == spacy_hits(lists, text), (lists, text)


def test_a_single_space_joins_characters_other_whitespace_does_not():
    cues = PhraseCues({"mark": ["机密"]})
    assert [(h.phrase, h.start) for h in cues.find("本件 机 密，另")] == [("机 密", 3)]
    assert cues.find("机  密") == [] and cues.find("机\n密") == [] and cues.find("机\u3000密") == []


def test_a_long_document_is_matched_whole():
    text = "第1项 数据记录。\n" * 150_000 + "（此件不予公开）"
    hits = PhraseCues({"withhold": ["此件不予公开"], "item": ["数据记录"]}).find(text)
    assert hits[-1].key == "withhold" and text[hits[-1].start:hits[-1].end] == "此件不予公开"
    assert sum(h.key == "item" for h in hits) == 150_000
