"""Build the Frictionless data package: ``package/datapackage.json`` and ``package/data/``.

The CSV tables' Table Schemas are derived from the JSON Schemas by code (:func:`columns`):
nested objects are flattened (``published.date`` -> ``published_date``), arrays of records are
left to the JSON resource, JSON types/formats/enums/patterns/bounds/required become
Table Schema types and constraints, and every field keeps its schema title and description.

Publishing is atomic: the whole package (descriptor and data) is one folder, ``package/``.
The new one is assembled in a staging folder beside it, validated there (frictionless plus
the JSON Schemas), made durable, and switched in by one atomic exchange of the two folders
(see :func:`publish`). Whenever a run stops, ``package/`` is the complete previous package
or the complete new one: its descriptor and its data never come from two builds.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import mmap
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import msgspec

from . import (
    DATA_DIR,
    DESCRIPTOR,
    PACKAGE_DIR,
    ROOT,
    blocks,
    cache,
    schemas,
    tables,
    validate,
    versioning,
)
from .errors import PipelineError, Problem
from .fileio import (
    DigestMemo,
    atomic_write_bytes,
    build_lock,
    canonical_json,
    exchange,
    fault_point,
    fsync_path,
    mapped,
    naming,
    note_written,
    os_problem,
    sha256_bytes,
    sha256_file,
    write_new_bytes,
)

LOG = logging.getLogger(__name__)

NAME = "hamas-syria-relations"
TITLE = "Hamas–Syria relations: a bilingual Arabic–English news corpus"
DESCRIPTION = (
    "News articles on relations between Hamas and Syria, cleaned from captured pages and "
    "aligned sentence by sentence with English (the original for English articles, offline "
    "Argos Translate machine translation or human post-edits for Arabic ones, each sentence "
    "marked with its translation status). Tables: sources, articles, paragraphs and "
    "sentences as CSV, plus the full nested article records as JSON. The article texts "
    "belong to their publishers (see the licences)."
)
KEYWORDS = ["Hamas", "Syria", "news", "corpus", "Arabic", "English", "machine translation",
            "parallel corpus", "Middle East"]
LICENSES = [
    {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
     "title": "Creative Commons Attribution 4.0: the derived data (metadata, structure, "
              "sentence alignment, translations and annotations)"},
    {"name": "MIT", "path": "https://opensource.org/licenses/MIT",
     "title": "MIT: the pipeline code that builds this package"},
    {"name": "publishers-rights", "path": "LICENSE-DATA.md",
     "title": "Article texts (titles, bylines, paragraphs and Arabic sentences) remain the "
              "property of their publishers; they are included unchanged for non-commercial "
              "research under quotation and fair-dealing exceptions and are not relicensed."},
]
#: As in CITATION.cff and LICENSE-DATA.md (tests/test_docs.py keeps the three in agreement).
CONTRIBUTORS = [{"title": "The hamas-syria-relations corpus project", "role": "author"}]
#: CSV resources: (resource name, record schema). Their order is the descriptor's order.
TABLES = (("sources", "source"), ("articles", "article"), ("paragraphs", "paragraph"),
          ("sentences", "sentence"))
#: The nested article records, for readers who want ``body`` and ``removed`` as structures.
ARTICLES_JSON = "articles-json"
#: The published descriptor's path under the root, as problems name it.
DESCRIPTOR_PATH = f"{PACKAGE_DIR}/{DESCRIPTOR}"
#: Beside ``package/`` (so on the same file system, where a rename is atomic): the folder a
#: new package is built in, which holds the previous package once the two are exchanged.
STAGING_PREFIX = ".package-staging-"
#: Where publishing without an atomic exchange moves the previous package for a moment.
PREVIOUS = ".package-previous"
#: The record id column: primary key of every table, and the target of foreign keys.
ID = "id"
SCALARS = {"string", "integer", "number", "boolean"}


@dataclass(frozen=True)
class Column:
    """One CSV column: where its value sits in a record and its Table Schema field."""

    path: tuple[str, ...]
    field: dict

    @property
    def name(self) -> str:
        return self.field["name"]

    def value(self, record: dict):
        for key in self.path:
            record = record.get(key) if isinstance(record, dict) else None
        return record


def _types(prop: dict) -> list[str]:
    kind = prop.get("type", [])
    return [t for t in ([kind] if isinstance(kind, str) else kind) if t != "null"]


def _field_type(prop: dict) -> dict:
    kinds = _types(prop)
    if len(kinds) != 1:
        return {"type": "any"}
    kind, fmt = kinds[0], prop.get("format")
    if kind == "string" and fmt == "date":
        return {"type": "date"}
    if kind == "string" and fmt == "date-time":
        return {"type": "datetime"}
    if kind == "string" and fmt in ("uri", "email", "uuid"):
        return {"type": "string", "format": fmt}
    return {"type": kind}


def _table_pattern(pattern: str) -> str:
    """JSON Schema patterns search; Table Schema patterns must match the whole value."""
    if pattern.startswith("^") and pattern.endswith("$") and not pattern.endswith("\\$"):
        return pattern[1:-1]
    return f".*(?:{pattern}).*"


def _may_be_empty(prop: dict) -> bool:
    """Whether a string field admits "" (which CSV cannot tell apart from a missing value)."""
    if _types(prop) != ["string"] or prop.get("minLength", 0) >= 1 or "enum" in prop:
        return False
    return "pattern" not in prop or re.search(prop["pattern"], "") is not None


def _constraints(prop: dict, required: bool) -> dict:
    found = {}
    if required and "null" not in prop.get("type", []) and not _may_be_empty(prop):
        found["required"] = True
    if "enum" in prop:
        found["enum"] = [value for value in prop["enum"] if value is not None]
    if "pattern" in prop:
        found["pattern"] = _table_pattern(prop["pattern"])
    renames = {"minimum": "minimum", "maximum": "maximum", "minLength": "minLength",
               "maxLength": "maxLength", "minItems": "minLength", "maxItems": "maxLength"}
    found |= {renames[key]: prop[key] for key in renames if key in prop}
    return found


def _field(path: tuple[str, ...], prop: dict, required: bool,
           titles: list[str], descriptions: list[str]) -> dict:
    field = {
        "name": "_".join(path),
        "title": ": ".join([*titles, prop.get("title", path[-1])]),
        "description": " ".join([*descriptions, prop.get("description", "")]).strip(),
        **_field_type(prop),
    }
    constraints = _constraints(prop, required)
    if constraints:
        field["constraints"] = constraints
    if field["type"] == "array":
        items = schemas.resolve(prop["items"])
        field["arrayItem"] = {**_field_type(items)}
        item_constraints = _constraints(items, False)
        if item_constraints:
            field["arrayItem"]["constraints"] = item_constraints
    return field


def _columns(schema: dict, path: tuple[str, ...], required: bool,
             titles: list[str], descriptions: list[str]) -> list[Column]:
    found = []
    for name, raw in schema["properties"].items():
        prop = schemas.resolve(raw)
        sub_path = (*path, name)
        is_required = required and name in schema.get("required", [])
        if "properties" in prop:
            found += _columns(prop, sub_path, is_required and "null" not in prop.get("type", []),
                              [*titles, prop.get("title", name)],
                              [*descriptions, prop.get("description", "")])
        elif _types(prop) == ["array"]:
            # Arrays of records (article body, removed lines) have their own table or live
            # in the JSON resource; arrays of scalars fit in one JSON-encoded cell.
            if set(_types(schemas.resolve(prop.get("items", {})))) <= SCALARS:
                found.append(Column(sub_path, _field(sub_path, prop, is_required,
                                                     titles, descriptions)))
        else:
            found.append(Column(sub_path, _field(sub_path, prop, is_required,
                                                 titles, descriptions)))
    return found


def columns(schema_name: str) -> list[Column]:
    """The CSV columns of a record type, derived from its JSON Schema."""
    return _columns(schemas.load(schema_name), (), True, [], [])


def table_schema(schema_name: str) -> dict:
    """The Frictionless Table Schema of a record type's CSV table."""
    cols = columns(schema_name)
    names = [column.name for column in cols]
    result = {"fields": [column.field for column in cols]}
    if ID in names:
        result["primaryKey"] = [ID]
    # Convention: a column "<record>_id" refers to the id of the table holding <record>s.
    foreign_keys = [
        {"fields": [f"{record}_{ID}"], "reference": {"resource": resource, "fields": [ID]}}
        for resource, record in TABLES
        if record != schema_name and f"{record}_{ID}" in names
    ]
    if foreign_keys:
        result["foreignKeys"] = foreign_keys
    return result


