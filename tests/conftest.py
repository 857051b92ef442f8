import json
import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "samples"
GOLD = REPO / "data" / "samples.gold.jsonl"
CHROMEDRIVER = Path("/usr/bin/chromedriver")


def load_gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def gold() -> list[dict]:
    return load_gold()


@pytest.fixture(scope="session")
def sample_record():
    """`sample_record(name, keep_layout=False)`: extract_file of a shipped sample (a path under
    data/samples), read once per session (the scans cost seconds of real OCR each) and handed out
    as a deep copy, so a test that changes its record changes no other test's."""
    from normdocs.extractors import extract_file

    read: dict[str, object] = {}

    def record(name: str, keep_layout: bool = False):
        if name not in read:
            with pytest.MonkeyPatch.context() as patch:
                patch.delenv("NORMDOCS_OCR", raising=False)  # the samples are read as shipped: OCR on
                read[name] = extract_file(SAMPLES / name, keep_layout=True)
        copy = read[name].model_copy(deep=True)
        if not keep_layout:
            copy.layout = None  # what extract_file returns without keep_layout
        return copy

    return record


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


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium through /usr/bin/chromedriver (passed explicitly: nothing downloads a driver)."""
    if not CHROMEDRIVER.exists() or not shutil.which("chromium"):
        pytest.skip("Debian's chromium and chromium-driver are not installed")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,1600"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()
