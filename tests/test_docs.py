"""Docs stage: generated pages tell the truth about the package and render scraped text inert.

Most tests look at the site built by the real stages in site_fixture.py (seeds plus a
hostile page); the figures test also runs on the repository's own package when it exists.
"""

from __future__ import annotations

import csv
import html
import importlib.util
import json
import os
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from site_fixture import (
    ADDED,
    HOSTILE_ID,
    HOSTILE_OUTLET,
    POST_EDIT,
    SECOND_ADDED,
    add_source_and_rebuild,
    copy_project,
    descriptor,
    shared_site,
)
from test_charts import check_bars

from pipeline import (
    PACKAGE_DIR,
    ROOT,
    cache,
    charts,
    docs,
    markup,
    package,
    release,
    schemas,
    website,
    ziparchive,
)
from pipeline.errors import PipelineError
from pipeline.fileio import link_file, sha256_bytes

EXTENSIONS = ["tables", "attr_list", "md_in_html", "admonition", "fenced_code", "toc",
              "pymdownx.details"]
HOSTILE_STRINGS = ["<script>window.__pwned=1;alert(1)</script>",
                   '<img src=x onerror="window.__pwned=2">',
                   "<script>window.__pwned=3</script>", '<iframe src="javascript:alert(4)">',
                   "<script>window.__pwned=6</script>", "<script>window.__pwned=7</script>",
                   "<b>Outlet</b>", "<b>غامق</b>"]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return shared_site(tmp_path_factory)


def _figures_on_page(text: str) -> dict[str, str]:
    return {name: html.unescape(value)
            for name, value in re.findall(r'data-figure="([^"]+)">([^<]*)<', text)}


def _csv(root: Path, name: str) -> list[dict]:
    with open(root / PACKAGE_DIR / "data" / f"{name}.csv", encoding="utf-8",
              newline="") as handle:
        return list(csv.DictReader(handle))


def _expected_figures(root: Path) -> dict[str, str]:
    """The overview's figures, computed from the files with the csv module alone."""
    import frictionless

    meta = json.loads((root / package.DESCRIPTOR_PATH).read_text(encoding="utf-8"))
    articles, sentences = _csv(root, "articles"), _csv(root, "sentences")
    dates = sorted(row["published_date"] for row in articles if row["published_date"])
    need = [row for row in sentences if row["translation_status"] != "original"]
    done = [row for row in need if row["english"] != ""]
    found = {
        "version": meta["version"], "created": meta["created"],
        "articles": len(articles), "paragraphs": len(_csv(root, "paragraphs")),
        "sentences": len(sentences), "sources": len(_csv(root, "sources")),
        "outlets": len({row["outlet"] for row in articles if row["outlet"]}),
        "articles_without_outlet": sum(row["outlet"] == "" for row in articles),
        "published_first": dates[0] if dates else "", "published_last": dates[-1] if dates
        else "", "published_unknown": len(articles) - len(dates),
        "to_translate": len(need), "translated": len(done),
        "untranslated": len(need) - len(done),
        "coverage": f"{100 * len(done) / len(need):.1f}%" if need else "100.0%",
        "flagged": sum(row["quality_flags"] not in ("", "[]") for row in need),
        "validation": "valid" if frictionless.validate(str(root / package.DESCRIPTOR_PATH)).valid
        else "invalid",
    }
    for prefix, rows, column in (("article_language", articles, "language"),
                                 ("sentence_language", sentences, "language"),
                                 ("status", sentences, "translation_status")):
        found |= {f"{prefix}.{k}": v for k, v in Counter(r[column] for r in rows).items()}
    return {key: str(value) for key, value in found.items()}


# ---------------------------------------------------------------------------- escaping

_TEXT = st.lists(st.sampled_from(
    list("abz AZ09") + list("\\`*_{}[]()#+-.!|<>&\"';:~=^$/@%?,") + list("حماس دمشق،؛؟")
    + ["&amp;", "&#60;", "<script>", "</div>", "**", "[x](javascript:alert(1))", "{{ x }}",
       "{: .x}", "!!! note", "??? note", "---", "1. ", "> ", "    ", "\n", "\t"]),
    max_size=40).map(lambda parts: "".join(parts))


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_md_text_renders_as_exactly_the_text(value):
    rendered = markdown.markdown(f"x {docs.md_text(value)} x", extensions=EXTENSIONS)
    assert rendered.startswith("<p>") and rendered.endswith("</p>")
    inner = rendered[3:-4]
    assert "<" not in inner  # no element, not even a line break
    # Same text; whitespace may differ (tabs expand), as HTML collapses it anyway.
    assert html.unescape(inner).split() == f"x {value} x".split()


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_raw_html_blocks_keep_scraped_text_literal(value):
    article = {"id": "a", "language": "ar", "body": [
        {"id": "a-p000", "index": 0, "kind": "paragraph", "language": "ar", "text": value}]}
    sentence = {"id": "a-p000-s00", "paragraph_id": "a-p000", "language": "ar", "text": value,
                "english": value, "translation_status": "machine", "translation_model": "m",
                "translation_model_version": "1", "quality_flags": [], "stale_post_edit": None}
    rendered = markdown.markdown(docs.text_blocks(article, [sentence]), extensions=EXTENSIONS)
    for block in re.findall(r'<div class="corpus-(?:source|english)"[^>]*>(.*?)</div>',
                            rendered, re.S):
        assert "<" not in block
        assert html.unescape(block).split() == markup._CONTROL.sub("\ufffd", value).split()


def test_changelog_page_shows_scraped_titles_literally():
    text = ("# Changelog\n\n## 1.1.0 — 2024-05-01\n\n### Articles added\n\n"
            "- `900_x` <script>alert(1)</script> [x](javascript:alert(1)) **b** {{ y }}\n")
    rendered = markdown.markdown(docs.changelog_page(text), extensions=EXTENSIONS)
    assert "<script>" not in rendered and "<a " not in rendered and "<strong>" not in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert "<code>900_x</code>" in rendered and "<h2" in rendered and "<li>" in rendered