@functools.cache
def _table_columns(record: str) -> tuple[tuple[Column, ...], tuple[bool, ...]]:
    """A table's columns, and for each whether it is a top-level field."""
    cols = tuple(columns(record))
    return cols, tuple(len(column.path) == 1 for column in cols)


def _csv(record: str, rows: list[dict]) -> bytes:
    """Rows of a table as CSV lines, without the header."""
    cols, top = _table_columns(record)
    # Most cells are top-level strings: read them directly (a few million cells).
    return tables.dumps_cells(
        [[_cell(row.get(column.path[0]) if flat else column.value(row))
          for column, flat in zip(cols, top, strict=True)] for row in rows]).encode("utf-8")


def _rows(source: dict | None, article: dict | None, sentences: list[dict]) -> dict[str, list]:
    """One source id's records in each table, in table order (sentences come sorted)."""
    return {"sources": [source] if source else [], "articles": [article] if article else [],
            "paragraphs": article["body"] if article else [], "sentences": sentences}


def block_parts(source: dict | None, article: dict | None, sentences: list[dict],
                ) -> tuple[dict[str, bytes | None], dict[str, list[str]]]:
    """One source id's block (see :mod:`pipeline.blocks`): its part of each data file
    (None where it has none) and its rows' ids in each table."""
    rows = _rows(source, article, sentences)
    parts: dict[str, bytes | None] = {f"{DATA_DIR}/{resource}.csv": _csv(record, rows[resource])
                                      for resource, record in TABLES}
    parts[f"{DATA_DIR}/articles.json"] = None if article is None else json.dumps(
        article, ensure_ascii=False).encode("utf-8")
    return parts, {f"{DATA_DIR}/{resource}.csv": [row[ID] for row in rows[resource]]
                   for resource, _ in TABLES}


