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
import functools
import json
import os
import re
import zlib
from collections import Counter
from collections.abc import Callable
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
    ziparchive,
)
from .errors import PipelineError, Problem
from .fileio import atomic_write_bytes, link_file, mapped, note_written, sha256_bytes
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
#: The Arabic font served from the site itself (OFL), from the locked ``fontpkg-amiri``;
#: the charts name it too (defined there: this module imports that one).
ARABIC_FONT = charts.ARABIC_FONT
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


def summary(article: dict, sentences: list[dict]) -> dict:
    """What the overview, the charts, the index and the month pages show of one article,
    from its records. Kept between builds (keyed by the article's package block), so that
    a build that adds one article reads that article's records alone."""
    to_translate = [s for s in sentences if s["translation_status"] != "original"]
    return {"id": article["id"], "language": article["language"], "title": article["title"],
            "outlet": article["outlet"], "date": article["published"]["date"],
            "paragraphs": len(article["body"]), "sentences": len(sentences),
            "to_translate": len(to_translate),
            "translated": sum(s["english"] is not None for s in to_translate),
            "flagged": sum(1 for s in to_translate if s["quality_flags"]),
            "sentence_languages": dict(Counter(s["language"] for s in sentences)),
            "statuses": dict(Counter(s["translation_status"] for s in sentences)),
            "removed": dict(Counter(line["reason"] for line in article["removed"]))}


#: (source, article, its sentences in table order) of each article, by id.
Records = dict[str, tuple[dict | None, dict, list[dict]]]


@dataclass
class Corpus:
    """What the pages are made of: the descriptor, the number of sources, each article's
    :func:`summary` (by id), a reader of the records of some articles, and the key that
    stands for an article's records (its package block's key, or a hash of them)."""

    descriptor: dict
    sources: int
    summaries: list[dict]
    read: Callable[[set[str]], Records]
    identity: Callable[[str], str]
    known: Records = dataclasses.field(default_factory=dict)  # the records read so far
    # Where each block lies in the data files (:func:`pipeline.package.block_layout`).
    blocks: dict[str, dict] = dataclasses.field(default_factory=dict)

    def records(self, ids: list[str]) -> Records:
        missing = {article_id for article_id in ids if article_id not in self.known}
        if missing:
            self.known |= self.read(missing)
        return {article_id: self.known[article_id] for article_id in ids}


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

    def layout(self) -> dict[str, dict]:
        """Where each block lies in the data files, found by rendering the blocks again
        (:func:`pipeline.package.rendered_layout`); {} when other code wrote them."""
        return package.rendered_layout(self.articles, self.by_article, self.sources,
                                       self.files) or {}

    def corpus(self) -> Corpus:
        """The pages' view of the whole package, every record in memory."""
        sources = {source[package.ID]: source for source in self.sources}
        records = {article["id"]: (sources.get(article["id"]), article,
                                   self.article_sentences(article["id"]))
                   for article in self.articles}
        return Corpus(self.descriptor, len(self.sources),
                      [summary(article, sentences) for _, article, sentences in records.values()],
                      lambda ids: {article_id: records[article_id] for article_id in ids},
                      functools.cache(lambda article_id: cache.key(*records[article_id])),
                      records)


def _inconsistent(descriptor: dict, facts: Callable[[str], tuple[int, str] | None],
                  ) -> list[Problem]:
    """The resources whose file is not the one the descriptor describes; ``facts(path)``
    gives a file's size and SHA-256 (None: no such file)."""
    return [Problem("package-inconsistent", "file does not match the bytes and hash in "
                    "datapackage.json; rebuild the package",
                    file=f"{PACKAGE_DIR}/{resource['path']}")
            for resource in descriptor["resources"]
            if facts(resource["path"]) != (resource["bytes"],
                                           resource["hash"].removeprefix("sha256:"))]


def _descriptor_bytes(root: Path) -> bytes:
    path = Path(root) / PACKAGE_DIR / DESCRIPTOR
    if not path.exists():
        raise PipelineError(Problem("package-missing", "no data package to document; run "
                                    "`python -m pipeline package` first",
                                    file=package.DESCRIPTOR_PATH))
    return path.read_bytes()


