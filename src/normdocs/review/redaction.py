"""Separable release (区分处理, 政府信息公开条例第三十七条): the body with personal data masked, and
the masked view of everything else a record shows.

Only the original files, the library's original-text column and `metadata.body` hold a full
personal number. `mask_record` is the one place that masks the rest (file name, title,
recipients, cc, attachments, every other metadata string, the error message); `review` calls it
once, right after the findings are made, so every later stage and output sees masked values.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from normdocs.schemas.normalize import ascii_digits
from normdocs.schemas.record import Metadata, Record
from normdocs.review.findings import PERSONAL_KINDS, ConfidentialityRules, find_personal, load_confidentiality

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
    return _splice(text, find_personal(text, rules))


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
