"""Docs stage: the site's data pages, generated from the published package at every build.

Pages written under ``docs/generated/`` (gitignored, never edited by hand):

* ``overview.md``: counts, languages, outlets, date range, translation coverage, validation
  status and a citation, all computed from ``datapackage.json`` and ``data/``;
* ``articles/index.md`` and ``articles/<id>.md``: per article, a metadata table, the text as
  aligned source/English sentence pairs with each translation's provenance and flags, and the
  audit of removed lines;
* ``data-dictionary.md``: every resource and field, from ``schemas/`` (through
  :func:`pipeline.package.table_schema` for the CSV tables);
* ``downloads.md`` plus ``files/``: the release archive and each resource with bytes and
  sha256, and loading snippets;
* ``changelog.md``: ``CHANGELOG.md``.

Article text is scraped and untrusted. It is only ever written inside raw HTML blocks, after
``html.escape``, which Python-Markdown passes through without interpreting Markdown; the
few scraped strings that sit in Markdown (table cells, the changelog) go through
:func:`md_text`, which neutralises both HTML and Markdown syntax. Page titles (which Material
writes into ``<title>`` after unescaping) never carry scraped text.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from . import (
    DESCRIPTOR,
    PACKAGE_DIR,
    ROOT,
    cache,
    charts,
    package,
    release,
    schemas,
    textnorm,
    validate,
    versioning,
)
from .errors import PipelineError, Problem
from .fileio import atomic_write_bytes, sha256_bytes
from .markup import esc, md_text, md_text_keeping_escapes

DOCS_DIR = ROOT / "docs"
OUT_DIR = DOCS_DIR / "generated"
DOWNLOADS = "files"  # the whole package and its archive, beside downloads.md
ARTICLES = "articles"
CHARTS = "charts"
FONTS = "fonts"
#: The site's configuration that depends on the package: navigation and site_url. JSON is
#: YAML, so mkdocs.yml reads it with ``INHERIT``.
SITE_CONFIG = "site.yml"
#: The home page's figures, included into docs/index.md.
HOME = "home.md"
CITATION = "CITATION.cff"
#: Where the site will be published; sitemap.xml and the citation use it.
SITE_URL_ENV = "CORPUS_SITE_URL"
DEFAULT_SITE_URL = "http://127.0.0.1:8000/"
#: The Arabic font served from the site itself (OFL), from the locked ``fontpkg-amiri``.
ARABIC_FONT = "Amiri"
#: Marks a folder as this stage's output, so stale pages can be deleted from it safely.
MARKER = ".generated-by-pipeline-docs"
RTL_LANGUAGES = frozenset({"ar", "fa", "ur", "he", "ps", "ckb", "yi", "dv", "sd", "ug"})
#: Language names in English, and in the language itself.
LANGUAGE_NAMES = {"ar": ("Arabic", "العربية"), "en": ("English", ""), "fa": ("Persian", "فارسی")}
#: The language translations are made into; sentences in it are their own English.
TARGET_LANGUAGE = "en"


def site_url() -> str:
    url = os.environ.get(SITE_URL_ENV, "").strip() or DEFAULT_SITE_URL
    return url if url.endswith("/") else url + "/"


def direction(language: str | None) -> str:
    return "rtl" if language in RTL_LANGUAGES else "ltr"


def lang_attrs(language: str | None) -> str:
    """``lang`` and ``dir`` attributes for a block of text in ``language``."""
    if not language:
        return 'dir="auto"'
    return f'lang="{esc(language)}" dir="{direction(language)}"'


def text_attrs(value) -> str:
    """``lang`` and ``dir`` for a string whose language is not recorded (an outlet's name,
    an author), guessed from its letters."""
    return lang_attrs(textnorm.language(str(value or "")))


def html_table(headers: list[str], rows: list[list[str]], css: str = "", *,
               labels: list[str] | None = None) -> str:
    """A raw HTML table; ``headers`` and cells must already be safe HTML. ``labels`` (plain
    text) name each column on its cells, for a layout that stacks cells on narrow screens."""
    klass = f' class="{css}"' if css else ""
    head = "".join(f"<th>{cell}</th>" for cell in headers)
    attrs = [f' data-label="{esc(label)}"' for label in labels] if labels else [""] * len(headers)
    body = "\n".join("<tr>" + "".join(f"<td{attr}>{cell}</td>" for attr, cell in
                                      zip(attrs, row, strict=True)) + "</tr>" for row in rows)
    return f"<table{klass}>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def front_matter(title: str) -> str:
    # JSON strings are YAML strings. Themes write the title into <title>, the header, the
    # navigation and search results without escaping it, so scraped titles come escaped.
    return f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n---\n\n"


# ---------------------------------------------------------------------------- the package


@dataclass
class Package:
    """A published package as read back from its files."""

    descriptor: dict
    articles: list[dict]  # full nested records, sorted by id
    sentences: list[dict]  # sorted by article, paragraph and sentence
    sources: list[dict]
    files: dict[str, bytes]  # path in the package -> bytes, descriptor included
    by_article: dict[str, list[dict]] = dataclasses.field(init=False)  # sentences grouped once

    def __post_init__(self) -> None:
        self.by_article = {}
        for sentence in self.sentences:
            self.by_article.setdefault(sentence["article_id"], []).append(sentence)

    def article_sentences(self, article_id: str) -> list[dict]:
        return self.by_article.get(article_id, [])


def load(root: Path = ROOT) -> Package:
    """Read the published package (``package/`` under ``root``); checks the files are the
    ones the descriptor describes (bytes and sha256)."""
    folder = Path(root) / PACKAGE_DIR
    path = folder / DESCRIPTOR
    if not path.exists():
        raise PipelineError(Problem("package-missing", "no data package to document; run "
                                    "`python -m pipeline package` first",
                                    file=package.DESCRIPTOR_PATH))
    descriptor_bytes = path.read_bytes()
    descriptor = json.loads(descriptor_bytes.decode("utf-8"))
    files = {DESCRIPTOR: descriptor_bytes}
    problems = []
    for resource in descriptor["resources"]:
        data = (folder / resource["path"]).read_bytes()
        files[resource["path"]] = data
        if (len(data), f"sha256:{sha256_bytes(data)}") != (resource["bytes"], resource["hash"]):
            problems.append(Problem("package-inconsistent", "file does not match the bytes "
                                    "and hash in datapackage.json; rebuild the package",
                                    file=f"{PACKAGE_DIR}/{resource['path']}"))
    if problems:
        raise PipelineError(problems, "the published package is inconsistent")
    articles, sentences, sources = package.package_records(folder)
    sentences = sorted(sentences, key=lambda s: (s["article_id"], s["paragraph_index"],
                                                 s["sentence_index"]))
    return Package(descriptor, sorted(articles, key=lambda a: a["id"]), sentences,
                   sorted(sources, key=lambda s: s["id"]), files)


# ---------------------------------------------------------------------------- figures


def figures(pkg: Package, problems: list[Problem]) -> dict:
    """Every number the overview shows, keyed by the name it carries on the page."""
    articles, sentences = pkg.articles, pkg.sentences
    dates = sorted(a["published"]["date"] for a in articles if a["published"]["date"])
    to_translate = [s for s in sentences if s["translation_status"] != "original"]
    translated = [s for s in to_translate if s["english"] is not None]
    found = {
        "version": pkg.descriptor["version"],
        "created": pkg.descriptor["created"],
        "articles": len(articles),
        "paragraphs": sum(len(a["body"]) for a in articles),
        "sentences": len(sentences),
        "sources": len(pkg.sources),
        "outlets": len({a["outlet"] for a in articles if a["outlet"]}),
        "articles_without_outlet": sum(1 for a in articles if not a["outlet"]),
        "published_first": dates[0] if dates else "",
        "published_last": dates[-1] if dates else "",
        "published_unknown": len(articles) - len(dates),
        "to_translate": len(to_translate),
        "translated": len(translated),
        "untranslated": len(to_translate) - len(translated),
        "coverage": f"{100 * len(translated) / len(to_translate):.1f}%"
                    if to_translate else "100.0%",
        "flagged": sum(1 for s in to_translate if s["quality_flags"]),
        "validation": "valid" if not problems else f"{len(problems)} problem(s)",
    }
    for prefix, counts in (
            ("article_language", Counter(a["language"] for a in articles)),
            ("sentence_language", Counter(s["language"] for s in sentences)),
            ("status", Counter(s["translation_status"] for s in sentences))):
        found |= {f"{prefix}.{key}": counts[key] for key in sorted(counts)}
    return found


def _figure(name: str, value) -> str:
    return f'<span data-figure="{esc(name)}">{esc(value)}</span>'


def _language(code: str) -> str:
    english, own = LANGUAGE_NAMES.get(code, (code, ""))
    return esc(english) + (f' (<span {lang_attrs(code)}>{esc(own)}</span>)' if own else "")


def coverage_banner(numbers: dict) -> str:
    """A notice, on every page that reads the package, when sentences have no English."""
    if not numbers["untranslated"]:
        return ""
    return ('<div class="corpus-banner" role="note" data-search-exclude>\n<p><strong>English '
            f'is missing for {_figure("untranslated", numbers["untranslated"])} of '
            f'{_figure("to_translate", numbers["to_translate"])} sentences that need it</strong> '
            f'(translation coverage {_figure("coverage", numbers["coverage"])}). No translation '
            "model was available when they were built, so they are shown without English, "
            "never with invented English.</p>\n</div>")


def chart_figure(chart: charts.Chart, prefix: str = "../") -> str:
    """A chart as an image with its text alternative, a caption and its data as a table."""
    rows = [[f"<span {text_attrs(row[0])}>{esc(row[0])}</span>", *(esc(v) for v in row[1:])]
            for row in chart.rows]
    note = f"<p>{esc(chart.note)}</p>\n" if chart.note else ""
    return (f'<figure class="corpus-chart" id="chart-{esc(chart.name)}">\n'
            f'<img src="{prefix}{CHARTS}/{esc(chart.name)}.svg" alt="{esc(chart.alt)}">\n'
            f"<figcaption>{esc(chart.title)}</figcaption>\n</figure>\n{note}"
            f'<details class="corpus-chart-data"><summary>Data of “{esc(chart.title)}”</summary>\n'
            f"{html_table([esc(h) for h in chart.headers], rows)}\n</details>")


def corpus_charts(pkg: Package, numbers: dict) -> dict[str, charts.Chart]:
    languages = {code: LANGUAGE_NAMES.get(code, (code, ""))[0] for code in
                 sorted(key.split(".", 1)[1] for key in numbers
                        if key.startswith("article_language."))}
    statuses = schemas.resolve(schemas.load("sentence")["properties"]["translation_status"])
    found = [charts.articles_by_date(pkg.articles),
             charts.articles_by_outlet(pkg.articles, languages),
             charts.sentences_by_status(pkg.sentences, statuses["enum"]),
             charts.removed_by_reason(pkg.articles)]
    return {chart.name: chart for chart in found}


def _languages_rows(numbers: dict) -> list[list[str]]:
    rows = []
    for prefix, noun in (("article_language.", "Articles"), ("sentence_language.", "Sentences")):
        rows += [[f"{noun} in {_language(key[len(prefix):])}", _figure(key, numbers[key])]
                 for key in numbers if key.startswith(prefix)]
    return rows


def overview_page(pkg: Package, numbers: dict, problems: list[Problem],
                  found_charts: dict[str, charts.Chart], bib: str) -> str:
    def row(label: str, name: str) -> list[str]:
        return [esc(label), _figure(name, numbers[name])]

    counts = [row("Package version", "version"), row("Created", "created"),
              row("Sources (raw captures)", "sources"), row("Articles", "articles"),
              row("Paragraphs and subheadings", "paragraphs"),
              row("Sentences (aligned pairs)", "sentences")]
    dates = [row("Earliest publication date", "published_first"),
             row("Latest publication date", "published_last"),
             row("Articles with no trusted publication date", "published_unknown")]
    coverage = [row("Sentences that need an English translation", "to_translate"),
                row("… of which have English", "translated"),
                row("… of which have no English", "untranslated"),
                row("Translation coverage", "coverage"),
                row("… with at least one automatic quality flag", "flagged")]
    coverage += [[f"Sentences with status <code>{esc(key.split('.', 1)[1])}</code>",
                  _figure(key, numbers[key])]
                 for key in numbers if key.startswith("status.")]
    by_outlet = Counter(a["outlet"] for a in pkg.articles if a["outlet"])
    outlets = [[f"<span {text_attrs(name)}>{esc(name)}</span>", esc(count)]
               for name, count in sorted(by_outlet.items())]
    return "\n\n".join(filter(None, [
        "# Overview", coverage_banner(numbers),
        "Figures and charts computed from `datapackage.json` and `data/` when the site was "
        "built; this page is generated and never edited by hand.",
        "## Contents", html_table(["Figure", "Count"], counts),
        "## Languages", html_table(["Language", "Count"], _languages_rows(numbers)),
        "## Outlets",
        f"{_figure('outlets', numbers['outlets'])} outlets named by the sources manifest or "
        f"the pages; {_figure('articles_without_outlet', numbers['articles_without_outlet'])} "
        "article(s) do not name their outlet.",
        html_table(["Outlet", "Articles"], outlets),
        chart_figure(found_charts["articles-by-outlet"]),
        "## Publication dates", html_table(["Figure", "Value"], dates),
        chart_figure(found_charts["articles-by-date"]),
        "## Translation coverage",
        "Sentences that are not English get English from the translation memory: Argos "
        "Translate machine output or a person's post-edit "
        "([methodology](../methodology.md#translation)).",
        html_table(["Figure", "Value"], coverage),
        chart_figure(found_charts["sentences-by-status"]),
        "## Removed lines",
        "Lines of the captured pages that the cleaner left out of the article text, by the "
        "rule that removed them ([cleaning](../methodology.md#cleaning)).",
        chart_figure(found_charts["removed-by-reason"]),
        "## Validation", validation_text(numbers, problems),
        "## Cite this version", citation_text(numbers, bib),
    ])) + "\n"


def validation_text(numbers: dict, problems: list[Problem]) -> str:
    if problems:
        return (f'<p><strong>Validation failed</strong>: '
                f'{_figure("validation", numbers["validation"])}.</p>\n'
                + "<ul>\n" + "\n".join(f"<li><code>{esc(p)}</code></li>" for p in problems)
                + "\n</ul>")
    return (f'<p>Status: <strong>{_figure("validation", numbers["validation"])}</strong>. '
            "The published files passed the frictionless validator (structure, types, "
            "constraints, primary and foreign keys, bytes and hashes) and every record "
            "read back from them passed its JSON Schema, when this version was built.</p>")


# ---------------------------------------------------------------------------- citation


def citation_authors(cff_text: str) -> list[str]:
    """Author names from CITATION.cff: an entity's ``name`` or a person's given and family
    names."""
    import yaml

    authors = yaml.safe_load(cff_text).get("authors") or []
    return [a.get("name") or " ".join(filter(None, [a.get("given-names"),
                                                    a.get("family-names")]))
            for a in authors]


def bibtex(pkg: Package, cff_text: str) -> str:
    d = pkg.descriptor
    licences = "; ".join(f"{item['name']}" for item in d["licenses"])
    # Double braces keep an entity's name as one name, not "first last".
    authors = " and ".join(f"{{{name}}}" for name in citation_authors(cff_text))
    return (f"@dataset{{{package.NAME.replace('-', '_')}_{d['version']},\n"
            f"  title     = {{{d['title']}}},\n"
            f"  author    = {{{authors}}},\n"
            f"  year      = {{{d['created'][:4]}}},\n"
            f"  version   = {{{d['version']}}},\n"
            f"  url       = {{{site_url()}}},\n"
            f"  note      = {{Frictionless data package {package.NAME}. Licences: {licences} "
            "(article texts remain their publishers')}\n}")


def served_citation(cff_text: str, version: str) -> bytes:
    """CITATION.cff as served with the package: the repository's, plus this version and the
    site's address."""
    return (cff_text.rstrip("\n") + f"\nversion: {json.dumps(version)}\n"
            f"url: {json.dumps(site_url())}\n").encode("utf-8")


