"""The schema of rules/issuers.yaml (the issuer authority, 机构名录): validated when loaded."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from normdocs.schemas.rules import RuleFileError

Level = Literal["province", "city", "county"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class NameInForce(_Strict):
    """A name and the dates it took and lost force (until is exclusive)."""

    name: str
    from_: dt.date | None = Field(default=None, alias="from")
    until: dt.date | None = None

    def in_force(self, date: dt.date | None) -> bool:
        if date is None:
            return self.until is None
        return (self.from_ is None or self.from_ <= date) and (self.until is None or date < self.until)


class Department(_Strict):
    id: str
    name: str
    abbreviations: list[str] = Field(default_factory=list)
    levels: list[Level] | None = None  # None: every level
    prefix: str | None = None  # printed before the place: 国家税务总局{place}税务局
    prefix_forms: list[str] = Field(default_factory=list)  # other printed forms of the prefix: 中共
    # forms that may be printed without the prefix (江西省委, 南昌市纪委); none when empty
    unprefixed: list[str] = Field(default_factory=list)
    system: str = "gov"  # the id's first part: gov/<code>/<id>, cpc/<code>/<id> for Party committees
    # 发文机关代字 after the place's one-character name: 赣人社发 → 江西省人力资源和社会保障厅
    codes: list[str] = Field(default_factory=list)


class LocalOffice(_Strict):
    """A regulator's office in each province or city; {place} is the division's short name, {code} its code."""

    id: str
    name: str | None = None
    names: list[NameInForce] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    until: dt.date | None = None
    successor: str | None = None

    def all_names(self) -> list[NameInForce]:
        return self.names or ([NameInForce(name=self.name, until=self.until)] if self.name else [])


class Body(_Strict):
    id: str
    names: list[NameInForce]
    aliases: list[str] = Field(default_factory=list)
    codes: list[str] = Field(default_factory=list)  # 发文机关代字
    successor: str | None = None
    local_offices: list[LocalOffice] = Field(default_factory=list)


class RenamedPlace(_Strict):
    old: str
    new: str
    until: dt.date


class IssuerRules(_Strict):
    version: str
    place_abbreviations: dict[str, list[str]]
    renamed_places: list[RenamedPlace] = Field(default_factory=list)
    # the state's name before a central body's (中华人民共和国国务院, a 令's heading): the body
    state_prefixes: list[str] = Field(default_factory=list)
    departments: list[Department]
    bodies: list[Body]


def parse_issuer_rules(raw: dict[str, Any], file: str = "issuers.yaml") -> IssuerRules:
    """Validate the file's content; errors name the file, the rule and the key."""
    try:
        return IssuerRules.model_validate(raw)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = list(err["loc"])
            where = ".".join(str(p) for p in loc)
            rule = ""
            section = raw.get(str(loc[0])) if loc else None
            if len(loc) >= 2 and isinstance(loc[1], int) and isinstance(section, list):
                entry = section[loc[1]]
                rule = f"（规则 {entry.get('id') or entry.get('old') or loc[1]}）" if isinstance(entry, dict) else ""
            problems.append(f"{file}: {where}{rule}: {err['msg']}")
        raise RuleFileError("; ".join(problems)) from None