def frames() -> dict[str, blocks.Frame]:
    """Each data file as the frame around its blocks: the CSV header, the JSON list."""
    found = {f"{DATA_DIR}/{resource}.csv": blocks.Frame(tables.dumps_cells(
        [[column.name for column in _table_columns(record)[0]]]).encode("utf-8"))
        for resource, record in TABLES}
    # A JSON list with one record per line: a diff shows which records changed, and the
    # standard library's C encoder writes it (indented JSON is written in pure Python, a
    # tenth of the speed: seconds for ten thousand articles).
    found[f"{DATA_DIR}/articles.json"] = blocks.Frame(b"[\n", b",\n", b"\n]\n", b"[]\n")
    return found


def rendered_blocks(articles: list[dict], sentences: dict[str, list[dict]],
                    manifest: list[dict]) -> dict[str, dict[str, bytes | None]]:
    """Source id -> its block's part of each data file, every source id, in id order."""
    by_source = {record[ID]: record for record in manifest}
    by_article = {article[ID]: article for article in articles}
    return {source_id: block_parts(by_source.get(source_id), by_article.get(source_id), sorted(
        sentences.get(source_id, []), key=lambda s: (s["paragraph_index"], s["sentence_index"])
    ))[0] for source_id in sorted(set(by_source) | set(by_article))}


def data_files(articles: list[dict], sentences: dict[str, list[dict]],
               manifest: list[dict]) -> dict[str, bytes]:
    """Every file under data/, as bytes, keyed by its path in the package: the blocks of
    every source id, in id order."""
    parts = rendered_blocks(articles, sentences, manifest).values()
    return {path: frame.join([part[path] for part in parts if part[path] is not None])
            for path, frame in frames().items()}


def rendered_layout(articles: list[dict], sentences: dict[str, list[dict]],
                    manifest: list[dict], files: dict[str, bytes]) -> dict[str, dict] | None:
    """The layout of the blocks (:func:`block_layout`, without their keys) in data files
    ``files`` (bytes by path in the package) holding these records, found by rendering the
    blocks again: None when those do not make the files (other code wrote them)."""
    parts = rendered_blocks(articles, sentences, manifest)
    for path, frame in frames().items():
        if frame.join([part[path] for part in parts.values() if part[path] is not None]) \
                != files.get(path):
            return None
    return {source_id: {"sizes": {path: None if part is None else len(part)
                                  for path, part in block.items()}}
            for source_id, block in parts.items()}


def _cell(value) -> str:
    return value if value.__class__ is str else tables.to_cell(value)


