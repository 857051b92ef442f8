"""A run's Great Expectations Data Docs in the console: filed under the run's own id (not
`__none__`), every asset served from the vendored copies (no CDN), counts of the run beside GX's."""

import re

import httpx
import pytest

from tests.console_server import Server, build, login
from tests.test_expectations import TODAY, entry

pytestmark = pytest.mark.slow


def test_data_docs_of_a_run_render_from_local_assets(tmp_path):
    from normdocs.validation.expectations import validate_batch

    library, docs, run_id = build(tmp_path)
    validate_batch([entry("a"), entry("b")], gx_root=library.settings.gx_root, today=TODAY, run_name=run_id)
    site = library.settings.gx_root / "uncommitted" / "data_docs" / "local_site" / "validations"
    assert list(site.glob(f"*/{run_id}/*/*.html")) and not list(site.glob("*/__none__/*/*.html"))
    with Server(library) as base:
        client, _ = login(base, "审计员")
        run_page = client.get(f"/runs/{run_id}").text
        link = re.search(r'class="datadocs" href="([^"]+)"', run_page).group(1)
        page = client.get(link)
        assert page.status_code == 200
        assert "输入 3，入库 2，隔离 1" in page.text  # the run's own counts, beside GX's expectation counts
        external = re.findall(r"""(?:src|href)=["'](https?://[^"']+)""", page.text)
        assert external == []
        assets = re.findall(r"""(?:src|href)=["'](/static/gx/[^"']+)""", page.text)
        assert any("jquery.min.js" in a for a in assets) and any("bootstrap-table.min.js" in a for a in assets)
        for asset in assets:
            assert client.get(asset).status_code == 200, asset
        assert "script-src 'self' 'unsafe-inline'" in page.headers["content-security-policy"]
        assert httpx.get(base + link, follow_redirects=False).status_code == 303  # signed in only
    library.engine.dispose()