def citation_text(numbers: dict, bib: str) -> str:
    return (f"Cite the version you used, {_figure('version', numbers['version'])}: "
            f'<a href="../{DOWNLOADS}/{CITATION}"><code>{CITATION}</code></a> '
            "(Citation File Format) or BibTeX:\n\n"
            f"<pre><code>{esc(bib)}</code></pre>")


# ---------------------------------------------------------------------------- articles

#: After a heading (attr_list): its whole section stays out of the search index.
NOT_SEARCHED = " { data-search-exclude }"


STATUS_TEXT = {
    "machine": "machine translation",
    "post-edited": "post-edited by a person",
    "missing": "no English yet: no translation model was available for this build",
}


def _date_cell(value: dict) -> str:
    if not value["original"] and not value["date"]:
        return "<em>not printed</em>"
    parts = [f"<strong>{esc(value['date'])}</strong>" if value["date"]
             else "<strong>unknown</strong>"]
    if value["original"]:
        parts.append(f'printed as “<span {text_attrs(value["original"])}>'
                     f'{esc(value["original"])}</span>”')
    details = ", ".join(esc(value[key]) for key in ("calendar", "precision") if value[key])
    if details:
        parts.append(f"({details})")
    if value["note"]:
        parts.append(f"— {esc(value['note'])}")
    return " ".join(parts)


