"""Validate every record of every stage against the JSON Schemas in ``schemas/``.

Inputs checked: the schemas themselves (metaschema), the sources manifest, the article
records (and the paragraphs inside them) under ``build/articles/``, the sentence lists under
``build/sentences/``, the translation memory ``translations/*.jsonl`` and the published data
package (``package/datapackage.json`` + ``package/data/``, with the official frictionless
validator).

Nothing stops at the first problem: every violation is collected and reported together
with its file, record id, JSON pointer and message.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from . import DESCRIPTOR, PACKAGE_DIR, ROOT, cache, schemas, sources, tables
from .errors import PipelineError, Problem
from .fileio import (
    DigestMemo,
    atomic_write_text,
    canonical_json,
    out_of_collection,
    read_verified,
    sha256_bytes,
    sha256_file,
)

LOG = logging.getLogger(__name__)

#: Descriptor property naming the JSON Schema each row (CSV) or item (JSON list) of a
#: resource conforms to, so validation needs no resource-to-schema table of its own.
RECORD_SCHEMA = "recordSchema"


def label(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` when it is inside it: short, machine-independent reports."""
    try:  # the common case, paths built from root, needs no file system call
        return Path(path).relative_to(root).as_posix()
    except ValueError:
        pass
    try:
        return Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return str(path)


def record_label(record, position: int) -> str:
    if isinstance(record, dict) and isinstance(record.get("id"), str) and record["id"]:
        return record["id"]
    return f"[{position}]"


def parse_json(data: bytes, file: str) -> tuple[object, list[Problem]]:
    """The JSON value in ``data``, the bytes of ``file``."""
    try:
        return json.loads(data.decode("utf-8")), []
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return None, [Problem("invalid-json", str(error), file=file)]


def read_json(path: Path, root: Path) -> tuple[object, list[Problem]]:
    """The JSON value in ``path``."""
    return parse_json(Path(path).read_bytes(), label(path, root))


def article_problems(article, file: str) -> list[Problem]:
    """Schema violations of one article record plus the id links between it and its body."""
    if not isinstance(article, dict):
        return [Problem("schema-type", "an article record must be a JSON object", file=file)]
    found = schemas.problems(article, "article", file=file)
    article_id = article.get("id")
    expected_id = Path(file).stem
    if isinstance(article_id, str) and article_id != expected_id:
        found.append(Problem("id-mismatch", f"article id must equal the file name {expected_id!r}",
                             file=file, record=article_id, pointer="/id"))
    body = article.get("body")
    for index, paragraph in enumerate(body if isinstance(body, list) else []):
        if not isinstance(paragraph, dict):
            continue
        expected = {"article_id": article_id, "index": index,
                    "id": f"{article_id}-p{index:03d}"}
        for key, value in expected.items():
            if key in paragraph and paragraph[key] != value:
                found.append(Problem(
                    "id-mismatch", f"expected {value!r} (paragraph {index} of {article_id})",
                    file=file, record=str(article_id), pointer=f"/body/{index}/{key}"))
    return found


