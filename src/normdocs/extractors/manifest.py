"""Manifests: a CSV or YAML next to the documents giving path → published_date, validity, overrides.

The file has a reserved name so it is never taken for a document. CSV comes as Excel writes
it: UTF-8 or GBK, with or without BOM. Paths are relative to the folder.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

import yaml

from normdocs.extractors.text_reader import decode_text

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
        entries[Path(key.replace("\\", "/")).as_posix()] = fields
    return entries


def entry_hash(entry: dict[str, str] | None) -> str | None:
    """Changes when a manifest entry is corrected, so a quarantined file is taken again."""
    if not entry:
        return None
    return hashlib.sha256(json.dumps(entry, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
