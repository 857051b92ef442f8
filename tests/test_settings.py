"""Settings are declared once: the README's table is made from them, and nothing else reads the environment."""

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from normdocs.schemas.settings import Settings, settings_table

REPO = Path(__file__).resolve().parents[1]


def test_readme_table_is_the_declared_settings():
    assert settings_table() in (REPO / "README.md").read_text(encoding="utf-8"), (
        "README's settings table is stale: paste the output of `python -m normdocs.schemas.settings`")


def test_no_module_reads_a_normdocs_variable_itself():
    pattern = re.compile(r"""(environ|getenv)\W+["']NORMDOCS_""")
    offenders = [str(p.relative_to(REPO)) for p in (REPO / "src").rglob("*.py")
                 if p.name != "settings.py" and pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_values_come_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("NORMDOCS_HOME", str(tmp_path))
    monkeypatch.setenv("NORMDOCS_REVIEW_SIGNOFFS", "3")
    monkeypatch.setenv("NORMDOCS_OCR", "0")
    monkeypatch.setenv("NORMDOCS_WORKERS", "")  # empty counts as unset
    settings = Settings()
    assert settings.home == tmp_path.resolve()
    assert settings.database_url == f"sqlite:///{tmp_path.resolve() / 'normdocs.db'}"
    assert settings.inbox == tmp_path.resolve() / "inbox"
    assert (settings.review_signoffs, settings.ocr, settings.workers) == (3, False, None)


def test_a_bad_value_names_the_variable(monkeypatch):
    monkeypatch.setenv("NORMDOCS_OCR_DPI", "lots")
    with pytest.raises(ValidationError, match="ocr_dpi"):
        Settings()