def write_pieces(path: Path, pieces: list) -> dict:
    """Write a data file of the staged package from its pieces (:meth:`blocks.Frame.pieces`)
    and return its ``bytes`` and ``hash`` as the descriptor gives them: the file is never
    joined in memory, nor read back to be hashed (hundreds of megabytes at scale)."""
    digest, size = hashlib.sha256(), 0
    with naming(path), open(path, "wb") as handle:
        for piece in pieces:
            handle.write(piece)
            digest.update(piece)
            size += len(piece)
    note_written(path, digest.hexdigest())
    return {"bytes": size, "hash": f"sha256:{digest.hexdigest()}"}


def _schema_path(record: str) -> str:
    return f"schemas/{record}.schema.json"


def resources(files: dict[str, dict]) -> list[dict]:
    """The descriptor's resources; ``files``: each data file's ``bytes`` and ``hash``."""
    found = []
    for resource, record in TABLES:
        schema, path = schemas.load(record), f"{DATA_DIR}/{resource}.csv"
        whole_records = [column.path for column in columns(record)] == [
            (name,) for name in schemas.fields(record)]
        found.append({
            "name": resource,
            "type": "table",
            "path": path,
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "title": resource.capitalize(),
            "description": f"{schema['description']} One row per record"
                           + ("." if whole_records else "; nested fields flattened to "
                              "parent_child columns, lists of records left to the JSON "
                              "resource."),
            # Rows that are whole records can be checked against the JSON Schema as well.
            **({validate.RECORD_SCHEMA: _schema_path(record)} if whole_records else {}),
            "dialect": dict(tables.DIALECT),
            "schema": table_schema(record),
            **files[path],
        })
    path = f"{DATA_DIR}/articles.json"
    found.append({
        "name": ARTICLES_JSON,
        "type": "json",
        "path": path,
        "format": "json",
        "mediatype": "application/json",
        "encoding": "utf-8",
        "title": "Articles (full nested records)",
        "description": "A JSON list of the complete article records, sorted by id, one "
                       "per line, with the body paragraphs and the audit of removed lines "
                       "nested; each item conforms to the JSON Schema named in recordSchema.",
        validate.RECORD_SCHEMA: _schema_path("article"),
        **files[path],
    })
    return found


def outlets(articles: list[tuple[str, str | None, str | None]]) -> list[dict]:
    """The package's ``sources``: each outlet once, with a URL where the manifest has one;
    ``articles`` are (id, outlet, URL) by id."""
    found: dict[str, dict] = {}
    unnamed = []
    for article_id, outlet, url in articles:
        if not outlet:
            unnamed.append(article_id)
            continue
        entry = found.setdefault(outlet, {"title": outlet})
        if url and "path" not in entry:
            entry["path"] = url
    result = list(found.values())
    if unnamed:
        result.append({"title": f"Pages that do not name their outlet: {', '.join(unnamed)}"})
    return result


def created(root: Path = ROOT) -> str:
    """The package's creation time, never the wall clock: ``SOURCE_DATE_EPOCH`` if set,
    otherwise the time of the last commit touching the inputs (sources, schemas,
    translations), so re-running a build, or committing its output, changes nothing."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        try:
            epoch = subprocess.run(
                ["git", "log", "-1", "--format=%ct", "--", "sources", "schemas", "translations"],
                cwd=root, capture_output=True, text=True, check=False).stdout.strip()
        except OSError:
            epoch = ""
    if not epoch.isdigit():
        raise PipelineError(Problem("no-timestamp", "cannot date the package: set "
                                    "SOURCE_DATE_EPOCH or commit the inputs to git",
                                    file=str(root)))
    return datetime.fromtimestamp(int(epoch), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def descriptor(files: dict[str, dict], articles: list[tuple[str, str | None, str | None]], *,
               version: str, created_at: str, translation_coverage: dict) -> dict:
    return {
        "name": NAME,
        "title": TITLE,
        "description": DESCRIPTION,
        "version": version,
        "created": created_at,
        "keywords": KEYWORDS,
        "licenses": LICENSES,
        "sources": outlets(articles),
        "contributors": CONTRIBUTORS,
        "translation_coverage": translation_coverage,
        "resources": resources(files),
    }


def package_records(package_dir: Path) -> tuple[list[dict], list[dict], list[dict]]:
    """Articles, sentences and sources as read back from a built package's files."""
    by_name = {resource["name"]: resource for resource in
               validate.read_json(Path(package_dir) / DESCRIPTOR, package_dir)[0]["resources"]}
    return tuple(validate.resource_records(package_dir, by_name[name])
                 for name in (ARTICLES_JSON, "sentences", "sources"))