class KnownValid:
    """Files an earlier build found valid, by the SHA-256 of what their checks read and the
    version of this module: a file whose key is unchanged is not checked again. Only valid
    files are remembered, so a problem is reported on every build until it is fixed.
    Without ``cache_dir`` nothing is remembered and everything is checked."""

    def __init__(self, cache_dir: Path | None = None, *, force: bool = False,
                 stage: str = "validate"):
        self.cache = cache.StageCache(stage, cache_dir, force=force) if cache_dir else None
        self.version = cache.step_version(stage)
        self.valid: dict[str, dict] = {}
        # A file whose stat is unchanged since it was hashed is not read to be hashed again.
        self.digests = DigestMemo(cache_dir, stage) if cache_dir and not force else None

    def digest(self, path: Path) -> str:
        return self.digests.digest(path) if self.digests else sha256_file(path)

    def key(self, *digests: str) -> str:
        return cache.key(self.version, *digests)

    def remembered(self, name: str, path: Path, *others: str) -> tuple[str | None, dict | None]:
        """The SHA-256 of ``path`` and what was noted of ``name`` when it was found valid
        with these bytes (and ``others``: digests of what else its check read), or None.
        When nothing can be remembered (no cache, or ``force``), (None, None) without
        reading the file: the caller reads it once, to hash and check the same bytes."""
        if self.cache is None or self.cache.force:
            return None, None
        digest = self.digest(path)
        return digest, self.details(name, self.key(digest, *others))

    @property
    def remembers_nothing(self) -> bool:
        """Whether every file is to be read and checked (a first or forced build, or a
        step key that changed)."""
        return self.cache is None or self.cache.force or not self.cache.entries

    def seen(self, name: str, file_key: str) -> bool:
        return self.details(name, file_key) is not None

    def details(self, name: str, file_key: str) -> dict | None:
        """What was noted of ``name`` when it was found valid with this key, else None."""
        if self.cache is None or self.cache.force:
            return None
        entry = self.cache.entries.get(name, {})
        return entry if entry.get("key") == file_key else None

    def add(self, name: str, file_key: str, **details) -> None:
        self.valid[name] = {"key": file_key, **details}

    def save(self) -> None:
        if self.cache is not None:
            self.cache.save(self.valid)
        if self.digests is not None:
            self.digests.save()


def _name(path: Path) -> str:
    return path.name  # sorting by it is ten times quicker than comparing paths


def check_articles(build_dir: Path, inputs: Inputs, known: KnownValid | None = None,
                   ) -> list[Problem]:
    """Read and check every ``build/articles/*.json`` into ``inputs``. A file found valid
    before, unchanged since (its SHA-256), is hashed but not parsed: the package stage
    asks for the records it needs (:meth:`Inputs.record`)."""
    directory = Path(build_dir) / "articles"
    if not directory.is_dir():
        return [Problem("missing-input", "no article records; run `python -m pipeline clean "
                        "--all` first", file=label(directory, inputs.root))]
    known = known or KnownValid()
    found = []
    for path in sorted(directory.glob("*.json"), key=_name):
        name = inputs.label("articles", path.stem)
        inputs.digests[name], details = known.remembered(name, path)
        if details is None or "count" not in details:
            data = path.read_bytes()
            inputs.digests[name] = sha256_bytes(data)  # the bytes checked, should they differ
            record, problems = parse_json(data, name)
            problems = problems or article_problems(record, name)
            found += problems
            if problems:
                continue
            inputs.loaded[("articles", path.stem)] = record
            details = {"count": len(record["body"])}
        known.add(name, known.key(inputs.digests[name]), count=details["count"])
        inputs.counts[("articles", path.stem)] = details["count"]
        inputs.ids.append(path.stem)
    inputs.ids.sort()
    if not inputs.ids and not found:
        found.append(Problem("missing-input", "no article records",
                             file=label(directory, inputs.root)))
    return found


def sentence_problems(sentences, article: dict, file: str) -> list[Problem]:
    """Schema violations of one article's sentence list and its links back to the article."""
    if not isinstance(sentences, list):
        return [Problem("schema-type", "a sentence file must hold a JSON list", file=file)]
    paragraphs = {paragraph["id"]: paragraph["index"] for paragraph in article["body"]}
    found, seen = [], set()
    for position, sentence in enumerate(sentences):
        record = record_label(sentence, position)
        if not isinstance(sentence, dict):
            found.append(Problem("schema-type", "a sentence must be a JSON object",
                                 file=file, record=record))
            continue
        problems = schemas.problems(sentence, "sentence", file=file, record_id=record)
        found += problems
        if problems:
            continue
        if record in seen:
            found.append(Problem("duplicate-id", "sentence id appears more than once",
                                 file=file, record=record, pointer="/id"))
        seen.add(record)
        expected = {
            "article_id": article["id"],
            "paragraph_index": paragraphs.get(sentence["paragraph_id"]),
            "id": f"{sentence['paragraph_id']}-s{sentence['sentence_index']:02d}",
            "text_sha256": sha256_bytes(sentence["text"].encode("utf-8")),
        }
        if sentence["paragraph_id"] not in paragraphs:
            found.append(Problem("unknown-reference", f"no paragraph with this id in article "
                                 f"{article['id']}", file=file, record=record,
                                 pointer="/paragraph_id"))
            del expected["paragraph_index"]
        for key, value in expected.items():
            if sentence[key] != value:
                found.append(Problem("id-mismatch", f"expected {value!r}",
                                     file=file, record=record, pointer=f"/{key}"))
    return found


