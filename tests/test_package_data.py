"""Every data file in the source tree ships in the wheel (a regular install is what users and CI run)."""

import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "normdocs"


def _declared() -> dict[str, list[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["setuptools"]["package-data"]


def _shipped(path: Path, declared: dict[str, list[str]]) -> bool:
    rel = path.relative_to(PACKAGE.parent)
    for package, patterns in declared.items():
        base = Path(*package.split("."))
        if base in rel.parents:
            inner = rel.relative_to(base).as_posix()
            if any(fnmatch(inner, pattern) and inner.count("/") == pattern.count("/") for pattern in patterns):
                return True
    return False


def test_every_data_file_is_declared_as_package_data():
    declared = _declared()
    data = [p for p in PACKAGE.rglob("*")
            if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts]
    missing = [str(p.relative_to(ROOT)) for p in data if not _shipped(p, declared)]
    assert not missing, f"not in [tool.setuptools.package-data]: {missing}"


def test_no_file_of_the_package_is_ignored_by_git():
    """A file git ignores exists only on the machine that made it: a clone (CI, a user's) lacks it."""
    import shutil
    import subprocess

    if shutil.which("git") is None or not (ROOT / ".git").exists():
        return  # an unpacked source tree: nothing to compare with
    files = [str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    done = subprocess.run(["git", "-C", str(ROOT), "check-ignore", "--no-index", "--stdin"], input="\n".join(files),
                          capture_output=True, text=True)
    assert done.stdout.split() == [], "ignored by .gitignore, so missing from every clone"