def test_built_pages_hold_no_hostile_markup(site):
    checked = 0
    for page in site.site_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for hostile in HOSTILE_STRINGS:
            assert hostile not in text, (page, hostile)
        assert 'href="javascript:' not in text, page
        checked += HOSTILE_ID in str(page) or "overview" in str(page)
    assert checked >= 2
    article = site.page("generated", "articles", HOSTILE_ID).read_text(encoding="utf-8")
    assert html.escape(HOSTILE_STRINGS[0]) in article
    assert html.escape(POST_EDIT) in article
    assert html.escape(HOSTILE_OUTLET) in article
    # The headline is the page's title: escaped in <title>, the header and the navigation,
    # whose templates do not escape it.
    title = next(a["title"] for a in json.loads((site.root / PACKAGE_DIR / "data/articles.json")
                                                .read_text("utf-8")) if a["id"] == HOSTILE_ID)
    assert f"<title>{html.escape(title)} - " in article
    assert article.count(html.escape(title)) >= 3  # <title>, header, h1 (and navigation)
    index = json.loads((site.site_dir / "search" / "search_index.json").read_text("utf-8"))
    indexed = "\n".join(doc["title"] + doc["text"] for doc in index["docs"])
    assert html.escape(HOSTILE_STRINGS[0], quote=False) in indexed
    for hostile in HOSTILE_STRINGS:
        assert hostile not in indexed, hostile


def test_mkdocs_build_is_strict_and_warning_free(site):
    assert "WARNING" not in site.build_log and "ERROR" not in site.build_log
    config = (site.root / "mkdocs.yml").read_text(encoding="utf-8")
    assert "strict: true" in config and "lang: [en, ar]" in config


def test_arabic_headings_get_unicode_slugs(site):
    article = site.page("generated", "articles", HOSTILE_ID).read_text(encoding="utf-8")
    assert 'id="text-النص"' in article and 'id="removed-lines-الأسطر-المحذوفة"' in article


# ---------------------------------------------------------------------------- truthfulness


def test_overview_figures_equal_those_computed_from_the_package(site):
    page = site.page("generated", "overview").read_text(encoding="utf-8")
    shown = _figures_on_page(page)
    assert shown == _expected_figures(site.root)
    # The stale post-edit is not a status: its sentence publishes fresh machine English.
    assert shown["status.post-edited"] == "1" and "status.stale" not in shown
    assert shown["article_language.ar"] == "2" and shown["article_language.en"] == "1"


@pytest.mark.skipif(not (ROOT / package.DESCRIPTOR_PATH).exists(), reason="no package built yet")
def test_overview_figures_of_the_repository_package(tmp_path):
    docs.run(root=ROOT, out_dir=tmp_path / "generated")
    shown = _figures_on_page((tmp_path / "generated" / "overview.md").read_text("utf-8"))
    assert shown == _expected_figures(ROOT)


def test_article_page_shows_metadata_pairs_provenance_and_audit(site):
    root = site.root
    record = next(a for a in json.loads((root / PACKAGE_DIR / "data/articles.json")
                                        .read_text("utf-8"))
                  if a["id"] == HOSTILE_ID)
    rows = [r for r in _csv(root, "sentences") if r["article_id"] == HOSTILE_ID]
    page = (root / "docs" / "generated" / "articles" / f"{HOSTILE_ID}.md").read_text("utf-8")
    assert record["source_sha256"] in page and record["source_file"] in page
    assert html.escape(record["published"]["original"]) in page
    pairs = {re.search(r'id="([^"]+)"', chunk).group(1): chunk
             for chunk in page.split('<div class="corpus-pair')[1:]}
    for row in rows:
        pair = pairs[row["id"]]
        assert f'lang="ar" dir="rtl">{html.escape(row["text"])}</div>' in pair
        assert 'class="corpus-target" lang="en" dir="ltr"' in pair
        assert f"corpus-status--{row['translation_status']}" in pair
        assert f"<code>{row['translation_model']}</code>" in pair
        assert f"<code>{row['translation_model_version']}</code>" in pair
        for flag in json.loads(row["quality_flags"] or "[]"):
            assert f"⚑ {flag}" in pair
    stale = [row for row in rows if row["stale_post_edit"]]
    assert len(stale) == page.count("STALE post-edit") == 1
    assert html.escape(stale[0]["stale_post_edit"]) in pairs[stale[0]["id"]]
    for line in record["removed"]:
        assert f"<code>{line['reason']}</code>" in page and html.escape(line["text"]) in page


def test_data_dictionary_covers_every_resource_field_and_schema(site):
    page = site.page("generated", "data-dictionary").read_text("utf-8")
    for resource in descriptor(site.root)["resources"]:
        assert f'id="resource-{resource["name"]}"' in page
        if resource["format"] == "csv":
            with open(site.root / PACKAGE_DIR / resource["path"], encoding="utf-8",
                      newline="") as handle:
                header = next(csv.reader(handle))
            for column in header:
                assert f"<code>{column}</code>" in page, column
            for field in resource["schema"]["fields"]:
                assert html.escape(field["description"]) in page
    for name in schemas.names():
        assert f'id="schema-{name}"' in page
        for field in schemas.fields(name):
            assert f"<code>{field}</code>" in page or f"<code>{field}." in page, (name, field)


def test_downloads_list_every_file_with_its_bytes_and_sha256(site):
    page = (site.root / "docs" / "generated" / "downloads.md").read_text("utf-8")
    meta = descriptor(site.root)
    paths = ["datapackage.json", *(r["path"] for r in meta["resources"]), "README.md",
             "LICENSE", "LICENSE-DATA.md", "CHANGELOG.md",
             *(f"schemas/{name}.schema.json" for name in schemas.names())]
    served = site.site_dir / "generated" / docs.DOWNLOADS
    for path in paths:
        folder = (ROOT if path.startswith("schemas/") else site.root
                  if path in release.DOCUMENTS else site.root / PACKAGE_DIR)
        data = (folder / path).read_bytes()
        assert f"<td>{len(data)}</td><td><code>{sha256_bytes(data)}</code></td>" in page, path
        assert (served / path).read_bytes() == data, path
    assert "pd.read_csv" in page and "read.csv" in page and "Package(" in page
    assert "No release has been made yet" in page  # the temporary project has no releases