def _optional(value, attrs: str = 'dir="auto"') -> str:
    return f"<span {attrs}>{esc(value)}</span>" if value else "<em>none</em>"


def metadata_table(article: dict, source: dict | None, sentences: list[dict]) -> str:
    source = source or {}
    to_translate = [s for s in sentences if s["translation_status"] != "original"]
    rows = [
        ("Article id", f"<code>{esc(article['id'])}</code>"),
        ("Title", _optional(article["title"], lang_attrs(article["language"]))),
        ("Standfirst", _optional(article["standfirst"], lang_attrs(article["language"]))),
        ("Outlet", _optional(article["outlet"], text_attrs(article["outlet"]))),
        ("Author", _optional(article["author"], text_attrs(article["author"]))),
        ("Language", _language(article["language"])),
        ("Published", _date_cell(article["published"])),
        ("Updated", _date_cell(article["updated"])),
        ("Source file", f"<code>sources/{esc(article['source_file'])}</code> "
                        f"({esc(article['encoding'])})"),
        ("Source SHA-256", f"<code>{esc(article['source_sha256'])}</code>"),
        ("Captured from", _optional(source.get("url"))),
        ("Retrieved", _optional(source.get("retrieved"))),
        ("Provenance notes", _optional(source.get("notes"), text_attrs(source.get("notes")))),
        ("Paragraphs", esc(len(article["body"]))),
        ("Sentences", esc(len(sentences))),
        ("English coverage", esc(f"{sum(s['english'] is not None for s in to_translate)} of "
                                 f"{len(to_translate)} sentences that need translation")),
        ("Removed lines", esc(len(article["removed"]))),
    ]
    return html_table(["Field", "Value"], [[esc(label), value] for label, value in rows],
                      "corpus-meta")


def provenance(sentence: dict) -> str:
    """The note under a translation: the sentence's id, status, model and version, flags.
    Left out of the search index: it repeats on every sentence."""
    status = sentence["translation_status"]
    parts = [_sentence_anchor(sentence["id"]),
             f'<span class="corpus-status corpus-status--{esc(status)}">'
             f"{esc(STATUS_TEXT[status])}</span>"]
    if sentence["translation_model"]:
        parts.append(f"model <code>{esc(sentence['translation_model'])}</code> version "
                     f"<code>{esc(sentence['translation_model_version'])}</code>")
    parts += [f'<span class="corpus-flag">⚑ {esc(flag)}</span>'
              for flag in sentence["quality_flags"]]
    return f'<div class="corpus-provenance" data-search-exclude>{" · ".join(parts)}</div>'


def _sentence_anchor(sentence_id: str) -> str:
    """The sentence's id, shown, as a link to itself: post-editors look it up by it."""
    sid = esc(sentence_id)
    return f'<a class="corpus-sid" href="#{sid}">{sid}</a>'


def sentence_pair(sentence: dict, kind: str) -> str:
    sid = esc(sentence["id"])
    css = "corpus-pair" + (" corpus-subheading" if kind == "subheading" else "")
    source = (f'<div class="corpus-source" {lang_attrs(sentence["language"])}>'
              f'{esc(sentence["text"])}</div>')
    if sentence["translation_status"] == "original":
        return (f'<div class="{css} corpus-pair--original" id="{sid}">{source}'
                f'<div class="corpus-provenance" data-search-exclude>'
                f'{_sentence_anchor(sentence["id"])}</div></div>')
    english = ("" if sentence["english"] is None
               else f'<div class="corpus-english">{esc(sentence["english"])}</div>')
    # A post-edit of an earlier text of the sentence: shown for review, never as its English.
    stale = ("" if not sentence.get("stale_post_edit") else
             '<div class="corpus-provenance">STALE post-edit, written before the source '
             "sentence changed (not its English; review it in the translation memory): "
             f'<span class="corpus-stale">{esc(sentence["stale_post_edit"])}</span></div>')
    return (f'<div class="{css}" id="{sid}">{source}'
            f'<div class="corpus-target" lang="{TARGET_LANGUAGE}" dir="ltr">'
            f"{english}{provenance(sentence)}{stale}</div></div>")


def text_blocks(article: dict, sentences: list[dict]) -> str:
    """The body as aligned pairs, paragraph by paragraph, in one raw HTML block."""
    by_paragraph: dict[str, list[dict]] = {}
    for sentence in sentences:
        by_paragraph.setdefault(sentence["paragraph_id"], []).append(sentence)
    blocks = []
    for paragraph in article["body"]:
        pairs = by_paragraph.get(paragraph["id"])
        if pairs:
            inner = "\n".join(sentence_pair(s, paragraph["kind"]) for s in pairs)
        else:  # not segmented into sentences: show the text, with no English
            inner = (f'<div class="corpus-pair"><div class="corpus-source" '
                     f'{lang_attrs(paragraph["language"])}>{esc(paragraph["text"])}</div>'
                     f'<div class="corpus-target" lang="{TARGET_LANGUAGE}" dir="ltr">'
                     '<div class="corpus-provenance">no sentences aligned</div></div></div>')
        blocks.append(f'<div class="corpus-paragraph" id="{esc(paragraph["id"])}">\n'
                      f"{inner}\n</div>")
    return '<div class="corpus-text">\n' + "\n".join(blocks) + "\n</div>"


