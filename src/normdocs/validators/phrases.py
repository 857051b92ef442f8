"""Phrase lists from the rule files, matched with spaCy's PhraseMatcher on spacy.blank("zh").

The blank Chinese pipeline splits text into characters, so a phrase matches wherever its
characters appear in a row. Finding matches is one step (`PhraseCues.find`); what a match
means is for the caller.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher

from normdocs.schemas.normalize import ascii_digits


@lru_cache(maxsize=1)
def blank_zh() -> Language:
    return spacy.blank("zh")


@dataclass(frozen=True)
class PhraseHit:
    key: str  # the list the phrase belongs to
    phrase: str  # the phrase as matched
    start: int  # character offsets in the text given to find()
    end: int


class PhraseCues:
    """Named phrase lists, one PhraseMatcher for all of them."""

    def __init__(self, lists: dict[str, list[str]]):
        self.nlp = blank_zh()
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.keys = []
        for key, phrases in lists.items():
            phrases = [p for p in phrases if p and p.strip()]
            if phrases:
                self.matcher.add(key, [self.nlp.make_doc(ascii_digits(p)) for p in phrases])
                self.keys.append(key)

    def find(self, text: str | None) -> list[PhraseHit]:
        if not text or not self.keys:
            return []
        doc = self.nlp.make_doc(ascii_digits(text))
        hits = []
        for match_id, start, end in self.matcher(doc):
            span = doc[start:end]
            hits.append(PhraseHit(self.nlp.vocab.strings[match_id], span.text, span.start_char, span.end_char))
        return sorted(hits, key=lambda h: (h.start, -h.end))