def served_package_paths(site_dir: Path) -> list[str]:
    """Every path the served datapackage.json names, each checked to resolve in the site."""
    served = site_dir / "generated" / docs.DOWNLOADS
    meta = json.loads((served / "datapackage.json").read_text("utf-8"))
    paths = [r["path"] for r in meta["resources"]]
    paths += [r["recordSchema"] for r in meta["resources"] if "recordSchema" in r]
    paths += [item["path"] for item in meta["licenses"] if "://" not in item["path"]]
    assert "LICENSE-DATA.md" in paths and any(p.startswith("schemas/") for p in paths)
    for path in paths:
        assert (served / path).is_file(), path
    return paths


def test_the_served_package_is_whole_and_its_paths_resolve(site):
    served = site.site_dir / "generated" / docs.DOWNLOADS
    meta = json.loads((served / "datapackage.json").read_text("utf-8"))
    paths = served_package_paths(site.site_dir)
    # One archive holds everything: here the build on the site, marked unreleased.
    import io
    import zipfile

    name = f"{package.NAME}-{meta['version']}-unreleased.zip"
    with zipfile.ZipFile(io.BytesIO((served / name).read_bytes())) as archive:
        inside = {n.split("/", 1)[1]: archive.read(n) for n in archive.namelist()}
    for path in ["datapackage.json", *paths]:
        assert inside[path] == (served / path).read_bytes(), path
    assert "unreleased build" in (site.root / "docs/generated/downloads.md").read_text("utf-8")


def test_citation_names_the_project_the_version_and_the_site(site):
    import yaml

    served = site.site_dir / "generated" / docs.DOWNLOADS / docs.CITATION
    cff = yaml.safe_load(served.read_text("utf-8"))
    meta = descriptor(site.root)
    assert cff["version"] == meta["version"] and cff["url"] == docs.site_url()
    assert cff["title"] == meta["title"] and cff["license"] == "CC-BY-4.0"
    authors = docs.citation_authors((ROOT / docs.CITATION).read_text("utf-8"))
    assert authors and all(name and "maintainers" not in name.lower() for name in authors)
    overview = site.page("generated", "overview").read_text("utf-8")
    bib = html.unescape(re.search(r"<pre><code>(@dataset.*?)</code></pre>", overview,
                                  re.S).group(1))
    assert f"url       = {{{docs.site_url()}}}" in bib and "CC-BY-4.0" in bib
    assert f"version   = {{{meta['version']}}}" in bib and f"{{{authors[0]}}}" in bib
    sitemap = (site.site_dir / "sitemap.xml").read_text("utf-8")
    assert f"<loc>{docs.site_url()}generated/overview/</loc>" in sitemap


def test_the_package_the_data_licence_and_the_citation_name_the_same_authors(site):
    authors = docs.citation_authors((ROOT / docs.CITATION).read_text("utf-8"))
    meta = descriptor(site.root)
    assert [c["title"] for c in meta["contributors"] if c["role"] == "author"] == authors
    licence = " ".join((ROOT / "LICENSE-DATA.md").read_text("utf-8").split())
    assert f'Attribute them to "{" and ".join(authors)}"' in licence


def test_pages_refuse_a_package_built_from_other_schemas(site, tmp_path):
    meta = descriptor(site.root)
    meta["resources"][0]["schema"]["fields"][0]["description"] = "edited by hand"
    assert [p.code for p in docs.check_dictionary_sources(meta)] == ["package-stale"]
    assert docs.check_dictionary_sources(descriptor(site.root)) == []


def test_a_file_that_does_not_match_the_descriptor_is_refused(site, tmp_path):
    import shutil

    root = tmp_path / "copy"
    shutil.copytree(site.root / PACKAGE_DIR, root / PACKAGE_DIR)
    with open(root / PACKAGE_DIR / "data" / "sources.csv", "a", encoding="utf-8") as handle:
        handle.write("\n")
    with pytest.raises(PipelineError) as caught:
        docs.load(root)
    assert [(p.code, p.file) for p in caught.value.problems] == [
        ("package-inconsistent", f"{PACKAGE_DIR}/data/sources.csv")]


# ---------------------------------------------------------------------------- writing


def test_regeneration_is_deterministic_and_removes_stale_pages(site, tmp_path):
    generated = site.root / "docs" / "generated"
    before = {p.relative_to(generated): p.read_bytes() for p in generated.rglob("*")
              if p.is_file()}
    (generated / "articles" / "999_gone.md").write_text("# gone\n", encoding="utf-8")
    summary = docs.run(root=site.root)
    after = {p.relative_to(generated): p.read_bytes() for p in generated.rglob("*")
             if p.is_file()}
    assert after == before
    assert summary["written"] == 0 and summary["deleted"] == 1
    other = tmp_path / "again"
    docs.run(root=site.root, out_dir=other)
    assert {p.relative_to(other): p.read_bytes() for p in other.rglob("*") if p.is_file()} \
        == before


def test_refuses_to_overwrite_a_folder_it_did_not_generate(site, tmp_path):
    (tmp_path / "index.md").write_text("# hand-written\n", encoding="utf-8")
    with pytest.raises(PipelineError) as caught:
        docs.run(root=site.root, out_dir=tmp_path)
    assert caught.value.problems[0].code == "not-generated"
    assert (tmp_path / "index.md").read_text(encoding="utf-8") == "# hand-written\n"


def test_no_package_is_a_clear_error(tmp_path):
    with pytest.raises(PipelineError) as caught:
        docs.run(root=tmp_path)
    assert caught.value.problems[0].code == "package-missing"