def removed_audit(article: dict) -> str:
    removed = article["removed"]
    rows = [[esc(line["line"]), f"<code>{esc(line['reason'])}</code>",
             f'<span {text_attrs(line["text"])}>{esc(line["text"])}</span>'] for line in removed]
    table = html_table(["Line", "Reason", "Text"], rows, "corpus-removed") if rows else \
        "<p>No lines were removed.</p>"
    # Page furniture is not article text: kept out of the search index.
    return (f'<details class="note corpus-audit" data-search-exclude>\n<summary>Removed lines: '
            f"{len(removed)} line(s) of the raw page left out of the body</summary>\n{table}\n"
            "</details>")


def _evidence_value(article: dict, name: str) -> str:
    value = article.get(name)
    if isinstance(value, dict):  # a date: the string as printed
        value = value.get("original") or value.get("date")
    return _optional(value, text_attrs(value))


def evidence_table(article: dict) -> str:
    """Where the cleaner found each metadata value: the source line and the rule, or that
    it found none. Empty for records without the cleaner's evidence."""
    evidence = article.get("evidence")
    if not evidence:
        return ""
    rows = []
    for name, found in evidence.items():
        where = ([esc(found["line"]), f"<code>{esc(found['rule'])}</code>"] if found
                 else ["—", "<em>not found on the page</em>"])
        rows.append([f"<code>{esc(name)}</code>", _evidence_value(article, name), *where])
    return (f"## Where each value came from{NOT_SEARCHED}\n\n"
            "The line of the raw page each metadata value was read from, and the cleaner's "
            "rule that read it ([cleaning](../../methodology.md#cleaning)).\n\n"
            + html_table(["Field", "Value", "Source line", "Rule"], rows, "corpus-evidence")
            + "\n\n")


def _arabic(text: str) -> str:
    return f'<span lang="ar" dir="rtl">{esc(text)}</span>'


def article_title(article: dict) -> str:
    """The headline, escaped for the theme's title slots; the id when there is none."""
    return esc(article["title"]) if article["title"] else esc(f"Article {article['id']}")


def byline(article: dict) -> str:
    """Standfirst, outlet, author, date and language under the headline: with the headline,
    what the search index holds of an article. (The text of 10,000 articles, in two
    languages, would make an index of hundreds of megabytes, which no browser loads.)"""
    standfirst = (f'<p class="corpus-standfirst" {lang_attrs(article["language"])}>'
                  f'{esc(article["standfirst"])}</p>\n' if article["standfirst"] else "")
    parts = [f'<span {text_attrs(value)}>{esc(value)}</span>'
             for value in (article["outlet"], article["author"]) if value]
    parts += [esc(article["published"]["date"] or "date unknown"), _language(article["language"])]
    return f'{standfirst}<p class="corpus-byline">{" · ".join(parts)}</p>'


def article_page(article: dict, sentences: list[dict], source: dict | None,
                 banner: str, steps: str = "") -> str:
    english = article["language"] == TARGET_LANGUAGE
    text_intro = ("This article is in English: each sentence is its own English. "
                  if english else "Each sentence of the article beside its English. ")
    return (front_matter(article_title(article))
            + f'<h1 class="corpus-title" {lang_attrs(article["language"])}>'
              f"{esc(article['title'])}</h1>\n\n"
            + byline(article) + "\n\n"
            + (steps + "\n\n" if steps else "")
            + (banner + "\n\n" if banner and not english else "")
            + f"## Metadata ({_arabic('البيانات الوصفية')}){NOT_SEARCHED}\n\n"
            + metadata_table(article, source, sentences) + "\n\n"
            + evidence_table(article)
            + f"## Text ({_arabic('النص')}){NOT_SEARCHED}\n\n"
            + text_intro + "Each sentence's id, shown beside it, links to it. How "
              "sentences are split and translated, and what the flags mean, is explained in the "
              "[methodology](../../methodology.md#translation).\n\n"
            + text_blocks(article, sentences) + "\n\n"
            + f"## Removed lines ({_arabic('الأسطر المحذوفة')}){NOT_SEARCHED}\n\n"
            + "Lines of the raw page that are not article text, each with the rule that "
              "removed it ([cleaning](../../methodology.md#cleaning)).\n\n"
            + removed_audit(article) + "\n")


def english_share(sentences: list[dict]) -> str:
    to_translate = [s for s in sentences if s["translation_status"] != "original"]
    if not to_translate:
        return "original English"
    done = sum(s["english"] is not None for s in to_translate)
    return f"{done} of {len(to_translate)} ({100 * done / len(to_translate):.0f}%)"


#: Folder of the month pages under the articles folder (a folder of its own: an article id
#: never collides with a month's name).
MONTHS = "by-month"
UNDATED = "undated"


@dataclass(frozen=True)
class Month:
    """The articles published in one month (or with no trusted date), as the index groups
    them: ``slug`` names the page (``2024-05`` or ``undated``)."""

    slug: str
    label: str
    articles: tuple[dict, ...]


def article_months(articles: list[dict]) -> list[Month]:
    """The articles by month of publication, oldest first and undated last; within a month,
    by date and id: the reading order of previous/next."""
    grouped: dict[str, list[dict]] = {}
    for article in sorted(articles, key=lambda a: (a["published"]["date"] or "9999", a["id"])):
        date = article["published"]["date"]
        grouped.setdefault(date[:7] if date else UNDATED, []).append(article)
    return [Month(slug, "Date unknown" if slug == UNDATED else charts.month_name(slug),
                  tuple(items)) for slug, items in grouped.items()]


def _article_link(article: dict, href: str) -> str:
    return f'<a href="{esc(href)}" {lang_attrs(article["language"])}>{article_title(article)}</a>'


def month_page(pkg: Package, month: Month, before: Month | None, after: Month | None) -> str:
    """One month's articles: headline, outlet, date, language and English share. Its banner
    counts the month's sentences only, so that a page changes only with its own articles."""
    labels = ["Headline", "Outlet", "Published", "Language", "English"]
    rows = [[_article_link(article, f"../../{article['id']}/"),
             f'<span {text_attrs(article["outlet"])}>{esc(article["outlet"])}</span>'
             if article["outlet"] else "<em>not named</em>",
             esc(article["published"]["date"] or "unknown"),
             _language(article["language"]),
             esc(english_share(pkg.article_sentences(article["id"])))]
            for article in month.articles]
    sentences = [s for a in month.articles for s in pkg.article_sentences(a["id"])]
    steps = [f'<a href="../{esc(other.slug)}/" rel="{rel}">{arrow} {esc(other.label)}</a>'
             for other, rel, arrow in ((before, "prev", "←"), (after, "next", "→")) if other]
    return "\n\n".join(filter(None, [
        front_matter(f"Articles: {month.label}") + f"# Articles: {esc(month.label)}",
        coverage_banner(sentence_numbers(sentences)),
        f'<p class="corpus-crumbs"><a href="../../">All articles</a> › {esc(month.label)}: '
        f"{len(month.articles)} article(s), by date.</p>",
        # The headlines are searched on the articles' own pages.
        '<div class="corpus-index" data-search-exclude>\n'
        + html_table([esc(label) for label in labels], rows, labels=labels) + "\n</div>",
        f'<nav class="corpus-steps" aria-label="Other months" data-search-exclude>'
        f'{" · ".join(steps)}</nav>'
        if steps else "",
    ])) + "\n"