def check_sentences(build_dir: Path, inputs: Inputs, known: KnownValid | None = None,
                    ) -> list[Problem]:
    """Read and check ``build/sentences/<article_id>.json`` for every article of ``inputs``
    (as :func:`check_articles` does: a file found valid before is not parsed again)."""
    directory = Path(build_dir) / "sentences"
    root = inputs.root
    if not directory.is_dir():
        return [Problem("missing-input", "no sentence records; run the translate stage "
                        "(`python -m pipeline translate`) first", file=label(directory, root))]
    valid_articles = set(inputs.ids)
    known = known or KnownValid()
    found = []
    paths = sorted(directory.glob("*.json"), key=_name)
    for path in paths:
        name = inputs.label("sentences", path.stem)
        if path.stem not in valid_articles:
            found.append(Problem("unknown-reference", "sentence file for an article that has "
                                 "no valid record", file=name))
            continue
        # The links back to the article are checked too: the key covers both files.
        article_digest = inputs.digest("articles", path.stem)
        inputs.digests[name], details = known.remembered(name, path, article_digest)
        if details is None or "count" not in details:
            data = path.read_bytes()
            inputs.digests[name] = sha256_bytes(data)  # the bytes checked, should they differ
            value, problems = parse_json(data, name)
            problems = problems or sentence_problems(
                value, inputs.record("articles", path.stem), name)
            found += problems
            if problems:
                continue
            inputs.loaded[("sentences", path.stem)] = value
            details = {"count": len(value)}
        known.add(name, known.key(inputs.digests[name], article_digest), count=details["count"])
        inputs.counts[("sentences", path.stem)] = details["count"]
    found += [Problem("missing-input", "article has no sentence file; re-run the translate "
                      "stage", file=label(directory / f"{article_id}.json", root),
                      record=article_id)
              for article_id in sorted(set(inputs.ids) - {path.stem for path in paths})]
    return found


def check_translations(translations_dir: Path, root: Path = ROOT,
                       known: KnownValid | None = None) -> list[Problem]:
    """Every line of ``translations/*.jsonl`` against the translation schema, when it exists.
    A memory file ``known`` to be valid, unchanged, is not read again."""
    known = known or KnownValid()
    found = []
    folder = label(Path(translations_dir), root)
    for path in sorted(Path(translations_dir).glob("*.jsonl"), key=_name):
        name = f"{folder}/{path.name}"
        digest, details = known.remembered(name, path)
        if details is not None:
            known.add(name, known.key(digest))
            continue
        data = path.read_bytes()
        file_key = known.key(sha256_bytes(data))  # the bytes checked, should they differ
        problems = []
        try:
            lines = data.decode("utf-8").splitlines()
        except UnicodeDecodeError as error:
            found.append(Problem("invalid-json", str(error), file=name))
            continue
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            where = f"{name} line {number}"
            try:
                entry = json.loads(line)
            except json.JSONDecodeError as error:
                problems.append(Problem("invalid-json", str(error), file=where))
                continue
            problems += schemas.problems(entry, "translation", file=where)
        found += problems
        if not problems:
            known.add(name, file_key)
    return found


def check_manifest(sources_dir: Path) -> tuple[list[dict], list[Problem]]:
    try:
        return sources.read_manifest(sources_dir), []
    except PipelineError as error:
        return [], error.problems


def resource_records(package_dir: Path, resource: dict) -> list:
    """The records of a resource that declares its ``recordSchema``, as typed values."""
    # Bytes, not read_text(): newline translation would alter line breaks inside cells.
    text = (Path(package_dir) / resource["path"]).read_bytes().decode("utf-8")
    if resource.get("format") == "json":
        return json.loads(text)
    return tables.loads_records(text, schema_name(resource))


