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


@pytest.fixture(scope="session")
def prefect_home_template(tmp_path_factory) -> Path:
    """A PREFECT_HOME whose database is migrated and whose block types are registered, made once
    per session by starting and stopping Prefect's server on it. Tests that run `normdocs ingest`
    on an ephemeral server of their own copy it in as their PREFECT_HOME: the run then skips the
    ~10 s of first-start set-up (test_ingest_flow's samples run still starts from an empty home)."""
    import subprocess
    import sys

    template = tmp_path_factory.mktemp("prefect-template") / "prefect"
    env = {**os.environ, "PREFECT_HOME": str(template), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)
    code = ("from prefect.server.api.server import SubprocessASGIServer\n"
            "server = SubprocessASGIServer()\nserver.start(timeout=300)\nserver.stop()\n")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0 and (template / "prefect.db").is_file(), done.stderr[-3000:]
    return template


@pytest.fixture(scope="session")
def adversarial_ingest(tmp_path_factory, prefect_home_template) -> dict:
    """Rounds 1, 6 and 7 of the adversarial suites (tests/adversarial*.py) through one real
    `normdocs ingest`, everything written scanned (benchmarks/adversarial_gen.py ingest_split);
    result["by_group"] holds each round's outcome counts ("round1", "round6", "round7")."""
    import sys

    sys.path.insert(0, str(REPO / "benchmarks"))
    import adversarial_gen

    from tests.adversarial import suite_matrix, write_case
    from tests.adversarial6 import Case6, suite6, write_case6
    from tests.adversarial7 import Case7, suite7, write_case7

    rounds = {Case6: ("round6", write_case6), Case7: ("round7", write_case7)}

    def round_of(case) -> tuple:
        return rounds.get(type(case), ("round1", write_case))

    def write(case, folder: Path, serial: int) -> Path:
        return round_of(case)[1](case, folder, serial=serial)

    cases = [*suite_matrix(), *suite6(), *suite7()]
    return adversarial_gen.ingest_split(
        cases, tmp_path_factory.mktemp("adversarial") / "run", timeout=2400, writer=write,
        group=lambda case: round_of(case)[0], prefect_home_from=prefect_home_template)


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A fresh NORMDOCS_HOME with the default SQLite library and local processes."""
    monkeypatch.setenv("NORMDOCS_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("NORMDOCS_DATABASE_URL", raising=False)
    monkeypatch.delenv("NORMDOCS_DASK_ADDRESS", raising=False)
    return tmp_path / "home"


@pytest.fixture
def library(tmp_path):
    """A fresh, upgraded SQLite library in tmp_path (modules that need another define their own)."""
    from normdocs.library.store import Library

    lib = Library(f"sqlite:///{tmp_path / 'library.db'}")
    lib.upgrade()
    yield lib
    lib.engine.dispose()


# The readable samples an ingest test's inbox holds, beside bad/corrupt.pdf.
INBOX_SAMPLES = ("decision_qingdao.pdf", "policy_hebei.html", "opinion_nanning.docx")


def sample_inbox(tmp_path: Path) -> Path:
    """tmp_path/inbox holding INBOX_SAMPLES and a corrupt PDF."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in INBOX_SAMPLES:
        shutil.copy(SAMPLES / name, inbox / name)
    shutil.copy(SAMPLES / "bad" / "corrupt.pdf", inbox / "corrupt.pdf")
    return inbox


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