def test_downloads_offer_the_release_archive_pinned_by_its_record(site, tmp_path):
    archive = b"PK\x05\x06" + bytes(18)  # an empty zip: any bytes will do for the listing
    (tmp_path / "releases").mkdir()
    (tmp_path / "dist").mkdir()
    pkg = docs.load(site.root)
    record = {"version": pkg.descriptor["version"], "created": "2024-05-01T12:00:00Z",
              "archive": f"hamas-syria-relations-{pkg.descriptor['version']}.zip",
              "archive_sha256": sha256_bytes(archive), "snapshot": {}}
    (tmp_path / "releases" / "1.0.0.json").write_text(json.dumps(record), encoding="utf-8")
    assert docs.release_facts(tmp_path)["data"] is None  # record without the file
    (tmp_path / "dist" / record["archive"]).write_bytes(archive)
    latest = docs.release_facts(tmp_path)
    members = {"datapackage.json": pkg.files["datapackage.json"]}
    archives = docs.site_archives(latest, pkg.descriptor, members)
    assert [(a["name"], a["released"]) for a in archives] == [(record["archive"], True)]
    page = docs.downloads_page(pkg, latest, members, archives, "")
    assert f'href="../{docs.DOWNLOADS}/{record["archive"]}"' in page
    assert f"<td>{len(archive)}</td>" in page and record["archive_sha256"] in page
    files = docs.pages(pkg, [], members, latest, (ROOT / docs.CITATION).read_text("utf-8"))
    assert files[f"{docs.DOWNLOADS}/{record['archive']}"] == archive
    assert "offers the release archive" in files[docs.HOME].decode("utf-8")
    # A later package version: the release archive and the unreleased build side by side.
    newer = dict(pkg.descriptor, version="1.1.0-dev")
    assert [a["released"] for a in docs.site_archives(latest, newer, members)] == [True, False]
    # A file in dist/ that is not the released one is never offered.
    (tmp_path / "dist" / record["archive"]).write_bytes(archive + b"x")
    assert docs.release_facts(tmp_path)["data"] is None


def test_changelog_written_with_escapes_is_shown_as_written():
    # release.py writes titles with md_text; the page must not escape them a second time.
    title = "“بشار الأسد” (فيديو): 1.2 <b>"
    text = f"# Changelog\n\n## 1.1.0 — 2024-05-01\n\n- `005_x` {docs.md_text(title)}\n"
    rendered = markdown.markdown(docs.changelog_page(text), extensions=EXTENSIONS)
    item = re.search(r"<li>(.*?)</li>", rendered).group(1)
    assert html.unescape(item) == f"<code>005_x</code> {title}"
    assert "\\" not in item


# ---------------------------------------------------------------------------- site for readers


def test_home_page_claims_come_from_the_package(site):
    home = site.page().read_text("utf-8")
    shown = _figures_on_page(home)
    expected = _expected_figures(site.root)
    assert shown and {key: expected[key] for key in shown} == shown
    assert {"version", "coverage", "translated", "to_translate", "articles"} <= set(shown)
    # No release in the temporary project: the home page says so, and offers the build.
    assert "(not released)" in home and "-unreleased.zip" in home
    banner = re.search(r'<div class="corpus-banner"[^>]*>(.*?)</div>', home, re.S)
    assert (banner is not None) == (expected["untranslated"] != "0")


def test_coverage_banner_only_when_english_is_missing():
    numbers = {"to_translate": 3, "untranslated": 0, "coverage": "100.0%"}
    assert docs.coverage_banner(numbers) == ""
    text = docs.coverage_banner(dict(numbers, untranslated=2, coverage="33.3%"))
    assert "missing for" in text and 'data-figure="untranslated">2<' in text
    assert "data-search-exclude" in text


def test_charts_are_deterministic_and_say_what_they_draw(site):
    pkg = docs.load(site.root)
    numbers = docs.figures(pkg.corpus(), [])
    found = docs.corpus_charts(pkg.corpus(), numbers)
    assert set(found) == {"articles-by-date", "articles-by-outlet", "sentences-by-status",
                          "removed-by-reason"}
    for name, chart in found.items():
        first, second = charts.svg(chart), charts.svg(chart)
        assert first == second and first.startswith(b"<?xml")
        check_bars(chart, ET.fromstring(first))  # the bars are the chart's counts
        served = site.site_dir / "generated" / docs.CHARTS / f"{name}.svg"
        assert served.read_bytes() == first
    status = found["sentences-by-status"]
    assert dict(status.rows) == {k.split(".", 1)[1]: v for k, v in numbers.items()
                                 if k.startswith("status.")}
    removed = sum(len(a["removed"]) for a in pkg.articles)
    assert sum(row[1] for row in found["removed-by-reason"].rows) == removed
    dated = sum(1 for a in pkg.articles if a["published"]["date"])
    assert sum(row[1] for row in found["articles-by-date"].rows) == dated
    assert found["articles-by-date"].headers[0] == "Month"  # the fixture spans one month
    overview = site.page("generated", "overview").read_text("utf-8")
    for chart in found.values():
        assert f'alt="{html.escape(chart.alt)}"' in overview


def _links(page: str) -> list[str]:
    return re.findall(r'<a href="([^"]+)"', page)


