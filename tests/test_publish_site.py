"""The 政府信息公开 column: only released 主动公开 documents, redacted text, incremental rewrites,
withdrawal removes the page at once; in real Chromium (index, filters, a page, the feed); and the
nightly run shows an abolition on both documents."""

from __future__ import annotations

import csv
import json
import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from normdocs.publish.site import _csv, publish_site
from normdocs.review.findings import find_personal
from normdocs.schemas.publish import PublicRecord
from tests.library_docs import decision, letter, load_texts, notice

OFFICE = "聊城市人民政府办公室"
MOBILE = "13912345678"
DOCS = {
    "N1": notice(OFFICE, "聊政办发〔2022〕3号", "聊城市甲办法", "2022-05-10"),
    "N2": notice(OFFICE, "聊政办发〔2023〕4号", "聊城市乙办法", "2023-02-01"),
    "P": notice(OFFICE, "聊政办发〔2023〕5号", "聊城市丙办法", "2023-03-01", body=f"咨询电话{MOBILE}。", marker=""),
    "W": letter("聊城市自然资源局", "聊自然资函〔2023〕8号", "聊城市自然资源局关于同意调整村庄规划的复函",
                "东昌府区人民政府", "2023-04-04", "（此件依申请公开）"),
    "L": notice(OFFICE, "聊政办发〔2020〕7号", "聊城市戊办法", "2020-07-01", body="本办法有效期至2023年6月30日。"),
}



def _account(library, name: str):
    """A reviewer account (decisions are made by accounts, never typed names)."""
    return library.accounts().add(name, "reviewer", "long enough 1")

def site_files(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8")
            for p in site.rglob("*") if p.is_file()}


def assert_no_personal_numbers(site: Path) -> None:
    for rel, text in site_files(site).items():
        assert MOBILE not in text, rel
        assert not [h for h in find_personal(text) if h.kind in ("id_card", "mobile", "bank_card")], rel


@pytest.fixture
def built(library, tmp_path):
    ids = load_texts(library, tmp_path / "docs", DOCS)
    return library, ids


