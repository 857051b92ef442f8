"""Checksums and masks for personal numbers: pure functions, no rules, no I/O.

Resident ID numbers follow GB 11643-1999: six-digit area code (first two digits a GB/T 2260
province), eight-digit birth date, three-digit sequence, one check character by
ISO 7064 MOD 11-2 (0-9 or X). Bank card numbers pass the Luhn check.
"""

from __future__ import annotations

import datetime as dt

# GB/T 2260 province-level codes (first two digits of an area code)
PROVINCES = frozenset(
    {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
     "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
     "71", "81", "82"}
)
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def id_check_char(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character of the first 17 digits."""
    return _ID_CHECK[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS)) % 11]


def id_shaped(number: str, today: dt.date | None = None) -> bool:
    """18 characters with a real province code and a real birth date (the check digit aside)."""
    if len(number) != 18 or not number[:17].isdigit() or number[17] not in "0123456789Xx":
        return False
    if number[:2] not in PROVINCES:
        return False
    try:
        born = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= born <= (today or dt.date.today())


def is_valid_id(number: str, today: dt.date | None = None) -> bool:
    return id_shaped(number, today) and id_check_char(number[:17]) == number[17].upper()


def luhn_ok(digits: str) -> bool:
    if not digits.isdigit():
        return False
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def mask_id(number: str) -> str:
    return number[:6] + "*" * 8 + number[-4:]


def mask_mobile(number: str) -> str:
    return number[:3] + "****" + number[-4:]


def mask_card(number: str) -> str:
    return number[:4] + "*" * (len(number) - 8) + number[-4:]


def mask_email(address: str) -> str:
    local, _, domain = address.partition("@")
    return (local[:1] or "*") + "***@" + domain


def mask_term(term: str) -> str:
    return term[:1] + "*" * (len(term) - 1)


def mask_code(value: str) -> str:
    """A passport, permit or officer's number: every digit hidden but the last two (E******78,
    军字第*****67号); its letters and words stay."""
    total = sum(c.isdigit() for c in value)
    out, seen = [], 0
    for c in value:
        if c.isdigit():
            seen += 1
            out.append(c if seen > total - 2 else "*")
        else:
            out.append(c)
    return "".join(out)


_ADMIN_ENDS = "省市区县"
ADDRESS_KEPT = 12  # the place names an address may open with (山东省济南市历下区) are kept


def mask_address(address: str) -> str:
    """A home address: its opening place names (up to the last 省/市/区/县 among its first
    characters) kept, the street, number and room hidden; without a place name, all of it (a
    table's row read on after its header may begin with the person's name)."""
    head = address[:ADDRESS_KEPT]
    cut = max(head.rfind(c) for c in _ADMIN_ENDS) + 1
    return address[:cut] + "****"