def schema_name(resource: dict) -> str:
    return Path(resource[RECORD_SCHEMA]).name.removesuffix(".schema.json")


#: The row a frictionless primary-key note names ("the same as in the row at position 3").
NOTE_ROW = re.compile(r"(?<=position )(\d+)")


def _renumbered(error, whole: Callable[[int], int]):
    """A frictionless row error with its row numbers (its own, and in a repeated key's
    note the first row's) mapped by ``whole``; the message is made again from them."""
    note = error.note
    if error.type == "primary-key":
        note = NOTE_ROW.sub(lambda match: str(whole(int(match[1]))), note)
    return type(error).from_descriptor(dict(error.to_descriptor(),
                                            rowNumber=whole(error.row_number), note=note))


def frictionless_problems(descriptor_path: Path, root: Path = ROOT, *,
                          rows: dict[str, Callable[[int], int]] | None = None) -> list[Problem]:
    """Run the official frictionless validator over a package and translate its report.

    ``rows`` maps a resource's row numbers to those of the whole table, by resource name,
    when the package holds only some rows of it (the package stage's new blocks)."""
    import frictionless  # slow to import; only the package checks need it

    report = frictionless.validate(str(descriptor_path))
    base = Path(descriptor_path).parent
    found = [Problem(f"frictionless-{error.type}", error.message,
                     file=label(Path(descriptor_path), root))
             for error in report.errors]
    descriptor, _ = read_json(descriptor_path, root)
    columns = {resource.get("name"): [field["name"] for field in
                                      resource.get("schema", {}).get("fields", [])]
               for resource in (descriptor or {}).get("resources", [])}
    for task in report.tasks:
        file = label(base / task.place, root) if task.place else task.name
        names = columns.get(task.name, [])
        for error in task.errors:
            record = ""
            if rows and task.name in rows and getattr(error, "row_number", None):
                error = _renumbered(error, rows[task.name])
            if getattr(error, "row_number", None):
                # Name the row by its record id when the table has one, as elsewhere.
                cells = getattr(error, "cells", [])
                position = names.index("id") if "id" in names else -1
                record = f"row {error.row_number}"
                if 0 <= position < len(cells) and cells[position]:
                    record = f"{cells[position]} ({record})"
            field = getattr(error, "field_name", None)
            found.append(Problem(f"frictionless-{error.type}", error.message, file=file,
                                 record=record, pointer=f"/{field}" if field else ""))
    return found


def package_digests(package_dir: Path, descriptor) -> list[str]:
    """SHA-256 of the descriptor and of each file its resources name ("" when unreadable)."""
    paths = [Path(package_dir) / DESCRIPTOR]
    if isinstance(descriptor, dict) and isinstance(descriptor.get("resources"), list):
        paths += [Path(package_dir) / str(resource.get("path"))
                  for resource in descriptor["resources"] if isinstance(resource, dict)]
    digests = []
    for path in paths:
        try:
            digests.append(sha256_bytes(path.read_bytes()))
        except OSError:
            digests.append("")
    return digests


def check_package(package_dir: Path, root: Path = ROOT, *, cache_dir: Path | None = None,
                  digests: list[str] | None = None) -> list[Problem]:
    """A built package: frictionless over whole tables (structure, types, constraints,
    keys, bytes, hashes), then each record read back from the files against its JSON
    Schema.

    With ``cache_dir``, a package found valid is remembered by the SHA-256 of its
    descriptor and files (and the step key of this check): the package stage's check of
    what it publishes is then not done again by the docs stage, nor on a build that
    changed nothing.
    """
    package_dir = Path(package_dir)
    descriptor_path = package_dir / DESCRIPTOR
    descriptor, found = read_json(descriptor_path, root)
    if found:
        return found
    known = KnownValid(cache_dir, stage="validate-package")
    # ``digests``, when the caller has them (stat-memoised), are :func:`package_digests`.
    digests = digests or package_digests(package_dir, descriptor)
    if known.seen(DESCRIPTOR, known.key(*digests)):
        LOG.debug("%s: found valid before, unchanged since: not checked again",
                  label(descriptor_path, root))
        return []
    found = (frictionless_problems(descriptor_path, root)
             or record_problems(package_dir, descriptor, root))
    if not found:
        remember_valid_package(cache_dir, digests)
    return found


