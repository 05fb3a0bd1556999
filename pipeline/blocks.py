"""The package's data files made of per-source row blocks, kept between builds.

Every data file of the package is in source id order: sources and articles by id,
paragraphs and sentences by article id and then position, articles.json by id. So each
file is a fixed *frame* (a CSV header; JSON's brackets) around one *block* per source id,
in id order: that source's manifest row, its article's row, paragraphs and sentences, its
line of articles.json (``package.block_parts`` renders them). A block's key, by the one
caching rule (:mod:`pipeline.cache`), hashes the package stage's step key with the
source's manifest record and the SHA-256 of its article and sentence files.

A build renders only the blocks whose key changed. The others are cut out of the
published files, where the stage's cache says they lie (the byte size of every block, in
id order), provided each file is byte for byte the one the stage wrote (its SHA-256).
What versions the package (each record's snapshot digests, :mod:`pipeline.versioning`),
its outlets and its translation coverage are kept per block too. Only the new blocks are
validated, by the same validator as a whole package (:class:`Checker`): frictionless over a
package made of them alone, with every row numbered as in the whole file, then their
records against the JSON Schemas; the primary keys are checked across blocks from the
key columns each block keeps. So a build that adds one article parses, renders and
validates that article alone, and concatenates the rest.
"""

from __future__ import annotations

import bisect
import json
import mmap
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import astuple, dataclass, field
from pathlib import Path

import msgspec

from . import DESCRIPTOR, cache, translate, validate, versioning
from .errors import Problem
from .fileio import canonical_json, die_with_parent, sha256_bytes

#: Cache entries of blocks are named ``blocks/<source id>``.
PREFIX = "blocks/"


@dataclass(frozen=True)
class Frame:
    """A data file: ``prefix`` + the blocks' parts joined by ``separator`` + ``suffix``;
    ``empty`` when no block has a part in it."""

    prefix: bytes
    separator: bytes = b""
    suffix: bytes = b""
    empty: bytes | None = None

    def pieces(self, parts: list) -> list:
        """What the file is made of, in order: it is written piece by piece, the kept parts
        being slices of the published file, and never joined in memory."""
        if not parts and self.empty is not None:
            return [self.empty]
        found = [self.prefix]
        for index, part in enumerate(parts):
            found += [self.separator, part] if index else [part]
        return [*found, self.suffix]

    def join(self, parts: list) -> bytes:
        return b"".join(self.pieces(parts))

    def spans(self, sizes: list[int | None], total: int) -> list[tuple[int, int] | None]:
        """Where parts of these ``sizes`` (None: no part) lie in a file of ``total`` bytes
        made by :meth:`join`; raises ValueError when they cannot make such a file."""
        found, position = [], len(self.prefix)
        for size in sizes:
            found.append(None if size is None else (position, position + size))
            position += 0 if size is None else size + len(self.separator)
        parts = sum(size is not None for size in sizes)
        expected = len(self.join([])) if not parts else \
            position - len(self.separator) + len(self.suffix)
        if expected != total:
            raise ValueError("the blocks do not add up to the file")
        return found


#: package.block_parts: (source record, article, its sentences in table order) -> each
#: data file's part (None: none in that file) and each table's primary key values.
Render = Callable[[dict | None, dict | None, list[dict]],
                  tuple[dict[str, bytes | None], dict[str, list[str]]]]


def _coverage(parts: list[dict]) -> dict:
    """The translation coverage of the whole package from its blocks' coverages."""
    total = translate.coverage_summary([])
    statuses: dict[str, int] = {}
    for part in parts:
        for name, value in part.items():
            if name == "statuses":
                for status, count in value.items():
                    statuses[status] = statuses.get(status, 0) + count
            else:
                total[name] += value
    return dict(total, statuses=dict(sorted(statuses.items())))


def facts(source: dict | None, article: dict | None, sentences: list[dict],
          parts: dict[str, bytes | None], keys: dict[str, list[str]]) -> dict:
    """What the cache keeps of a block besides its key (see the module's docstring)."""
    return {
        "sizes": {path: None if part is None else len(part) for path, part in parts.items()},
        "keys": keys,
        "outlet": article["outlet"] if article else None,
        "url": source.get("url") if source else None,
        "has_article": article is not None,
        "coverage": translate.coverage_summary(sentences),
        "snapshot": {
            "article": versioning.article_entry(article) if article else None,
            # (id, text digest, translation digest): the article is the block's own
            "sentences": [[s["id"], *_without_article(versioning.sentence_entry(s))]
                          for s in sentences],
            "source": versioning.source_entry(source) if source else None,
        },
    }