def articles_index_page(pkg: Package, months: list[Month], banner: str) -> str:
    """The way into the articles: each month with its counts by language, newest first,
    and the search. Articles are not in the navigation: a site of n pages each carrying an
    n-entry navigation grows as n squared, and one new article would change every page."""
    languages = sorted({a["language"] for a in pkg.articles})
    labels = ["Month", "Articles", *(f"In {LANGUAGE_NAMES.get(code, (code, ''))[0]}"
                                     for code in languages)]
    rows = []
    for month in reversed(months):
        counts = Counter(a["language"] for a in month.articles)
        rows.append([f'<a href="{MONTHS}/{esc(month.slug)}/">{esc(month.label)}</a>',
                     esc(len(month.articles)), *(esc(counts[code]) for code in languages)])
    by_language = ", ".join(f"{sum(a['language'] == code for a in pkg.articles)} in "
                            f"{_language(code)}" for code in languages)
    return "\n\n".join(filter(None, [
        front_matter("Articles") + "# Articles", banner,
        f"<p>{len(pkg.articles)} articles ({by_language}), by month of publication, newest "
        "first. Each month lists its articles with outlet, date, language and the share of "
        "sentences that need a translation and have one; each article page shows the "
        "metadata, the text beside its English and the audit of removed lines. The search "
        "(at the top of every page) finds an article by any word of its headline or text, "
        "in Arabic or English.</p>",
        '<div class="corpus-index">\n'
        + html_table([esc(label) for label in labels], rows, labels=labels) + "\n</div>",
    ])) + "\n"


def article_steps(month: Month, before: dict | None, after: dict | None) -> str:
    """Where an article page leads: its month, and the articles before and after it."""
    steps = [f'<a href="../{MONTHS}/{esc(month.slug)}/">{esc(month.label)}</a>']
    for other, rel, arrow in ((before, "prev", "←"), (after, "next", "→")):
        if other:
            steps.append(f'<span class="corpus-step">{arrow} <a href="../{esc(other["id"])}/" '
                         f'rel="{rel}" {lang_attrs(other["language"])}>'
                         f"{article_title(other)}</a></span>")
    return (f'<nav class="corpus-steps" aria-label="Articles" data-search-exclude>'
            f'<a href="../">All articles</a> › {" · ".join(steps)}</nav>')


# ---------------------------------------------------------------------------- dictionary


def _json_type(prop: dict) -> str:
    kinds = prop.get("type", [])
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    text = " or ".join(kinds) if kinds else "any"
    if prop.get("format"):
        text += f" ({prop['format']})"
    return text


def _constraints_text(rules: dict) -> str:
    """Human-readable constraints, from JSON Schema or Table Schema keywords."""
    parts = []
    for key, value in rules.items():
        if key == "enum":
            shown = ", ".join("null" if v is None else str(v) for v in value)
            parts.append(f"one of: <code>{esc(shown)}</code>")
        elif key == "const":
            parts.append(f"always <code>{esc(value)}</code>")
        elif key == "pattern":
            parts.append(f"matches <code>{esc(value)}</code>")
        elif key in ("minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems"):
            parts.append(f"{esc(key)} {esc(value)}")
        elif key == "uniqueItems" and value:
            parts.append("no duplicates")
        elif key == "required" and value:
            parts.append("required")
        elif key == "unique" and value:
            parts.append("unique")
    return "; ".join(parts)


def _table_field_row(field: dict, keys: dict[str, str]) -> list[str]:
    kind = field["type"] + (f" ({field['format']})" if field.get("format") else "")
    rules = _constraints_text(field.get("constraints", {}))
    if field.get("arrayItem"):
        item = field["arrayItem"]
        kind += f" of {item['type']} (a JSON list in the cell)"
        item_rules = _constraints_text(item.get("constraints", {}))
        rules = "; ".join(filter(None, [rules, f"each item {item_rules}" if item_rules else ""]))
    if field["name"] in keys:
        rules = "; ".join(filter(None, [keys[field["name"]], rules]))
    return [f"<code>{esc(field['name'])}</code>", esc(kind), rules or "—",
            f"<strong>{esc(field['title'])}</strong>: {esc(field['description'])}"]


def _schema_rows(schema: dict, prefix: str = "") -> list[list[str]]:
    rows = []
    required = set(schema.get("required", []))
    for name, raw in schema["properties"].items():
        prop = schemas.resolve(raw)
        path = f"{prefix}{name}"
        keys = {k: prop[k] for k in ("enum", "const", "pattern", "minimum", "maximum",
                                     "minLength", "maxLength", "minItems", "maxItems",
                                     "uniqueItems") if k in prop}
        kind = _json_type(prop)
        if raw.get("$ref") and "properties" in prop:
            kind = f"object ({_ref_link(raw['$ref'])})"
        elif prop.get("type") == "array" and "items" in prop:
            items = prop["items"]
            if items.get("$ref"):
                kind = f"array of {_ref_link(items['$ref'])} records"
            else:
                kind = f"array of {_json_type(items)}"
                keys |= {f"item {k}": v for k, v in items.items() if k in ("enum", "pattern")}
        rules = _constraints_text({k.removeprefix("item "): v for k, v in keys.items()})
        rows.append([f"<code>{esc(path)}</code>", kind,
                     "yes" if name in required else "no", rules or "—",
                     f"<strong>{esc(prop.get('title', name))}</strong>: "
                     f"{esc(prop.get('description', ''))}"])
        if "properties" in prop and not raw.get("$ref"):
            rows += _schema_rows(prop, f"{path}.")
    return rows


def _ref_link(ref: str) -> str:
    name = ref.removesuffix(".schema.json")
    return f'<a href="#schema-{esc(name)}"><code>{esc(name)}</code></a>'


def data_dictionary_page(descriptor: dict) -> str:
    """Every resource and field of the package and every record schema, from schemas/."""
    resources = {resource["name"]: resource for resource in descriptor["resources"]}
    parts = ["# Data dictionary",
             "Generated from the JSON Schemas in `schemas/` (the single source of truth) and "
             "the Table Schemas derived from them for the CSV files. Empty CSV cells are "
             "null; list-valued cells hold JSON.",
             "## Resources",
             html_table(["Resource", "File", "Format", "Description"], [
                 [f'<a href="#resource-{esc(r["name"])}"><code>{esc(r["name"])}</code></a>',
                  f"<code>{esc(r['path'])}</code>", esc(r["format"]), esc(r["description"])]
                 for r in descriptor["resources"]])]
    for name, record in package.TABLES:
        table = package.table_schema(record)
        keys = {}
        for field in table.get("primaryKey", []):
            keys[field] = "primary key"
        for foreign in table.get("foreignKeys", []):
            ref = foreign["reference"]
            keys[foreign["fields"][0]] = (f"refers to <code>{esc(ref['resource'])}."
                                          f"{esc(ref['fields'][0])}</code>")
        parts += [f"## `{resources[name]['path']}` {{#resource-{name}}}",
                  f"<p>{esc(resources[name]['description'])}</p>",
                  html_table(["Column", "Type", "Constraints", "Meaning"],
                             [_table_field_row(field, keys) for field in table["fields"]])]
    json_resource = resources[package.ARTICLES_JSON]
    parts += [f"## `{json_resource['path']}` {{#resource-{package.ARTICLES_JSON}}}",
              f"<p>{esc(json_resource['description'])} Its items follow "
              f"{_ref_link(Path(json_resource[validate.RECORD_SCHEMA]).name)}.</p>",
              "## Record schemas",
              "The JSON Schemas (Draft 2020-12) every record is validated against. "
              "`translation` describes the lines of `translations/<article id>.jsonl`, the "
              "translation memory."]
    for name in schemas.names():
        schema = schemas.load(name)
        parts += [f"### `schemas/{name}.schema.json` {{#schema-{name}}}",
                  f"<p><strong>{esc(schema.get('title', name))}</strong>: "
                  f"{esc(schema.get('description', ''))}"
                  + (" No other fields are allowed." if schema.get("additionalProperties")
                     is False else "") + "</p>",
                  html_table(["Field", "Type", "Required", "Constraints", "Meaning"],
                             _schema_rows(schema))]
    return "\n\n".join(parts) + "\n"


