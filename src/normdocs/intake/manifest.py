"""Manifests: a CSV or YAML next to the documents giving path → published_date, validity, overrides.

The file has a reserved name so it is never taken for a document. CSV comes as Excel writes
it: UTF-8 or GBK, with or without BOM. Paths are relative to the folder.

Values of the closed-list columns are normalised per row (公开 → 主动公开, 不公开 → 不予公开,
2023/8/1 → 2023-08-01); a value outside the list is dropped from the entry and named, in
Chinese, under PROBLEMS: that file alone is quarantined, the batch goes on.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import yaml

from normdocs.extractors.text_reader import decode_text
from normdocs.schemas.normalize import MARKER_SPELLINGS, normalize_date

PROBLEMS = "_problems"  # entry key: what was wrong with the row (Chinese), set only when something was

# closed lists: accepted spellings → the value; the first spelling of each is the canonical one
CLOSED_VALUES: dict[str, dict[str, str]] = {
    "disclosure_marker": MARKER_SPELLINGS,
    "classification": {"绝密": "绝密", "机密": "机密", "秘密": "秘密"},
    "urgency": {"特急": "特急", "加急": "加急", "特提": "特提", "平急": "平急"},
    "validity": {"有效": "有效", "现行有效": "有效", "已修改": "已修改", "已废止": "已废止", "废止": "已废止",
                 "已失效": "已失效", "失效": "已失效"},
}
DATE_COLUMNS = ("published_date", "发布日期", "signed_date", "printed_date")
_LABELS = {"disclosure_marker": "公开属性", "classification": "密级", "urgency": "紧急程度", "validity": "有效性",
           "published_date": "发布日期", "发布日期": "发布日期", "signed_date": "成文日期", "printed_date": "印发日期"}

MANIFEST_NAMES = ("normdocs-manifest.csv", "normdocs-manifest.yaml", "normdocs-manifest.yml")
PATH_COLUMNS = ("path", "file", "文件", "路径")


class ManifestError(ValueError):
    """The manifest cannot be read; the message is for staff (Chinese)."""


def find_manifest(folder: Path) -> Path | None:
    for name in MANIFEST_NAMES:
        if (folder / name).is_file():
            return folder / name
    return None


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """Relative path (POSIX) → the non-empty fields given for it."""
    text = decode_text(path.read_bytes())
    if path.suffix.lower() in (".yaml", ".yml"):
        data = yaml.safe_load(text) or []
        rows = data.get("documents", data) if isinstance(data, dict) else data
        if isinstance(rows, dict):
            rows = [{"path": key, **(value or {})} for key, value in rows.items()]
    else:
        rows = list(csv.DictReader(io.StringIO(text)))
    entries: dict[str, dict[str, str]] = {}
    for number, row in enumerate(rows, start=2):
        row = {str(k).strip().lstrip("\ufeff"): ("" if v is None else str(v).strip()) for k, v in row.items() if k}
        key = next((row[c] for c in PATH_COLUMNS if row.get(c)), None)
        if key is None:
            raise ManifestError(f"清单 {path.name} 第 {number} 行缺少 path 列（文件的相对路径）。")
        fields = {k: v for k, v in row.items() if k not in PATH_COLUMNS and v}
        entries[Path(key.replace("\\", "/")).as_posix()] = normalise_entry(fields, f"清单 {path.name} 第 {number} 行")
    return entries


def _iso_date(value: str) -> str | None:
    import datetime as dt

    try:
        return dt.date.fromisoformat(value.strip().replace("/", "-").replace(".", "-")).isoformat()
    except ValueError:
        pass
    parts = [p for p in value.replace("/", "-").replace(".", "-").split("-") if p]
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        try:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat()
        except ValueError:
            return None
    return normalize_date(value)


def normalise_entry(fields: dict[str, str], where: str) -> dict[str, str]:
    """Closed-list values in their canonical spelling, dates as ISO; what cannot be read is
    dropped and named under PROBLEMS."""
    out, problems = {}, []
    for key, value in fields.items():
        if key == PROBLEMS:
            continue
        if key in CLOSED_VALUES:
            compact = "".join(value.split()).strip("()（）【】[]")
            if key == "classification":
                compact = compact.split("★")[0]
                if compact in ("无", "非密", "公开", "不涉密"):
                    continue  # no classification: a manifest cannot make a document laxer anyway
            canonical = CLOSED_VALUES[key].get(compact)
            if canonical is None:
                allowed = "、".join(dict.fromkeys(CLOSED_VALUES[key].values()))
                problems.append(f"{where}的{_LABELS[key]}（{key}）“{value}”不在可选值（{allowed}）之内。")
                continue
            out[key] = canonical
        elif key in DATE_COLUMNS:
            iso = _iso_date(value)
            if iso is None:
                problems.append(f"{where}的{_LABELS[key]}（{key}）“{value}”不是有效日期。")
                continue
            out[key] = iso
        else:
            out[key] = value
    if problems:
        out[PROBLEMS] = "".join(problems)
    return out


def entry_hash(entry: dict[str, str] | None) -> str | None:
    """Changes when a manifest entry is corrected, so a quarantined file is taken again."""
    if not entry:
        return None
    return hashlib.sha256(json.dumps(entry, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
