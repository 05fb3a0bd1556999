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

import json
import re
import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from . import ROOT, package, release, schemas, validate, versioning
from .errors import PipelineError, Problem
from .fileio import atomic_write_bytes, sha256_bytes
from .markup import esc, md_text, md_text_keeping_escapes

DOCS_DIR = ROOT / "docs"
OUT_DIR = DOCS_DIR / "generated"
DOWNLOADS = "files"  # downloadable copies, beside downloads.md
ARTICLES = "articles"
#: Marks a folder as this stage's output, so stale pages can be deleted from it safely.
MARKER = ".generated-by-pipeline-docs"
RTL_LANGUAGES = frozenset({"ar", "fa", "ur", "he", "ps", "ckb", "yi", "dv", "sd", "ug"})
LANGUAGE_NAMES = {"ar": "Arabic (العربية)", "en": "English", "fa": "Persian (فارسی)"}
#: The language translations are made into; sentences in it are their own English.
TARGET_LANGUAGE = "en"

def direction(language: str | None) -> str:
    return "rtl" if language in RTL_LANGUAGES else "ltr"


def lang_attrs(language: str | None) -> str:
    """``lang`` and ``dir`` attributes for a block of text in ``language``."""
    if not language:
        return 'dir="auto"'
    return f'lang="{esc(language)}" dir="{direction(language)}"'


def html_table(headers: list[str], rows: list[list[str]], css: str = "") -> str:
    """A raw HTML table; ``headers`` and cells must already be safe HTML."""
    klass = f' class="{css}"' if css else ""
    head = "".join(f"<th>{cell}</th>" for cell in headers)
    body = "\n".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
                     for row in rows)
    return f"<table{klass}>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def front_matter(title: str) -> str:
    # JSON strings are YAML strings. Titles here are our own words and ids, never scraped.
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

    def article_sentences(self, article_id: str) -> list[dict]:
        return [s for s in self.sentences if s["article_id"] == article_id]


def load(root: Path = ROOT) -> Package:
    """Read ``datapackage.json`` and ``data/`` under ``root``; checks the files are the
    ones the descriptor describes (bytes and sha256)."""
    root = Path(root)
    path = root / package.DESCRIPTOR
    if not path.exists():
        raise PipelineError(Problem("package-missing", "no data package to document; run "
                                    "`python -m pipeline package` first",
                                    file=package.DESCRIPTOR))
    descriptor_bytes = path.read_bytes()
    descriptor = json.loads(descriptor_bytes.decode("utf-8"))
    files = {package.DESCRIPTOR: descriptor_bytes}
    problems = []
    for resource in descriptor["resources"]:
        data = (root / resource["path"]).read_bytes()
        files[resource["path"]] = data
        if (len(data), f"sha256:{sha256_bytes(data)}") != (resource["bytes"], resource["hash"]):
            problems.append(Problem("package-inconsistent", "file does not match the bytes "
                                    "and hash in datapackage.json; rebuild the package",
                                    file=resource["path"]))
    if problems:
        raise PipelineError(problems, "the published package is inconsistent")
    articles, sentences, sources = package.package_records(root)
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
    return esc(LANGUAGE_NAMES.get(code, code))


