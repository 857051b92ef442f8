"""rules/elements.yaml: the patterns the element parser matches on each line (GB/T 9704 elements)."""

from __future__ import annotations

import re

from pydantic import Field, field_validator, model_validator

from normdocs.schemas.rules import RuleModel


class Pattern(RuleModel):
    """One pattern: `pattern` is a regular expression (regex_patterns) or a literal (phrase_patterns)."""

    id: str
    label: str
    pattern: str


class DocTypeVariant(RuleModel):
    """A printed 文种 ending read as another (复函 → 函)."""

    name: str
    as_: str = Field(alias="as")


class ElementRuleFile(RuleModel):
    version: str
    date: str  # the date expression; {DATE} in a pattern stands for it
    regex_patterns: list[Pattern]
    phrase_patterns: list[Pattern] = Field(default_factory=list)
    doc_types: list[str | DocTypeVariant]
    org_suffixes: list[str] = Field(default_factory=list)
    # a 规章 or 规范性文件 printed without a covering 通知: its title's last word, when no title ends
    # with a 文种 (办法, 实施细则 …); endings that close a body's sentence instead (有关规定) never
    standalone_title_forms: list[str] = Field(default_factory=list)
    not_title_endings: list[str] = Field(default_factory=list)

    @field_validator("version", mode="before")
    @classmethod
    def _version_as_text(cls, value: object) -> object:
        return str(value) if isinstance(value, (int, float)) else value

    @field_validator("date")
    @classmethod
    def _date_compiles(cls, value: str) -> str:
        value = value.strip()
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"日期表达式不是有效的正则表达式：{exc}") from exc
        return value

    @model_validator(mode="after")
    def _patterns_compile(self) -> ElementRuleFile:
        for i, entry in enumerate(self.regex_patterns):
            try:
                re.compile(entry.pattern.replace("{DATE}", self.date))
            except re.error as exc:
                raise ValueError(f"regex_patterns[{i}]（{entry.id}）不是有效的正则表达式：{exc}") from exc
        return self

    def doc_type_map(self) -> dict[str, str]:
        """Printed ending → 文种."""
        out: dict[str, str] = {}
        for entry in self.doc_types:
            if isinstance(entry, str):
                out[entry] = entry
            else:
                out[entry.name] = entry.as_
        return out

    def doc_type_names(self) -> list[str]:
        """The 文种 a document may be filed under, in file order, each once."""
        return list(dict.fromkeys(self.doc_type_map().values()))
