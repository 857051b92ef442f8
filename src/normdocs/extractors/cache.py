"""Extraction cached by content hash: a change of rules re-decides documents without re-reading them.

The record is cached with its layout (findings need page and line, provenance needs the site's
metadata), so an entry holds every personal number of its file: entries are gzip JSON encrypted
with AES-256-GCM under a key kept beside them (`cache/extract.key`, owner-only, made on first
use), and entries not used for `NORMDOCS_CACHE_RETENTION_DAYS` are pruned by the nightly run.
Errors are not cached: a file that failed is read again next time.

An entry is keyed by the file's hash and `extraction_version()`: a digest of the extraction code
(normdocs.extractors and every normdocs module it imports), of the rule files that code names
and of the record schema, so a parser fix re-reads the files without anyone bumping a number.
Rules read after extraction (confidentiality, disclosure, validation) are not part of the key:
those steps run on the cached record.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import time
import uuid
from functools import lru_cache
from importlib import resources
from pathlib import Path

from normdocs.extractors import extract_file
from normdocs.schemas.record import SCHEMA_VERSION, Record

MAGIC = b"NDC1"  # format of an encrypted entry: MAGIC, 12-byte nonce, AES-GCM ciphertext
KEY_NAME = "extract.key"
SUFFIX = ".json.gz.enc"


# -- what a cached record depends on -----------------------------------------------------------

def _source(name: str) -> Path | None:
    """The file of a normdocs module (a package's __init__.py), found without importing it."""
    root = Path(__file__).resolve().parents[1]  # the normdocs package
    parts = name.split(".")[1:]
    candidates = [root.joinpath(*parts, "__init__.py")]
    if parts:
        candidates.append(root.joinpath(*parts[:-1], parts[-1] + ".py"))
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    return None


_FROM_IMPORT = re.compile(r"^[ \t]*from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#]+)", re.M)
_IMPORT = re.compile(r"^[ \t]*import[ \t]+([\w., \t]+)", re.M)
_NAME = re.compile(r"\w+")
_RULE_LITERAL = re.compile(r"""["']([\w.-]+\.(?:ya?ml|jsonl))["']""")


def _imported(path: Path, module: str) -> set[str]:
    """normdocs modules a source file imports (absolute or relative, at any depth of the file).

    Read with regular expressions, not ast: parsing every file costs seconds on a busy machine."""
    text = path.read_text(encoding="utf-8")
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for m in _IMPORT.finditer(text):
        found |= {name.split()[0] for name in m.group(1).split(",") if name.strip()}
    for m in _FROM_IMPORT.finditer(text):
        base = m.group(1)
        level = len(base) - len(base.lstrip("."))
        base = base.lstrip(".")
        if level:
            parts = package.split(".")
            parts = parts[: len(parts) - level + 1]
            base = ".".join(parts + ([base] if base else []))
        found.add(base)
        names = re.sub(r"\bas\s+\w+", "", m.group(2))
        found |= {f"{base}.{name}" for name in _NAME.findall(names)}  # `from package import module`
    modules: set[str] = set()
    for name in found:
        parts = name.split(".")
        if parts[0] == "normdocs":  # the module and the packages above it (their __init__ runs)
            modules |= {".".join(parts[:i]) for i in range(1, len(parts) + 1)}
    return modules


def _rule_names(path: Path) -> set[str]:
    """Rule file names the code mentions as string literals (e.g. "elements.yaml")."""
    return set(_RULE_LITERAL.findall(path.read_text(encoding="utf-8")))


def code_files(*roots: str) -> list[Path]:
    """The source files of the packages `roots` (every module) and of every normdocs module
    they import, transitively."""
    files: dict[str, Path] = {}
    todo = []
    for root in roots:
        init = _source(root)
        todo.append(root)
        if init is not None and init.name == "__init__.py":
            todo += [f"{root}.{p.stem}" for p in sorted(init.parent.glob("*.py")) if p.name != "__init__.py"]
    while todo:
        name = todo.pop()
        if name in files:
            continue
        path = _source(name)
        if path is None:  # a name imported from a module, not a module
            continue
        files[name] = path
        todo += [m for m in _imported(path, name) if m not in files]
    return sorted(set(files.values()))


def code_digest(*roots: str) -> str:
    """A digest of the code reachable from `roots` and of the rule files that code names."""
    import normdocs

    digest = hashlib.sha256(f"{normdocs.__version__}|{SCHEMA_VERSION}".encode())
    files = code_files(*roots)
    rules = resources.files("normdocs.rules")
    names = sorted(set().union(*(_rule_names(p) for p in files)))
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for name in names:
        entry = rules / name
        if entry.is_file():
            digest.update(name.encode() + b"\0" + entry.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


@lru_cache(maxsize=1)
def extraction_version() -> str:
    """What an extracted record depends on besides the file: extraction code, its rules, the schema."""
    return code_digest("normdocs.extractors")


# -- encryption ----------------------------------------------------------------------------------

def _key(cache_dir: Path) -> bytes:
    """The cache's AES-256 key, created (mode 0600) on first use; parallel workers agree on one."""
    path = Path(cache_dir) / KEY_NAME
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        key = b""
    if len(key) == 32:
        return key
    Path(cache_dir).mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f"{KEY_NAME}.{os.getpid()}.{uuid.uuid4().hex[:6]}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(os.urandom(32))
    try:
        if key:  # damaged: replaced, its entries no longer decrypt and are read again
            os.replace(tmp, path)
        else:
            os.link(tmp, path)  # atomic, and never replaces a key another worker made first
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)
    return path.read_bytes()


def seal(data: bytes, key: bytes, label: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, gzip.compress(data, compresslevel=1), label.encode())


def unseal(blob: bytes, key: bytes, label: str) -> bytes:
    """The plain entry; ValueError when it is not one sealed with this key under this label."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not blob.startswith(MAGIC):
        raise ValueError("not an encrypted cache entry")
    nonce, sealed = blob[len(MAGIC) : len(MAGIC) + 12], blob[len(MAGIC) + 12 :]
    try:
        return gzip.decompress(AESGCM(key).decrypt(nonce, sealed, label.encode()))
    except InvalidTag as exc:
        raise ValueError("cache entry does not decrypt with this key") from exc


# -- the cache -----------------------------------------------------------------------------------

def cache_path(cache_dir: Path, sha: str) -> Path:
    return Path(cache_dir) / sha[:2] / f"{sha}-{extraction_version()}{SUFFIX}"


def cached_extract(path: str, *, sha: str, cache_dir: Path) -> Record:
    """extract_file(path, keep_layout=True), from the cache when this content was read before."""
    target = cache_path(cache_dir, sha)
    key = _key(cache_dir)
    try:
        record = Record.model_validate_json(unseal(target.read_bytes(), key, target.name))
    except (OSError, ValueError):
        record = None
    if record is not None and record.sha256 == sha:
        record.file = str(path)
        _touch(target)
        return record
    record = extract_file(path, keep_layout=True)
    if record.status == "ok" and record.sha256 == sha:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = target.with_name(f"{target.name}.{os.getpid()}.{uuid.uuid4().hex[:6]}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(seal(record.model_dump_json().encode(), key, target.name))
        os.replace(tmp, target)  # atomic: parallel workers never see half a file
    return record


def _touch(path: Path) -> None:
    """A hit counts as use: retention is measured from the last read, not from the first write."""
    try:
        os.utime(path)
    except OSError:
        pass


def prune_cache(cache_dir: Path, days: int, now: float | None = None) -> list[Path]:
    """Delete entries not used for `days` days (0 keeps them), entries of other extraction
    versions (never read again), plain entries of the old unencrypted format and stale temp files."""
    cache_dir = Path(cache_dir)
    if not cache_dir.is_dir():
        return []
    cutoff = (now if now is not None else time.time()) - days * 86400
    current = f"-{extraction_version()}{SUFFIX}"
    removed = []
    for path in sorted(cache_dir.glob("*/*")):
        if not path.is_file():
            continue
        name = path.name
        old = days > 0 and path.stat().st_mtime < cutoff
        stale = (name.endswith(".json.gz") or name.endswith(SUFFIX) and not name.endswith(current)
                 or name.endswith(".tmp") and path.stat().st_mtime < time.time() - 86400)
        if old or stale:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
