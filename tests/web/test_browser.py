"""End to end in real headless Chromium (Debian's), driven by Playwright, against uvicorn on
loopback: overview → matrix cell → evidence → highlighted article; hostile markup stays text;
phone width; keyboard use; the API docs load with no outside request."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from parley.settings import Settings
from parley.store.tempserver import free_port
from parley.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed"),
]


@pytest.fixture
def live_url(web_db: tuple[str, dict[str, int]]) -> Iterator[str]:
    """Base URL of the app served by uvicorn in a thread."""
    app = create_app(Settings(db=web_db[0]))
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 15
    while True:
        try:
            if httpx.get(base + "/api/v1/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield base
    server.should_exit = True
    thread.join(timeout=10)
    app.state.ctx.engine.dispose()


@pytest.fixture
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


def _watch(page: Any, base: str) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {"errors": [], "console": [], "outside": [], "dialogs": []}
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("console", lambda m: seen["console"].append(f"{m.type}: {m.text}"))
    page.on(
        "request",
        lambda r: None if r.url.startswith((base, "data:")) else seen["outside"].append(r.url),
    )

    def on_dialog(d: Any) -> None:
        seen["dialogs"].append(d.message)
        d.dismiss()

    page.on("dialog", on_dialog)
    return seen


def test_cell_to_evidence_to_highlighted_article(
    browser: Any, live_url: str, ids: dict[str, int], tmp_path: Path
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    seen = _watch(page, live_url)
    page.goto(live_url + "/")
    cell = page.locator('a.cell-link[data-actor="RUS"][data-issue="territory"]')
    assert "support" in (cell.get_attribute("aria-label") or "")
    cell.click()
    items = page.locator("#evidence .evidence-item")
    items.first.wait_for()
    assert items.count() == 2
    first = items.first.inner_text()
    assert "red_line" in first and "North Ledger" in first and "2025-11-03" in first
    assert "Moscow demanded the whole eastern region" in first
    assert cell.get_attribute("aria-pressed") == "true"
    page.screenshot(path=str(tmp_path / "overview-evidence.png"), full_page=True)

    items.first.locator("a.evidence-link").click()
    page.wait_for_url(f"**/articles/{ids['a0']}#p-*")
    marks = page.locator("mark.hl.s-support, mark.hl.s-oppose")
    assert marks.count() == 2
    assert page.locator("mark.hl.hl-event").count() == 1  # the Vienna talks
    assert "Moscow demanded" in marks.first.inner_text()
    marks.first.hover()
    tip = marks.first.get_attribute("data-tip") or ""
    assert "Russia" in tip and "Territory" in tip and "support" in tip and "red_line" in tip
    after = page.evaluate(
        "getComputedStyle(document.querySelector('mark.hl.s-support'), '::after').content"
    )
    assert "Territory" in after
    page.screenshot(path=str(tmp_path / "article-highlighted.png"), full_page=True)
    assert (tmp_path / "article-highlighted.png").stat().st_size > 1000
    assert seen["errors"] == [] and seen["outside"] == []
    assert not [c for c in seen["console"] if c.startswith("error")], seen["console"]


def test_hostile_markup_shows_as_text_and_never_runs(
    browser: Any, live_url: str, ids: dict[str, int], tmp_path: Path
) -> None:
    page = browser.new_page()
    seen = _watch(page, live_url)
    page.goto(f"{live_url}/articles/{ids['hostile']}")
    heading = page.locator("h1").inner_text()
    assert "<script>window.__xss = 'title'</script>" in heading
    assert "<img src=x onerror=" in heading
    body = page.locator(".article-text").inner_text()
    assert "<script>window.__xss = 'body'" in body and "<img src=x onerror=" in body
    assert page.locator("main img").count() == 0
    assert page.locator("main script").count() == 0
    # the evidence panel inserts the same sentence from JSON: still text
    page.goto(live_url + "/")
    page.locator('a.cell-link[data-actor="EUROPE"][data-issue="sanctions"]').click()
    page.locator("#evidence .evidence-item").first.wait_for()
    quote = page.locator("#evidence blockquote").first.inner_text()
    assert "<img src=x onerror=" in quote
    assert page.locator("#evidence img").count() == 0
    page.wait_for_timeout(200)
    page.screenshot(path=str(tmp_path / "hostile.png"))
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert not any("XSS-RAN" in c for c in seen["console"])
    assert seen["dialogs"] == [] and seen["errors"] == []


def test_phone_width_and_keyboard(browser: Any, live_url: str, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 375, "height": 740}, is_mobile=True)
    page.goto(live_url + "/")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"page scrolls sideways by {overflow}px at phone width"
    # keyboard only: tab to the first matrix cell and open it with Enter
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('cell-link')"):
            break
    else:
        pytest.fail("no matrix cell reachable with Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    page.locator("#evidence .evidence-item").first.wait_for()
    focused = page.evaluate("document.activeElement.id")
    assert focused == "evidence-title"
    page.keyboard.press("Escape")
    assert page.locator("#evidence").is_hidden()
    page.screenshot(path=str(tmp_path / "phone.png"), full_page=True)


def test_timeline_chart_and_docs_render_locally(browser: Any, live_url: str) -> None:
    page = browser.new_page()
    seen = _watch(page, live_url)
    page.goto(live_url + "/timeline")
    page.locator("#timeline-chart svg rect").first.wait_for()
    # every fixture statement falls in the week of Monday 2025-11-03: 4 support, 2 oppose
    bars = page.locator("#timeline-chart svg rect.bar-support")
    assert bars.count() == 1
    assert bars.first.locator("title").text_content() == "2025-11-03: 4 support"
    down = page.locator("#timeline-chart svg rect.bar-oppose title").first.text_content()
    assert down == "2025-11-03: 2 oppose"
    page.goto(live_url + "/sources")
    page.locator("#sources-chart svg rect").first.wait_for()
    page.goto(live_url + "/docs")
    page.locator(".swagger-ui .opblock").first.wait_for(timeout=15000)
    assert page.locator(".swagger-ui .opblock").count() >= 10
    assert seen["outside"] == [], seen["outside"]
    assert seen["errors"] == []


def test_evidence_panel_pages_with_more(
    browser: Any, live_url: str, web_db: tuple[str, dict[str, int]]
) -> None:
    from sqlalchemy import text

    from parley.store import open_engine

    engine = open_engine(web_db[0])
    with engine.begin() as conn:
        for n in range(25):
            conn.execute(
                text(
                    "INSERT INTO positions (article_id, pack, actor, issue, stance, modality,"
                    ' holder, sentence, start, "end", reported_by, sources, confidence, date,'
                    " pipeline_version) VALUES (:a, 'ukraine', 'RUS', 'territory', 'support',"
                    " 'floated', 'Moscow', :s, :start, :end, '[]', '[]', 0.5, '2025-11-04', 't')"
                ),
                {"a": web_db[1]["a1"], "s": f"Extra claim {n}.", "start": 100 + n, "end": 101 + n},
            )
    engine.dispose()
    page = browser.new_page()
    page.goto(live_url + "/")
    page.locator('a.cell-link[data-actor="RUS"][data-issue="territory"]').click()
    items = page.locator("#evidence .evidence-item")
    items.first.wait_for()
    more = page.locator("#evidence .more-evidence")
    more.wait_for(state="visible")
    assert items.count() == 20
    more.click()
    # a locator wait, not wait_for_function: its polling evaluates a string in the page, which
    # the app's CSP (no 'unsafe-eval') refuses whenever the condition is not already true
    from playwright.sync_api import expect

    items.nth(26).wait_for()
    assert items.count() == 27
    more.wait_for(state="hidden")
    expect(page.locator("#evidence .evidence-status")).to_contain_text("27 sentences")


def test_actor_page_draws_its_monthly_chart(browser: Any, live_url: str) -> None:
    page = browser.new_page()
    page.goto(live_url + "/actors/RUS")
    bars = page.locator("#entity-chart svg rect.bar-support")
    bars.first.wait_for()
    # Russia: 2 support (territory) and 1 oppose (ceasefire), all in November 2025
    assert bars.count() == 1
    assert bars.first.locator("title").text_content() == "2025-11-01: 2 support"
    down = page.locator("#entity-chart svg rect.bar-oppose title").first.text_content()
    assert down == "2025-11-01: 1 oppose"