def _without_article(entry: dict) -> tuple[str, str]:
    return entry["text"], entry["translation"]


@dataclass
class Blocks:
    """The package's blocks, in id order: their cache entries, and the parts of the ones
    rendered by this build (``new``)."""

    frames: dict[str, Frame]
    entries: dict[str, dict] = field(default_factory=dict)  # source id -> cache entry
    new: dict[str, dict[str, bytes | None]] = field(default_factory=dict)
    files: dict[str, list] = field(default_factory=dict)  # path -> its pieces (Frame.pieces)

    @property
    def ids(self) -> list[str]:
        return list(self.entries)

    def cache_entries(self) -> dict[str, dict]:
        return {PREFIX + source_id: entry for source_id, entry in self.entries.items()}

    def snapshot(self) -> dict:
        """The release snapshot of the package (:func:`versioning.snapshot`)."""
        found = {"articles": {}, "sentences": {}, "sources": {}}
        for source_id, entry in self.entries.items():
            shot = entry["snapshot"]
            if shot["article"] is not None:
                found["articles"][source_id] = shot["article"]
            found["sentences"].update(
                (sentence_id, {"article": source_id, "text": text, "translation": translation})
                for sentence_id, text, translation in shot["sentences"])
            if shot["source"] is not None:
                found["sources"][source_id] = shot["source"]
        return dict(found, schemas=versioning.schema_surfaces())

    def outlets(self) -> list[tuple[str, str | None, str | None]]:
        """(article id, outlet, URL) of every article, by id."""
        return [(source_id, entry["outlet"], entry["url"])
                for source_id, entry in self.entries.items() if entry["has_article"]]

    def coverage(self) -> dict:
        return _coverage([entry["coverage"] for entry in self.entries.values()])


@dataclass(frozen=True, slots=True)
class Span:
    """A kept block's part of a data file: bytes ``start`` to ``end`` of the published file
    ``data`` (made by the file's frame)."""

    data: bytes | mmap.mmap
    start: int
    end: int


def runs(frame: Frame, parts: list) -> list:
    """``parts`` (bytes, or :class:`Span`) with each run of kept parts that lie one after
    another in the published file made one piece, the separators between them included:
    a build that adds one article writes a data file in a few pieces, not one per block
    (each a system call: tens of thousands of them for ten thousand articles)."""
    found: list = []
    run: Span | None = None
    for part in parts:
        if isinstance(part, Span) and run is not None and part.data is run.data \
                and part.start == run.end + len(frame.separator):
            run = Span(run.data, run.start, part.end)
            continue
        if run is not None:
            found.append(memoryview(run.data)[run.start:run.end])  # a view, not a copy
        run = part if isinstance(part, Span) else None
        if run is None:
            found.append(part)
    if run is not None:
        found.append(memoryview(run.data)[run.start:run.end])
    return found


def kept_parts(stage_cache: cache.StageCache, frames: dict[str, Frame],
               read: Callable[[str], bytes | mmap.mmap | None], files: dict[str, str],
               present: dict[str, str] | None = None,
               ) -> dict[str, dict[str, Span | None]]:
    """Source id -> where its block's parts lie in the published files (``read(path)``),
    for every block the cache knows, when each file is the one written (``files``: SHA-256
    by path); {} when any is not. ``present``: the SHA-256 of the published files, where
    the caller knows them (stat-memoised): they are then not hashed again."""
    last = {item.removeprefix(PREFIX): entry for item, entry in sorted(
        stage_cache.entries.items()) if item.startswith(PREFIX)}
    parts: dict[str, dict[str, Span | None]] = {source_id: {} for source_id in last}
    for path, frame in frames.items():
        data = read(path)
        digest = (present or {}).get(path) or (data is not None and sha256_bytes(data))
        if not last or data is None or digest != files.get(path):
            return {}
        try:
            spans = frame.spans([entry["sizes"][path] for entry in last.values()], len(data))
        except (KeyError, TypeError, ValueError):
            return {}
        for source_id, span in zip(last, spans, strict=True):
            parts[source_id][path] = None if span is None else Span(data, *span)
    return parts


