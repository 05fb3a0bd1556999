"""Incremental builds, one rule (in the manner of OWID etl's step checksum).

A stage's *step key* hashes everything its outputs are a function of besides its inputs:
the source of every module of this package, every schema, the versions of the libraries
that shape the stage's outputs (:data:`LIBRARIES`), the Python version and :data:`EPOCH`.
Each item's key hashes the step key with that item's inputs (:meth:`StageCache.key`), so
changing a rule, a schema or a library redoes exactly the stages that depend on it, and
changing a source redoes exactly the items that read it.

Each stage keeps ``build/cache/<stage>.json`` beside its outputs: its step key and, for
each item, its key and whatever the stage needs to report on an item it does not redo.
"""

from __future__ import annotations

import hashlib
import logging
import platform
from functools import cache
from importlib import metadata
from pathlib import Path

import msgspec

from . import ROOT, schemas
from .fileio import (
    DigestMemo,
    atomic_write_bytes,
    back_in_collection,
    out_of_collection,
    sha256_bytes,
)

CACHE_DIR = ROOT / "build" / "cache"
LOG = logging.getLogger(__name__)

#: Raise to invalidate every stage's cache at once (a change no hashed file shows).
EPOCH = 1

#: The distributions whose versions shape each stage's outputs (or, for the checks, its
#: verdicts). A stage missing here depends on the code, the schemas and Python only.
LIBRARIES: dict[str, tuple[str, ...]] = {
    "clean": ("hijridate",),
    "translate": ("pysbd", "argostranslate", "ctranslate2", "sentencepiece"),
    "validate": ("jsonschema-rs", "jsonschema"),
    "validate-package": ("frictionless", "jsonschema-rs"),
    "package": ("frictionless", "jsonschema-rs"),
    "docs": ("fontpkg", "fontpkg-amiri"),
    "site": ("mkdocs", "mkdocs-material", "pymdown-extensions", "markdown", "zensical"),
}

PACKAGE_DIR = Path(__file__).resolve().parent


#: One encoder for every key: compact JSON, keys sorted, UTF-8 unescaped (a build makes
#: several keys per article; msgspec makes them five times as fast as the standard library).
_KEY_JSON = msgspec.json.Encoder(order="sorted")


def key(*parts) -> str:
    """A stable hash of JSON-serialisable parts."""
    return hashlib.sha256(_KEY_JSON.encode(parts)).hexdigest()


def library_version(distribution: str) -> str | None:
    """The installed version of ``distribution``, None when it is not installed."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


@cache
def code_digest() -> str:
    """Hash of every module and data file of this package (the title model's trees) and
    every schema: a change to any of them may change any output, so no hand-kept list of
    what a stage reads can miss one."""
    digest = hashlib.sha256()
    paths = sorted(PACKAGE_DIR.glob("*.py")) + sorted(PACKAGE_DIR.glob("*.json")) + \
        sorted(schemas.SCHEMA_DIR.glob("*.schema.json"))
    for path in paths:
        digest.update(f"{path.parent.name}/{path.name}\0".encode())
        digest.update(sha256_bytes(path.read_bytes()).encode())
    return digest.hexdigest()


@cache
def step_version(stage: str) -> str:
    """The step key of ``stage`` (see the module's docstring)."""
    libraries = {name: library_version(name) for name in LIBRARIES.get(stage, ())}
    return key(EPOCH, stage, code_digest(), libraries, platform.python_version())


class StageCache:
    """What one stage built last time: item id -> ``{"key": item key, ...details}``.

    Details are whatever the stage needs to report on an item it does not redo. Entries
    made under another step key (other code, schemas or library versions) are dropped.
    """

    def __init__(self, stage: str, cache_dir: Path = CACHE_DIR, *, force: bool = False):
        self.path = Path(cache_dir) / f"{stage}.json"
        self.force = force
        self.step = step_version(stage)
        self.entries: dict[str, dict] = {}
        if self.path.exists() and not force:
            try:
                with out_of_collection():
                    stored = msgspec.json.decode(self.path.read_bytes())
            except msgspec.DecodeError:
                stored = {}  # unreadable: everything is simply redone
            stored = stored if isinstance(stored, dict) else {}
            items = stored.get("items")
            if stored.get("step") == self.step and isinstance(items, dict):
                self.entries = {item: entry for item, entry in items.items()
                                if isinstance(entry, dict) and "key" in entry}
            else:
                LOG.debug("%s: the code, a schema or a library version changed since the "
                          "last build: every item is made again", stage)

    def key(self, *parts) -> str:
        """An item's key: the step key with the item's inputs."""
        return key(self.step, *parts)

    def _unchanged(self, item: str, item_key: str) -> dict | None:
        """``item``'s entry when its inputs are as they were (its key), else None."""
        entry = self.entries.get(item, {})
        return None if self.force or entry.get("key") != item_key else entry

    def unchanged_output(self, item: str, item_key: str, output: Path) -> bytes | None:
        """The bytes of ``output`` when ``item``'s inputs are unchanged and the file is the
        one the stage wrote (its ``sha256`` entry): an output edited by hand, or cut short
        by a power failure (build files are written without fsync), is made again."""
        entry = self._unchanged(item, item_key)
        if entry is None:
            return None
        try:
            data = Path(output).read_bytes()
        except OSError:
            return None
        return data if entry.get("sha256") == sha256_bytes(data) else None

    def fresh(self, item: str, item_key: str, output: Path,
              digests: DigestMemo | None = None) -> bool:
        """Whether ``item`` need not be made again (as ``unchanged_output``). With
        ``digests``, ``output`` is read only when its stat changed since it was hashed."""
        if digests is None:
            return self.unchanged_output(item, item_key, output) is not None
        entry = self._unchanged(item, item_key)
        if entry is None:
            return False
        try:
            return entry.get("sha256") == digests.digest(Path(output))
        except OSError:
            return False

    def output(self, item: str, item_key: str, output: Path):
        """The JSON ``output`` of ``item`` when it need not be made again, else None."""
        data = self.unchanged_output(item, item_key, output)
        return None if data is None else msgspec.json.decode(data)

    def save(self, entries: dict[str, dict]) -> None:
        self.entries = dict(sorted(entries.items()))
        # Compact JSON, by msgspec: a large corpus's caches hold hundreds of thousands of
        # entries (tens of megabytes), read and written at every build, which msgspec does
        # four times as fast as the standard library (the same text, UTF-8 unescaped).
        atomic_write_bytes(self.path, msgspec.json.encode(
            {"step": self.step, "items": self.entries}) + b"\n", durable=False)
        back_in_collection()  # the stage is done with what it loaded