def test_articles_are_reached_through_the_index_by_month_not_the_navigation(site):
    config = json.loads((site.root / "docs" / "generated" / docs.SITE_CONFIG).read_text("utf-8"))
    assert config == {"site_url": docs.site_url()}
    pkg = docs.load(site.root)
    months = docs.article_months(pkg.corpus().summaries)
    index = site.page("generated", "articles").read_text("utf-8")
    listed = []
    for month in months:
        assert f'<a href="by-month/{month.slug}/">{html.escape(month.label)}</a>' in index
        page = site.page("generated", "articles", "by-month", month.slug).read_text("utf-8")
        for article in month.articles:
            link = f'<a href="../../{article["id"]}/" {docs.lang_attrs(article["language"])}>'
            assert link + docs.article_title(article) + "</a>" in page
            listed.append(article["id"])
    assert sorted(listed) == [a["id"] for a in pkg.articles]  # each article in one month
    # Previous/next on each article page, in the months' order; no article in the navigation.
    order = [a["id"] for month in months for a in month.articles]
    for number, article_id in enumerate(order):
        page = site.page("generated", "articles", article_id).read_text("utf-8")
        steps = re.search(r'<nav class="corpus-steps"[^>]*>(.*?)</nav>', page, re.S).group(1)
        expected = ([f"../{order[number - 1]}/"] if number else []) \
            + ([f"../{order[number + 1]}/"] if number + 1 < len(order) else [])
        assert [link for link in _links(steps) if "by-month" not in link][1:] == expected
        navigation = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>', page, re.S)
        assert not any(other in navigation.group(0) for other in order), article_id
        assert "md-nav__link--active" not in navigation.group(0)


def test_the_search_index_holds_headlines_and_bylines_not_texts(site):
    index = json.loads((site.site_dir / "search" / "search_index.json").read_text("utf-8"))
    pkg = docs.load(site.root)
    for article in pkg.articles:
        url = f"generated/articles/{article['id']}/"
        entries = [doc for doc in index["docs"] if doc["location"].split("#")[0] == url]
        assert [doc["location"] for doc in entries] == [url]  # the headline's section only
        assert entries[0]["title"] == html.escape(article["title"], quote=False)
        if article["outlet"]:
            assert html.escape(article["outlet"], quote=False) in entries[0]["text"]
        for sentence in pkg.article_sentences(article["id"])[1:]:
            assert html.escape(sentence["text"], quote=False) not in entries[0]["text"]


def test_sentence_ids_are_visible_anchor_links(site):
    page = site.page("generated", "articles", HOSTILE_ID).read_text("utf-8")
    pkg = docs.load(site.root)
    for sentence in pkg.article_sentences(HOSTILE_ID):
        sid = sentence["id"]
        assert f'id="{sid}"' in page and f'<a class="corpus-sid" href="#{sid}">{sid}</a>' in page
    english = next(a for a in pkg.articles if a["language"] == "en")
    text = site.page("generated", "articles", english["id"]).read_text("utf-8")
    assert "no translation needed" not in text and "corpus-pair--original" in text


def test_publication_dates_are_charted_by_year_over_three_years():
    close = charts.articles_by_date(["2022-01-05", "2024-12-01", None])
    assert close.headers[0] == "Month" and len(close.rows) == 2 and "1 of 3" in close.note
    wide = charts.articles_by_date(["2011-02-03", "2014-02-01", "2014-03-01"])
    assert wide.rows == (("2011", 1), ("2014", 2)) and wide.title.endswith("year of publication")


def test_evidence_table_when_the_record_has_it():
    article = {"title": "عنوان", "author": None, "published": {"original": "٢٠٢٢", "date": None},
               "evidence": {"title": {"line": 4, "rule": "headline-shape"}, "author": None,
                            "published": {"line": 6, "rule": "dateline"}}}
    table = docs.evidence_table(article)
    assert "Where each value came from" in table
    assert "<td>4</td><td><code>headline-shape</code></td>" in table
    assert "not found on the page" in table and 'lang="ar"' in table
    assert docs.evidence_table({"title": "x"}) == ""


def test_docs_reuse_the_package_stages_validation(site, monkeypatch, tmp_path):
    cache_dir = site.root / "build" / "cache"
    calls = []
    monkeypatch.setattr(docs.validate, "frictionless_problems",
                        lambda *args, **kwargs: calls.append(args) or [])
    # The package stage found this package valid: the docs stage does not check it again.
    assert docs.validate.check_package(site.root / PACKAGE_DIR, site.root,
                                       cache_dir=cache_dir) == []
    assert calls == []
    # Without the package stage's record, the package is checked here.
    assert docs.validate.check_package(site.root / PACKAGE_DIR, site.root,
                                       cache_dir=tmp_path) == []
    assert len(calls) == 1


def test_a_failing_site_build_leaves_the_previous_site(site, tmp_path):
    import shutil

    root = tmp_path / "project"
    shutil.copytree(site.root / "docs", root / "docs")
    shutil.copy(site.root / "mkdocs.yml", root / "mkdocs.yml")
    (root / "site").mkdir()
    (root / "site" / "index.html").write_text("previous", encoding="utf-8")
    (root / "docs" / "usage.md").write_text("[broken](missing-page.md)\n", encoding="utf-8")
    with pytest.raises(PipelineError) as caught:
        website.build(root)
    assert caught.value.problems[0].code == "site-build-failed"
    assert (root / "site" / "index.html").read_text(encoding="utf-8") == "previous"
    assert list(website.versions_dir(root / "site").iterdir()) == []


def test_two_site_builds_are_byte_identical(site, tmp_path):
    again = tmp_path / "again"
    website.build(site.root, site_dir=again)
    first = {p.relative_to(site.site_dir): p.read_bytes() for p in site.site_dir.rglob("*")
             if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [path for path in first if first[path] != second[path]] == []
    assert any(str(path).endswith(".svg") for path in first)


def test_zensical_builds_the_same_configuration_strictly(site):
    if importlib.util.find_spec("zensical") is None:
        pytest.skip("zensical is not installed (the 'zensical' extra)")
    built = site.root / "build" / "zensical-site"  # Zensical builds inside the project only
    website.build(site.root, site_dir=built, builder="zensical")
    assert (built / "generated" / "overview" / "index.html").is_file()
    assert (built / "generated" / "articles" / HOSTILE_ID / "index.html").is_file()
    # The package's Markdown documents are served as they are by both builders.
    for path in served_package_paths(built):
        assert (built / "generated" / docs.DOWNLOADS / path).read_bytes() \
            == (site.site_dir / "generated" / docs.DOWNLOADS / path).read_bytes(), path


# ---------------------------------------------------------------------------- incremental



def _children() -> set[int]:
    """The processes this one started that still run (or wait to be reaped)."""
    return {int(pid) for task in os.listdir("/proc/self/task")
            for pid in Path(f"/proc/self/task/{task}/children").read_text().split()}

def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*")
            if p.is_file()}