def assemble(inputs: validate.Inputs, stage_cache: cache.StageCache, frames: dict[str, Frame],
             render: Render, kept: dict[str, dict[str, Span | None]]) -> Blocks:
    """Every block of the package made from ``inputs``: kept (``kept``, with an unchanged
    key) or rendered from the records; then the data files."""
    sources = {record["id"]: record for record in inputs.manifest}
    articles = set(inputs.ids)
    made = Blocks(frames)
    parts_in_order = []
    for source_id in sorted(set(sources) | articles):
        source = sources.get(source_id)
        digests = [inputs.digest(kind, source_id) if source_id in articles else None
                   for kind in ("articles", "sentences")]
        block_key = stage_cache.key(source, *digests)
        last = stage_cache.entries.get(PREFIX + source_id, {})
        if last.get("key") == block_key and source_id in kept:
            made.entries[source_id] = last
            parts_in_order.append(kept[source_id])
            continue
        article = inputs.record("articles", source_id) if source_id in articles else None
        sentences = sorted(inputs.record("sentences", source_id) if article else [],
                           key=lambda s: (s["paragraph_index"], s["sentence_index"]))
        parts, keys = render(source, article, sentences)
        made.entries[source_id] = {"key": block_key,
                                   **facts(source, article, sentences, parts, keys)}
        made.new[source_id] = parts
        parts_in_order.append(parts)
    made.files = {path: frame.pieces(runs(frame, [parts[path] for parts in parts_in_order
                                                  if parts[path] is not None]))
                  for path, frame in frames.items()}
    return made


# ------------------------------------------------------------------ validation


@dataclass(frozen=True)
class RowNumbers:
    """Row number in the new blocks' file -> row number in the whole file (the header is
    row 1 in both): the new blocks' rows start at ``new[i]`` in the first, ``whole[i]`` in
    the second."""

    new: list[int]
    whole: list[int]

    def __call__(self, number: int) -> int:
        index = bisect.bisect_right(self.new, number - 2) - 1
        if index < 0:
            return number
        return self.whole[index] + (number - 2 - self.new[index]) + 2


def _row_numbers(made: Blocks, path: str) -> RowNumbers:
    new_starts, whole_starts, row = [], [], 0
    new_row = 0
    for source_id, entry in made.entries.items():
        rows = len(entry["keys"].get(path, []))
        if source_id in made.new:
            new_starts.append(new_row)
            whole_starts.append(row)
            new_row += rows
        row += rows
    return RowNumbers(new_starts, whole_starts)


def _duplicate_keys(made: Blocks) -> list[Problem]:
    """Primary key values found in two blocks (frictionless finds those repeated within
    one), reported as frictionless reports a repeated key."""
    found = []
    for path in made.frames:
        values = [value for entry in made.entries.values() for value in entry["keys"].get(
            path, [])]
        if len(set(values)) == len(values):
            continue  # the common case, found at C speed
        first: dict[str, tuple[str, int]] = {}  # value -> (its block, its row)
        row = 1
        for source_id, entry in made.entries.items():
            for value in entry["keys"].get(path, []):
                row += 1
                block, first_row = first.setdefault(value, (source_id, row))
                if block == source_id:
                    continue
                from frictionless import errors  # slow to import; only on a defect

                message = errors.PrimaryKeyError(
                    note=f"the same as in the row at position {first_row}", cells=[],
                    row_number=row).message
                found.append(Problem("frictionless-primary-key", message, file=path,
                                     record=f"{value} (row {row})"))
    return found


#: In the folder of a package of new blocks: their rows' numbers in the whole tables, and
#: what the checking process wrote on its standard error.
ROWS, ERRORS = "rows.json", "errors.txt"


