"""Path parameters of a deployment run by reference: the run is created holding the masked path
and a token, the full path stays in an owner-only file under NORMDOCS_HOME.

Prefect stores a run's parameters when the run is created, long before the flow starts and could
store them masked (mask_stored_parameters): a folder named after a person would sit in Prefect's
database, API and UI until then. `normdocs deployment run` writes the path to
`$NORMDOCS_HOME/run-refs/<token>` (directory 0700, file 0600) and passes
`<masked path> [ref:<token>]`; the flow reads the path back with `resolve_ref` (path_value does).
The worker must run as the same user with the same NORMDOCS_HOME (prefect.yaml passes it)."""

from __future__ import annotations

import os
import re
import secrets
import time
from pathlib import Path

from normdocs.review.redaction import mask_personal

REF_DIR = "run-refs"
REF_DAYS = 30  # a retried or re-run flow run reads its reference again; older ones are removed
_REF = re.compile(r"^(?P<shown>.*) \[ref:(?P<token>[0-9a-f]{32})\]$", re.S)


def _ref_dir(home: Path) -> Path:
    folder = Path(home) / REF_DIR
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


def reference(path: str, home: Path) -> str:
    """What a run's stored parameter holds for `path`: the path itself when masking leaves it
    unchanged, else its masked form and a token whose file holds the path."""
    shown = mask_personal(path) or ""
    if shown == path:
        return path
    folder = _ref_dir(home)
    prune_refs(folder)
    token = secrets.token_hex(16)
    fd = os.open(folder / token, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(path)
    return f"{shown} [ref:{token}]"


def resolve_ref(value: str, home: Path) -> str:
    """The path a stored parameter names: read from its token's file when the value is a
    reference whose file is there and masks to the shown part; else the shown part (a path or
    a masked path, which unmask_path may still find on disk)."""
    match = _REF.match(value)
    if match is None:
        return value
    shown, token = match["shown"], match["token"]
    try:
        path = (Path(home) / REF_DIR / token).read_text(encoding="utf-8")
    except OSError:
        return shown
    return path if mask_personal(path) == shown else shown


def shown_part(value: str) -> str:
    """A stored parameter as staff read it: the masked path, without the token."""
    match = _REF.match(value)
    return match["shown"] if match else value


def prune_refs(folder: Path, days: int = REF_DAYS) -> None:
    cutoff = time.time() - days * 86400
    for entry in folder.iterdir():
        try:
            if entry.stat().st_mtime < cutoff:
                entry.unlink()
        except OSError:
            pass