def _docs_inputs(site, root: Path) -> Path:
    """A project holding what the docs stage reads: the fixture's package and documents."""
    import shutil

    shutil.copytree(site.root / PACKAGE_DIR, root / PACKAGE_DIR)
    for name in [*release.DOCUMENTS, docs.CITATION]:
        shutil.copy(site.root / name, root / name)
    return root


def test_a_docs_run_with_nothing_changed_reads_draws_and_writes_nothing(site, tmp_path,
                                                                         monkeypatch):
    root = _docs_inputs(site, tmp_path / "project")
    first = docs.run(root=root)
    generated = root / "docs" / "generated"
    before = _tree(generated)

    def refuse(*args, **kwargs):
        raise AssertionError("made again though nothing changed")

    for module, name in ((docs, "load"), (charts, "svg"), (ziparchive, "build")):
        monkeypatch.setattr(module, name, refuse)
    again = docs.run(root=root)
    assert (again["changed"], again["written"], again["deleted"]) == (False, 0, 0)
    figures = ("files", "articles", "validation", "coverage")
    assert {k: again[k] for k in figures} == {k: first[k] for k in figures}
    assert _tree(generated) == before
    monkeypatch.undo()
    # An output edited by hand is not what the stage wrote: it is made again.
    (generated / "overview.md").write_text("edited\n", encoding="utf-8")
    assert docs.run(root=root)["written"] == 1 and _tree(generated) == before
    assert docs.run(root=root, force=True)["changed"] is True


def test_charts_and_archive_are_made_again_only_when_their_content_changed(site, tmp_path,
                                                                           monkeypatch):
    root = _docs_inputs(site, tmp_path / "project")
    docs.run(root=root)
    made = []
    svg, build_zip, article_page = charts.svg, ziparchive.build, docs.article_page
    monkeypatch.setattr(charts, "svg", lambda chart: made.append(chart.name) or svg(chart))
    monkeypatch.setattr(ziparchive, "build", lambda *args, **kwargs: made.append("archive")
                        or build_zip(*args, **kwargs))
    monkeypatch.setattr(docs, "article_page", lambda *args: made.append("article")
                        or article_page(*args))
    with open(root / docs.CITATION, "a", encoding="utf-8") as handle:
        handle.write("# A comment: the overview's citation changes, no chart, archive or "
                     "article page.\n")
    assert docs.run(root=root)["written"] >= 1 and made == []
    with open(root / "LICENSE-DATA.md", "a", encoding="utf-8") as handle:
        handle.write("\nA sentence added to the licence, which the archive holds.\n")
    assert docs.run(root=root)["written"] >= 2 and made == ["archive"]
    # What was reused is what would be made from scratch.
    fresh = tmp_path / "fresh"
    docs.run(root=root, out_dir=fresh, cache_dir=tmp_path / "no-cache")
    assert _tree(fresh) == _tree(root / "docs" / "generated")
    articles = len(docs.load(root).articles)
    assert made.count("article") == articles
    assert len(made) == 2 + len(list((fresh / docs.CHARTS).iterdir())) + articles


def _small_project(root: Path) -> Path:
    """A one-page MkDocs project (the builder's own theme): quick to build many times."""
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "index.md").write_text("# A small site\n\nFirst version.\n",
                                            encoding="utf-8")
    (root / "mkdocs.yml").write_text("site_name: A small site\ntheme:\n  name: mkdocs\n"
                                     "site_dir: !ENV [CORPUS_SITE_DIR, site]\n",
                                     encoding="utf-8")
    return root


def _shown(root: Path) -> str:
    return (root / "site" / "index.html").read_text(encoding="utf-8")


def test_the_site_is_built_again_only_when_its_inputs_changed(tmp_path, monkeypatch):
    root = _small_project(tmp_path / "project")
    (root / "site").mkdir()  # a site built before site/ became a link
    (root / "site" / "index.html").write_text("old layout", encoding="utf-8")
    assert website.build(root) is not None
    target = root / "site"
    assert target.is_symlink() and "First version." in _shown(root)
    first = target.resolve()
    assert first.stat().st_mode & 0o777 == 0o755  # a web server's user can read it
    # A copy of the first build is kept aside, as the base of the next: it is not copied
    # then. (A build left in site/ by an older version is removed.)
    spare = website.spare_build(target)
    assert spare is not None and spare.stat().st_mode & 0o777 == 0o755
    assert _tree(spare) == _tree(first)
    assert sorted(website.versions_dir(target).iterdir()) == sorted([first, spare])
    calls = []
    monkeypatch.setattr(website, "run_builder", lambda *args: calls.append(args))
    running = _children()  # (earlier tests' helpers may still run)
    assert website.build(root) is None and calls == []
    # MkDocs, started while the inputs were hashed (website.started_incremental), was not
    # needed: it is gone, not left waiting.
    assert _children() <= running
    monkeypatch.undo()
    (root / "docs" / "index.md").write_text("# A small site\n\nEdited.\n", encoding="utf-8")
    assert website.build(root) is not None and "Edited." in _shown(root)
    # The copy was brought up to date; the previous build is kept aside, as the base of
    # the next one.
    assert target.resolve() == spare
    assert sorted(website.versions_dir(target).iterdir()) == sorted([spare, first])
    assert website.spare_build(target) == first
    assert website.build(root, force=True) is not None and "Edited." in _shown(root)


