"""Settings: every environment variable normdocs reads, declared once (pydantic-settings).

Each field is `NORMDOCS_<NAME>`; its description is what the README's settings table says
(tests/test_settings.py keeps the two in step). Empty values count as unset.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

OFFICE_TZ = ZoneInfo("Asia/Shanghai")


class Settings(BaseSettings):
    """Values from the environment (or keyword overrides) at the time of construction."""

    model_config = SettingsConfigDict(env_prefix="NORMDOCS_", env_ignore_empty=True, extra="ignore",
                                      validate_default=True)

    home: Path = Field(Path("./data"), description="run outputs: the SQLite library, reports, Great Expectations files")
    database_url: str = Field("", description="SQLAlchemy URL of the library, e.g. `postgresql+psycopg://user@host:5432/db`")
    review_signoffs: int = Field(1, ge=1, description="sign-offs a release needs (`3` for 三审)")
    inbox: Path | None = Field(None, description="folder the nightly run ingests")
    workers: int | None = Field(None, ge=1, description="processes that read documents")
    dask_address: str | None = Field(None, description="scheduler of an existing Dask cluster (`tcp://host:8786`)")
    report_retention_days: int = Field(0, ge=0, description="the nightly run deletes report folders older than this; 0 keeps them")
    cache_retention_days: int = Field(30, ge=0, description="the nightly run deletes extraction cache entries "
                                      "(encrypted; they hold full texts) not used for this many days; 0 keeps them")
    ocr: bool = Field(True, description="OCR scanned pages, broken text layers and images (`0` turns it off)")
    ocr_dpi: int = Field(200, ge=72, le=600, description="resolution pages are rendered at for OCR")
    ocr_low_confidence: float = Field(0.9, ge=0, le=1, description="OCR confidence under which a field is listed for checking by eye")
    ocr_threads: int = Field(0, ge=0, description="threads per OCR engine; 0 picks up to 4 by the cores")
    ocr_det_limit: int = Field(0, ge=0, description="longest side the OCR detector sees (`960` is faster); 0 keeps the page size")
    soffice: str | None = Field(None, description="LibreOffice's `soffice` for .doc/.wps")
    soffice_timeout: float = Field(120, gt=0, description="seconds one .doc/.wps conversion may take")
    console_idle_minutes: int = Field(30, ge=1, description="the review console signs a browser out after this many idle minutes")
    password_file: Path | None = Field(
        None, description="file holding the account's password for `review decide`/`withdraw --account` (else prompted)")
    publish_dir: Path | None = Field(None, description="folder of the 政府信息公开 column (static site); the nightly run refreshes it where set")

    @model_validator(mode="after")
    def _derive(self) -> Settings:
        self.home = self.home.resolve()
        if not self.database_url:
            self.database_url = f"sqlite:///{self.home / 'normdocs.db'}"
        self.inbox = self.inbox.resolve() if self.inbox else self.home / "inbox"
        self.publish_dir = self.publish_dir.resolve() if self.publish_dir else None
        return self

    @property
    def cache_dir(self) -> Path:
        return self.home / "cache"

    @property
    def reports_dir(self) -> Path:
        return self.home / "reports"

    @property
    def gx_root(self) -> Path:
        return self.home / "gx"


def env_name(field: str) -> str:
    return "NORMDOCS_" + field.upper()


def office_today() -> dt.date:
    """Today in the office's time zone (Asia/Shanghai), whatever the machine's zone."""
    return dt.datetime.now(OFFICE_TZ).date()


def office_time(moment: dt.datetime) -> str:
    """A stored (aware, UTC) time as staff read it: in the office's zone, to the second."""
    return moment.astimezone(OFFICE_TZ).strftime("%Y-%m-%d %H:%M:%S")


def _default_text(name: str) -> str:
    spelled = {"home": "`./data`", "database_url": "SQLite under `NORMDOCS_HOME`", "inbox": "`$NORMDOCS_HOME/inbox`",
               "workers": "all cores", "dask_address": "(none)", "soffice": "on PATH",
               "password_file": "(none)", "publish_dir": "(none)"}
    if name in spelled:
        return spelled[name]
    default = Settings.model_fields[name].default
    if isinstance(default, bool):
        return "`1`" if default else "`0`"
    return f"`{default}`"


def settings_table() -> str:
    """The README's settings table, made from the declarations above."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    for name, info in Settings.model_fields.items():
        rows.append(f"| `{env_name(name)}` | {_default_text(name)} | {info.description} |")
    return "\n".join(rows)


if __name__ == "__main__":  # python -m normdocs.schemas.settings: the table for the README
    print(settings_table())