def snapshot(inputs: validate.Inputs) -> dict:
    """The release snapshot (see :mod:`pipeline.versioning`) of the records to publish."""
    return versioning.snapshot(inputs.articles, [sentence for items in inputs.sentences.values()
                                                 for sentence in items], inputs.manifest)


def read_inputs(root: Path, build_dir: Path, sources_dir: Path) -> validate.Inputs:
    """Articles, sentences and manifest, all validated; raises listing every problem."""
    inputs, found = validate.check_inputs(root, build_dir, sources_dir)
    if found:
        raise PipelineError(found, f"package not built, {len(found)} problem(s) in its "
                                   "inputs; the previous package is unchanged")
    return inputs


def make_blocks(inputs: validate.Inputs, stage_cache: cache.StageCache, root: Path,
                written: dict[str, str], present: dict[str, str] | None = None,
                ) -> blocks.Blocks:
    """The package's blocks (see :mod:`pipeline.blocks`): a source's block is cut out of
    the published files when its key is unchanged and the files are those the stage wrote
    (``written``: their SHA-256 by path; ``present``: as they are now, where known), else
    rendered from its records."""
    layout = frames()

    def published(path: str) -> bytes | mmap.mmap | None:
        published_file = root / PACKAGE_DIR / path
        return mapped(published_file) if published_file.is_file() else None

    kept = blocks.kept_parts(stage_cache, layout, published, written, present)
    return blocks.assemble(inputs, stage_cache, layout, block_parts, kept)


def _pending_version(releases_dir: Path, made: blocks.Blocks, created_at: str,
                     ) -> tuple[str, str]:
    """The version of the package ``made`` (:func:`versioning.pending_version`) and its
    creation time: a release's when the content is that release's."""
    # The records written are the records read back (a test checks it), so the version,
    # which releases compute from the published files, comes from them.
    version = versioning.pending_version(releases_dir, made.snapshot)
    last_release = versioning.last_release(releases_dir)
    if last_release and last_release["version"] == version:
        # The content is that release's: its descriptor stays byte for byte the released
        # one, whatever was committed since (``created`` follows commits).
        created_at = last_release["created"]
    return version, created_at


def _stage_and_publish(root: Path, build_dir: Path, made: blocks.Blocks,
                       describe: Callable[[dict], dict], checking: blocks.Checker,
                       published: dict[str, str], last: dict) -> tuple[dict, dict[str, str], bool]:
    """Write the package ``made`` aside, take the verdict of ``checking`` on its new
    blocks, and publish it when it differs from the published one (``published``: the
    SHA-256 of its files). ``last``: what the stage published last, when it was checked by
    the checking code of now. Returns the descriptor, the SHA-256 of the files written,
    and whether they were published."""
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=root))
    try:
        package, staged_files = stage(staging, made, describe)
        found = checking.result()
        changed = staged_files != published
        # The published package was validated when it was published: when the new one is
        # byte for byte the same and the checking code has not changed, it is valid too.
        if changed or last.get("files") != staged_files:
            fault_point("package:validating")
            if found:
                raise PipelineError(found, "the new package failed validation and was not "
                                           "published; the previous package is unchanged")
            # Remembered as validate.check_package remembers a package: the docs stage
            # does not check it again.
            validate.remember_valid_package(build_dir / "cache", [staged_files[DESCRIPTOR], *(
                staged_files[resource["path"]] for resource in package["resources"])])
        if changed:
            publish(staging, root)
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # unless published or removed already
    return package, staged_files, changed


def stage(staging: Path, made: blocks.Blocks, describe: Callable[[dict], dict],
          ) -> tuple[dict, dict[str, str]]:
    """Write the package ``made`` into ``staging``: its data files, then the descriptor
    ``describe`` makes from their facts (``bytes``, ``hash``). Returns the descriptor and
    the SHA-256 of every file, as ``file_digests(staging, PUBLISHED_FILES)`` would find
    them, without reading them again."""
    staging.chmod(0o755)  # it becomes package/, readable as a checked-out folder is
    files = {}
    for path, pieces in made.files.items():
        (staging / path).parent.mkdir(parents=True, exist_ok=True)
        files[path] = write_pieces(staging / path, pieces)
    package = describe(files)
    descriptor_bytes = canonical_json(package).encode("utf-8")
    write_new_bytes(staging / DESCRIPTOR, descriptor_bytes)
    return package, {DESCRIPTOR: sha256_bytes(descriptor_bytes), **{
        path: files[path]["hash"].removeprefix("sha256:") for path in sorted(files)}}