def check_dictionary_sources(descriptor: dict) -> list[Problem]:
    """The dictionary describes the schemas; the package must have been built from them."""
    by_name = {resource["name"]: resource for resource in descriptor["resources"]}
    return [Problem("package-stale", "the published Table Schema differs from the one derived "
                    "from schemas/; rebuild the package (`python -m pipeline package`)",
                    file=package.DESCRIPTOR_PATH, record=name)
            for name, record in package.TABLES
            if by_name.get(name, {}).get("schema") != package.table_schema(record)]


# ---------------------------------------------------------------------------- downloads


def release_facts(root: Path) -> dict | None:
    """The latest release: version, archive name and sha256, and the archive's bytes when
    ``dist/`` holds the very file the release record pins."""
    record = versioning.last_release(Path(root) / release.RELEASES_DIR)
    if record is None:
        return None
    archive = Path(root) / "dist" / record["archive"]
    data = archive.read_bytes() if archive.is_file() else None
    if data is not None and sha256_bytes(data) != record["archive_sha256"]:
        data = None
    return {"version": record["version"], "archive": record["archive"],
            "sha256": record["archive_sha256"], "data": data}


def _join_example(descriptor: dict) -> tuple[str, str, str] | None:
    """A foreign key to show in the snippets: (child resource, column, parent resource)."""
    for resource in descriptor["resources"]:
        for foreign in resource.get("schema", {}).get("foreignKeys", []):
            return resource["name"], foreign["fields"][0], foreign["reference"]["resource"]
    return None


def snippets(descriptor: dict) -> str:
    tables = [r for r in descriptor["resources"] if r["format"] == "csv"]
    first = tables[0]
    join = _join_example(descriptor)
    pandas_lines = ["import pandas as pd", "",
                    "# Only empty cells are missing values: \"NA\" or \"null\" in a text is text.",
                    "read = dict(dtype=str, keep_default_na=False, na_values=[\"\"], "
                    "encoding=\"utf-8\")"]
    pandas_lines += [f"{r['name']} = pd.read_csv(\"{r['path']}\", **read)" for r in tables]
    r_lines = ["# Empty cells are missing values; every column read as text."]
    r_lines += [f"{r['name']} <- read.csv(\"{r['path']}\", encoding = \"UTF-8\", "
                "colClasses = \"character\", na.strings = \"\")" for r in tables]
    r_lines += ["", "# Or, typed by the package's Table Schemas:",
                "library(frictionless)", "package <- read_package(\"datapackage.json\")",
                f"{first['name']} <- read_resource(package, \"{first['name']}\")"]
    if join:
        child, column, parent = join
        pandas_lines += ["", f"# Rows of {child} with their {parent} row",
                         f"joined = {child}.merge({parent}, left_on=\"{column}\", "
                         f"right_on=\"{package.ID}\", suffixes=(\"\", \"_{parent}\"))"]
    frictionless_lines = ["from frictionless import Package, validate", "",
                          "report = validate(\"datapackage.json\")  # types, keys, hashes",
                          "print(report.valid)",
                          "package = Package(\"datapackage.json\")",
                          f"rows = package.get_resource(\"{first['name']}\").read_rows()"]
    return "\n\n".join([
        "## Loading the data",
        "Download an archive above and unzip it (or the files, keeping `datapackage.json` "
        "beside the `data/` folder), then:",
        "### pandas", "```python\n" + "\n".join(pandas_lines) + "\n```",
        "### R", "```r\n" + "\n".join(r_lines) + "\n```",
        "### frictionless (Python)", "```python\n" + "\n".join(frictionless_lines) + "\n```",
    ])


#: What the documents served with the package are, for the downloads page.
DOCUMENT_TITLES = {"README.md": "Read me", "LICENSE": "Code licence (MIT)",
                   "LICENSE-DATA.md": "Data licence and rights statement",
                   release.CHANGELOG: "Changelog", CITATION: "Citation (Citation File Format)",
                   DESCRIPTOR: "Package descriptor (Frictionless)"}


def site_archives(latest: dict | None, descriptor: dict, members: dict[str, bytes],
                  made: Artefacts | None = None) -> list[dict]:
    """The "download everything" archives: the release archive when ``dist/`` holds it, and
    the package on this site as an unreleased build when that is not the release's."""
    found = []
    if latest is not None and latest["data"] is not None:
        found.append({"name": latest["archive"], "version": latest["version"],
                      "data": latest["data"], "released": True})
    version = descriptor["version"]
    if not any(archive["version"] == version for archive in found):
        name = release.archive_name(version).removesuffix(".zip") + "-unreleased.zip"
        data = (made or Artefacts()).archive(f"{DOWNLOADS}/{name}", members, version,
                                             descriptor["created"])
        found.append({"name": name, "version": version, "released": False, "data": data})
    return found


def _file_link(path: str) -> str:
    # Raw HTML, written for the page's URL (generated/downloads/). The package's Markdown
    # files are served as they are (pipeline/website.py) at their path, so that the paths in
    # the served datapackage.json resolve; site generators take any link to a .md file for a
    # link to a page, so those are named, not linked.
    if path.endswith(".md"):
        return f"<code>{esc(path)}</code>"
    return f'<a href="../{DOWNLOADS}/{esc(path)}"><code>{esc(path)}</code></a>'


def _archives_text(archives: list[dict], latest: dict | None) -> str:
    rows = [[_file_link(a["name"]), esc(a["version"]),
             "release" if a["released"] else "<strong>unreleased build</strong>",
             esc(len(a["data"])), f"<code>{sha256_bytes(a['data'])}</code>"] for a in archives]
    lines = [html_table(["Archive", "Version", "Kind", "Bytes", "SHA-256"], rows),
             "Each archive holds `datapackage.json`, `data/`, `schemas/`, the README, "
             "licences, changelog and a `SHA256SUMS` file; check it with `sha256sum`."]
    if latest is None:
        lines.append("No release has been made yet (`nox -s release` makes the first): the "
                     "unreleased build is the package on this site, which may still change.")
    elif latest["data"] is None:
        lines.append(f"The archive of release {md_text(latest['version'])}, "
                     f"`{md_text(latest['archive'])}` (SHA-256 `{latest['sha256']}`), is not "
                     "part of this build of the site.")
    if any(not a["released"] for a in archives) and latest is not None:
        lines.append("The unreleased build is the package on this site: it has changes not "
                     f"in release {md_text(latest['version'])}.")
    return "\n\n".join(lines)


