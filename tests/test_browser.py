"""The built site in a real browser: headless Debian Chromium driven by Playwright.

The site (see site_fixture.py: seeds plus a hostile page) is served on 127.0.0.1 by a
stdlib HTTP server. On the hostile Arabic article page the test checks text direction, that
Material's search (a web worker over search/search_index.json) finds an Arabic word of the
article's headline, that the page's ``<script>``s, event handlers and links stay text and
never run, and that the console stays clean. Home, the articles index and one of its months,
an Arabic article and the overview are opened at 1366 px and 390 px: coverage banner and its
contrast, lang="ar" on every element holding Arabic, nothing wider than the screen,
axe-core, no request leaving 127.0.0.1; screenshots go to test-artifacts/. The overview's
charts load, and their labels (Arabic ones right to left) fit beside the bars. Every link of
the site and every path of the served datapackage.json is fetched.

Playwright's own browser download is never used: the system ``chromium`` is. Without it the
test is skipped, except on CI (``CI=true``), where that is a failure.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import tempfile
import threading
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from site_fixture import HOSTILE_ID, POST_EDIT, UNTRANSLATED, shared_site

from pipeline import ROOT, charts, docs

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
ARTIFACTS = ROOT / "test-artifacts"
#: A word of the hostile article's headline that no other page of the test site contains
#: (the search index holds each article's headline and byline, not its text).
ARABIC_WORD = "نادرة"


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


# ---------------------------------------------------------------------------- readers' pages

#: axe-core from the npm registry, installed at test time into a cache folder (never a CDN).
AXE_VERSION = "4.10.3"
AXE_CACHE = Path(os.environ.get("CORPUS_TEST_CACHE",
                                Path.home() / ".cache" / "corpus-site-tests"))
WIDTHS = (1366, 390)
#: Home, the articles index and a month of it (that of the untranslated article, see
#: :func:`reader_url`), an Arabic article and the overview, by screenshot name.
READER_PAGES = {"home": "/", "index": "/generated/articles/", "month": None,
                "arabic-article": f"/generated/articles/{UNTRANSLATED}/",
                "overview": "/generated/overview/"}
RTL_LANGUAGES = ["ar", "fa", "ur", "ps", "ckb", "sd", "ug"]
#: Elements that hold Arabic letters outside an element in an Arabic-script language.
ARABIC_OUTSIDE_LANG = """(root) => {
  const arabic = /[\\u0600-\\u06ff\\u0750-\\u077f\\u08a0-\\u08ff\\ufb50-\\ufdff\\ufe70-\\ufeff]/;
  const rtl = RTL;
  const found = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!arabic.test(node.nodeValue) || element.closest("script, style")) continue;
    const owner = element.closest("[lang]");
    if (!owner || !rtl.includes(owner.getAttribute("lang").split("-")[0]))
      found.push(element.outerHTML.slice(0, 160));
  }
  return found;
}""".replace("RTL", json.dumps(RTL_LANGUAGES))
CONTRAST = """(element) => {
  const rgb = (text) => text.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const luminance = (c) => {
    const [r, g, b] = c.map((v) => { v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const style = getComputedStyle(element);
  const [fg, bg] = [luminance(rgb(style.color)), luminance(rgb(style.backgroundColor))];
  return { ratio: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05),
           color: style.color, background: style.backgroundColor };
}"""


def reader_url(name: str, site_root: Path) -> str:
    if READER_PAGES[name] is not None:
        return READER_PAGES[name]
    months = docs.article_months(docs.load(site_root).corpus().summaries)
    month = next(m for m in months if any(a["id"] == UNTRANSLATED for a in m.articles))
    return f"/generated/articles/{docs.MONTHS}/{month.slug}/"


def axe(cache: Path = AXE_CACHE) -> Path:
    """``axe.min.js`` of :data:`AXE_VERSION`, installed by npm on first use into its own
    folder under ``cache``: installed aside, then renamed into place, so that an install cut
    short is never taken for one. No npm, or an install that fails, skips the test, or on CI
    fails it, saying why."""
    folder = cache / f"axe-core-{AXE_VERSION}"
    script = folder / "node_modules" / "axe-core" / "axe.min.js"
    if script.is_file():
        return script
    npm = shutil.which("npm")
    if npm is None:
        _unavailable("npm not found: axe-core cannot be installed (apt-get install npm)")
    cache.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".axe-core-", dir=cache))
    try:
        try:
            result = subprocess.run(
                [npm, "install", "--prefix", str(staging), "--no-audit", "--no-fund",
                 "--ignore-scripts", "--no-package-lock", f"axe-core@{AXE_VERSION}"],
                capture_output=True, text=True, timeout=300, check=False)
        except subprocess.TimeoutExpired:
            _unavailable(f"npm install axe-core@{AXE_VERSION} took over 300 s")
        installed = staging / "node_modules" / "axe-core"
        if result.returncode != 0 or not (installed / "axe.min.js").is_file():
            reason = (result.stderr.strip().splitlines() or ["no axe.min.js"])[-1]
            _unavailable(f"npm could not install axe-core@{AXE_VERSION}: {reason}")
        version = json.loads((installed / "package.json").read_text("utf-8"))["version"]
        assert version == AXE_VERSION, f"npm installed axe-core {version}, not {AXE_VERSION}"
        if not script.is_file():  # another run may have installed it meanwhile
            shutil.rmtree(folder, ignore_errors=True)
            staging.rename(folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return script


@pytest.fixture(scope="module")
def axe_script() -> Path:
    return axe()


def test_without_npm_the_accessibility_check_fails_on_ci(monkeypatch, tmp_path):
    monkeypatch.setattr(shutil, "which", lambda name, *args, **kwargs: None)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="npm not found"):
        axe(tmp_path)
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception, match="npm not found"):
        axe(tmp_path)


def _open(browser, server, url: str, width: int, *, javascript: bool = True):
    context = browser.new_context(viewport={"width": width, "height": 900},
                                  java_script_enabled=javascript)
    page = context.new_page()
    page.requests = []
    page.on("request", lambda request: page.requests.append(request.url))
    page.goto(server + url, wait_until="networkidle")
    return context, page


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", list(READER_PAGES))
def test_reader_pages(browser, server, axe_script, name, width, tmp_path_factory):
    url = reader_url(name, shared_site(tmp_path_factory).root)
    context, page = _open(browser, server, url, width)
    try:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
        # The coverage banner (the test corpus has sentences without English).
        banner = page.locator(".corpus-banner")
        assert banner.count() == 1 and banner.is_visible()
        contrast = banner.evaluate(CONTRAST)
        assert contrast["ratio"] >= 4.5, contrast
        assert page.evaluate(ARABIC_OUTSIDE_LANG, page.locator("body").element_handle()) == []
        # Nothing wider than the screen: no column hidden behind a scroll bar.
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        page.add_script_tag(path=str(axe_script))
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        # Material's search dialog input has no label of its own (a theme issue).
        violations = [(v["id"], [n["target"] for n in v["nodes"]])
                      for v in result["violations"]
                      if not all("md-search" in " ".join(n["target"]) for n in v["nodes"])]
        assert violations == [], json.dumps(violations)
        assert [url for url in page.requests if not url.startswith(server)] == []
    finally:
        context.close()


def test_data_pages_mark_arabic_without_javascript(browser, server, tmp_path_factory):
    """The generated pages carry lang themselves; the script only marks the theme's text."""
    for name in READER_PAGES:
        url = reader_url(name, shared_site(tmp_path_factory).root)
        context, page = _open(browser, server, url, WIDTHS[0], javascript=False)
        try:
            content = page.locator(".md-content").element_handle()
            assert page.evaluate(ARABIC_OUTSIDE_LANG, content) == [], url
        finally:
            context.close()


#: Each chart label's box, the x it is anchored at, its direction and the x at which each
#: of its characters starts (in the order they are stored).
LABEL_BOXES = """() => [...document.querySelectorAll("text.label")].map((t) => {
  const box = t.getBBox();
  const starts = [...Array(t.getNumberOfChars()).keys()].map((i) => t.getStartPositionOfChar(i).x);
  return { text: t.textContent, left: box.x, right: box.x + box.width,
           anchor: t.x.baseVal[0].value, rtl: getComputedStyle(t).direction === "rtl", starts };
})"""
#: Outlet names written for this test: Arabic, one of them longer than a label is given.
ARABIC_OUTLETS = ("صحيفة الأخبار المسائية",
                  "الشبكة العربية المستقلة للأخبار والتحليلات السياسية اليومية")


def test_charts_load_and_their_labels_fit_and_read_right_to_left(browser, server, tmp_path,
                                                                 tmp_path_factory):
    """The overview's charts load as images. Opened alone, every label (the site's, and
    those of a chart of Arabic outlet names) ends where the bars begin, is not cut at the
    left edge, and an Arabic one runs right to left, its first letter rightmost."""
    folder = shared_site(tmp_path_factory).site_dir / "generated" / docs.CHARTS
    names = sorted(path.name for path in folder.glob("*.svg"))
    context, page = _open(browser, server, READER_PAGES["overview"], WIDTHS[0])
    try:
        loaded = page.evaluate("[...document.querySelectorAll('.corpus-chart img')]"
                               ".map((image) => [image.complete, image.naturalWidth])")
        assert len(loaded) == len(names) == 4 and all(done and width > 0
                                                      for done, width in loaded), loaded
        ARTIFACTS.mkdir(exist_ok=True)
        page.locator(".corpus-chart").first.screenshot(path=str(ARTIFACTS / "chart.png"))
        made = tmp_path / "arabic-outlets.svg"
        made.write_bytes(charts.svg(charts.articles_by_outlet(
            [(ARABIC_OUTLETS[0], "ar"), (ARABIC_OUTLETS[1], "ar"), ("An English outlet", "en")],
            {"ar": "Arabic", "en": "English"})))
        boxes = []
        for url in [f"{server}/generated/{docs.CHARTS}/{name}" for name in names] + [made.as_uri()]:
            page.goto(url)
            boxes += page.evaluate(LABEL_BOXES)
        page.screenshot(path=str(ARTIFACTS / "chart-arabic-outlets.png"))
        for box in boxes:
            assert 0 <= box["left"] and box["right"] <= box["anchor"] + 1, box
        rtl = [box for box in boxes if box["rtl"]]
        assert len(rtl) >= len(ARABIC_OUTLETS), boxes
        for box in rtl:
            assert box["starts"] == sorted(box["starts"], reverse=True), box
            assert box["starts"][0] > box["starts"][-1] and box["right"] > box["anchor"] - 1, box
    finally:
        context.close()


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value and tag in ("a", "link", "img", "script"):
                self.urls.append(value)


def test_every_link_and_package_path_resolves(server, tmp_path_factory):
    site = shared_site(tmp_path_factory)
    checked, broken = set(), []
    for html_file in sorted(site.site_dir.rglob("*.html")):
        page_url = f"{server}/{html_file.relative_to(site.site_dir).as_posix()}"
        parser = _Links()
        parser.feed(html_file.read_text(encoding="utf-8"))
        for link in parser.urls:
            target = urllib.parse.urljoin(page_url, link).split("#", 1)[0]
            if target.startswith(server) and target not in checked:
                checked.add(target)
                try:
                    urllib.request.urlopen(target, timeout=10).close()
                except OSError as error:
                    broken.append((html_file.name, link, str(error)))
    served = f"{server}/generated/files/"
    meta = json.loads(urllib.request.urlopen(served + "datapackage.json", timeout=10).read())
    paths = [r["path"] for r in meta["resources"]]
    paths += [r["recordSchema"] for r in meta["resources"] if "recordSchema" in r]
    paths += [item["path"] for item in meta["licenses"] if "://" not in item["path"]]
    for path in paths:
        try:
            urllib.request.urlopen(served + path, timeout=10).close()
        except OSError as error:
            broken.append(("datapackage.json", path, str(error)))
    assert broken == [] and len(checked) >= 40