def load(root: Path = ROOT) -> Package:
    """Read the published package (``package/`` under ``root``); checks the files are the
    ones the descriptor describes (bytes and sha256)."""
    folder = Path(root) / PACKAGE_DIR
    descriptor_bytes = _descriptor_bytes(root)
    descriptor = json.loads(descriptor_bytes.decode("utf-8"))
    files = {DESCRIPTOR: descriptor_bytes}
    for resource in descriptor["resources"]:
        files[resource["path"]] = (folder / resource["path"]).read_bytes()
    problems = _inconsistent(descriptor, lambda path: (len(files[path]),
                                                       sha256_bytes(files[path])))
    if problems:
        raise PipelineError(problems, "the published package is inconsistent")
    articles, sentences, sources = package.package_records(folder)
    sentences = sorted(sentences, key=lambda s: (s["article_id"], s["paragraph_index"],
                                                 s["sentence_index"]))
    return Package(descriptor, sorted(articles, key=lambda a: a["id"]), sentences,
                   sorted(sources, key=lambda s: s["id"]), files)


#: The docs stage's cache entries of article summaries are named ``summaries/<id>``.
SUMMARIES = "summaries/"


def block_corpus(root: Path, descriptor: dict, layout: dict[str, dict],
                 made: Artefacts) -> Corpus:
    """The pages' view of a package the package stage wrote, whose blocks ``layout``
    places (:func:`pipeline.package.block_layout`): the summaries of articles whose block
    is unchanged are those kept by the last build, the others are read from their
    blocks alone."""
    articles = [source_id for source_id, block in layout.items()
                if block["sizes"][package.RECORD_FILES["articles"]] is not None]

    def read(ids: set[str]) -> Records:
        found = package.block_records(Path(root) / PACKAGE_DIR, layout, ids)
        return {article_id: found[article_id] for article_id in ids}

    corpus = Corpus(descriptor, sum(block["sizes"][package.RECORD_FILES["sources"]] is not None
                                    for block in layout.values()), [], read,
                    lambda article_id: layout[article_id]["key"], blocks=layout)
    summaries = {article_id: made.summary(SUMMARIES + article_id, corpus.identity(article_id))
                 for article_id in articles}
    missing = [article_id for article_id, found in summaries.items() if found is None]
    for article_id, (_, article, sentences) in corpus.records(missing).items():
        summaries[article_id] = made.summary(SUMMARIES + article_id, corpus.identity(
            article_id), summary(article, sentences))
    corpus.summaries = list(summaries.values())
    return corpus


# ---------------------------------------------------------------------------- figures


def coverage_numbers(to_translate: int, translated: int) -> dict:
    """The coverage figures of sentences (an article's, a month's, the package's), as
    :func:`figures` names them."""
    return {"to_translate": to_translate, "translated": translated,
            "untranslated": to_translate - translated,
            "coverage": f"{100 * translated / to_translate:.1f}%" if to_translate
            else "100.0%"}


def _total(counts) -> dict[str, int]:
    found: Counter = Counter()
    for count in counts:
        found.update(count)
    return found


def figures(corpus: Corpus, problems: list[Problem]) -> dict:
    """Every number the overview shows, keyed by the name it carries on the page."""
    articles = corpus.summaries
    dates = sorted(a["date"] for a in articles if a["date"])
    found = {
        "version": corpus.descriptor["version"],
        "created": corpus.descriptor["created"],
        "articles": len(articles),
        "paragraphs": sum(a["paragraphs"] for a in articles),
        "sentences": sum(a["sentences"] for a in articles),
        "sources": corpus.sources,
        "outlets": len({a["outlet"] for a in articles if a["outlet"]}),
        "articles_without_outlet": sum(1 for a in articles if not a["outlet"]),
        "published_first": dates[0] if dates else "",
        "published_last": dates[-1] if dates else "",
        "published_unknown": len(articles) - len(dates),
        **coverage_numbers(sum(a["to_translate"] for a in articles),
                           sum(a["translated"] for a in articles)),
        "flagged": sum(a["flagged"] for a in articles),
        "validation": "valid" if not problems else f"{len(problems)} problem(s)",
    }
    for prefix, counts in (
            ("article_language", Counter(a["language"] for a in articles)),
            ("sentence_language", _total(a["sentence_languages"] for a in articles)),
            ("status", _total(a["statuses"] for a in articles))):
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


