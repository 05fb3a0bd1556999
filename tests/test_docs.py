"""Docs stage: generated pages tell the truth about the package and render scraped text inert.

Most tests look at the site built by the real stages in site_fixture.py (seeds plus a
hostile page); the figures test also runs on the repository's own package when it exists.
"""

from __future__ import annotations

import csv
import html
import json
import re
from collections import Counter
from pathlib import Path

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from site_fixture import HOSTILE_ID, HOSTILE_OUTLET, POST_EDIT, descriptor, shared_site

from pipeline import ROOT, docs, markup, package, schemas
from pipeline.errors import PipelineError
from pipeline.fileio import sha256_bytes

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
    with open(root / "data" / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _expected_figures(root: Path) -> dict[str, str]:
    """The overview's figures, computed from the files with the csv module alone."""
    import frictionless

    meta = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
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
        "coverage": f"{100 * len(done) / len(need):.1f}%" if need else "100.0%",
        "flagged": sum(row["quality_flags"] not in ("", "[]") for row in need),
        "validation": "valid" if frictionless.validate(str(root / "datapackage.json")).valid
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
                "translation_model_version": "1", "quality_flags": []}
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
    # Page titles (written into <title> and the navigation) carry no scraped text.
    assert f"<title>Article {HOSTILE_ID} - " in article
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
    assert shown["status.post-edited"] == "1" and "status.stale" not in shown
    assert shown["article_language.ar"] == "2" and shown["article_language.en"] == "1"


@pytest.mark.skipif(not (ROOT / "datapackage.json").exists(), reason="no package built yet")
def test_overview_figures_of_the_repository_package(tmp_path):
    docs.run(root=ROOT, out_dir=tmp_path / "generated")
    shown = _figures_on_page((tmp_path / "generated" / "overview.md").read_text("utf-8"))
    assert shown == _expected_figures(ROOT)


def test_article_page_shows_metadata_pairs_provenance_and_audit(site):
    root = site.root
    record = next(a for a in json.loads((root / "data" / "articles.json").read_text("utf-8"))
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
            with open(site.root / resource["path"], encoding="utf-8", newline="") as handle:
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
    paths = ["datapackage.json", *(r["path"] for r in descriptor(site.root)["resources"])]
    for path in paths:
        data = (site.root / path).read_bytes()
        assert f"| {len(data)} | `{sha256_bytes(data)}` |" in page, path
        assert (site.site_dir / "generated" / docs.DOWNLOADS / path).read_bytes() == data
    assert "pd.read_csv" in page and "read.csv" in page and "Package(" in page
    assert "No release has been made yet" in page  # the temporary project has no releases


def test_pages_refuse_a_package_built_from_other_schemas(site, tmp_path):
    meta = descriptor(site.root)
    meta["resources"][0]["schema"]["fields"][0]["description"] = "edited by hand"
    assert [p.code for p in docs.check_dictionary_sources(meta)] == ["package-stale"]
    assert docs.check_dictionary_sources(descriptor(site.root)) == []


def test_a_file_that_does_not_match_the_descriptor_is_refused(site, tmp_path):
    import shutil

    root = tmp_path / "copy"
    shutil.copytree(site.root / "data", root / "data")
    shutil.copy(site.root / package.DESCRIPTOR, root / package.DESCRIPTOR)
    with open(root / "data" / "sources.csv", "a", encoding="utf-8") as handle:
        handle.write("\n")
    with pytest.raises(PipelineError) as caught:
        docs.load(root)
    assert [(p.code, p.file) for p in caught.value.problems] == [
        ("package-inconsistent", "data/sources.csv")]


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
    record = {"version": "1.0.0", "created": "2024-05-01T12:00:00Z",
              "archive": "hamas-syria-relations-1.0.0.zip",
              "archive_sha256": sha256_bytes(archive), "snapshot": {}}
    (tmp_path / "releases" / "1.0.0.json").write_text(json.dumps(record), encoding="utf-8")
    pkg = docs.load(site.root)
    assert docs.release_facts(tmp_path)["data"] is None  # record without the file
    (tmp_path / "dist" / record["archive"]).write_bytes(archive)
    latest = docs.release_facts(tmp_path)
    page = docs.downloads_page(pkg, latest)
    assert f"({docs.DOWNLOADS}/{record['archive']})" in page
    assert f"{len(archive)} bytes" in page and record["archive_sha256"] in page
    files = docs.pages(pkg, [], "", latest)
    assert files[f"{docs.DOWNLOADS}/{record['archive']}"] == archive
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
