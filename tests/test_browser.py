"""The built site in a real browser: headless Debian Chromium driven by Playwright.

The site (see site_fixture.py: seeds plus a hostile page) is served on 127.0.0.1 by a
stdlib HTTP server. On the hostile Arabic article page the test checks text direction, that
Material's search (a web worker over search/search_index.json) finds an Arabic word of the
article, that the page's ``<script>``s, event handlers and links stay text and never run,
and that the console stays clean. A screenshot goes to test-artifacts/.

Playwright's own browser download is never used: the system ``chromium`` is. Without it the
test is skipped, except on CI (``CI=true``), where that is a failure.
"""

from __future__ import annotations

import functools
import os
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from site_fixture import HOSTILE_ID, POST_EDIT, shared_site

from pipeline import ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
ARTIFACTS = ROOT / "test-artifacts"
#: A word of the hostile article's body that no other page of the test site contains.
ARABIC_WORD = "القطيعة"


def _unavailable(reason: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser test cannot run on CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        _unavailable(f"{CHROMIUM} not found (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (the 'test' extra)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    site = shared_site(tmp_path_factory)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0),
                                functools.partial(_Quiet, directory=str(site.site_dir)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def page(browser, server):
    """A page on the hostile article, with its console errors, script errors and dialogs."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.errors = []
    page.dialogs = []
    page.on("console", lambda message: message.type == "error"
            and page.errors.append(f"console: {message.text}"))
    page.on("pageerror", lambda error: page.errors.append(f"page error: {error}"))

    def on_dialog(dialog):
        page.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(f"{server}/generated/articles/{HOSTILE_ID}/", wait_until="networkidle")
    yield page
    context.close()


def _direction(locator) -> str:
    return locator.evaluate("element => getComputedStyle(element).direction")


def test_arabic_is_rtl_and_english_ltr(page):
    arabic = page.locator('.corpus-source[lang="ar"]')
    english = page.locator('.corpus-target[lang="en"]')
    assert arabic.count() >= 6 and english.count() == arabic.count()
    assert {_direction(arabic.nth(i)) for i in range(arabic.count())} == {"rtl"}
    assert {_direction(english.nth(i)) for i in range(english.count())} == {"ltr"}
    assert _direction(page.locator("h1.corpus-title")) == "rtl"
    assert _direction(page.locator(".md-content")) == "ltr"  # the page itself reads LTR


def test_hostile_text_shows_as_text_and_never_runs(page):
    text = page.locator(".corpus-text").inner_text()
    assert "<script>window.__pwned=1;alert(1)</script>" in text
    assert '<img src=x onerror="window.__pwned=2">' in text
    assert "[رابط](javascript:alert(1))" in text and "**بشكل كامل**" in text
    assert "{{ config.site_name }}" in text and "`code`" in text and "_مائل_" in text
    assert "<b>غامق</b> &amp;" in text  # an entity in the source is shown, not decoded
    assert POST_EDIT in text  # people's English is escaped too
    assert "<script>" in page.locator("h1.corpus-title").inner_text()
    content = page.locator(".md-content")
    for selector in ("script", "img", "iframe", "b", "a[href^='javascript']", ".corpus-text h1"):
        assert content.locator(selector).count() == 0, selector
    for block in (".corpus-source", ".corpus-english", "h1.corpus-title"):
        # Scraped text and people's English hold no element at all, only text.
        assert content.locator(f"{block} *").count() == 0, block
    # The audit of removed lines holds hostile boilerplate; open it and look.
    page.locator("details.corpus-audit summary").click()
    audit = page.locator("details.corpus-audit").inner_text()
    assert "<script>window.__pwned=3</script>" in audit
    assert '<iframe src="javascript:alert(4)"></iframe>' in audit
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.dialogs == []
    assert page.errors == []


def test_search_finds_an_arabic_word_of_the_article(page):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "article-page.png"), full_page=True)
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(ARABIC_WORD)
    box.press("End")  # Material reads the query on key events; fill() alone sends none
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=15_000)
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    assert any(f"/generated/articles/{HOSTILE_ID}/" in href for href in hrefs), hrefs
    assert ARABIC_WORD in page.locator(".md-search-result").inner_text()
    page.screenshot(path=str(ARTIFACTS / "article-search.png"))
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.dialogs == [] and page.errors == []