def test_only_released_documents_and_redacted_text(built, tmp_path):
    library, ids = built
    site = tmp_path / "site"
    publish_site(library, site)
    pages = {p.stem for p in (site / "docs").glob("*.html")}
    assert pages == {str(ids[k]) for k in ("N1", "N2", "L")}  # P awaits review, W is 依申请公开
    library.decide(ids["P"], "主动公开", _account(library, "王审核"), "区分处理后公开")
    result = publish_site(library, site)
    assert f"docs/{ids['P']}.html" in result.written
    page = (site / "docs" / f"{ids['P']}.html").read_text(encoding="utf-8")
    assert "咨询电话139****5678" in page or "咨询电话" in page
    assert_no_personal_numbers(site)
    records = json.loads((site / "documents.json").read_text(encoding="utf-8"))
    assert {r["id"] for r in records} == {ids[k] for k in ("N1", "N2", "L", "P")}
    lapsed = next(r for r in records if r["id"] == ids["L"])
    assert (lapsed["validity"], lapsed["validity_date"]) == ("已失效", "2023-06-30")
    rows = list(csv.DictReader((site / "documents.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert {int(r["id"]) for r in rows} == {r["id"] for r in records}


def test_incremental_withdrawal_and_abolition(built, tmp_path):
    library, ids = built
    site = tmp_path / "site"
    publish_site(library, site)
    assert publish_site(library, site).written == []  # nothing changed, nothing rewritten
    library.withdraw(ids["N2"], _account(library, "李审核"), "印发有误")
    result = publish_site(library, site)
    assert result.removed == [f"docs/{ids['N2']}.html"]
    assert all(str(ids["N2"]) + ".html" not in text and "聊城市乙办法" not in text for text in site_files(site).values())
    more = load_texts(library, tmp_path / "more", {
        "D": decision("聊城市人民政府", "聊政发〔2024〕9号", [("聊城市甲办法", "聊政办发〔2022〕3号")], "2024-03-01")})
    result = publish_site(library, site)
    changed = {f"docs/{ids['N1']}.html", f"docs/{more['D']}.html"}
    assert changed <= set(result.written) and not [w for w in result.written if w.startswith("docs/") and w not in changed]
    n1 = (site / "docs" / f"{ids['N1']}.html").read_text(encoding="utf-8")
    assert "已废止" in n1 and "2024年3月1日" in n1 and f'href="{more["D"]}.html"' in n1
    d = (site / "docs" / f"{more['D']}.html").read_text(encoding="utf-8")
    assert f'href="{ids["N1"]}.html"' in d and "已废止" in d
    feed = ET.fromstring((site / "feed.atom").read_text(encoding="utf-8"))
    titles = [e.findtext("{http://www.w3.org/2005/Atom}title") for e in feed.iter("{http://www.w3.org/2005/Atom}entry")]
    assert any("有效性变更（有效 → 已废止）" in t for t in titles)
    assert not any("聊城市乙办法" in t for t in titles)  # the withdrawn document left the feed


def test_csv_is_neutralised_against_formulas():
    record = PublicRecord(id=1, title="=HYPERLINK(\"http://x\")", doc_number="+1", issuer="@x", doc_type="通知",
                          validity="有效", topic="待定", attachments=["-2+3"], url="docs/1.html")
    row = next(csv.DictReader(_csv([record]).lstrip("\ufeff").splitlines()))
    assert row["title"].startswith("'=") and row["doc_number"] == "'+1" and row["issuer"] == "'@x"
    assert row["attachments"] == "'-2+3"


# -- in a real browser ---------------------------------------------------------------------

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")


@pytest.fixture
def browser(tmp_path):
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("chromium and chromium-driver are needed (apt-get install -y chromium chromium-driver)")
    pytest.importorskip("selenium")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager never downloads a browser or driver
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--window-size=390,844",
                f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


@pytest.mark.slow
def test_site_in_chromium(built, tmp_path, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    library, ids = built
    site = tmp_path / "site"
    publish_site(library, site)
    browser.get((site / "index.html").as_uri())
    def visible():
        items = browser.find_elements(By.CSS_SELECTOR, "#doc-list > li")
        return [li.get_attribute("data-validity") for li in items if li.is_displayed()]

    assert browser.find_element(By.TAG_NAME, "h1").text == "规范性文件"
    assert visible() == ["有效", "有效"]  # 有效 by default
    assert browser.find_element(By.ID, "result-count").text == "共 2 件"
    for control in ("f-q", "f-topic", "f-issuer", "f-year", "f-validity"):  # every control is labelled
        assert browser.find_elements(By.CSS_SELECTOR, f"label[for='{control}']")
    Select(browser.find_element(By.ID, "f-validity")).select_by_value("")
    assert sorted(visible()) == ["已失效", "有效", "有效"]
    Select(browser.find_element(By.ID, "f-year")).select_by_value("2020")
    assert visible() == ["已失效"]
    Select(browser.find_element(By.ID, "f-year")).select_by_value("")
    browser.find_element(By.ID, "f-q").send_keys("乙办法")
    assert browser.find_element(By.ID, "result-count").text == "共 1 件"
    browser.find_element(By.CSS_SELECTOR, "#doc-list > li:not([hidden]) h3 a").click()
    assert "聊城市乙办法" in browser.find_element(By.TAG_NAME, "h1").text
    assert browser.find_element(By.ID, "validity").text.startswith("有效")
    assert "聊政办发〔2023〕4号" in browser.page_source
    wide = browser.execute_script(
        "var w = document.documentElement.clientWidth;"
        "return Array.prototype.slice.call(document.querySelectorAll('body *'))"
        ".filter(function (e) { return e.getBoundingClientRect().right > w + 1; })"
        ".map(function (e) { return e.tagName + '.' + e.className; });")
    assert wide == []
    assert browser.execute_script(  # readable on a phone: no sideways scrolling
        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth")  # readable on a phone: no sideways scrolling
    browser.get((site / "feed.atom").as_uri())
    assert "feed" in browser.page_source and "error" not in browser.page_source.lower()
    for rel in site_files(site):
        assert str(ids["W"]) + ".html" not in rel
    assert_no_personal_numbers(site)


@pytest.mark.slow
def test_nightly_shows_an_abolition_on_both_documents(prefect_server, home, tmp_path, monkeypatch):
    from normdocs.flows.nightly import nightly_flow

    site = tmp_path / "column"
    monkeypatch.setenv("NORMDOCS_PUBLISH_DIR", str(site))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "n1.txt").write_text(DOCS["N1"], encoding="utf-8")
    nightly_flow(inbox=str(inbox), workers=1)
    records = json.loads((site / "documents.json").read_text(encoding="utf-8"))
    assert [(r["doc_number"], r["validity"]) for r in records] == [("聊政办发〔2022〕3号", "有效")]
    n1 = records[0]["id"]
    (inbox / "d.txt").write_text(decision("聊城市人民政府", "聊政发〔2024〕9号",
                                          [("聊城市甲办法", "聊政办发〔2022〕3号")], "2024-03-01"), encoding="utf-8")
    nightly_flow(inbox=str(inbox), workers=1)
    records = {r["doc_number"]: r for r in json.loads((site / "documents.json").read_text(encoding="utf-8"))}
    assert records["聊政办发〔2022〕3号"]["validity"] == "已废止"
    d = records["聊政发〔2024〕9号"]["id"]
    page = (site / "docs" / f"{n1}.html").read_text(encoding="utf-8")
    assert "已废止" in page and f'href="{d}.html"' in page
    page = (site / "docs" / f"{d}.html").read_text(encoding="utf-8")
    assert f'href="{n1}.html"' in page and "已废止" in page


@pytest.mark.slow
def test_published_samples_hold_no_withheld_document_and_no_personal_number(library, tmp_path, sample_record):
    """The shipped samples (secret marks, personal numbers, 依申请公开 …) through the loading path
    (each read once per session: `sample_record`)."""
    import datetime as dt

    from normdocs.pipeline.stages import InputFile, library_item, prepare, quarantine_reasons
    from tests.conftest import SAMPLES

    loaded = {}
    for path in sorted(p for p in SAMPLES.iterdir() if p.is_file()):
        record = prepare(InputFile(str(path), path.name), None, dt.date(2026, 12, 1),
                         extract=lambda name: sample_record(Path(name).name, keep_layout=True))
        if quarantine_reasons(record, []) is None:
            loaded[library.load(library_item(record), run_id="samples").document_id] = record
    site = tmp_path / "site"
    publish_site(library, site)
    published = {d.id for d in library_rows(library) if d.attribute == "主动公开" and not d.withdrawn}
    assert published and {int(p.stem) for p in (site / "docs").glob("*.html")} == published
    for doc_id, record in loaded.items():
        if record.disclosure.attribute != "主动公开" or record.metadata.classification:
            assert not (site / "docs" / f"{doc_id}.html").exists(), record.file
    for record in loaded.values():  # no original personal number anywhere
        for hit in find_personal(record.metadata.body or ""):
            if hit.kind in ("id_card", "mobile", "bank_card"):
                number = (record.metadata.body or "")[hit.start:hit.end]
                assert all(number not in text for text in site_files(site).values()), record.file
    assert_no_personal_numbers_anywhere(site)


def library_rows(library):
    from normdocs.library.publish_queries import document_rows

    return document_rows(library)


def assert_no_personal_numbers_anywhere(site: Path) -> None:
    for rel, text in site_files(site).items():
        assert not [h for h in find_personal(text) if h.kind in ("id_card", "mobile", "bank_card")], rel
