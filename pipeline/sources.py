"""The raw sources and their manifest (``sources/manifest.csv``).

Raw captures are immutable. The manifest pins each file's sha256 and size; a file
whose bytes no longer match stops the build with a message that says how to accept
the change deliberately (``python -m pipeline sources accept FILE``).

The manifest is read strictly: a byte-order mark is tolerated, but the header must be
exactly the schema's columns, every row must have every cell, cells must have their
type, and every problem names its line. A page over the size limit
(``PIPELINE_MAX_PAGE_BYTES``, 5 MB by default) and a second copy of a page's bytes
are refused, the latter unless it is marked ``duplicate_of`` (``sources add --force``).
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import stat
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from . import ROOT, schemas, tables, textnorm
from .errors import PipelineError, Problem
from .fileio import DigestMemo, atomic_write_text, number_setting, sha256_file

SOURCES_DIR = ROOT / "sources"
MANIFEST_NAME = "manifest.csv"
#: Largest raw page accepted, in bytes (``PIPELINE_MAX_PAGE_BYTES`` overrides): a news
#: page is tens of kilobytes; a 50 MB one took minutes and gigabytes to clean.
MAX_PAGE_BYTES = 5_000_000


def max_page_bytes() -> int:
    return int(number_setting("PIPELINE_MAX_PAGE_BYTES", MAX_PAGE_BYTES, "bytes"))


def manifest_path(sources_dir: Path = SOURCES_DIR) -> Path:
    return Path(sources_dir) / MANIFEST_NAME


def clean_metadata(text: str | None) -> str:
    """Metadata typed by a person, cleaned like page text: NFC, no control, bidi or
    invisible characters, one line, single spaces."""
    return " ".join(line for line in textnorm.lines(text or "") if line)


def record_problems(record: dict, where: str) -> list[Problem]:
    """The schema's verdict on one manifest record, plus what a schema cannot say."""
    found = schemas.problems(record, "source", file=where)
    for field in ("outlet", "notes"):
        value = record.get(field)
        if isinstance(value, str) and value != clean_metadata(value):
            found.append(Problem("unclean-text", "holds control, bidi or invisible "
                                 "characters, a line break or stray spaces",
                                 file=where, record=record.get("id", ""), pointer=f"/{field}"))
    url = record.get("url")
    if isinstance(url, str) and not re.match(r"https?://[^/\s]", url):
        found.append(Problem("url-scheme", f"{url[:80]!r} is not an http(s) address",
                             file=where, record=record.get("id", ""), pointer="/url"))
    retrieved = record.get("retrieved")
    today = datetime.now(UTC).date().isoformat()
    if isinstance(retrieved, str) and len(retrieved) == 10 and retrieved > today:
        found.append(Problem("future-date", f"retrieval date {retrieved} is after today "
                             f"({today})", file=where, record=record.get("id", ""),
                             pointer="/retrieved"))
    return found