def publish(staging: Path, root: Path) -> None:
    """Switch the validated package in ``staging`` in as ``root/package``, in one step.

    The staged files are made durable, then one ``renameat2(RENAME_EXCHANGE)`` swaps the
    two folders: before it ``package/`` is the previous package, after it the new one,
    descriptor and data together, for every reader (pandas, frictionless, the site) and
    after a crash at any point. The first package is simply renamed into place. Where the
    file system cannot exchange, see :func:`_switch_by_two_renames`. The previous package,
    which the exchange leaves in ``staging``, is then removed (by the next run, if this
    one is killed first).
    """
    fault_point("publish:before-fsync")
    for path in sorted(staging.rglob("*"), reverse=True):  # files before their folders
        fsync_path(path)
    fsync_path(staging)
    fault_point("publish:after-fsync")
    target, previous = root / PACKAGE_DIR, None
    if not target.exists():
        os.rename(staging, target)
    elif exchange(staging, target):
        previous = staging  # the exchange left the previous package there
    else:
        previous = _switch_by_two_renames(staging, target)
    fault_point("publish:after-switch")
    try:
        fsync_path(root)
    except OSError as error:
        raise PipelineError(os_problem(error), "package published, but its folder could not "
                            "be synced to disk: a power cut now may bring the previous "
                            "package back") from error
    fault_point("publish:after-sync")
    if previous is not None:
        _remove_previous(previous)


def _remove_previous(folder: Path) -> None:
    """Remove the package that is no longer published (a kill in the middle leaves part of
    it in its hidden folder, which the next run removes). It is already replaced, so a
    failure here is no failure to publish: what is left is removed by the next run."""
    shutil.rmtree(folder / DATA_DIR, ignore_errors=True)
    fault_point("publish:removing-previous")
    shutil.rmtree(folder, ignore_errors=True)


def _switch_by_two_renames(staging: Path, target: Path) -> Path:
    """Where the exchange is unavailable (an old kernel or libc, or a file system without
    it): the previous package is renamed aside, then the new one into place. The descriptor
    and data still move together, so ``package/`` is never half old, half new; but between
    the two renames it is missing, and if the run is killed there the next run puts the
    previous package back (:func:`recover`). Returns where the previous package now is."""
    _say_no_exchange()
    previous = target.parent / PREVIOUS
    os.rename(target, previous)
    fault_point("publish:previous-aside")
    try:
        os.rename(staging, target)
    except OSError:
        os.rename(previous, target)  # the previous package back: nothing was published
        raise
    return previous


@functools.cache
def _say_no_exchange() -> None:
    LOG.warning("this file system cannot exchange two folders atomically (renameat2 "
                "RENAME_EXCHANGE): package/ is published by two renames, so for a moment "
                "it is missing (never half old, half new); a run killed then is put right "
                "by the next run")


def recover(root: Path) -> list[str]:
    """Put back the previous package that a run publishing by two renames left aside when
    it was killed, then remove what killed runs left (staging folders, an old package);
    call with the build lock held. Returns the names of the folders removed."""
    root = Path(root)
    previous, target = root / PREVIOUS, root / PACKAGE_DIR
    if previous.is_dir() and not target.exists():
        os.rename(previous, target)
        fsync_path(root)
    stale = sorted(path for path in [*root.glob(f"{STAGING_PREFIX}*"), previous]
                   if path.is_dir())
    for path in stale:
        shutil.rmtree(path, ignore_errors=True)
    return [path.name for path in stale]


