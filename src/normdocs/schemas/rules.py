"""Loading the YAML rule files staff edit: each file has a pydantic schema that forbids unknown keys.

An error names the file, the rule and the key (`validity.yaml: provisional_cap_years: …`), so a
typo in a staff edit stops the run with a message instead of being silently ignored.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

RULES_PACKAGE = "normdocs.rules"


class RuleModel(BaseModel):
    """Base of every rule-file schema: unknown keys are errors, loaded rules are read-only."""

    model_config = ConfigDict(extra="forbid", frozen=True)


Rules = TypeVar("Rules", bound=RuleModel)


class RuleFileError(ValueError):
    """A rule file that cannot be used; the message is for the staff member who edited it."""


def _where(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        parts.append(f"[{item}]" if isinstance(item, int) else (("." if parts else "") + str(item)))
    return "".join(parts) or "(file)"


def parse_rules(name: str, text: str, model: type[Rules]) -> Rules:
    """Validate the text of rule file `name` against its schema."""
    try:
        data: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise RuleFileError(f"{name}：YAML 格式错误：{exc}") from exc
    try:
        return model.model_validate(data if data is not None else {})
    except ValidationError as exc:
        problems = "；".join(f"{_where(err['loc'])}：{err['msg']}" for err in exc.errors())
        raise RuleFileError(f"{name}：{problems}") from exc


@lru_cache(maxsize=32)
def load_rules(name: str, model: type[Rules]) -> Rules:
    """The packaged rule file `name` (src/normdocs/rules/), validated; cached per process."""
    text = resources.files(RULES_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return parse_rules(name, text, model)