def _manifest_text(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8").removeprefix("\ufeff")  # spreadsheets save a BOM
    except UnicodeDecodeError as error:
        raise PipelineError(Problem("undecodable", f"not UTF-8 ({error.reason} at byte offset "
                                    f"{error.start})", file=name)) from error


def _parse_row(cells: list[str], columns: list[tuple[str, Callable | None]], where: str,
               ) -> tuple[dict, list[Problem]]:
    """One row's record, by ``columns`` (name, cell converter: see ``tables.converter``)."""
    if len(cells) != len(columns):
        return {}, [Problem("row-length", f"{len(cells)} cells where the header has "
                            f"{len(columns)}", file=where)]
    record, found = {}, []
    for (name, convert), text in zip(columns, cells, strict=True):
        try:
            record[name] = text if convert is None else convert(text)
        except ValueError:
            kind = schemas.load("source")["properties"][name]["type"]
            found.append(Problem("schema-type", f"{text[:40]!r} is not of type {kind}",
                                 file=where, pointer=f"/{name}"))
    return record, found


def parse_manifest(data: bytes, name: str = MANIFEST_NAME) -> tuple[list[dict], list[Problem]]:
    """The records of a manifest file's bytes, and every problem, each naming its line."""
    reader = csv.reader(io.StringIO(_manifest_text(data, name), newline=""))
    tables.set_field_limit()
    header = schemas.fields("source")
    properties = schemas.load("source")["properties"]
    columns = [(name, tables.converter(properties[name])) for name in header]
    records, found, line, number = [], [], 1, -1
    try:
        for number, cells in enumerate(reader):
            where, line = f"{name} line {line}", reader.line_num + 1
            if number == 0:
                if cells != header:
                    found.append(Problem("header", f"the header must be exactly "
                                         f"{','.join(header)}; found {','.join(cells)[:200]}",
                                         file=where))
                    break
            elif cells:  # a blank line
                record, problems = _parse_row(cells, columns, where)
                problems = problems or record_problems(record, where)
                found += problems
                if not problems:
                    records.append(record)
    except csv.Error as error:
        found.append(Problem("csv", str(error), file=f"{name} line {line}"))
    if number < 0:
        found.append(Problem("header", "the manifest is empty", file=name))
    return records, found


def _duplicate_problems(records: list[dict], name: str) -> list[Problem]:
    """Same id twice, or the same bytes twice without ``duplicate_of`` saying so."""
    counts = Counter(record["id"] for record in records)
    found = [Problem("duplicate-id", f"source id {dup!r} appears more than once", file=name)
             for dup in sorted(i for i, count in counts.items() if count > 1)]
    first: dict[str, dict] = {}
    for record in sorted(records, key=lambda record: record["id"]):
        original = first.setdefault(record["sha256"], record)
        if original is not record and record.get("duplicate_of") != original["id"]:
            found.append(Problem(
                "duplicate-content", f"{record['file']} has the same bytes as "
                f"{original['file']} (sha256 {record['sha256'][:12]}…); remove one, or keep "
                f"both with duplicate_of = {original['id']}", file=name, record=record["id"]))
        elif original is record and record.get("duplicate_of"):
            found.append(Problem("duplicate-content", f"marked as a duplicate of "
                                 f"{record['duplicate_of']!r}, but no earlier source has its "
                                 "bytes", file=name, record=record["id"]))
    return found


def read_manifest(sources_dir: Path = SOURCES_DIR, *, missing_ok: bool = False) -> list[dict]:
    """The manifest's records, each validated against ``schemas/source.schema.json``.

    A missing manifest is an error (``missing_ok`` for adding the first source)."""
    path = manifest_path(sources_dir)
    if not path.exists():
        if missing_ok:
            return []
        raise PipelineError(Problem("missing-input", "there is no sources manifest; add "
                                    "pages with `python -m pipeline sources add`",
                                    file=str(path)))
    data = path.read_bytes()
    if _valid_manifest.get("bytes") == data:  # a build reads it in three stages
        return [dict(record) for record in _valid_manifest["records"]]
    records, found = parse_manifest(data, path.name)
    if not found:
        found = _duplicate_problems(records, path.name)
    if found:
        raise PipelineError(found, f"{path}: the sources manifest is invalid")
    _valid_manifest.update(bytes=data, records=[dict(record) for record in records])
    return records


#: The last manifest this process found valid: its bytes and records.
_valid_manifest: dict = {}


def originals(records: list[dict]) -> list[dict]:
    """The records whose pages are cleaned: every one but marked duplicates."""
    return [record for record in records if not record.get("duplicate_of")]


def prune_build_files(records: list[dict], *directories: Path) -> list[str]:
    """Remove ``<id>.json`` files of sources no longer cleaned from the build directories,
    so a removed source leaves the package; returns the files removed."""
    known = {f"{record['id']}.json" for record in originals(records)}
    removed = []
    for directory in map(Path, directories):
        # Names, not Path objects: sorting tens of thousands of paths costs seconds.
        names = os.listdir(directory) if directory.is_dir() else []
        for name in sorted(n for n in names if n.endswith(".json") and n not in known):
            if (directory / name).is_file():
                (directory / name).unlink()
                removed.append(f"{directory.name}/{name}")
    return removed


def write_manifest(records: list[dict], sources_dir: Path = SOURCES_DIR) -> None:
    ordered = sorted(records, key=lambda record: record["id"])
    atomic_write_text(manifest_path(sources_dir), tables.dumps_records(ordered, "source"))


def _size_problem(path: Path | str, size: int, limit: int, record_id: str = "",
                  ) -> Problem | None:
    if size <= limit:
        return None
    return Problem("too-large", f"{size:,} bytes, over the page-size limit of {limit:,} bytes "
                   "(PIPELINE_MAX_PAGE_BYTES sets it)", file=str(path), record=record_id)


def verify(records: list[dict], sources_dir: Path = SOURCES_DIR,
           memo_dir: Path | None = None) -> None:
    """Stop if any raw file is missing, too large, or its bytes differ from the manifest.
    With ``memo_dir`` (a build's cache folder), a file whose stat is as it was when an
    earlier build hashed it is not read again (:class:`fileio.DigestMemo`)."""
    memo = DigestMemo(memo_dir, "sources") if memo_dir is not None else None
    found, limit, folder = [], max_page_bytes(), str(Path(sources_dir))
    for record in records:
        # A string and one stat per file: a build verifies tens of thousands of them.
        path = f"{folder}/{record['file']}"
        try:
            facts = os.stat(path)
        except OSError:
            facts = None
        if facts is None or not stat.S_ISREG(facts.st_mode):
            found.append(Problem("source-missing", "file listed in the manifest is missing",
                                 file=path, record=record["id"]))
            continue
        too_large = _size_problem(path, facts.st_size, limit, record["id"])
        if too_large:
            found.append(too_large)
            continue
        digest = memo.digest(path) if memo else sha256_file(path)
        if digest != record["sha256"] or facts.st_size != record["bytes"]:
            found.append(Problem(
                "source-changed",
                f"raw sources are immutable, but this file's sha256 is now {digest} "
                f"(manifest: {record['sha256']}). If the change is deliberate, run "
                f"`python -m pipeline sources accept {record['file']}`; otherwise restore it "
                f"with `git checkout -- sources/{record['file']}`.",
                file=str(path), record=record["id"]))
    if memo:
        memo.save()
    if found:
        raise PipelineError(found, "sources/ does not match its manifest")


def add(file: Path, *, outlet: str | None = None, url: str | None = None,
        retrieved: str | None = None, notes: str = "", force: bool = False,
        sources_dir: Path = SOURCES_DIR) -> dict:
    """Copy ``file`` byte for byte into ``sources/`` and record it in the manifest.

    The same bytes as a listed source are refused naming both files; ``force`` adds them
    anyway, marked ``duplicate_of`` that source."""
    file = Path(file)
    if not file.is_file():
        raise PipelineError(Problem("source-missing", "no such file", file=str(file)))
    too_large = _size_problem(file, file.stat().st_size, max_page_bytes())
    if too_large:
        raise PipelineError(too_large, f"{file}: cannot add this source")
    records = read_manifest(sources_dir, missing_ok=True)
    source_id = file.stem
    if any(record["id"] == source_id for record in records):
        raise PipelineError(Problem("duplicate-id", f"a source with id {source_id!r} already "
                                    "exists; rename the file to add it as a new source",
                                    file=str(file)))
    digest = sha256_file(file)
    same = next((record for record in records if record["sha256"] == digest), None)
    if same and not force:
        raise PipelineError(Problem(
            "duplicate-content", f"the same bytes as {same['file']}, already in sources/ "
            f"(sha256 {digest[:12]}…); --force adds it marked as a duplicate of {same['id']}",
            file=str(file)))
    record = {
        "id": source_id,
        "file": file.name,
        "sha256": digest,
        "bytes": file.stat().st_size,
        "outlet": clean_metadata(outlet) or None,
        "url": url or None,
        "retrieved": retrieved or None,
        "notes": clean_metadata(notes),
        "duplicate_of": same["id"] if same else None,
    }
    found = record_problems(record, str(file))
    if found:
        raise PipelineError(found, f"{file}: cannot add this source")
    target = Path(sources_dir) / file.name
    if target.resolve() != file.resolve():
        if target.exists():
            raise PipelineError(Problem("source-exists", "sources/ already has a file of this name",
                                        file=str(target)))
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp")
        shutil.copyfile(file, tmp)
        tmp.replace(target)
    write_manifest([*records, record], sources_dir)
    return record


def accept(file_name: str, sources_dir: Path = SOURCES_DIR) -> dict:
    """Deliberately accept new bytes for an existing source: re-pin sha256 and size."""
    records = read_manifest(sources_dir)
    for record in records:
        if record["file"] == Path(file_name).name:
            path = Path(sources_dir) / record["file"]
            record["sha256"] = sha256_file(path)
            record["bytes"] = path.stat().st_size
            write_manifest(records, sources_dir)
            return record
    raise PipelineError(Problem("source-unknown", "not listed in the manifest", file=file_name))