def remember_valid_package(cache_dir: Path | None, digests: list[str]) -> None:
    """Remember a package as valid by ``digests``, the SHA-256 of its descriptor and of
    each file its resources name (:func:`package_digests`; see :func:`check_package`)."""
    known = KnownValid(cache_dir, stage="validate-package")
    known.add(DESCRIPTOR, known.key(*digests))
    known.save()


def record_problems(package_dir: Path, descriptor: dict, root: Path = ROOT) -> list[Problem]:
    """Every record of the resources that declare a ``recordSchema``, against it."""
    found = []
    for resource in descriptor["resources"]:
        if RECORD_SCHEMA not in resource:
            continue
        file = label(Path(package_dir) / resource["path"], root)
        for position, record in enumerate(resource_records(package_dir, resource)):
            found += schemas.problems(record, schema_name(resource), file=file,
                                      record_id=record_label(record, position))
    return found


@dataclass
class Inputs:
    """What the package is made from, every record checked: the validate stage's output.

    Records are read when asked for (:meth:`record`): a build that changed one article
    parses that article's files, not the corpus's. A file is read again only if its
    bytes are still those checked (its SHA-256 in ``digests``).
    """

    manifest: list[dict]
    root: Path
    build_dir: Path
    digests: dict[str, str] = field(default_factory=dict)  # SHA-256 of each file, by path
    ids: list[str] = field(default_factory=list)  # ids of the valid article records, sorted
    #: ("articles" | "sentences", article id) -> paragraphs or sentences in that file.
    counts: dict[tuple[str, str], int] = field(default_factory=dict)
    #: Records parsed by the checks, kept for the package stage: the same keys.
    loaded: dict[tuple[str, str], object] = field(default_factory=dict)
    folders: dict[str, str] = field(default_factory=dict)  # kind -> its folder's label

    def path(self, kind: str, article_id: str) -> Path:
        return self.build_dir / kind / f"{article_id}.json"

    def label(self, kind: str, article_id: str) -> str:
        """:func:`label` of :meth:`path`, without a path object per file (tens of
        thousands of them cost seconds)."""
        if kind not in self.folders:
            self.folders[kind] = label(self.build_dir / kind, self.root)
        return f"{self.folders[kind]}/{article_id}.json"

    def digest(self, kind: str, article_id: str) -> str:
        return self.digests[self.label(kind, article_id)]

    def record(self, kind: str, article_id: str):
        """The article record (``kind`` "articles") or sentence list ("sentences") of
        ``article_id``, as checked."""
        if (kind, article_id) in self.loaded:
            return self.loaded[kind, article_id]
        data = read_verified(self.path(kind, article_id), self.digest(kind, article_id),
                             self.label(kind, article_id))
        return json.loads(data.decode("utf-8"))

    @cached_property
    def articles(self) -> list[dict]:
        """Every article record, sorted by id (reads every file not yet parsed)."""
        return [self.record("articles", article_id) for article_id in self.ids]

    @cached_property
    def sentences(self) -> dict[str, list[dict]]:
        """Article id -> its sentence records (reads every file not yet parsed)."""
        return {article_id: self.record("sentences", article_id) for article_id in self.ids}

    def total(self, kind: str) -> int:
        """Paragraphs (``kind`` "articles") or sentences ("sentences") in all."""
        return sum(self.counts.get((kind, article_id), 0) for article_id in self.ids)


def check_schemas(known: KnownValid) -> list[Problem]:
    """Every schema against the metaschema, unless ``known`` found them valid under this
    step key, which hashes every schema and the version of jsonschema that checks them."""
    schemas_key = known.key("metaschemas")
    found = [] if known.seen(SCHEMAS, schemas_key) else schemas.check_metaschemas()
    if not found:
        known.add(SCHEMAS, schemas_key)
    return found


#: The validate stage's cache entry for the schemas themselves.
SCHEMAS = "schemas"