def overview_page(pkg: Package, numbers: dict, problems: list[Problem]) -> str:
    d = pkg.descriptor
    by_outlet = Counter(a["outlet"] for a in pkg.articles if a["outlet"])

    def row(label: str, name: str) -> list[str]:
        return [esc(label), _figure(name, numbers[name])]

    counts = [row("Package version", "version"), row("Created", "created"),
              row("Sources (raw captures)", "sources"), row("Articles", "articles"),
              row("Paragraphs and subheadings", "paragraphs"),
              row("Sentences (aligned pairs)", "sentences")]
    languages = [[esc("Articles in " + LANGUAGE_NAMES.get(key.split(".", 1)[1],
                                                           key.split(".", 1)[1])),
                  _figure(key, numbers[key])]
                 for key in numbers if key.startswith("article_language.")]
    languages += [[esc("Sentences in " + LANGUAGE_NAMES.get(key.split(".", 1)[1],
                                                            key.split(".", 1)[1])),
                   _figure(key, numbers[key])]
                  for key in numbers if key.startswith("sentence_language.")]
    dates = [row("Earliest publication date", "published_first"),
             row("Latest publication date", "published_last"),
             row("Articles with no trusted publication date", "published_unknown")]
    coverage = [row("Sentences that need an English translation", "to_translate"),
                row("… of which have English", "translated"),
                row("Translation coverage", "coverage"),
                row("… with at least one automatic quality flag", "flagged")]
    coverage += [[f"Sentences with status <code>{esc(key.split('.', 1)[1])}</code>",
                  _figure(key, numbers[key])]
                 for key in numbers if key.startswith("status.")]
    outlets = [[f'<span dir="auto">{esc(name)}</span>', esc(count)]
               for name, count in sorted(by_outlet.items())]
    if problems:
        status = (f'<p><strong>Validation failed</strong>: '
                  f'{_figure("validation", numbers["validation"])}.</p>\n'
                  + "<ul>\n" + "\n".join(f"<li><code>{esc(p)}</code></li>" for p in problems)
                  + "\n</ul>")
    else:
        status = (f'<p>Status: <strong>{_figure("validation", numbers["validation"])}</strong>. '
                  "The published files passed the frictionless validator (structure, types, "
                  "constraints, primary and foreign keys, bytes and hashes) and every record "
                  "read back from them passed its JSON Schema, when this page was built.</p>")
    year = numbers["created"][:4]
    bibtex = (f"@dataset{{{package.NAME.replace('-', '_')}_{numbers['version']},\n"
              f"  title     = {{{d['title']}}},\n"
              f"  author    = {{{' and '.join(c['title'] for c in d['contributors'])}}},\n"
              f"  year      = {{{year}}},\n"
              f"  version   = {{{numbers['version']}}},\n"
              f"  note      = {{Frictionless data package {package.NAME}}}\n}}")
    return "\n\n".join([
        "# Overview",
        "Figures computed from `datapackage.json` and `data/` when the site was built; "
        "this page is generated and never edited by hand.",
        "## Contents",
        html_table(["Figure", "Count"], counts),
        "## Languages",
        html_table(["Language", "Count"], languages),
        "## Outlets",
        f"{_figure('outlets', numbers['outlets'])} outlets named by the sources manifest or "
        f"the pages; {_figure('articles_without_outlet', numbers['articles_without_outlet'])} "
        "article(s) do not name their outlet.",
        html_table(["Outlet", "Articles"], outlets),
        "## Publication dates",
        html_table(["Figure", "Value"], dates),
        "## Translation coverage",
        "Arabic sentences get English from the translation memory: Argos Translate machine "
        "output or a person's post-edit ([methodology](../methodology.md#translation)).",
        html_table(["Figure", "Value"], coverage),
        "## Validation",
        status,
        "## Cite this version",
        f"<pre><code>{esc(bibtex)}</code></pre>",
    ]) + "\n"


# ---------------------------------------------------------------------------- articles

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
        parts.append(f'printed as <span dir="auto">“{esc(value["original"])}”</span>')
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
        ("Outlet", _optional(article["outlet"])),
        ("Author", _optional(article["author"])),
        ("Language", _language(article["language"])),
        ("Published", _date_cell(article["published"])),
        ("Updated", _date_cell(article["updated"])),
        ("Source file", f"<code>sources/{esc(article['source_file'])}</code> "
                        f"({esc(article['encoding'])})"),
        ("Source SHA-256", f"<code>{esc(article['source_sha256'])}</code>"),
        ("Captured from", _optional(source.get("url"))),
        ("Retrieved", _optional(source.get("retrieved"))),
        ("Provenance notes", _optional(source.get("notes"))),
        ("Paragraphs", esc(len(article["body"]))),
        ("Sentences", esc(len(sentences))),
        ("English coverage", esc(f"{sum(s['english'] is not None for s in to_translate)} of "
                                 f"{len(to_translate)} sentences that need translation")),
        ("Removed lines", esc(len(article["removed"]))),
    ]
    return html_table(["Field", "Value"], [[esc(label), value] for label, value in rows],
                      "corpus-meta")


