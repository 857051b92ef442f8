"""Settings: one declared list of name, environment variable, default and help."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

OFFICE_TZ = ZoneInfo("Asia/Shanghai")


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str
    help: str


SETTINGS = [
    Setting("home", "NORMDOCS_HOME", "./data", "Where run outputs go: the SQLite library, reports, GX files."),
    Setting("database_url", "NORMDOCS_DATABASE_URL", "", "SQLAlchemy URL of the library; default SQLite under home."),
    Setting("review_signoffs", "NORMDOCS_REVIEW_SIGNOFFS", "1", "Sign-offs a release needs (3 for 三审)."),
    Setting("inbox", "NORMDOCS_INBOX", "", "Folder the nightly run ingests; default inbox under home."),
    Setting("workers", "NORMDOCS_WORKERS", "", "Processes that read documents; default all cores."),
    Setting("dask_address", "NORMDOCS_DASK_ADDRESS", "",
            "Scheduler of an existing Dask cluster (tcp://host:8786) to read documents on; default local processes."),
    Setting("report_retention_days", "NORMDOCS_REPORT_RETENTION_DAYS", "0",
            "The nightly run deletes run report folders older than this many days; 0 keeps them all."),
    Setting("publish_dir", "NORMDOCS_PUBLISH_DIR", "",
            "Folder of the 政府信息公开 column (static site) the nightly run refreshes; unset, nothing is published."),
]


class Settings:
    """Values from the environment at the time of construction."""

    def __init__(self, **overrides: str):
        for setting in SETTINGS:
            value = overrides.get(setting.name) or os.environ.get(setting.env) or setting.default
            setattr(self, "_" + setting.name, value)

    @property
    def home(self) -> Path:
        return Path(self._home).resolve()

    @property
    def database_url(self) -> str:
        return self._database_url or f"sqlite:///{self.home / 'normdocs.db'}"

    @property
    def review_signoffs(self) -> int:
        return max(1, int(self._review_signoffs))

    @property
    def inbox(self) -> Path:
        return Path(self._inbox).resolve() if self._inbox else self.home / "inbox"

    @property
    def workers(self) -> int | None:
        return int(self._workers) if self._workers else None

    @property
    def dask_address(self) -> str | None:
        return self._dask_address or None

    @property
    def report_retention_days(self) -> int:
        return max(0, int(self._report_retention_days or 0))

    @property
    def publish_dir(self) -> Path | None:
        return Path(self._publish_dir).resolve() if self._publish_dir else None

    @property
    def cache_dir(self) -> Path:
        return self.home / "cache"

    @property
    def reports_dir(self) -> Path:
        return self.home / "reports"

    @property
    def gx_root(self) -> Path:
        return self.home / "gx"


def office_today() -> dt.date:
    """Today in the office's time zone (Asia/Shanghai), whatever the machine's zone."""
    return dt.datetime.now(OFFICE_TZ).date()