def corpus_charts(corpus: Corpus, numbers: dict) -> dict[str, charts.Chart]:
    languages = {code: LANGUAGE_NAMES.get(code, (code, ""))[0] for code in
                 sorted(key.split(".", 1)[1] for key in numbers
                        if key.startswith("article_language."))}
    statuses = schemas.resolve(schemas.load("sentence")["properties"]["translation_status"])
    articles = corpus.summaries
    found = [charts.articles_by_date([a["date"] for a in articles]),
             charts.articles_by_outlet([(a["outlet"], a["language"]) for a in articles],
                                       languages),
             charts.sentences_by_status(_total(a["statuses"] for a in articles),
                                        statuses["enum"]),
             charts.removed_by_reason(_total(a["removed"] for a in articles))]
    return {chart.name: chart for chart in found}


def _languages_rows(numbers: dict) -> list[list[str]]:
    rows = []
    for prefix, noun in (("article_language.", "Articles"), ("sentence_language.", "Sentences")):
        rows += [[f"{noun} in {_language(key[len(prefix):])}", _figure(key, numbers[key])]
                 for key in numbers if key.startswith(prefix)]
    return rows


def overview_page(corpus: Corpus, numbers: dict, problems: list[Problem],
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
    by_outlet = Counter(a["outlet"] for a in corpus.summaries if a["outlet"])
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


def bibtex(corpus: Corpus, cff_text: str) -> str:
    d = corpus.descriptor
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


def english_share(article: dict) -> str:
    """How much of an article (its :func:`summary`) that needs English has it."""
    if not article["to_translate"]:
        return "original English"
    done, total = article["translated"], article["to_translate"]
    return f"{done} of {total} ({100 * done / total:.0f}%)"


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
    articles: tuple[dict, ...]  # their summaries (:func:`summary`)


def article_months(articles: list[dict]) -> list[Month]:
    """The articles (their summaries) by month of publication, oldest first and undated
    last; within a month, by date and id: the reading order of previous/next."""
    grouped: dict[str, list[dict]] = {}
    for article in sorted(articles, key=lambda a: (a["date"] or "9999", a["id"])):
        date = article["date"]
        grouped.setdefault(date[:7] if date else UNDATED, []).append(article)
    return [Month(slug, "Date unknown" if slug == UNDATED else charts.month_name(slug),
                  tuple(items)) for slug, items in grouped.items()]


def _article_link(article: dict, href: str) -> str:
    return f'<a href="{esc(href)}" {lang_attrs(article["language"])}>{article_title(article)}</a>'


def month_page(month: Month, before: Month | None, after: Month | None) -> str:
    """One month's articles: headline, outlet, date, language and English share. Its banner
    counts the month's sentences only, so that a page changes only with its own articles."""
    labels = ["Headline", "Outlet", "Published", "Language", "English"]
    rows = [[_article_link(article, f"../../{article['id']}/"),
             f'<span {text_attrs(article["outlet"])}>{esc(article["outlet"])}</span>'
             if article["outlet"] else "<em>not named</em>",
             esc(article["date"] or "unknown"),
             _language(article["language"]),
             esc(english_share(article))]
            for article in month.articles]
    steps = [f'<a href="../{esc(other.slug)}/" rel="{rel}">{arrow} {esc(other.label)}</a>'
             for other, rel, arrow in ((before, "prev", "←"), (after, "next", "→")) if other]
    return "\n\n".join(filter(None, [
        front_matter(f"Articles: {month.label}") + f"# Articles: {esc(month.label)}",
        coverage_banner(coverage_numbers(sum(a["to_translate"] for a in month.articles),
                                         sum(a["translated"] for a in month.articles))),
        f'<p class="corpus-crumbs"><a href="../../">All articles</a> › {esc(month.label)}: '
        f"{len(month.articles)} article(s), by date.</p>",
        # The headlines are searched on the articles' own pages.
        '<div class="corpus-index" data-search-exclude>\n'
        + html_table([esc(label) for label in labels], rows, labels=labels) + "\n</div>",
        f'<nav class="corpus-steps" aria-label="Other months" data-search-exclude>'
        f'{" · ".join(steps)}</nav>'
        if steps else "",
    ])) + "\n"


def articles_index_page(corpus: Corpus, months: list[Month], banner: str) -> str:
    """The way into the articles: each month with its counts by language, newest first,
    and the search. Articles are not in the navigation: a site of n pages each carrying an
    n-entry navigation grows as n squared, and one new article would change every page."""
    articles = corpus.summaries
    languages = sorted({a["language"] for a in articles})
    labels = ["Month", "Articles", *(f"In {LANGUAGE_NAMES.get(code, (code, ''))[0]}"
                                     for code in languages)]
    rows = []
    for month in reversed(months):
        counts = Counter(a["language"] for a in month.articles)
        rows.append([f'<a href="{MONTHS}/{esc(month.slug)}/">{esc(month.label)}</a>',
                     esc(len(month.articles)), *(esc(counts[code]) for code in languages)])
    by_language = ", ".join(f"{sum(a['language'] == code for a in articles)} in "
                            f"{_language(code)}" for code in languages)
    return "\n\n".join(filter(None, [
        front_matter("Articles") + "# Articles", banner,
        f"<p>{len(articles)} articles ({by_language}), by month of publication, newest "
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
                  made: Artefacts | None = None, layout: dict | None = None) -> list[dict]:
    """The "download everything" archives: the release archive when ``dist/`` holds it, and
    the package on this site as an unreleased build when that is not the release's."""
    found = []
    if latest is not None and latest["data"] is not None:
        found.append({"name": latest["archive"], "version": latest["version"],
                      "data": latest["data"], "released": True, "bytes": len(latest["data"]),
                      "sha256": latest["sha256"]})
    version = descriptor["version"]
    if not any(archive["version"] == version for archive in found):
        name = release.archive_name(version).removesuffix(".zip") + "-unreleased.zip"
        made = made or Artefacts()
        path = f"{DOWNLOADS}/{name}"
        data = made.archive(path, members, version, descriptor["created"], layout or {})
        # None: the archive of the last build, left where it is.
        found.append({"name": name, "version": version, "released": False, "data": data,
                      "bytes": made.entries[path]["bytes"],
                      "sha256": made.entries[path]["sha256"]})
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
             esc(a["bytes"]), f"<code>{a['sha256']}</code>"] for a in archives]
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


def downloads_page(corpus: Corpus, latest: dict | None, served: dict[str, bytes],
                   archives: list[dict], banner: str, made: Artefacts | None = None) -> str:
    descriptor = corpus.descriptor
    made = made or Artefacts()
    titles = DOCUMENT_TITLES | {r["path"]: r["title"] for r in descriptor["resources"]}
    rows = [[_file_link(path),
             esc(titles.get(path) or ("JSON Schema" if path.startswith("schemas/") else "")),
             esc(len(data)), f"<code>{made.sha256(path, data)}</code>"]
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
    """The outputs made from many records, or costly to make: the article and month pages
    (thousands), the charts and the unreleased archive (zipped), made again only when
    their content changed; and the summaries of articles. Each is keyed by what it is
    made from (with the docs step key: code, schemas, library versions) and left in
    ``out_dir``, where the last build wrote it, while that file is still the one recorded:
    its SHA-256 in ``present``, by the stat-memoised digests of the files there
    (:func:`pipeline.package.file_digests`), so that a page left is not read again.
    Without a cache, everything is made."""

    def __init__(self, stage_cache: cache.StageCache | None = None,
                 present: dict[str, str] | None = None, known: dict[str, str] | None = None,
                 out_dir: Path | None = None):
        self.stage_cache, self.out_dir = stage_cache, out_dir
        self.present = present or {}  # path under out_dir -> SHA-256 of the file there
        self.entries: dict[str, dict] = {}  # what this build made or left, to record
        # The SHA-256 of files of the package, by path in it, known without reading them.
        self.known = known or {}

    def sha256(self, name: str, data: bytes) -> str:
        """The SHA-256 of ``data``, the package's file ``name``: known, or computed once."""
        if name not in self.known:
            self.known[name] = sha256_bytes(data)
        return self.known[name]

    def left(self, path: str, parts: list) -> bool:
        """Whether the output ``path``, made from ``parts``, is in out_dir as the last
        build wrote it: it is then left there (recorded as it was)."""
        if self.stage_cache is None:
            return False
        item_key = self.stage_cache.key(*parts)
        last = self.stage_cache.entries.get(path, {})
        if last.get("key") == item_key and last.get("sha256") == self.present.get(path):
            self.entries[path] = last
            return True
        self.entries[path] = {"key": item_key}
        return False

    def made(self, path: str, data: bytes) -> bytes:
        """Record the output ``path`` made now (after :meth:`left` said it was not left)."""
        self.entries[path] = {**self.entries.get(path, {}), "sha256": sha256_bytes(data),
                              "bytes": len(data)}
        return data

    def output(self, path: str, parts: list, make: Callable[[], bytes]) -> bytes | None:
        """``make()``, the output ``path`` made from ``parts`` alone; None when it is left."""
        return None if self.left(path, parts) else self.made(path, make())

    def summary(self, item: str, identity: str, found: dict | None = None) -> dict | None:
        """The summary of an article whose records ``identity`` stands for, as the last
        build kept it (None when it did not); with ``found``, keeps that one."""
        item_key = self.stage_cache.key("summary", identity)
        if found is None:
            last = self.stage_cache.entries.get(item, {})
            found = last.get("summary") if last.get("key") == item_key else None
        if found is not None:
            self.entries[item] = {"key": item_key, "summary": found}
        return found

    def chart(self, path: str, chart: charts.Chart) -> bytes | None:
        return self.output(path, [dataclasses.asdict(chart)], lambda: charts.svg(chart))

    def archive(self, path: str, members: dict[str, bytes], version: str, created: str,
                layout: dict[str, dict]) -> bytes | None:
        """The unreleased archive of ``members``, zipped in pieces (:func:`archive_pieces`),
        those of the last build's archive copied from it."""
        digests = {name: self.sha256(name, data) for name, data in members.items()}
        last = self.stage_cache.entries.get(ARCHIVE_PIECES, {}) if self.stage_cache else {}
        data = self.output(path, [sorted(digests.items()), version, created,
                                  UNRELEASED_COMPRESSION], lambda: self._zip(
            path, release.with_checksums(members, digests), version, created, layout, last))
        if data is None and last:
            self.entries[ARCHIVE_PIECES] = last
        elif data is not None and ARCHIVE_PIECES in self.entries:
            self.entries[ARCHIVE_PIECES]["sha256"] = self.entries[path]["sha256"]
        return data

    def _zip(self, path: str, members: dict[str, bytes], version: str, created: str,
             layout: dict[str, dict], last: dict) -> bytes:
        item_key = self.stage_cache.key(ARCHIVE_PIECES, UNRELEASED_COMPRESSION) \
            if self.stage_cache else ""
        previous = b""
        if item_key and last.get("key") == item_key and last.get("path") in self.present \
                and self.present[last["path"]] == last.get("sha256"):
            previous = mapped(Path(self.out_dir) / last["path"])
        data, where = ziparchive.build(
            archive_pieces(members, layout), release.archive_folder(version), created,
            UNRELEASED_COMPRESSION, previous, last.get("pieces") if previous else None)
        if item_key:  # with the archive's SHA-256 once it is recorded (:meth:`archive`)
            self.entries[ARCHIVE_PIECES] = {"key": item_key, "path": path, "pieces": where}
        return data


#: The cache entry that says where the keyed pieces of the last unreleased archive lie.
ARCHIVE_PIECES = "archive-pieces"


#: A data file's blocks are zipped in groups of this many on average: deflate looks back
#: 32 KiB, and alone a block's few kilobytes compress two thirds worse.
GROUP = 16


def _ends_group(source_id: str) -> bool:
    """Whether a group of blocks ends with this source's: decided by its id alone, so that
    an added block changes its own group only, and a build without the blocks' keys groups
    them as one with."""
    return zlib.crc32(source_id.encode("utf-8")) % GROUP == 0


def archive_pieces(members: dict[str, bytes],
                   layout: dict[str, dict]) -> dict[str, ziparchive.Pieces]:
    """Each member's pieces for :func:`pipeline.ziparchive.build`: a data file's frame and
    its parts of groups of blocks (with the separator before them), as ``layout`` places
    them, keyed by their blocks' keys where those are known. Other members whole."""
    layout_frames = package.frames()
    found: dict[str, ziparchive.Pieces] = {}
    for name, data in members.items():
        frame = layout_frames.get(name)
        found[name] = [(None, data)]
        sizes = [block["sizes"][name] for block in layout.values()] if frame else []
        if not any(size is not None for size in sizes):
            continue
        ids = [source_id for source_id, size in zip(layout, sizes, strict=True)
               if size is not None]
        spans = [span for span in frame.spans(sizes, len(data)) if span is not None]
        view = memoryview(data)
        pieces: ziparchive.Pieces = [(None, view[:spans[0][0]])]
        begin, keys = spans[0][0], []
        for index, (source_id, (_, end)) in enumerate(zip(ids, spans, strict=True)):
            keys.append(layout[source_id].get("key"))
            if _ends_group(source_id) or index + 1 == len(ids):
                known = None not in keys
                pieces.append((cache.key(name, begin == spans[0][0], keys) if known else None,
                               view[begin:end]))
                begin, keys = end, []
        found[name] = [*pieces, (None, view[spans[-1][1]:])]
    return found


# ---------------------------------------------------------------------------- the stage


def _month_link(month: Month | None) -> list | None:
    return None if month is None else [month.slug, month.label]


def _step_link(article: dict | None) -> list | None:
    """What an article page shows of the article before or after it."""
    return None if article is None else [article["id"], article["language"], article["title"]]


def month_files(corpus: Corpus, months: list[Month], made: Artefacts) -> dict[str, bytes | None]:
    """The month pages, by path under the output folder (None: left as they are)."""
    files = {}
    for index, month in enumerate(months):
        before = months[index - 1] if index else None
        after = months[index + 1] if index + 1 < len(months) else None
        path = f"{ARTICLES}/{MONTHS}/{month.slug}.md"
        parts = ["month", _month_link(month), _month_link(before), _month_link(after),
                 [corpus.identity(article["id"]) for article in month.articles]]
        files[path] = None if made.left(path, parts) else made.made(
            path, month_page(month, before, after).encode("utf-8"))
    return files


def article_files(corpus: Corpus, months: list[Month], made: Artefacts,
                  ) -> dict[str, bytes | None]:
    """The article pages, by path under the output folder (None: left as they are). Only
    the pages made again read their article's records."""
    order = [(month, article) for month in months for article in month.articles]
    files: dict[str, bytes | None] = {}
    to_make = []
    for index, (month, article) in enumerate(order):
        before = order[index - 1][1] if index else None
        after = order[index + 1][1] if index + 1 < len(order) else None
        path = f"{ARTICLES}/{article['id']}.md"
        parts = ["article", corpus.identity(article["id"]), _month_link(month),
                 _step_link(before), _step_link(after)]
        files[path] = None
        if not made.left(path, parts):
            to_make.append((path, article, article_steps(month, before, after)))
    records = corpus.records([article["id"] for _, article, _ in to_make])
    for path, article, steps in to_make:
        source, record, sentences = records[article["id"]]
        banner = coverage_banner(coverage_numbers(article["to_translate"], article["translated"]))
        files[path] = made.made(path, article_page(record, sentences, source, banner, steps)
                                .encode("utf-8"))
    return files


def pages(corpus: Corpus | Package, problems: list[Problem], members: dict[str, bytes],
          latest: dict | None, cff_text: str,
          made: Artefacts | None = None) -> dict[str, bytes | None]:
    """Every generated file, by path under the output folder (None: left as the last build
    wrote it). ``members`` are the files a release archive of this package would hold
    (:func:`pipeline.release.archive_members`); ``made`` draws the charts and zips the
    unreleased archive (or reuses them)."""
    corpus = corpus.corpus() if isinstance(corpus, Package) else corpus
    made = made or Artefacts()
    numbers = figures(corpus, problems)
    banner = coverage_banner(numbers)
    found_charts = corpus_charts(corpus, numbers)
    months = article_months(corpus.summaries)
    served = dict(sorted((members | {CITATION: served_citation(cff_text, numbers["version"])})
                         .items()))
    archives = site_archives(latest, corpus.descriptor, members, made, corpus.blocks)
    changelog = members.get(release.CHANGELOG, b"").decode("utf-8")
    files = {
        HOME: home_snippet(numbers, archives, banner),
        "overview.md": overview_page(corpus, numbers, problems, found_charts,
                                     bibtex(corpus, cff_text)),
        f"{ARTICLES}/index.md": articles_index_page(corpus, months, banner),
        "data-dictionary.md": data_dictionary_page(corpus.descriptor),
        "downloads.md": downloads_page(corpus, latest, served, archives, banner, made),
        "changelog.md": changelog_page(changelog),
    }
    result: dict[str, bytes | None] = {path: text.encode("utf-8") for path, text in files.items()}
    result |= month_files(corpus, months, made)
    result |= article_files(corpus, months, made)
    result |= {f"{DOWNLOADS}/{path}": data for path, data in served.items()}
    result |= {f"{DOWNLOADS}/{a['name']}": a["data"] for a in archives}
    result |= {f"{CHARTS}/{name}.svg": made.chart(f"{CHARTS}/{name}.svg", chart)
               for name, chart in found_charts.items()}
    result |= font_files()
    result[SITE_CONFIG] = site_config()
    result[MARKER] = b"Generated by `python -m pipeline docs`; every file here is rewritten.\n"
    return result


def write(files: dict[str, bytes | None], out_dir: Path, present: dict[str, str],
          known: dict[str, str] | None = None, links: dict[str, Path] | None = None) -> dict:
    """Make ``out_dir`` hold exactly ``files``: changed files replaced atomically, stale
    ones deleted, those given as None left as they are. ``present``: the SHA-256 of each
    file now there, by path; ``known``: of some of ``files``; ``links``: for some of
    ``files``, the file whose bytes they are (the published package's), hard-linked in
    place of a copy while it still holds them (:func:`pipeline.fileio.link_file`).
    Refuses a non-empty folder this stage did not create."""
    known, links = known or {}, links or {}
    out_dir = Path(out_dir)
    if out_dir.exists() and any(out_dir.iterdir()) and not (out_dir / MARKER).exists():
        raise PipelineError(Problem("not-generated", f"refusing to write into a folder without "
                                    f"{MARKER}: it may hold hand-written files",
                                    file=str(out_dir)))
    written, digests = 0, {}
    for path, data in sorted(files.items()):
        if data is None:
            continue
        digests[path] = known.get(path) or sha256_bytes(data)
        if present.get(path) != digests[path]:
            # Without fsync: pages made again from the package. One cut short by a power
            # failure is not the one recorded, so the next run writes it again.
            if path not in links or not link_file(links[path], out_dir / path, digests[path]):
                atomic_write_bytes(out_dir / path, data, durable=False)
                note_written(out_dir / path, digests[path])
            written += 1
    stale = sorted(set(present) - set(files), reverse=True)
    for path in stale:
        (out_dir / path).unlink()
        folder = (out_dir / path).parent
        while folder != out_dir and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
    return {"files": len(files), "written": written, "deleted": len(stale), "digests": digests}


#: What the docs stage reads besides the package's code and schemas (the step key), by
#: pattern under the project root: the published package, the documents served with it,
#: the citation and the releases (records and archives).
INPUTS = [*(f"{PACKAGE_DIR}/{pattern}" for pattern in package.PUBLISHED_FILES),
          *release.DOCUMENTS, CITATION,
          f"{release.RELEASES_DIR}/*.json", "dist/*.zip"]
#: The stage's cache entry for the pages as a whole (the others are charts and archives).
PAGES = "pages"


def read_package(root: Path, published: dict[str, str], cache_dir: Path,
                 made: Artefacts) -> tuple[Corpus, bytes, list[Problem]]:
    """The published package as the pages see it (:class:`Corpus`), its descriptor's bytes
    and what validation finds wrong with it. ``published``: the SHA-256 of the package's
    files by path under ``package/`` (stat-memoised), which must be those the descriptor
    gives. A package the package stage wrote is read block by block (:func:`block_corpus`);
    any other, whole."""
    folder = Path(root) / PACKAGE_DIR
    descriptor_bytes = _descriptor_bytes(root)
    descriptor = json.loads(descriptor_bytes.decode("utf-8"))
    problems = _inconsistent(descriptor, lambda path: (
        (folder / path).stat().st_size, published[path]) if path in published else None)
    if problems:
        raise PipelineError(problems, "the published package is inconsistent")
    stale = check_dictionary_sources(descriptor)
    if stale:
        raise PipelineError(stale, "the site would describe other schemas than the package's")
    layout = package.block_layout(cache_dir, published)
    if layout:
        corpus = block_corpus(root, descriptor, layout, made)
    else:
        whole = load(root)
        corpus = dataclasses.replace(whole.corpus(), blocks=whole.layout())
    problems = validate.check_package(folder, root, cache_dir=cache_dir, digests=[
        published[DESCRIPTOR], *(published[r["path"]] for r in descriptor["resources"])])
    return corpus, descriptor_bytes, problems


def _outdated_copies(root: Path, out_dir: Path, inputs: dict[str, str]) -> set[str]:
    """The package's files served in ``out_dir`` that cannot be the published ones (of
    another size), by path there: replaced by the published ones whatever they hold, they
    are not read (after a build that adds an article, hundreds of megabytes)."""
    found = set()
    for path in inputs:
        if not path.startswith(f"{PACKAGE_DIR}/"):
            continue
        name = path.removeprefix(f"{PACKAGE_DIR}/")
        try:
            if (out_dir / DOWNLOADS / name).stat().st_size != (root / path).stat().st_size:
                found.add(f"{DOWNLOADS}/{name}")
        except OSError:
            continue  # not served yet
    return found


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
    present = package.file_digests(out_dir, ["**/*"], cache_dir,
                                   _outdated_copies(root, out_dir, digests))
    last = stage_cache.entries.get(PAGES, {})
    if last.get("key") == pages_key and last.get("files") == present:
        return dict(last["summary"], written=0, deleted=0, changed=False)
    published = {path.removeprefix(f"{PACKAGE_DIR}/"): digest for path, digest
                 in digests.items() if path.startswith(f"{PACKAGE_DIR}/")}
    made = Artefacts(stage_cache, present, dict(published), out_dir)
    corpus, descriptor_bytes, problems = read_package(root, published, cache_dir, made)
    changelog_path = root / release.CHANGELOG
    changelog = changelog_path.read_bytes() if changelog_path.exists() else b""
    members = release.archive_members(root, corpus.descriptor, descriptor_bytes, changelog)
    if not (root / CITATION).is_file():
        raise PipelineError(Problem("missing-file", "the site cites the package from this "
                                    "file", file=CITATION))
    files = pages(corpus, problems, members, release_facts(root),
                  (root / CITATION).read_text(encoding="utf-8"), made)
    # The package's files are served as they are: linked, not written again (a package
    # is only ever replaced whole, pipeline/package.py's publish, never written in place).
    # The SHA-256 of what was made now, computed as it was made, and of the package's files.
    known = {path: entry["sha256"] for path, entry in made.entries.items()
             if files.get(path) is not None and "sha256" in entry}
    written = write(files, out_dir, present, known | {f"{DOWNLOADS}/{name}": digest
                                                      for name, digest in made.known.items()},
                    {f"{DOWNLOADS}/{name}": root / PACKAGE_DIR / name for name in published})
    numbers = figures(corpus, problems)
    report = {"files": written["files"], "articles": numbers["articles"],
              "validation": numbers["validation"], "coverage": numbers["coverage"]}
    stage_cache.save({**made.entries, PAGES: {
        "key": pages_key, "summary": report,
        "files": {path: written["digests"][path] if path in written["digests"]
                  else made.entries[path]["sha256"] for path in sorted(files)}}})
    return {**report, "written": written["written"], "deleted": written["deleted"],
            "changed": True}
