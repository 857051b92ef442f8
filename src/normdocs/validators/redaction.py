"""Separable release (区分处理, 政府信息公开条例第三十七条): the body with personal data masked."""

from __future__ import annotations

from normdocs.schemas.normalize import ascii_digits
from normdocs.validators.findings import ConfidentialityRules, find_personal


def redact(text: str | None, rules: ConfidentialityRules | None = None) -> str | None:
    """Every resident ID, mobile, bank card, e-mail address and sensitive term replaced by its mask.

    Digits come out ASCII (as everywhere in normdocs); the rest of the text is unchanged.
    """
    if text is None:
        return None
    text = ascii_digits(text)
    out, pos = [], 0
    for hit in find_personal(text, rules):
        if hit.start < pos:
            continue
        out.append(text[pos : hit.start])
        out.append(hit.mask)
        pos = hit.end
    out.append(text[pos:])
    return "".join(out)
