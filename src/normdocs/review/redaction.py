"""Separable release (区分处理, 政府信息公开条例第三十七条): the body with personal data masked, and
the masked view of everything else a record shows.

Only the original files, the library's original-text column and `metadata.body` hold a full
personal number. `mask_record` is the one place that masks the rest (file name, title,
recipients, cc, attachments, every other metadata string, the error message); `review` calls it
once, right after the findings are made, so every later stage and output sees masked values.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from normdocs.schemas.normalize import ascii_digits
from normdocs.schemas.record import Metadata, Record
from normdocs.review.findings import (
    PERSONAL_KINDS, ConfidentialityRules, Hit, card_issuer, find_personal, load_confidentiality,
)
from normdocs.review.numbers import is_valid_id, luhn_ok

#: metadata fields that keep the full text (the original-text column) or are masked already
UNMASKED_FIELDS = ("body", "body_redacted")
# the shortest personal number read without a context word (a mobile); IDs have 17 digits and a
# check character; a passport's 8 digits or an address count only after their word (护照号码, 住址)
MIN_DIGITS = 11


def redact(text: str | None, rules: ConfidentialityRules | None = None) -> str | None:
    """Every resident ID, mobile, bank card, e-mail address, passport, permit or officer's number,
    home address and sensitive term replaced by its mask.

    Digits come out ASCII (as everywhere in normdocs); the rest of the text is unchanged.
    """
    if text is None:
        return None
    text = ascii_digits(text)
    rules = rules or load_confidentiality()
    hits = find_personal(text, rules)
    return _splice(text, sorted(hits + glued_numbers(text, hits, rules), key=lambda h: h.start))


# The body joins a document's lines back into paragraphs, so a number ending one line can run
# into a digit that starts the next (a table row's ID, then the next row's 序号: …0307123 3 + 2).
# Findings read the lines and see it; the redacted body hides it too: a number at the start of a
# longer digit run glued to at most GLUED_DIGITS more (a serial), or an ID (date and check digit
# make it sure) at either end.
GLUED_DIGITS = 3
_LONG_RUN = re.compile(r"(?<![0-9Xx])[0-9][0-9Xx]{11,}(?![0-9Xx])")  # X: an ID's check character
_MOBILE_ONLY = re.compile(r"1[3-9][0-9]{9}")


def glued_numbers(text: str, found: list[Hit], rules: ConfidentialityRules) -> list[Hit]:
    """Personal numbers at the start or end of a longer run of digits (a mask each)."""
    out: list[Hit] = []
    for m in _LONG_RUN.finditer(text):
        if any(h.start < m.end() and m.start() < h.end for h in found):
            continue
        for start, end in _glued_windows(m.group(), rules):
            out.append(Hit("glued_number", m.start() + start, m.start() + end, "*" * (end - start), "review"))
            break
    return out


def _glued_windows(run: str, rules: ConfidentialityRules) -> Iterator[tuple[int, int]]:
    """(start, end) in `run` of a number shaped like a personal one, glued to a few digits."""
    def card(digits: str) -> bool:
        return luhn_ok(digits) and card_issuer(digits, rules)

    if 0 < len(run) - 18 <= 2 * GLUED_DIGITS:
        if is_valid_id(run[:18].upper()):
            yield 0, 18
        if is_valid_id(run[-18:].upper()):
            yield len(run) - 18, len(run)
    checks: list[tuple[int, Callable[[str], object]]] = [
        (11, _MOBILE_ONLY.fullmatch), *((n, card) for n in range(19, 12, -1))]
    for length, valid in checks:
        if 0 < len(run) - length <= GLUED_DIGITS and valid(run[:length]):
            yield 0, length


def _splice(text: str, hits) -> str:
    """The text with each hit replaced by its mask (hits in order; an overlapping one is masked
    only where it runs on past the one before)."""
    out, pos = [], 0
    for hit in hits:
        if hit.start < pos:
            if hit.end > pos:
                out.append("*" * (hit.end - pos))
                pos = hit.end
            continue
        out.append(text[pos : hit.start])
        out.append(hit.mask)
        pos = hit.end
    out.append(text[pos:])
    return "".join(out)


def mask_personal(text: str | None, rules: ConfidentialityRules | None = None) -> str | None:
    """Personal numbers and e-mail addresses masked as in `redact`; everything else exactly as given.

    For names and metadata: sensitive terms stay (a title about 涉密载体 is no personal data), and
    full-width digits outside a number are not folded (identities and titles keep their form).
    """
    if not isinstance(text, str) or not text:
        return text
    folded = ascii_digits(text)
    rules = rules or load_confidentiality()
    if "@" not in folded and sum(c.isdigit() for c in folded) < MIN_DIGITS and not (
            rules.contextual_words is not None and rules.contextual_words.search(unicodedata.normalize("NFKC", folded))):
        return text  # no number of any personal kind fits: skip the term matcher's tokenizer too
    hits = [h for h in find_personal(folded, rules) if h.kind in PERSONAL_KINDS]
    hits = sorted(hits + glued_numbers(folded, hits, rules), key=lambda h: h.start)
    if not hits:
        return text
    source = text if len(folded) == len(text) else folded  # offsets are the folded text's
    return _splice(source, hits)


def _mask_value(value: Any, rules: ConfidentialityRules | None) -> Any:
    if isinstance(value, str):
        return mask_personal(value, rules)
    if isinstance(value, list):
        return [_mask_value(v, rules) for v in value]
    if isinstance(value, dict):
        return {k: _mask_value(v, rules) for k, v in value.items()}
    return value


def masked_metadata(metadata: Metadata, rules: ConfidentialityRules | None = None) -> Metadata:
    """A copy whose every string (and list of strings) but the body is masked."""
    data = metadata.model_dump()
    update = {k: _mask_value(v, rules) for k, v in data.items() if k not in UNMASKED_FIELDS}
    return metadata.model_copy(update={k: v for k, v in update.items() if v != data[k]})


def mask_record(record: Record, rules: ConfidentialityRules | None = None) -> Record:
    """The record as every output shows it, in place: masked file name, metadata and error message.

    `metadata.body` keeps the full text; idempotent (a masked value has nothing left to mask)."""
    record.file = mask_personal(record.file, rules) or record.file
    record.metadata = masked_metadata(record.metadata, rules)
    if record.error is not None:
        record.error.message = mask_personal(record.error.message, rules) or record.error.message
    return record
