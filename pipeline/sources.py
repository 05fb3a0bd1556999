"""The raw sources and their manifest (``sources/manifest.csv``).

Raw captures are immutable. The manifest pins each file's sha256 and size; a file
whose bytes no longer match stops the build with a message that says how to accept
the change deliberately (``python -m pipeline sources accept FILE``).
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

from . import ROOT, schemas, tables
from .errors import PipelineError, Problem
from .fileio import atomic_write_text, sha256_file

SOURCES_DIR = ROOT / "sources"
MANIFEST_NAME = "manifest.csv"


def manifest_path(sources_dir: Path = SOURCES_DIR) -> Path:
    return Path(sources_dir) / MANIFEST_NAME


def read_manifest(sources_dir: Path = SOURCES_DIR) -> list[dict]:
    """The manifest's records, each validated against ``schemas/source.schema.json``."""
    path = manifest_path(sources_dir)
    if not path.exists():
        return []
    records = tables.loads_records(path.read_text(encoding="utf-8"), "source")
    found = []
    for number, record in enumerate(records, start=2):
        found += schemas.problems(record, "source", file=f"{path.name} line {number}")
    counts = Counter(record["id"] for record in records)
    found += [
        Problem("duplicate-id", f"source id {dup!r} appears more than once", file=path.name)
        for dup in sorted(i for i, count in counts.items() if count > 1)
    ]
    if found:
        raise PipelineError(found, f"{path}: the sources manifest is invalid")
    return records


def write_manifest(records: list[dict], sources_dir: Path = SOURCES_DIR) -> None:
    ordered = sorted(records, key=lambda record: record["id"])
    atomic_write_text(manifest_path(sources_dir), tables.dumps_records(ordered, "source"))


def verify(records: list[dict], sources_dir: Path = SOURCES_DIR) -> None:
    """Stop if any raw file is missing or its bytes differ from the manifest."""
    found = []
    for record in records:
        path = Path(sources_dir) / record["file"]
        if not path.exists():
            found.append(Problem("source-missing", "file listed in the manifest is missing",
                                 file=str(path), record=record["id"]))
            continue
        digest = sha256_file(path)
        if digest != record["sha256"] or path.stat().st_size != record["bytes"]:
            found.append(Problem(
                "source-changed",
                f"raw sources are immutable, but this file's sha256 is now {digest} "
                f"(manifest: {record['sha256']}). If the change is deliberate, run "
                f"`python -m pipeline sources accept {record['file']}`; otherwise restore it "
                f"with `git checkout -- sources/{record['file']}`.",
                file=str(path), record=record["id"]))
    if found:
        raise PipelineError(found, "sources/ does not match its manifest")


def add(file: Path, *, outlet: str | None = None, url: str | None = None,
        retrieved: str | None = None, notes: str = "",
        sources_dir: Path = SOURCES_DIR) -> dict:
    """Copy ``file`` byte for byte into ``sources/`` and record it in the manifest."""
    file = Path(file)
    if not file.is_file():
        raise PipelineError(Problem("source-missing", "no such file", file=str(file)))
    records = read_manifest(sources_dir)
    source_id = file.stem
    if any(record["id"] == source_id for record in records):
        raise PipelineError(Problem("duplicate-id", f"a source with id {source_id!r} already "
                                    "exists; rename the file to add it as a new source",
                                    file=str(file)))
    record = {
        "id": source_id,
        "file": file.name,
        "sha256": sha256_file(file),
        "bytes": file.stat().st_size,
        "outlet": outlet or None,
        "url": url or None,
        "retrieved": retrieved or None,
        "notes": notes,
    }
    found = schemas.problems(record, "source", file=str(file))
    if found:
        raise PipelineError(found, f"{file}: cannot add this source")
    target = Path(sources_dir) / file.name
    if target.resolve() != file.resolve():
        if target.exists():
            raise PipelineError(Problem("source-exists", "sources/ already has a file of this name",
                                        file=str(target)))
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