def downloads_page(pkg: Package, latest: dict | None, served: dict[str, bytes],
                   archives: list[dict], banner: str) -> str:
    descriptor = pkg.descriptor
    titles = DOCUMENT_TITLES | {r["path"]: r["title"] for r in descriptor["resources"]}
    rows = [[_file_link(path),
             esc(titles.get(path) or ("JSON Schema" if path.startswith("schemas/") else "")),
             esc(len(data)), f"<code>{sha256_bytes(data)}</code>"]
            for path, data in served.items()]
    return "\n\n".join(filter(None, [
        "# Downloads", banner,
        "## Download everything", _archives_text(archives, latest),
        f"## Files of version {md_text(descriptor['version'])}",
        "The whole package as built for this site, laid out as in the archive, so every "
        "path in the served `datapackage.json` resolves (the Markdown documents too, beside "
        "it, though not linked here). Sizes and digests are those of the files (and, for "
        "resources, those recorded in `datapackage.json`).",
        html_table(["File", "Content", "Bytes", "SHA-256"], rows, "corpus-files"),
        snippets(descriptor),
    ])) + "\n"


# ---------------------------------------------------------------------------- home


def home_snippet(numbers: dict, archives: list[dict], banner: str) -> str:
    """The home page's claims about this version, included into docs/index.md."""
    released = any(a["released"] and a["version"] == numbers["version"] for a in archives)
    languages = ", ".join(
        f"{_figure(key, numbers[key])} in {_language(key.split('.', 1)[1])}"
        for key in numbers if key.startswith("article_language."))
    archive = archives[0]
    kind = "the release archive" if archive["released"] else "an unreleased build archive"
    return "\n\n".join(filter(None, [
        banner,
        f'<p class="corpus-home-figures">This site shows version '
        f'<strong>{_figure("version", numbers["version"])}</strong> of the package '
        f'({"released" if released else "not released"}), created '
        f'{_figure("created", numbers["created"])}: {_figure("articles", numbers["articles"])} '
        f"articles ({languages}) and {_figure('sentences', numbers['sentences'])} sentences. "
        f"English is there for {_figure('translated', numbers['translated'])} of the "
        f"{_figure('to_translate', numbers['to_translate'])} sentences that need a translation "
        f"({_figure('coverage', numbers['coverage'])}).</p>",
        f'<p>The <a href="generated/downloads/">downloads page</a> offers {kind}, '
        f"<code>{esc(archive['name'])}</code>, and every file of the package.</p>",
    ])) + "\n"


# ---------------------------------------------------------------------------- site assets


def font_files() -> dict[str, bytes]:
    """The Arabic font (regular and bold) and its licence, from the locked font package."""
    import fontpkg

    regular = fontpkg.path(ARABIC_FONT, weight=400)
    return {f"{FONTS}/{ARABIC_FONT}-Regular.ttf": regular.read_bytes(),
            f"{FONTS}/{ARABIC_FONT}-Bold.ttf": fontpkg.path(ARABIC_FONT, weight=700).read_bytes(),
            f"{FONTS}/LICENSE-{ARABIC_FONT}.txt": (regular.parent.parent / "LICENSE").read_bytes()}