class Checker:
    """The check of the new blocks (all of them on a first or forced build) in a process
    of its own, started before the blocks are made: importing frictionless alone takes
    half a second, which passes while this process makes the blocks, and the check runs
    while it writes the package. Use: :meth:`submit` the blocks, then :meth:`result`; as
    a context manager."""

    def __init__(self, work_dir: Path):
        self.folder = Path(tempfile.mkdtemp(prefix="package-check-", dir=work_dir))
        self.made: Blocks | None = None
        environment = dict(os.environ)
        environment["PYTHONPATH"] = os.pathsep.join(filter(None, [
            str(Path(__file__).resolve().parent.parent), environment.get("PYTHONPATH")]))
        with open(self.folder / ERRORS, "wb") as errors:  # read only if it fails
            self.process = subprocess.Popen(
                [sys.executable, "-c", "import sys; from pipeline.blocks import check_folder; "
                 "sys.exit(check_folder(sys.argv[1]))", str(self.folder)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors,
                env=environment, preexec_fn=die_with_parent)

    def submit(self, made: Blocks, describe: Callable[[dict], dict]) -> None:
        """Start checking the new blocks of ``made`` (all of them on a first or forced
        build) as a package of their own; ``describe``: the package's descriptor for
        data files of these facts (``bytes`` and ``hash`` by path)."""
        self.made = made
        files = {path: frame.join([parts[path] for parts in made.new.values()
                                   if parts[path] is not None])
                 for path, frame in made.frames.items()}
        part = describe({path: {"bytes": len(data), "hash": f"sha256:{sha256_bytes(data)}"}
                         for path, data in files.items()})
        for path, data in files.items():
            (self.folder / path).parent.mkdir(parents=True, exist_ok=True)
            (self.folder / path).write_bytes(data)
        (self.folder / DESCRIPTOR).write_text(canonical_json(part), encoding="utf-8")
        (self.folder / ROWS).write_text(json.dumps({
            resource["name"]: astuple(_row_numbers(made, resource["path"]))
            for resource in part["resources"]}), encoding="utf-8")
        try:
            self.process.stdin.write(b"check")
            self.process.stdin.close()
        except BrokenPipeError:
            pass  # the process is gone: result() says why

    def result(self) -> list[Problem]:
        """Every problem of the blocks submitted, located as in the whole package; and the
        primary keys repeated across blocks."""
        out = self.process.stdout.read()
        if self.process.wait() != 0:
            errors = (self.folder / ERRORS).read_text(encoding="utf-8", errors="replace")
            raise RuntimeError(f"the check of the new blocks failed:\n{errors[-4000:]}")
        return msgspec.json.decode(out, type=list[Problem]) + _duplicate_keys(self.made)

    def __enter__(self) -> Checker:
        return self

    def __exit__(self, *exc_info) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        for pipe in (self.process.stdin, self.process.stdout):
            pipe.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def check_folder(folder: str) -> int:
    """The checking process of :class:`Checker`: once told to, validates the package of
    new blocks in ``folder`` by :func:`validate.frictionless_problems` and
    :func:`validate.record_problems`, and writes its problems on stdout (JSON)."""
    import frictionless  # noqa: F401  (imported while the blocks are made)

    if sys.stdin.buffer.read() != b"check":
        return 0  # the build stopped before submitting blocks
    base = Path(folder)
    rows = {name: RowNumbers(*starts) for name, starts in json.loads(
        (base / ROWS).read_text(encoding="utf-8")).items()}
    part = json.loads((base / DESCRIPTOR).read_text(encoding="utf-8"))
    found = (validate.frictionless_problems(base / DESCRIPTOR, base, rows=rows)
             or validate.record_problems(base, part, base))
    sys.stdout.buffer.write(msgspec.json.encode(found))
    return 0


def read_parts(path: Path, frame: Frame, sizes: list[int | None],
               wanted: list[bool]) -> list[bytes | None]:
    """The parts of the ``wanted`` blocks in the data file ``path``, made by ``frame`` from
    parts of these ``sizes`` (None: no part), each read from where it lies and no other
    byte read; None for the others. Raises ValueError when the sizes do not make the file."""
    with open(path, "rb") as handle:
        spans = frame.spans(sizes, os.fstat(handle.fileno()).st_size)
        found: list[bytes | None] = []
        for span, want in zip(spans, wanted, strict=True):
            if span is None or not want:
                found.append(None)
                continue
            handle.seek(span[0])
            found.append(handle.read(span[1] - span[0]))
    return found
