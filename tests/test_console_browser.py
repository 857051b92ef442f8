"""The console in a real browser: Debian's Chromium driven by Selenium through /usr/bin/chromedriver
(passed explicitly: nothing downloads a driver), headless, against a real server on 127.0.0.1."""

import io
import re

import httpx
import pytest

from tests.console_server import ID_NUMBER, MOBILE, PASSWORD, Server, build

pytestmark = pytest.mark.slow


@pytest.fixture
def console(tmp_path):
    library, docs, run_id = build(tmp_path)
    with Server(library) as base:
        yield base, docs, run_id, library
    library.engine.dispose()


def submit(driver, element_id):
    """Click a submit button and wait for the next page to replace this one."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    button = driver.find_element(By.ID, element_id)
    button.click()

    def replaced(_driver) -> bool:
        try:
            button.is_enabled()
        except WebDriverException:
            # stale, or, caught mid-navigation, chromedriver's "Node … does not belong to the document"
            return True
        return False

    WebDriverWait(driver, 15).until(replaced)


def sign_in(driver, base, name, password=PASSWORD):
    from selenium.webdriver.common.by import By

    driver.delete_all_cookies()
    driver.get(base + "/login")
    driver.find_element(By.ID, "username").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(password)
    submit(driver, "login")


def text_of(driver, element_id):
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, element_id).text


def sign_off(driver, base, doc, attribute="主动公开"):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver.get(f"{base}/documents/{doc}")
    Select(driver.find_element(By.ID, "attribute-choice")).select_by_visible_text(attribute)
    submit(driver, "decide")


def test_sign_in_wrong_password_lockout_and_sign_out(browser, console):
    base, *_ = console
    sign_in(browser, base, "审核一", "wrong password")
    assert "账号或密码错误" in text_of(browser, "error")
    for _ in range(4):
        sign_in(browser, base, "审核一", "wrong password")
    assert "已锁定" in text_of(browser, "error")
    sign_in(browser, base, "审核一")  # the right password is refused while locked
    assert "已锁定" in text_of(browser, "error")
    sign_in(browser, base, "审核二")
    assert browser.current_url.endswith("/queue") and "审核二" in text_of(browser, "who")
    submit(browser, "logout")
    assert browser.current_url.endswith("/login")
    browser.get(base + "/queue")
    assert browser.current_url.endswith("/login")


def test_three_accounts_release_a_document_and_one_account_never_counts_twice(browser, console):
    base, docs, _, library = console
    doc = docs["script"]
    sign_in(browser, base, "审核一")
    sign_off(browser, base, doc)
    assert "初审 审核一" in text_of(browser, "progress")
    sign_off(browser, base, doc)  # the same account again
    assert "同一账号不能重复签署" in text_of(browser, "error")
    sign_in(browser, base, "审核二")
    sign_off(browser, base, doc)
    assert "待审" in text_of(browser, "attribute")
    sign_in(browser, base, "审核三")
    sign_off(browser, base, doc)
    assert "主动公开" in text_of(browser, "attribute")
    assert [d.id for d in library.documents(published_only=True)] == [doc]
    trail = text_of(browser, "trail")
    assert all(name in trail for name in ("审核一", "审核二", "审核三"))


def test_an_auditor_cannot_decide(browser, console):
    from selenium.webdriver.common.by import By

    base, docs, *_ = console
    sign_in(browser, base, "审计员")
    browser.get(f"{base}/documents/{docs['script']}")
    assert "只能查看" in text_of(browser, "read-only")
    assert browser.find_elements(By.ID, "decide") == []
    # a hand-made form post in the auditor's browser session is refused too
    browser.execute_script("""
        const f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];
        const a = document.createElement('input'); a.name = 'attribute'; a.value = '主动公开'; f.appendChild(a);
        const c = document.createElement('input'); c.name = 'csrf';
        c.value = document.querySelector('input[name=csrf]').value; f.appendChild(c);
        document.body.appendChild(f); f.submit();""", f"{base}/documents/{docs['script']}/decide")
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 15).until(lambda d: d.current_url.endswith("/decide"))
    assert "无权" in text_of(browser, "error")


def test_a_script_in_a_title_is_text(browser, console):
    base, docs, *_ = console
    sign_in(browser, base, "审计员")
    browser.get(f"{base}/documents/{docs['script']}")
    assert "<script>alert(1)</script>" in text_of(browser, "title")
    assert browser.execute_script("return document.querySelectorAll('main script').length") == 0
    browser.get(base + "/queue")
    assert "<script>alert(1)</script>" in text_of(browser, "queue")


def test_the_evidence_image_is_shown_with_the_numbers_blacked_out(browser, console):
    from PIL import Image
    from selenium.webdriver.common.by import By

    base, docs, _, library = console
    sign_in(browser, base, "审计员")
    browser.get(f"{base}/documents/{docs['id']}")
    images = browser.find_elements(By.CSS_SELECTOR, "img.page-image")
    assert images and all(browser.execute_script("return arguments[0].naturalWidth", img) > 0 for img in images)
    cookie = {c["name"]: c["value"] for c in browser.get_cookies()}
    png = httpx.get(images[0].get_attribute("src"), cookies=cookie).content
    image = Image.open(io.BytesIO(png)).convert("L")
    w, h = image.size
    for finding in library.document(docs["id"]).findings:
        for x0, y0, x1, y1 in finding.span or []:
            box = image.crop((round(x0 * w) + 2, round(y0 * h) + 2, round(x1 * w) - 2, round(y1 * h) - 2))
            # black all over (the red outline of the line may cross it): no paper, so no digit shows
            assert box.getextrema()[1] < 100, finding.kind


def test_a_crawl_of_every_page_finds_no_full_personal_number(browser, console):
    from selenium.webdriver.common.by import By

    base, *_ = console
    sign_in(browser, base, "管理员")
    seen, todo = set(), ["/queue"]
    while todo:
        path = todo.pop()
        if path in seen or len(seen) > 60:
            continue
        seen.add(path)
        browser.get(base + path)
        flat = re.sub(r"\s", "", browser.page_source)
        assert ID_NUMBER not in flat and MOBILE not in flat, path
        for a in browser.find_elements(By.CSS_SELECTOR, "a[href^='/'], a[href^='" + base + "']"):
            href = a.get_attribute("href").removeprefix(base)
            if href.startswith("/") and not href.endswith(".csv"):
                todo.append(href.split("#")[0])
    assert {"/queue", "/secrecy", "/quarantine", "/runs", "/audit", "/accounts"} <= seen
    assert any(p.startswith("/documents/") for p in seen)
