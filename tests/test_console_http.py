"""The route × role matrix over HTTP against a real console server on 127.0.0.1: every route, every
role and none, form posts with and without the CSRF token; no page holds a full personal number."""

import re

import httpx
import pytest

from tests.console_server import ID_NUMBER, MOBILE, PASSWORD, Server, build, login

pytestmark = pytest.mark.slow

READ, DECIDE, ADMIN = {"auditor", "reviewer", "admin"}, {"reviewer"}, {"admin"}
USERS = {"auditor": "审计员", "reviewer": "审核一", "admin": "管理员"}


@pytest.fixture(scope="module")
def console(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("console")
    library, docs, run_id = build(tmp)
    with Server(library) as base:
        yield base, docs, run_id, library
    library.engine.dispose()


def gets(docs, run_id):
    d = docs["id"]
    return [("/", READ, 303), ("/queue", READ, 200), ("/secrecy", READ, 200), ("/quarantine", READ, 200),
            (f"/documents/{d}", READ, 200), (f"/documents/{d}/findings/0.png", READ, 200), ("/runs", READ, 200),
            (f"/runs/{run_id}", READ, 200), (f"/runs/{run_id}/report", READ, 200),
            (f"/runs/{run_id}/datadocs/index.html", READ, 404),  # this run validated nothing: no Data Docs
            ("/audit", READ, 200), ("/audit.csv", READ, 200), ("/accounts", ADMIN, 200), ("/me", READ, 200)]


def posts(docs):
    d = docs["script"]
    return [(f"/documents/{d}/decide", {"attribute": "主动公开"}, DECIDE),
            (f"/documents/{d}/return", {"comment": "请补充"}, DECIDE),
            (f"/documents/{d}/undo", {"comment": "撤销"}, DECIDE),
            (f"/documents/{d}/withdraw", {"comment": "撤回"}, DECIDE),
            (f"/documents/{d}/reinstate", {"comment": "恢复"}, DECIDE),
            ("/accounts", {"username": "新人", "role": "auditor", "password": "long enough 1"}, ADMIN),
            ("/accounts/审计员/disable", {}, ADMIN)]


def test_every_get_route_refuses_the_wrong_role(console):
    base, docs, run_id, _ = console
    anonymous = httpx.Client(base_url=base, follow_redirects=False)
    clients = {role: login(base, name)[0] for role, name in USERS.items()}
    for path, roles, ok in gets(docs, run_id):
        r = anonymous.get(path)
        assert (r.status_code, r.headers.get("location")) == (303, "/login"), path
        for role, client in clients.items():
            expected = ok if role in roles else 403
            assert client.get(path).status_code == expected, (path, role)


def test_every_form_post_needs_the_role_and_the_csrf_token(console):
    base, docs, _, library = console
    anonymous = httpx.Client(base_url=base, follow_redirects=False)
    for path, data, roles in posts(docs):
        assert anonymous.post(path, data={**data, "csrf": "x"}).status_code == 401, path
        for role, name in USERS.items():
            client, csrf = login(base, name)
            assert client.post(path, data=data).status_code == 403, (path, role, "no token")
            assert client.post(path, data={**data, "csrf": "forged"}).status_code == 403, (path, role, "forged")
            expected = 303 if role in roles else 403
            assert client.post(path, data={**data, "csrf": csrf}).status_code == expected, (path, role)
    library.accounts().set_disabled("审计员", False)
    # logout needs the token too
    client, csrf = login(base, "审核二")
    assert client.post("/logout", data={}).status_code == 403
    assert client.post("/logout", data={"csrf": csrf}).status_code == 303
    assert client.get("/queue").status_code == 303  # the session is gone


def test_login_needs_its_form_token_and_cookies_are_httponly_samesite(console):
    base, *_ = console
    c = httpx.Client(base_url=base, follow_redirects=False)
    assert c.post("/login", data={"username": "审核一", "password": PASSWORD}).status_code == 403
    form = c.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    r = c.post("/login", data={"csrf": token, "username": "审核一", "password": PASSWORD})
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert "default-src 'none'" in c.get("/queue").headers["content-security-policy"]


def test_no_page_or_export_holds_a_full_personal_number(console):
    base, docs, run_id, _ = console
    client, _ = login(base, "审计员")
    for path, _, ok in gets(docs, run_id):
        if path.endswith(".png"):
            continue
        text = client.get(path).text
        digits = re.sub(r"\s", "", text)
        assert ID_NUMBER not in digits and MOBILE not in digits, path


def test_queue_shows_findings_and_counts_agree_with_the_cli(console):
    from normdocs.cli.console_views import review_rows

    base, docs, _, library = console
    client, _ = login(base, "审计员")
    page = client.get("/queue").text
    rows = review_rows(library)
    assert f'<strong id="total">{len(rows)}</strong>' in page
    assert "身份证号" in page and ID_NUMBER[:6] + "********" in page  # the 发现项 column is filled
    secrecy = client.get("/secrecy").text
    assert "秘密★1年" in secrecy and "Q1" in secrecy


def test_queue_filters_by_topic_with_counts(console):
    """The queue's 主题分类 select lists the topics its documents have, with counts, 待定 for none;
    choosing one narrows the rows; an unknown or hostile value shows nothing and is escaped."""
    from normdocs.library.models import Document

    base, docs, _, library = console
    with library.session() as s:
        before = {d: s.get(Document, d).topic for d in docs.values()}
        s.get(Document, docs["id"]).topic = "科技、教育"
        s.get(Document, docs["script"]).topic = None
        s.commit()
    try:
        client, _ = login(base, "审计员")
        page = client.get("/queue").text
        pending = {int(m) for m in re.findall(r'<tr class="doc" data-id="(\d+)"', page)}
        assert docs["id"] in pending and docs["script"] in pending
        assert '<option value="科技、教育">科技、教育（1）</option>' in page
        assert re.search(r'<option value="待定">待定（\d+）</option>', page)
        chosen = client.get("/queue", params={"topic": "科技、教育"}).text
        assert re.findall(r'<tr class="doc" data-id="(\d+)"', chosen) == [str(docs["id"])]
        assert '<option value="科技、教育" selected>' in chosen
        undecided = client.get("/queue", params={"topic": "待定"}).text
        assert str(docs["script"]) in re.findall(r'<tr class="doc" data-id="(\d+)"', undecided)
        assert str(docs["id"]) not in re.findall(r'<tr class="doc" data-id="(\d+)"', undecided)
        hostile = client.get("/queue", params={"topic": "<script>x</script>"})
        assert hostile.status_code == 200 and "<script>x" not in hostile.text
        assert "没有符合条件的待审文件。" in hostile.text
        assert httpx.get(f"{base}/queue?topic=科技、教育", follow_redirects=False).status_code == 303  # no session
    finally:
        with library.session() as s:
            for d, t in before.items():
                s.get(Document, d).topic = t
            s.commit()
