"""Extraction cached by content hash: a change of rules re-decides documents without re-reading them.

The record is cached with its layout (findings need page and line, provenance needs the site's
metadata). Errors are not cached: a file that failed is read again next time.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import uuid
from functools import lru_cache
from importlib import resources
from pathlib import Path

from normdocs.extractors import extract_file
from normdocs.schemas.record import SCHEMA_VERSION, Record


@lru_cache(maxsize=1)
def extraction_version() -> str:
    """What an extracted record depends on besides the file: the element rules and the schema."""
    import normdocs

    digest = hashlib.sha256((resources.files("normdocs.rules") / "elements.yaml").read_bytes())
    digest.update(f"{SCHEMA_VERSION}|{getattr(normdocs, '__version__', '')}".encode())
    return digest.hexdigest()[:12]


def cache_path(cache_dir: Path, sha: str) -> Path:
    return Path(cache_dir) / sha[:2] / f"{sha}-{extraction_version()}.json.gz"


def cached_extract(path: str, *, sha: str, cache_dir: Path) -> Record:
    """extract_file(path, keep_layout=True), from the cache when this content was read before."""
    target = cache_path(cache_dir, sha)
    try:
        record = Record.model_validate_json(gzip.decompress(target.read_bytes()))
    except (OSError, ValueError):
        record = None
    if record is not None and record.sha256 == sha:
        record.file = str(path)
        return record
    record = extract_file(path, keep_layout=True)
    if record.status == "ok" and record.sha256 == sha:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f"{target.name}.{os.getpid()}.{uuid.uuid4().hex[:6]}.tmp")
        tmp.write_bytes(gzip.compress(record.model_dump_json().encode(), compresslevel=1))
        os.replace(tmp, target)  # atomic: parallel workers never see half a file
    return record