@pytest.mark.parametrize("step", website.STEPS)
def test_a_site_build_killed_at_any_step_leaves_a_complete_site(tmp_path, step):
    import signal
    import subprocess

    root = _small_project(tmp_path / "project")
    website.build(root)
    (root / "docs" / "index.md").write_text("# A small site\n\nSecond version.\n",
                                            encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "site"], capture_output=True, text=True,
        timeout=300, check=False, env={**os.environ, "PIPELINE_ROOT": str(root),
                                       "PYTHONPATH": str(ROOT), website.KILL_AT_ENV: step})
    assert result.returncode == -signal.SIGKILL, result.stderr
    # Killed before the switch, the first site; after it, the second; never none or half.
    assert ("Second version." if step == "linked" else "First version.") in _shown(root)
    assert website.built_from(root / "site") is not None  # the stamp is written last
    website.build(root)  # the next build finishes the work and removes what was left
    assert "Second version." in _shown(root)
    # The build shown, and the one before it, kept as the base of the next.
    assert len(list(website.versions_dir(root / "site").iterdir())) == 2
    assert not list(root.glob(f"{website.LINK_PREFIX}*"))


def _rendered(log: str) -> tuple[int, int]:
    found = re.search(r"rendered (\d+) of (\d+) pages again", log)
    return (int(found.group(1)), int(found.group(2))) if found else None


def _equals_a_full_build(root: Path, full: Path) -> dict[str, bytes]:
    assert _rendered(website.build(root, site_dir=full, force=True)) is None
    incremental, rebuilt = _tree(root / "site"), _tree(full)
    assert incremental.keys() == rebuilt.keys()
    assert [path for path in incremental if incremental[path] != rebuilt[path]] == []
    return incremental


def test_an_added_article_renders_only_changed_pages_and_equals_a_full_build(site, tmp_path,
                                                                            monkeypatch):
    root = copy_project(site, tmp_path / "project")
    generated = root / "docs" / "generated"
    before = _tree(generated)
    block_records, read = package.block_records, []
    monkeypatch.setattr(package, "block_records", lambda folder, layout, wanted: read.append(
        sorted(wanted)) or block_records(folder, layout, wanted))
    add_source_and_rebuild(root)
    monkeypatch.undo()
    after = _tree(generated)
    # The docs stage read the new article's records, and its neighbours' (their pages lead
    # to it), from their blocks alone: the other articles' summaries were kept.
    order = [article["id"] for month in docs.article_months(docs.load(root).corpus().summaries)
             for article in month.articles]
    new = order.index(ADDED)
    assert read[0] == [ADDED]
    assert {ADDED} < {i for ids in read for i in ids} <= set(order[max(new - 1, 0):new + 2])
    # What the step-by-step builds left is what a build from scratch makes, with the
    # package read whole (no cache) or block by block (forced).
    for name, options in (("scratch", {"cache_dir": tmp_path / "no-cache"}),
                          ("forced", {"force": True})):
        docs.run(root=root, out_dir=tmp_path / name, **options)
        assert _tree(tmp_path / name) == after, name
    changed = sorted(path for path in after if path.endswith(".md") and path != docs.HOME
                     and before.get(path) != after[path] and not path.startswith("files/"))
    assert f"articles/{ADDED}.md" in changed and "articles/index.md" in changed
    assert before[docs.HOME] != after[docs.HOME]
    first = (root / "site").resolve()
    log = website.build(root)  # on the copy the first build kept aside
    pages = sum(1 for path in (root / "docs").rglob("*.md")) - len(list(
        (generated / docs.DOWNLOADS).rglob("*.md"))) - 1  # served as they are; home.md
    # The changed generated pages, and the home page, which includes home.md.
    assert _rendered(log) == (len(changed) + 1, pages)
    assert website.spare_build(root / "site") == first  # kept, as the next build's base
    index = json.loads(_equals_a_full_build(root, tmp_path / "full")["search/search_index.json"])
    assert any(doc["location"] == f"generated/articles/{ADDED}/" for doc in index["docs"])
    # Another article: the first build is brought up to date in place (both changes).
    add_source_and_rebuild(root, SECOND_ADDED)
    assert _rendered(website.build(root)) is not None
    assert (root / "site").resolve() == first
    _equals_a_full_build(root, tmp_path / "full-2")
    # A removed page could leave a link to it in a page not rendered again: a full build.
    shutil.rmtree(root / "docs" / "generated")
    docs.run(root=site.root, out_dir=generated)
    assert _rendered(website.build(root)) is None
    assert _tree(root / "site") == _tree(site.site_dir)


def test_the_previous_build_is_copied_never_linked(site, tmp_path):
    copy = tmp_path / "copy"
    copy.mkdir()
    website.copy_build(site.site_dir.resolve(), copy)
    originals = {p.relative_to(site.site_dir).as_posix(): p.stat()
                 for p in site.site_dir.rglob("*") if p.is_file()}
    copies = {p.relative_to(copy).as_posix(): p.stat() for p in copy.rglob("*") if p.is_file()}
    assert copies.keys() == originals.keys()
    assert all(copies[path].st_ino != originals[path].st_ino and copies[path].st_nlink == 1
               for path in copies)


def test_the_served_package_is_linked_and_a_later_package_never_changes_it(site, tmp_path):
    """The package's data files are served (docs/generated and the site) as hard links to
    the published files, not copies; a later build of another package replaces them, and
    never writes into the files the earlier builds linked."""
    root = copy_project(site, tmp_path / "project")
    add_source_and_rebuild(root)
    website.build(root)
    paths = [f"{PACKAGE_DIR}/{resource['path']}" for resource in descriptor(root)["resources"]]
    paths.append(f"{PACKAGE_DIR}/datapackage.json")
    served = {path: f"generated/{docs.DOWNLOADS}/{path.removeprefix(PACKAGE_DIR + '/')}"
              for path in paths}
    kept = {}
    for index, (path, name) in enumerate(served.items()):
        published = (root / path).stat()
        for copy in (root / "docs" / name, root / website.SITE_DIR / name):
            assert copy.stat().st_ino == published.st_ino, copy
        kept[tmp_path / f"kept-{index}"] = (root / path).read_bytes()
        os.link(root / path, tmp_path / f"kept-{index}")  # holds the first package's file
    live = (root / website.SITE_DIR).resolve()
    add_source_and_rebuild(root, SECOND_ADDED)
    website.build(root)
    assert (root / website.SITE_DIR).resolve() != live
    assert all(link.read_bytes() == data for link, data in kept.items())
    assert any((root / path).read_bytes() != data for path, data in zip(paths, kept.values(),
                                                                         strict=True))
    for (path, name), data in zip(served.items(), kept.values(), strict=True):
        for copy in (root / "docs" / name, root / website.SITE_DIR / name):
            assert copy.read_bytes() == (root / path).read_bytes(), copy
        assert (live / name).read_bytes() == data  # the earlier build, kept aside, intact
    _equals_a_full_build(root, tmp_path / "full")