def prefetch(build_dir: Path) -> None:
    """Ask the kernel to read every article and sentence file ahead, when all of them are
    to be read and checked: on a first build of a large corpus they were written minutes
    earlier, and a system short of memory (or reclaiming idle pages, as virtual machines
    do) may have dropped them from its cache. Read one by one as they are checked, ten
    thousand articles took 2.5 s longer than the checks themselves; asked for at once, the
    disk reads them while the first ones are checked. (Run in a child process, see
    :func:`start_prefetch`.)"""
    for kind in ("articles", "sentences"):
        try:
            entries = sorted(os.scandir(build_dir / kind), key=lambda entry: entry.name)
        except OSError:
            continue
        for entry in entries:
            try:
                descriptor = os.open(entry.path, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_WILLNEED)
            finally:
                os.close(descriptor)


def start_prefetch(build_dir: Path) -> int | None:
    """:func:`prefetch` in a forked child process; its pid, or None where the system has
    no ``posix_fadvise``. Not a thread: its twenty thousand system calls, each letting go
    of the interpreter's lock and waiting to take it back from the checks, made the checks
    of ten thousand articles slower (by 0.2 to 0.9 s), not quicker, when the files were
    cached. The child calls the system only, and exits without Python's clean-up."""
    if not (hasattr(os, "posix_fadvise") and hasattr(os, "fork")):
        return None
    pid = os.fork()
    if pid == 0:  # the child
        try:
            prefetch(build_dir)
        finally:
            os._exit(0)
    return pid


def check_inputs(root: Path, build_dir: Path, sources_dir: Path,
                 known: KnownValid | None = None) -> tuple[Inputs, list[Problem]]:
    """The manifest, article and sentence records with every problem found in them."""
    known = known or KnownValid()
    prefetching = start_prefetch(Path(build_dir)) if known.remembers_nothing else None
    try:
        found = check_schemas(known)
        manifest, problems = check_manifest(Path(sources_dir))
        found += problems
        inputs = Inputs(manifest, Path(root), Path(build_dir))
        found += check_articles(build_dir, inputs, known)
        found += check_sentences(build_dir, inputs, known)
    finally:
        if prefetching is not None:
            os.waitpid(prefetching, 0)  # (done long before: the kernel reads on its own)
    return inputs, found


@dataclass
class Validation:
    summary: dict  # counts of what was checked, and the problems (none when returned)
    inputs: Inputs


def run(*, root: Path = ROOT, build_dir: Path | None = None, sources_dir: Path | None = None,
        translations_dir: Path | None = None, check_built_package: bool = True,
        report_path: Path | None = None, cache_dir: Path | None = None,
        force: bool = False) -> Validation:
    """Validate everything; raise :class:`PipelineError` listing every problem found.

    ``check_built_package`` also validates the published package (``package/`` under
    ``root``) when it exists (the package stage validates its own new package before publishing it,
    so a build calls this with ``False`` before packaging). Returns counts of what was
    checked and the checked records, which the package stage can take as they are.
    """
    root = Path(root)
    build_dir = Path(build_dir or root / "build")
    known = KnownValid(cache_dir, force=force)
    # The records read are kept for the package stage (hundreds of megabytes of dicts and
    # lists on a first build of a large corpus): as a cache's entries, out of the cycle
    # collector's sight while they are read.
    with out_of_collection():
        inputs, found = check_inputs(root, build_dir, Path(sources_dir or root / "sources"),
                                     known)
        found += check_translations(Path(translations_dir or root / "translations"), root,
                                    known)
    known.save()
    package_checked = check_built_package and (root / PACKAGE_DIR / DESCRIPTOR).exists()
    if package_checked:
        found += check_package(root / PACKAGE_DIR, root)
    summary = {
        "sources": len(inputs.manifest),
        "articles": len(inputs.ids),
        "paragraphs": inputs.total("articles"),
        "sentences": inputs.total("sentences"),
        "package": package_checked,
        "problems": [problem.to_dict() for problem in found],
    }
    if report_path:
        atomic_write_text(Path(report_path), canonical_json(summary))
    if found:
        raise PipelineError(found, f"validation failed: {len(found)} problem(s)")
    return Validation(summary, inputs)
