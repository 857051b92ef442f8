import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "samples"
GOLD = REPO / "data" / "samples.gold.jsonl"


def load_gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def gold() -> list[dict]:
    return load_gold()


@pytest.fixture(scope="session")
def prefect_server():
    """One temporary Prefect server for the flow tests (it takes 10-15 s to start here)."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A fresh NORMDOCS_HOME with the default SQLite library and local processes."""
    monkeypatch.setenv("NORMDOCS_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("NORMDOCS_DATABASE_URL", raising=False)
    monkeypatch.delenv("NORMDOCS_DASK_ADDRESS", raising=False)
    return tmp_path / "home"