def provenance(sentence: dict) -> str:
    """The note under a translation: status, model and version, quality flags."""
    status = sentence["translation_status"]
    parts = [f'<span class="corpus-status corpus-status--{esc(status)}">'
             f"{esc(STATUS_TEXT[status])}</span>"]
    if sentence["translation_model"]:
        parts.append(f"model <code>{esc(sentence['translation_model'])}</code> version "
                     f"<code>{esc(sentence['translation_model_version'])}</code>")
    parts += [f'<span class="corpus-flag">⚑ {esc(flag)}</span>'
              for flag in sentence["quality_flags"]]
    return f'<div class="corpus-provenance">{" · ".join(parts)}</div>'


def sentence_pair(sentence: dict, kind: str) -> str:
    sid = esc(sentence["id"])
    css = "corpus-pair" + (" corpus-subheading" if kind == "subheading" else "")
    source = (f'<div class="corpus-source" {lang_attrs(sentence["language"])}>'
              f'{esc(sentence["text"])}</div>')
    if sentence["translation_status"] == "original":
        return (f'<div class="{css} corpus-pair--original" id="{sid}">{source}'
                f'<div class="corpus-target" lang="{TARGET_LANGUAGE}" dir="ltr">'
                '<div class="corpus-provenance">original English: no translation needed'
                "</div></div></div>")
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
             f'<span dir="auto">{esc(line["text"])}</span>'] for line in removed]
    table = html_table(["Line", "Reason", "Text"], rows, "corpus-removed") if rows else \
        "<p>No lines were removed.</p>"
    return (f'<details class="note corpus-audit">\n<summary>Removed lines: {len(removed)} '
            f"line(s) of the raw page left out of the body</summary>\n{table}\n</details>")


def article_page(article: dict, sentences: list[dict], source: dict | None) -> str:
    return (front_matter(f"Article {article['id']}")
            + f'<h1 class="corpus-title" {lang_attrs(article["language"])}>'
              f"{esc(article['title'])}</h1>\n\n"
            + "## Metadata (البيانات الوصفية)\n\n"
            + metadata_table(article, source, sentences) + "\n\n"
            + "## Text (النص)\n\n"
            + "Each sentence of the article beside its English. How sentences are split and "
              "translated, and what the flags mean, is explained in the "
              "[methodology](../../methodology.md#translation).\n\n"
            + text_blocks(article, sentences) + "\n\n"
            + "## Removed lines (الأسطر المحذوفة)\n\n"
            + "Lines of the raw page that are not article text, each with the rule that "
              "removed it ([cleaning](../../methodology.md#cleaning)).\n\n"
            + removed_audit(article) + "\n")


def articles_index_page(pkg: Package) -> str:
    lines = ["# Articles", "",
             f"{len(pkg.articles)} articles. Each page shows the metadata, the text beside its "
             "English and the audit of removed lines.", "",
             "| Article | Title | Language | Outlet | Published | Sentences | English |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for article in pkg.articles:
        sentences = pkg.article_sentences(article["id"])
        to_translate = [s for s in sentences if s["translation_status"] != "original"]
        english = (f"{sum(s['english'] is not None for s in to_translate)}/{len(to_translate)}"
                   if to_translate else "original")
        cells = [f"[{md_text(article['id'])}]({article['id']}.md)", md_text(article["title"]),
                 md_text(article["language"]), md_text(article["outlet"] or "—"),
                 md_text(article["published"]["date"] or "unknown"), str(len(sentences)),
                 md_text(english)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


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
                    file=package.DESCRIPTOR, record=name)
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
        "Download the release archive (or the files above, keeping `datapackage.json` beside "
        "the `data/` folder), then:",
        "### pandas", "```python\n" + "\n".join(pandas_lines) + "\n```",
        "### R", "```r\n" + "\n".join(r_lines) + "\n```",
        "### frictionless (Python)", "```python\n" + "\n".join(frictionless_lines) + "\n```",
    ])


