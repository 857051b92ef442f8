"""benchmarks/real_corpus.py for tests, and a mirror of one committed file for its restorer."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

REAL_CORPUS = Path(__file__).resolve().parents[1] / "benchmarks" / "real_corpus.py"


def real_corpus_module():
    """A fresh copy of benchmarks/real_corpus.py (its caches empty)."""
    spec = importlib.util.spec_from_file_location("real_corpus", REAL_CORPUS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def one_file_mirror(tmp_path: Path, name: str, data: bytes) -> tuple[str, Path]:
    """A git repository holding `name` (one commit), mirrored as owner/name: the commit and the
    mirrors folder to hand to real_corpus.restore."""
    work = tmp_path / "src"
    work.mkdir()
    (work / name).write_bytes(data)
    git = ["git", "-C", str(work), "-c", "user.email=t@example.invalid", "-c", "user.name=t"]
    subprocess.run(["git", "init", "-q", str(work)], check=True)
    subprocess.run([*git, "add", name], check=True)
    subprocess.run([*git, "commit", "-qm", Path(name).stem], check=True)
    commit = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True,
                            check=True).stdout.strip()
    mirrors = tmp_path / "mirrors"
    (mirrors / "owner+name").mkdir(parents=True)
    (mirrors / "owner+name" / "repo").symlink_to(work / ".git")
    return commit, mirrors