def run(*, root: Path = ROOT, build_dir: Path | None = None, sources_dir: Path | None = None,
        version: str | None = None, inputs: validate.Inputs | None = None) -> dict:
    """Build, validate and publish the package under ``root``; returns a summary.

    ``version`` forces the descriptor's version (the release stage uses it); by default it
    is derived from the last release (see :mod:`pipeline.versioning`). ``inputs`` are
    records the validate stage has just checked; without them they are read and checked.
    Runs holding the build lock; first puts right what killed runs left (:func:`recover`).
    An error of the operating system (disk full, permission) is reported in one line naming
    the path.
    """
    root = Path(root)
    build_dir = Path(build_dir or root / "build")
    with build_lock(build_dir):
        try:
            recover(root)
            return _build_and_publish(root, build_dir, Path(sources_dir or root / "sources"),
                                      version, inputs)
        except OSError as error:
            raise PipelineError(os_problem(error), "package not published: the previous "
                                "package is unchanged") from error


def _build_and_publish(root: Path, build_dir: Path, sources_dir: Path, version: str | None,
                       inputs: validate.Inputs | None) -> dict:
    if inputs is None:
        inputs = read_inputs(root, build_dir, sources_dir)
    created_at = created(root)
    # Everything the package is a function of: when none of it changed and the published
    # files are the ones this stage wrote, there is nothing to build, check or publish.
    # The published files (hundreds of megabytes) are hashed while the cache is read.
    with ThreadPoolExecutor(1) as pool:
        hashing = pool.submit(file_digests, root / PACKAGE_DIR, PUBLISHED_FILES,
                              build_dir / "cache")
        stage_cache = cache.StageCache("package", build_dir / "cache")
        inputs_key = cache.key(stage_cache.step,
                               sorted(inputs.digests.items()),
                               sorted(file_digests(sources_dir, ["manifest.csv"]).items()),
                               sorted(file_digests(root, ["releases/*.json"]).items()),
                               created_at, version)
        published_files = hashing.result()
    last = stage_cache.entries.get(PUBLISHED, {})
    if last.get("key") == inputs_key and last.get("files") == published_files:
        return dict(last["summary"], changed=False, blocks_rendered=0)
    checker = cache.step_version("validate-package")
    # Started now: it gets ready (imports frictionless) while the blocks are made.
    with blocks.Checker(build_dir) as checking:
        made = make_blocks(inputs, stage_cache, root, last.get("files", {}), published_files)
        if version is None:
            version, created_at = _pending_version(root / "releases", made, created_at)
        versioning.parse(version)
        describe = functools.partial(descriptor, articles=made.outlets(), version=version,
                                     created_at=created_at,
                                     translation_coverage=made.coverage())
        checking.submit(made, describe)  # checked while the package is written
        package, staged_files, changed = _stage_and_publish(
            root, build_dir, made, describe, checking, published_files,
            last if last.get("checker") == checker else {})
    summary = {"version": version, "created": created_at,
               "articles": len(inputs.ids),
               "sentences": inputs.total("sentences"),
               "files": {resource["path"]: resource["bytes"] for resource in package["resources"]}}
    stage_cache.save({PUBLISHED: {"key": inputs_key, "files": staged_files, "checker": checker,
                                  "summary": summary}, **made.cache_entries()})
    # Compact, by msgspec: a cache file of an entry per source, read by the docs stage.
    atomic_write_bytes(build_dir / "cache" / BLOCK_KEYS, msgspec.json.encode({
        "files": staged_files, "blocks": {source_id: {"key": entry["key"], "sizes": entry[
            "sizes"]} for source_id, entry in made.entries.items()}}), durable=False)
    return dict(summary, changed=changed, blocks_rendered=len(made.new))


#: Beside the stage's cache: each block's key and the byte size of its part of each data
#: file, with the SHA-256 of the files of the package they were published in. The docs
#: stage keys an article's pages by its block's key, and reads the records of one block
#: from where its parts lie.
BLOCK_KEYS = "package-blocks.json"


def block_layout(cache_dir: Path, published: dict[str, str]) -> dict[str, dict]:
    """Source id -> its block's ``key`` and ``sizes`` (bytes of its part of each data file,
    None where it has none), in id order, when the published package is the one the
    package stage last wrote (``published``: SHA-256 by path under ``package/``); else {}.
    Two packages with the same block keys hold the same records, so a block's key stands
    for its records (the key hashes the package stage's step key with the block's inputs)."""
    try:
        stored = msgspec.json.decode((Path(cache_dir) / BLOCK_KEYS).read_bytes())
    except (OSError, msgspec.DecodeError):
        return {}
    if not isinstance(stored, dict) or stored.get("files") != published \
            or not isinstance(stored.get("blocks"), dict):
        return {}
    found = stored["blocks"]
    if not all(isinstance(block, dict) and isinstance(block.get("key"), str)
               and isinstance(block.get("sizes"), dict) for block in found.values()):
        return {}  # written by another version of this stage
    return found