def site_config() -> bytes:
    """What mkdocs.yml inherits: ``site_url``. (The navigation is fixed, in mkdocs.yml: no
    article is in it, so a new article changes no other page's navigation.)"""
    config = {"site_url": site_url()}
    return (json.dumps(config, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------- changelog

_CODE_SPAN = re.compile(r"(`+)(.+?)\1")


def _inline(text: str) -> str:
    """Inert Markdown for one changelog line: code spans kept, everything else literal."""
    out, last = [], 0
    for match in _CODE_SPAN.finditer(text):
        out += [md_text_keeping_escapes(text[last:match.start()]),
                f"<code>{md_text(match.group(2))}</code>"]
        last = match.end()
    return "".join([*out, md_text_keeping_escapes(text[last:])])


def changelog_page(text: str) -> str:
    """``CHANGELOG.md`` as a page. Release entries quote article titles, which are scraped,
    so only headings, list items and code spans are kept as Markdown; all other syntax and
    any HTML is shown literally."""
    lines = []
    for line in text.splitlines():
        heading = re.match(r"(#{1,6})\s+(.*)$", line)
        item = re.match(r"(\s*)([-*])\s+(.*)$", line)
        if heading:
            lines.append(f"{heading.group(1)} {_inline(heading.group(2))}")
        elif item:
            lines.append(f"{item.group(1)}- {_inline(item.group(3))}")
        else:
            lines.append(_inline(line.strip()))
    if not any(line.startswith("# ") for line in lines):
        lines = ["# Changelog", "", *lines]
    return "\n".join(lines).strip() + "\n"


# ---------------------------------------------------------------------------- reuse


#: The unreleased archive is zipped again at every change of the package: at the fastest
#: deflate level (ten times faster than a release's highest, about 1.6 times its size).
UNRELEASED_COMPRESSION = 1


class Artefacts:
    """The costly outputs, charts (matplotlib, imported only to draw one), the unreleased
    archive (zipped) and the article pages (one per article: thousands), made again only
    when their content changed. Each is keyed by what it is drawn, zipped or written from
    (with the docs step key: code, schemas, library versions) and reused from ``out_dir``,
    where the last build wrote it, while that file is still the one recorded. Without a
    cache, everything is made."""

    def __init__(self, stage_cache: cache.StageCache | None = None, out_dir: Path | None = None,
                 block_keys: dict[str, str] | None = None):
        self.stage_cache, self.out_dir = stage_cache, out_dir
        # An article's records are keyed by its package block's key where it is known
        # (:func:`pipeline.package.block_keys`): hashing every record costs seconds.
        self.block_keys = block_keys or {}
        self.entries: dict[str, dict] = {}  # what this build made or reused, to record
        self.reused: set[str] = set()  # files left as they are in out_dir

    def _made(self, path: str, parts: list, make) -> bytes:
        if self.stage_cache is None:
            return make()
        item_key = self.stage_cache.key(*parts)
        data = self.stage_cache.unchanged_output(path, item_key, Path(self.out_dir) / path)
        if data is not None:
            self.reused.add(path)
        else:
            data = make()
        self.entries[path] = {"key": item_key, "sha256": sha256_bytes(data)}
        return data

    def page(self, path: str, render, *args, records: int = 0,
             block: str | None = None) -> bytes:
        """``render(*args)``, a page made of ``args`` alone; where ``block`` (a source id)
        has a known key, it stands in the page's key for the first ``records`` of them."""
        block_key = self.block_keys.get(block) if records else None
        parts = list(args) if block_key is None else ["block", block_key, *args[records:]]
        return self._made(path, parts, lambda: render(*args).encode("utf-8"))

    def chart(self, path: str, chart: charts.Chart) -> bytes:
        return self._made(path, [dataclasses.asdict(chart)], lambda: charts.svg(chart))

    def archive(self, path: str, members: dict[str, bytes], version: str, created: str) -> bytes:
        contents = sorted((name, sha256_bytes(data)) for name, data in members.items())
        return self._made(path, [contents, version, created, UNRELEASED_COMPRESSION],
                          lambda: release.build_zip(members, version, created,
                                                    compresslevel=UNRELEASED_COMPRESSION))


# ---------------------------------------------------------------------------- the stage


def sentence_numbers(sentences: list[dict]) -> dict:
    """The coverage figures of a set of sentences (an article's), as :func:`figures` names
    them."""
    to_translate = [s for s in sentences if s["translation_status"] != "original"]
    translated = sum(s["english"] is not None for s in to_translate)
    return {"to_translate": len(to_translate), "untranslated": len(to_translate) - translated,
            "coverage": f"{100 * translated / len(to_translate):.1f}%" if to_translate
            else "100.0%"}


def article_files(pkg: Package, months: list[Month], made: Artefacts) -> dict[str, bytes]:
    """The month pages and the article pages, by path under the output folder."""
    sources = {source[package.ID]: source for source in pkg.sources}
    files = {}
    for index, month in enumerate(months):
        files[f"{ARTICLES}/{MONTHS}/{month.slug}.md"] = month_page(
            pkg, month, months[index - 1] if index else None,
            months[index + 1] if index + 1 < len(months) else None).encode("utf-8")
    order = [(month, article) for month in months for article in month.articles]
    for index, (month, article) in enumerate(order):
        sentences = pkg.article_sentences(article["id"])
        source = sources.get(article["id"])
        steps = article_steps(month, order[index - 1][1] if index else None,
                              order[index + 1][1] if index + 1 < len(order) else None)
        path = f"{ARTICLES}/{article['id']}.md"
        files[path] = made.page(path, article_page, article, sentences, source,
                                coverage_banner(sentence_numbers(sentences)), steps,
                                records=3, block=article["id"])
    return files


def pages(pkg: Package, problems: list[Problem], members: dict[str, bytes],
          latest: dict | None, cff_text: str, made: Artefacts | None = None) -> dict[str, bytes]:
    """Every generated file, by path under the output folder. ``members`` are the files a
    release archive of this package would hold (:func:`pipeline.release.archive_members`);
    ``made`` draws the charts and zips the unreleased archive (or reuses them)."""
    made = made or Artefacts()
    numbers = figures(pkg, problems)
    banner = coverage_banner(numbers)
    found_charts = corpus_charts(pkg, numbers)
    months = article_months(pkg.articles)
    served = dict(sorted((members | {CITATION: served_citation(cff_text, numbers["version"])})
                         .items()))
    archives = site_archives(latest, pkg.descriptor, members, made)
    changelog = members.get(release.CHANGELOG, b"").decode("utf-8")
    files = {
        HOME: home_snippet(numbers, archives, banner),
        "overview.md": overview_page(pkg, numbers, problems, found_charts,
                                     bibtex(pkg, cff_text)),
        f"{ARTICLES}/index.md": articles_index_page(pkg, months, banner),
        "data-dictionary.md": data_dictionary_page(pkg.descriptor),
        "downloads.md": downloads_page(pkg, latest, served, archives, banner),
        "changelog.md": changelog_page(changelog),
    }
    result = {path: text.encode("utf-8") for path, text in files.items()}
    result |= article_files(pkg, months, made)
    result |= {f"{DOWNLOADS}/{path}": data for path, data in served.items()}
    result |= {f"{DOWNLOADS}/{a['name']}": a["data"] for a in archives}
    result |= {f"{CHARTS}/{name}.svg": made.chart(f"{CHARTS}/{name}.svg", chart)
               for name, chart in found_charts.items()}
    result |= font_files()
    result[SITE_CONFIG] = site_config()
    result[MARKER] = b"Generated by `python -m pipeline docs`; every file here is rewritten.\n"
    return result


def write(files: dict[str, bytes], out_dir: Path, reused: set[str] = frozenset()) -> dict[str, int]:
    """Make ``out_dir`` hold exactly ``files``: changed files replaced atomically, stale
    ones deleted; the ``reused`` ones were read from there. Refuses a non-empty folder this
    stage did not create."""
    out_dir = Path(out_dir)
    if out_dir.exists() and any(out_dir.iterdir()) and not (out_dir / MARKER).exists():
        raise PipelineError(Problem("not-generated", f"refusing to write into a folder without "
                                    f"{MARKER}: it may hold hand-written files",
                                    file=str(out_dir)))
    written = 0
    for path, data in sorted(files.items()):
        target = out_dir / path
        if path not in reused and (not target.is_file() or target.read_bytes() != data):
            atomic_write_bytes(target, data)
            written += 1
    deleted = 0
    if out_dir.exists():
        for path in sorted(out_dir.rglob("*"), reverse=True):
            relative = path.relative_to(out_dir).as_posix()
            if path.is_file() and relative not in files:
                path.unlink()
                deleted += 1
            elif path.is_dir() and not any(path.iterdir()):
                shutil.rmtree(path)
    return {"files": len(files), "written": written, "deleted": deleted}


#: What the docs stage reads besides the package's code and schemas (the step key), by
#: pattern under the project root: the published package, the documents served with it,
#: the citation and the releases (records and archives).
INPUTS = [*(f"{PACKAGE_DIR}/{pattern}" for pattern in package.PUBLISHED_FILES),
          *release.DOCUMENTS, CITATION,
          f"{release.RELEASES_DIR}/*.json", "dist/*.zip"]
#: The stage's cache entry for the pages as a whole (the others are charts and archives).
PAGES = "pages"


def run(*, root: Path = ROOT, out_dir: Path | None = None, cache_dir: Path | None = None,
        force: bool = False) -> dict:
    """Generate every data page for the package under ``root`` into ``out_dir``
    (default ``root/docs/generated``). Everything is rendered before anything is written.

    Nothing is read, drawn or written when the inputs (:data:`INPUTS`, the site URL, the
    step key) are those of the last build and ``out_dir`` holds what it wrote then;
    ``force`` makes everything again."""
    root = Path(root)
    out_dir = Path(out_dir or root / "docs" / "generated")
    cache_dir = Path(cache_dir or root / "build" / "cache")
    stage_cache = cache.StageCache("docs", cache_dir, force=force)
    digests = package.file_digests(root, INPUTS, cache_dir)
    pages_key = stage_cache.key(sorted(digests.items()), site_url())
    last = stage_cache.entries.get(PAGES, {})
    if last.get("key") == pages_key and last.get("files") == package.file_digests(
            out_dir, ["**/*"], cache_dir):
        return dict(last["summary"], written=0, deleted=0, changed=False)
    pkg = load(root)
    stale = check_dictionary_sources(pkg.descriptor)
    if stale:
        raise PipelineError(stale, "the site would describe other schemas than the package's")
    problems = validate.check_package(root / PACKAGE_DIR, root, cache_dir=cache_dir)
    changelog_path = root / release.CHANGELOG
    changelog = changelog_path.read_bytes() if changelog_path.exists() else b""
    members = release.archive_members(root, pkg.descriptor, pkg.files[DESCRIPTOR], changelog)
    if not (root / CITATION).is_file():
        raise PipelineError(Problem("missing-file", "the site cites the package from this "
                                    "file", file=CITATION))
    made = Artefacts(stage_cache, out_dir, package.block_keys(cache_dir, {
        path.removeprefix(f"{PACKAGE_DIR}/"): digest for path, digest in digests.items()
        if path.startswith(f"{PACKAGE_DIR}/")}))
    files = pages(pkg, problems, members, release_facts(root),
                  (root / CITATION).read_text(encoding="utf-8"), made)
    written = write(files, out_dir, made.reused)
    numbers = figures(pkg, problems)
    summary = {"files": written["files"], "articles": numbers["articles"],
               "validation": numbers["validation"], "coverage": numbers["coverage"]}
    stage_cache.save({**made.entries, PAGES: {
        "key": pages_key, "summary": summary,
        "files": {path: made.entries[path]["sha256"] if path in made.entries
                  else sha256_bytes(data) for path, data in sorted(files.items())}}})
    return {**summary, **written, "changed": True}