def test_a_file_is_linked_only_while_it_holds_the_bytes_expected(tmp_path, monkeypatch):
    source, target = tmp_path / "source", tmp_path / "served" / "file"
    source.write_bytes(b"published\n")
    source.chmod(0o644)
    assert link_file(source, target, sha256_bytes(b"published\n"))
    assert target.stat().st_ino == source.stat().st_ino
    before = target.read_bytes()
    assert not link_file(source, target, sha256_bytes(b"other\n"))  # changed since read
    assert target.read_bytes() == before and sorted(os.listdir(target.parent)) == ["file"]
    target.unlink()

    def no_links(*args):
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", no_links)  # another file system: a copy, renamed in
    assert link_file(source, target) and target.read_bytes() == b"published\n"
    assert target.stat().st_ino != source.stat().st_ino


def test_an_output_is_left_while_its_key_and_its_file_are_the_last_builds(tmp_path):
    """An output is left where the last build wrote it while what it is made from is
    unchanged and the file there is the one recorded (its stat-memoised digest, never read
    again); otherwise it is made again, and a forced build makes everything."""
    renders = []

    def build(parts: list, present: dict, force: bool = False) -> bytes | None:
        stage_cache = cache.StageCache("docs", tmp_path, force=force)
        made = docs.Artefacts(stage_cache, present)
        data = made.output("a.md", parts, lambda: renders.append(parts) or repr(parts).encode())
        stage_cache.save(made.entries)
        return data

    first = build(["k1"], {})
    assert first == b"['k1']" and renders == [["k1"]]
    present = {"a.md": sha256_bytes(first)}
    assert build(["k1"], present) is None and len(renders) == 1
    assert build(["k1"], {"a.md": "0" * 64}) == first and len(renders) == 2  # edited by hand
    assert build(["k2"], present) == b"['k2']" and len(renders) == 3
    assert build(["k2"], {"a.md": sha256_bytes(b"['k2']")}, force=True) == b"['k2']"
    assert len(renders) == 4
    assert docs.Artefacts().output("a.md", ["k2"], lambda: b"made") == b"made"


def test_an_archive_zipped_in_pieces_holds_its_members_and_copies_known_pieces(monkeypatch):
    import io
    import zipfile

    members = {"data/x.csv": [(None, b"id\n"), ("a", b"1,one\n" * 500), ("b", b"2,two\n")],
               "README.md": [(None, "Read me: قراءة.".encode())]}
    top, created = "top-1.0.0", "2024-05-01T12:00:00Z"
    first, where = ziparchive.build(members, top, created, 1)
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert archive.testzip() is None
        assert archive.read(f"{top}/data/x.csv") == b"id\n" + b"1,one\n" * 500 + b"2,two\n"
        assert [(i.filename, i.date_time, i.external_attr >> 16, i.compress_type)
                for i in archive.infolist()] == [
            (f"{top}/{name}", (2024, 5, 1, 12, 0, 0), 0o644, zipfile.ZIP_DEFLATED)
            for name in ("README.md", "data/x.csv")]
    assert sorted(where) == ["a", "b"]
    compressed, deflated = [], ziparchive._deflated
    monkeypatch.setattr(ziparchive, "_deflated", lambda piece, level: compressed.append(
        bytes(piece)) or deflated(piece, level))
    added = dict(members, **{"data/x.csv": [*members["data/x.csv"][:2], ("c", b"3,three\n"),
                                            members["data/x.csv"][2]]})
    again = ziparchive.build(added, top, created, 1, first, where)
    assert b"1,one\n" * 500 not in compressed and b"3,three\n" in compressed
    assert again == ziparchive.build(added, top, created, 1)  # as from scratch
    with zipfile.ZipFile(io.BytesIO(again[0])) as archive:
        assert archive.read(f"{top}/data/x.csv").endswith(b"3,three\n2,two\n")


def test_served_package_files_of_another_size_are_replaced_without_being_read(tmp_path,
                                                                           monkeypatch):
    root, out_dir = tmp_path / "root", tmp_path / "root/docs/generated"
    for path, data in {f"{PACKAGE_DIR}/data/a.csv": b"a\n1\n2\n", f"{PACKAGE_DIR}/data/b.csv":
                       b"b\n1\n", f"{out_dir}/{docs.DOWNLOADS}/data/a.csv": b"a\n1\n",
                       f"{out_dir}/{docs.DOWNLOADS}/data/b.csv": b"b\n2\n"}.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(data)
    inputs = package.file_digests(root, [f"{PACKAGE_DIR}/**/*"])
    outdated = docs._outdated_copies(root, out_dir, inputs)
    assert outdated == {f"{docs.DOWNLOADS}/data/a.csv"}  # b.csv has its size: it is read
    read = []
    monkeypatch.setattr(package, "sha256_file", lambda path: read.append(path) or "x")
    assert package.file_digests(out_dir, ["**/*"], unread=outdated) == {
        f"{docs.DOWNLOADS}/data/a.csv": "", f"{docs.DOWNLOADS}/data/b.csv": "x"}
    assert [Path(path).name for path in read] == ["b.csv"]