def block_keys(cache_dir: Path, published: dict[str, str]) -> dict[str, str]:
    """Source id -> its block's key (see :func:`block_layout`); {} when unknown."""
    return {source_id: block["key"] for source_id, block
            in block_layout(cache_dir, published).items()}


#: The data files an article's records are read back from, by the table they hold.
RECORD_FILES = {"articles": f"{DATA_DIR}/articles.json", "sentences": f"{DATA_DIR}/sentences.csv",
                "sources": f"{DATA_DIR}/sources.csv"}


def block_records(package_dir: Path, layout: dict[str, dict], wanted: set[str],
                  ) -> dict[str, tuple[dict | None, dict | None, list[dict]]]:
    """Source id -> (source, article, sentences) as read back from the published files,
    for the blocks ``wanted``: each read from where ``layout`` (:func:`block_layout`) says
    its parts lie, the others not read at all."""
    layout_frames = frames()
    parts = {}
    for table, path in RECORD_FILES.items():
        sizes = [block["sizes"][path] for block in layout.values()]
        parts[table] = blocks.read_parts(Path(package_dir) / path, layout_frames[path], sizes,
                                         [source_id in wanted for source_id in layout])
    found = {}
    for index, source_id in enumerate(layout):
        if source_id not in wanted:
            continue
        source, article, sentences = (parts[table][index]
                                      for table in ("sources", "articles", "sentences"))
        found[source_id] = (
            _block_rows(layout_frames, "sources", source)[0] if source else None,
            json.loads(article) if article else None,
            _block_rows(layout_frames, "sentences", sentences) if sentences else [])
    return found


def _block_rows(layout_frames: dict[str, blocks.Frame], table: str, part: bytes) -> list[dict]:
    """The typed records of a block's part of a CSV table."""
    record = dict(TABLES)[table]
    return tables.loads_records((layout_frames[RECORD_FILES[table]].prefix + part)
                                .decode("utf-8"), record)


#: The package stage's one cache entry: what it last published (or found already published).
PUBLISHED = "published"


#: What a package consists of, as glob patterns under its folder (``package/``).
PUBLISHED_FILES = [DESCRIPTOR, f"{DATA_DIR}/**/*"]


def file_digests(base: Path, patterns: list[str], memo_dir: Path | None = None,
                 unread: set[str] = frozenset()) -> dict[str, str]:
    """SHA-256 of each file matching ``patterns`` under ``base``, by its relative path.
    With ``memo_dir`` (a build's cache folder), a file is not read again while its stat is
    the one it had when an earlier build hashed it (:class:`DigestMemo`). The files named
    in ``unread``, known to differ from what the caller will make, are listed with ""."""
    memo = DigestMemo(memo_dir) if memo_dir is not None else None
    top = os.path.abspath(base)
    found = {}
    for pattern in patterns:
        for name in _matching_files(Path(base), pattern):
            path = f"{top}/{name}"
            found[name] = "" if name in unread else memo.digest(path) if memo \
                else sha256_file(path)
    if memo:
        memo.save()
    return found


#: A pattern matching every file under a folder, at any depth.
EVERY_FILE = "**/*"


def _matching_files(base: Path, pattern: str) -> list[str]:
    """The files under ``base`` matching ``pattern``, as sorted relative POSIX paths. A
    pattern ending in ``**/*`` (a whole tree: thousands of pages) is walked with
    ``os.walk``, several times as fast as ``Path.glob``."""
    folder = pattern.removesuffix(EVERY_FILE)
    if pattern.endswith(EVERY_FILE) and not any(mark in folder for mark in "*?["):
        return sorted(_tree_files(os.path.join(base, folder), folder))
    return [path.relative_to(base).as_posix() for path in sorted(Path(base).glob(pattern))
            if path.is_file()]


def _tree_files(folder: str, prefix: str) -> list[str]:
    """Every file under ``folder`` (not under a linked folder, as ``Path.glob``), as
    ``prefix`` + its path under it."""
    found = []
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return found
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            found += _tree_files(entry.path, f"{prefix}{entry.name}/")
        elif entry.is_file():
            found.append(prefix + entry.name)
    return found
