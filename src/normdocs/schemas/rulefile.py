"""Loading a YAML rule file into its pydantic schema, with errors that name the file, the rule
and the key, so that staff who edit a rule file see what to fix."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


class RuleFileError(ValueError):
    """A rule file does not match its schema (message in Chinese, for staff)."""


def _where(loc: tuple, raw) -> str:
    """'checks[3] (doc_number_year) 键 clause' from a pydantic error location."""
    parts, node = [], raw
    for key in loc:
        if isinstance(key, int):
            name = ""
            if isinstance(node, list) and key < len(node) and isinstance(node[key], dict):
                item = node[key]
                name = str(item.get("check") or item.get("id") or item.get("name") or item.get("element") or "")
            parts[-1:] = [f"{parts[-1] if parts else ''}[{key}]" + (f"（{name}）" if name else "")]
            node = node[key] if isinstance(node, list) and key < len(node) else None
        else:
            parts.append(str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return " → ".join(parts) or "（文件顶层）"


def parse_rules(model: type[M], text: str, name: str) -> M:
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise RuleFileError(f"规则文件 {name} 不是有效的 YAML：{exc}") from exc
    try:
        return model.model_validate(raw or {})
    except ValidationError as exc:
        problems = [f"{_where(tuple(e['loc']), raw)}：{e['msg']}" for e in exc.errors()]
        raise RuleFileError(f"规则文件 {name} 有误：" + "；".join(problems)) from exc


def load_rules(model: type[M], name: str, path: Path | None = None) -> M:
    """The packaged rule file `name` (src/normdocs/rules/), or a staff copy at `path`."""
    if path is not None:
        return parse_rules(model, Path(path).read_text(encoding="utf-8"), str(path))
    text = resources.files("normdocs.rules").joinpath(name).read_text(encoding="utf-8")
    return parse_rules(model, text, name)
