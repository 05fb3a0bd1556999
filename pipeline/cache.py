"""Incremental builds: a stage redoes an item only when the hash of its inputs changed.

Each stage keeps ``build/cache/<stage>.json``, mapping item id -> input key. A key
hashes everything the output depends on, including the stage's own code, in the
manner of a Merkle tree: change a source, a rule or a schema, and exactly the items
that depend on it are redone.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from . import ROOT, schemas
from .fileio import atomic_write_text, canonical_json

CACHE_DIR = ROOT / "build" / "cache"


def key(*parts) -> str:
    """A stable hash of JSON-serialisable parts."""
    blob = json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@cache
def code_version(*module_names: str) -> str:
    """Hash of the named pipeline modules' source and of every schema: a stage's version."""
    digest = hashlib.sha256()
    paths = [ROOT / "pipeline" / f"{name}.py" for name in module_names]
    paths += sorted((ROOT / "schemas").glob("*.schema.json"))
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class StageCache:
    """Input keys of one stage's items, persisted between builds."""

    def __init__(self, stage: str, cache_dir: Path = CACHE_DIR, *, force: bool = False):
        self.path = Path(cache_dir) / f"{stage}.json"
        self.force = force
        self.keys: dict[str, str] = {}
        if self.path.exists() and not force:
            self.keys = json.loads(self.path.read_text(encoding="utf-8"))

    def fresh(self, item: str, item_key: str, output: Path) -> bool:
        return not self.force and self.keys.get(item) == item_key and Path(output).exists()

    def save(self, keys: dict[str, str]) -> None:
        self.keys = dict(sorted(keys.items()))
        atomic_write_text(self.path, canonical_json(self.keys))


VALID_RECORDS = "valid-records.json"


@contextmanager
def known_valid_records(cache_dir: Path = CACHE_DIR, *, force: bool = False) -> Iterator[None]:
    """Share schema-validation results between builds (see ``schemas.KNOWN_VALID``).

    Loads the digests of records found valid by the last build, and afterwards keeps the
    ones this build looked up or added, so the file tracks the current corpus instead of
    growing forever. With ``force`` every record is validated again.
    """
    path = Path(cache_dir) / VALID_RECORDS
    if path.exists() and not force:
        schemas.KNOWN_VALID.update(json.loads(path.read_text(encoding="utf-8")))
    schemas.USED.clear()
    yield
    atomic_write_text(path, json.dumps(sorted(schemas.USED & schemas.KNOWN_VALID)) + "\n")