def downloads_page(pkg: Package, latest: dict | None) -> str:
    descriptor = pkg.descriptor
    if latest is None:
        release_text = ("No release has been made yet. The package on this site is version "
                        f"<code>{md_text(descriptor['version'])}</code>; `nox -s release` "
                        "makes the first release archive.")
    else:
        size = (f"{len(latest['data'])} bytes" if latest["data"] is not None
                else "size: see the archive (not part of this build)")
        link = (f"[`{latest['archive']}`]({DOWNLOADS}/{latest['archive']})"
                if latest["data"] is not None else f"`{latest['archive']}`")
        release_text = "\n".join([
            f"Latest release: **{md_text(latest['version'])}**.", "",
            html_table(["Archive", "Bytes", "SHA-256"], [
                [esc(latest["archive"]), esc(size), f"<code>{esc(latest['sha256'])}</code>"]]),
            "", f"Download: {link}. It holds `datapackage.json`, `data/`, `schemas/`, the "
            "README, licences, changelog and a `SHA256SUMS` file. Check it with "
            "`sha256sum`."])
        if descriptor["version"] != latest["version"]:
            release_text += (f"\n\nThe package on this site is <code>"
                             f"{md_text(descriptor['version'])}</code>, which has changes not yet "
                             "released.")
    rows = ["| File | Content | Bytes | SHA-256 |", "| --- | --- | --- | --- |"]
    for path, data in pkg.files.items():
        resource = next((r for r in descriptor["resources"] if r["path"] == path), None)
        what = resource["title"] if resource else "Package descriptor (Frictionless)"
        rows.append(f"| [{md_text(path)}]({DOWNLOADS}/{path}) | {md_text(what)} | {len(data)} "
                    f"| `{sha256_bytes(data)}` |")
    return "\n\n".join([
        "# Downloads",
        "## Release archive", release_text,
        f"## Files of version {md_text(descriptor['version'])}",
        "The package as built for this site. Sizes and digests are those of the files "
        "(and, for resources, those recorded in `datapackage.json`).",
        "\n".join(rows),
        snippets(descriptor),
    ]) + "\n"


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


# ---------------------------------------------------------------------------- the stage


def pages(pkg: Package, problems: list[Problem], changelog: str,
          latest: dict | None) -> dict[str, bytes]:
    """Every generated file, by path under the output folder."""
    sources = {source[package.ID]: source for source in pkg.sources}
    files = {
        "overview.md": overview_page(pkg, figures(pkg, problems), problems),
        f"{ARTICLES}/index.md": articles_index_page(pkg),
        "data-dictionary.md": data_dictionary_page(pkg.descriptor),
        "downloads.md": downloads_page(pkg, latest),
        "changelog.md": changelog_page(changelog),
    }
    for article in pkg.articles:
        files[f"{ARTICLES}/{article['id']}.md"] = article_page(
            article, pkg.article_sentences(article["id"]), sources.get(article["id"]))
    result = {path: text.encode("utf-8") for path, text in files.items()}
    result |= {f"{DOWNLOADS}/{path}": data for path, data in pkg.files.items()}
    if latest is not None and latest["data"] is not None:
        result[f"{DOWNLOADS}/{latest['archive']}"] = latest["data"]
    result[MARKER] = b"Generated by `python -m pipeline docs`; every file here is rewritten.\n"
    return result


def write(files: dict[str, bytes], out_dir: Path) -> dict[str, int]:
    """Make ``out_dir`` hold exactly ``files``: changed files replaced atomically, stale
    ones deleted. Refuses a non-empty folder this stage did not create."""
    out_dir = Path(out_dir)
    if out_dir.exists() and any(out_dir.iterdir()) and not (out_dir / MARKER).exists():
        raise PipelineError(Problem("not-generated", f"refusing to write into a folder without "
                                    f"{MARKER}: it may hold hand-written files",
                                    file=str(out_dir)))
    written = 0
    for path, data in sorted(files.items()):
        target = out_dir / path
        if not target.is_file() or target.read_bytes() != data:
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


def run(*, root: Path = ROOT, out_dir: Path | None = None) -> dict:
    """Generate every data page for the package under ``root`` into ``out_dir``
    (default ``root/docs/generated``). Everything is rendered before anything is written."""
    root = Path(root)
    pkg = load(root)
    stale = check_dictionary_sources(pkg.descriptor)
    if stale:
        raise PipelineError(stale, "the site would describe other schemas than the package's")
    problems = validate.check_package(root, root)
    changelog_path = root / release.CHANGELOG
    changelog = changelog_path.read_text(encoding="utf-8") if changelog_path.exists() else ""
    files = pages(pkg, problems, changelog, release_facts(root))
    summary = write(files, Path(out_dir or root / "docs" / "generated"))
    numbers = figures(pkg, problems)
    return {**summary, "articles": numbers["articles"], "validation": numbers["validation"],
            "coverage": numbers["coverage"]}
