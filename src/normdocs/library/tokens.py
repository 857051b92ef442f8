"""Search tokens, written into the index by normdocs itself on both backends.

Chinese has no spaces, and neither SQLite nor this PostgreSQL has a Chinese segmenter, so a
text is indexed as overlapping character bigrams (住房公积金 → 住房 房公 公积 积金), with each
run's last character also as a unigram, and Latin letters or digits as whole words. A query
word is the phrase of its bigrams: adjacent tokens, so 公积金 finds exactly the texts holding
公积金 and a two-character word is one token, looked up in the index, never a scan. A single
character matches the bigrams it starts and the unigram that ends a run: all its occurrences.

Pure functions: no SQLAlchemy here; search_index.py writes the tokens, search.py queries them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Han (with extension A and compatibility forms), 〇, kana and hangul: no spaces between words.
CJK = "\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
# A run is a stretch of CJK characters, or of other letters and digits (a word, a number).
_RUN = re.compile(f"([{CJK}]+)|([^\\W_{CJK}]+)")
# PDF lines break inside words: spaces and line breaks between two CJK characters are dropped.
_CJK_GAP = re.compile(f"(?<=[{CJK}])\\s+(?=[{CJK}])")
MAX_WORD = 32  # a longer Latin word or number is cut (same rule for texts and queries)
MAX_PHRASE = 32  # tokens of one query phrase; longer phrases are split into pieces (see below)


# Blocks holding compatibility forms of letters and digits (full-width Ｔ２, ①, ㈠, 兀 …). NFKC on
# the whole text costs ~2 µs a character here; these characters alone are normalised instead.
# Full-width punctuation is left out: it separates tokens either way.
_COMPAT = re.compile(
    "[\u00a0-\u00ff\u2000-\u2bff\u2e80-\u2fdf\u3000\u3200-\u33ff\uf900-\ufb4f\uff10-\uff19"
    "\uff21-\uff3a\uff41-\uff5a\uff66-\uffef\U0001d400-\U0001d7ff\U0001f100-\U0001f1ff"
    "\U0002f800-\U0002fa1f]")


@lru_cache(maxsize=4096)
def _nfkc(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch)


def fold(text: str) -> str:
    """The form both texts and queries are compared in: compatibility forms normalised (NFKC:
    full-width → half-width), lower case, no spaces between CJK characters."""
    return _CJK_GAP.sub("", _COMPAT.sub(lambda m: _nfkc(m.group()), text).casefold())


def _bigrams(run: str) -> list[str]:
    return [a + b for a, b in zip(run, run[1:])]


def text_tokens(text: str | None) -> list[str]:
    """The tokens of a text, in order: what the index holds for a title or a body."""
    if not text:
        return []
    tokens: list[str] = []
    for match in _RUN.finditer(fold(text)):
        cjk, word = match.groups()
        if cjk:
            tokens.extend(_bigrams(cjk))
            tokens.append(cjk[-1])
        else:
            tokens.append(word[:MAX_WORD])
    return tokens


@dataclass(frozen=True)
class Phrase:
    """Tokens that must be adjacent; `prefix`: the last one may be longer (a CJK character
    at the end of the query word, which the text may continue)."""

    tokens: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class Term:
    """One query word or quoted phrase, as typed (`text`) and as index phrases (ANDed).
    `single`: one character only, which is looked up in titles (see search.py)."""

    text: str
    phrases: tuple[Phrase, ...]
    single: bool = False


def term(text: str) -> Term | None:
    """A query word or phrase → its index phrases, or None when it holds no letter or digit."""
    runs = [m.groups() for m in _RUN.finditer(fold(text))]
    if not runs:
        return None
    tokens: list[str] = []
    prefix = False
    for i, (cjk, word) in enumerate(runs):
        last = i == len(runs) - 1
        if word:
            tokens.append(word[:MAX_WORD])
        elif len(cjk) == 1 and last:
            tokens.append(cjk)
            prefix = True  # the text may go on: 年 finds 年 and 年度
        else:
            tokens.extend(_bigrams(cjk))
            if not last:
                tokens.append(cjk[-1])  # the text's run ends here too, so it has the unigram
    single = sum(len(c or w) for c, w in runs) == 1
    # A phrase longer than MAX_PHRASE tokens is matched as consecutive pieces (ANDed), so it
    # always fits one PostgreSQL chunk (search_index.CHUNK_OVERLAP) and both backends agree.
    pieces = [tokens[i : i + MAX_PHRASE] for i in range(0, len(tokens), MAX_PHRASE)]
    phrases = tuple(Phrase(tuple(p), prefix and j == len(pieces) - 1) for j, p in enumerate(pieces))
    return Term(text=text, phrases=phrases, single=single)


_QUOTED = re.compile(r'"([^"]*)"?|“([^”]*)”?')


def split_query(query: str) -> list[Term]:
    """Words separated by spaces (all must match) and "quoted phrases" (“中文引号” too)."""
    out: list[Term] = []
    pos = 0
    pieces: list[str] = []
    for match in _QUOTED.finditer(query):
        pieces.extend(query[pos : match.start()].split())
        pieces.append(match.group(1) if match.group(1) is not None else match.group(2) or "")
        pos = match.end()
    pieces.extend(query[pos:].split())
    for piece in pieces:
        found = term(piece)
        if found is not None and found not in out:
            out.append(found)
    return out


def highlight_pattern(terms: list[Term]) -> re.Pattern | None:
    """A pattern over `fold_chars(text)` finding each term, spaces and punctuation allowed between
    its characters (only highlighting: the index decides what matches)."""
    alternatives = []
    for t in sorted(terms, key=lambda t: -len(t.text)):
        chars = [c for c in fold(t.text) if c.isalnum()]
        if not chars:
            continue
        alternatives.append(r"[\W_]*?".join(re.escape(c) for c in chars))
    return re.compile("|".join(alternatives)) if alternatives else None


def fold_chars(text: str) -> str:
    """`fold` one character at a time, keeping the length, so positions map back onto `text`."""
    return _COMPAT.sub(_one_char, text.replace("İ", "I")).lower()


def _one_char(match: re.Match) -> str:
    folded = _nfkc(match.group())
    return folded if len(folded) == 1 else match.group()
