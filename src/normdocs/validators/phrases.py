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


CHUNK = 500_000  # characters per spaCy doc (its max_length is 1,000,000)
OVERLAP = 1_000  # longer than any cue phrase


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
        text = ascii_digits(text)
        hits: dict[tuple[str, int, int], PhraseHit] = {}
        # spaCy refuses texts over its max_length: a long document is matched in overlapping chunks
        for offset in range(0, len(text), CHUNK - OVERLAP):
            doc = self.nlp.make_doc(text[offset:offset + CHUNK])
            for match_id, start, end in self.matcher(doc):
                span = doc[start:end]
                hit = PhraseHit(self.nlp.vocab.strings[match_id], span.text, offset + span.start_char,
                                offset + span.end_char)
                hits[(hit.key, hit.start, hit.end)] = hit
            if offset + CHUNK >= len(text):
                break
        return sorted(hits.values(), key=lambda h: (h.start, -h.end))
