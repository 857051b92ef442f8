"""Phrase lists from the rule files, matched as spaCy's PhraseMatcher matches them on spacy.blank("zh").

The blank Chinese pipeline splits text into characters, so a phrase matches wherever its
characters appear in a row, a single space between two characters being no gap (it is the
first one's trailing whitespace) and any other whitespace a token of its own. That is substring
search on the text with those spaces taken out, which this module does directly: the Chinese
tokenizer rebuilds its whitespace by copying the rest of the text for every character, which is
quadratic (a 1.4-million-character document took minutes). tests/test_phrases.py checks the
two agree. Finding matches is one step (`PhraseCues.find`); what a match means is for the caller.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass

from normdocs.schemas.normalize import ascii_digits

_WHITESPACE = re.compile(r"\s+")
GAP = "\x00"  # a whitespace token: no phrase runs across it


@dataclass(frozen=True)
class PhraseHit:
    key: str  # the list the phrase belongs to
    phrase: str  # the phrase as matched
    start: int  # character offsets in the text given to find()
    end: int


@dataclass(frozen=True)
class _Tokens:
    """The text as its character tokens in a row, with a map back to the text's offsets."""

    text: str
    # machine ints, not lists of int objects: a long body has millions of pieces
    starts: array  # where each piece begins in `text`
    origins: array  # where that piece begins in the original

    def origin(self, index: int) -> int:
        piece = bisect_right(self.starts, index) - 1
        return self.origins[piece] + index - self.starts[piece]


def _tokens(text: str) -> _Tokens:
    pieces: list[str] = []
    starts, origins, length, pos = array("q"), array("q"), 0, 0
    for gap in _WHITESPACE.finditer(text):
        if gap.start() > pos:
            pieces.append(text[pos:gap.start()])
            starts.append(length)
            origins.append(pos)
            length += gap.start() - pos
        if gap.group() != " " or gap.start() == 0:
            pieces.append(GAP)
            starts.append(length)
            origins.append(gap.start())
            length += 1
        pos = gap.end()
    if pos < len(text):
        pieces.append(text[pos:])
        starts.append(length)
        origins.append(pos)
    return _Tokens("".join(pieces), starts or array("q", [0]), origins or array("q", [0]))


class PhraseCues:
    """Named phrase lists, searched together."""

    def __init__(self, lists: dict[str, list[str]]):
        self.keys: list[str] = []
        self._phrases: list[tuple[str, str]] = []
        for key, phrases in lists.items():
            tokens = list(dict.fromkeys(_tokens(ascii_digits(p)).text.strip(GAP) for p in phrases if p and p.strip()))
            if tokens:
                self._phrases += [(key, t) for t in tokens if t]
                self.keys.append(key)

    def find(self, text: str | None) -> list[PhraseHit]:
        if not text or not self._phrases:
            return []
        text = ascii_digits(text)
        tokens = _tokens(text)
        hits: dict[tuple[str, int, int], PhraseHit] = {}
        for key, phrase in self._phrases:
            at = tokens.text.find(phrase)
            while at >= 0:
                start, end = tokens.origin(at), tokens.origin(at + len(phrase) - 1) + 1
                hits[(key, start, end)] = PhraseHit(key, text[start:end], start, end)
                at = tokens.text.find(phrase, at + 1)
        return sorted(hits.values(), key=lambda h: (h.start, -h.end))
