"""Incremental builds: a stage redoes an item only when the hash of its inputs changed.

Each stage keeps ``build/cache/<stage>.json``, mapping item id -> input key. A key
hashes everything the output depends on, including the stage's own code, in the
manner of a Merkle tree: change a source, a rule or a schema, and exactly the items
that depend on it are redone.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

from . import ROOT
from .fileio import atomic_write_text, canonical_json, sha256_bytes

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
    """What one stage built last time: item id -> ``{"key": input key, ...details}``.

    Details are whatever the stage needs to report on an item it does not redo.
    """

    def __init__(self, stage: str, cache_dir: Path = CACHE_DIR, *, force: bool = False):
        self.path = Path(cache_dir) / f"{stage}.json"
        self.force = force
        self.entries: dict[str, dict] = {}
        if self.path.exists() and not force:
            try:
                entries = json.loads(self.path.read_text(encoding="utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                entries = {}  # unreadable: everything is simply redone
            if isinstance(entries, dict):
                self.entries = {item: entry for item, entry in entries.items()
                                if isinstance(entry, dict) and "key" in entry}

    def _unchanged_output(self, item: str, item_key: str, output: Path) -> bytes | None:
        """The bytes of ``output`` when ``item``'s inputs are unchanged and the file is the
        one the stage wrote (its ``sha256`` entry): an output edited by hand, or cut short
        by a power failure (build files are written without fsync), is made again."""
        entry = self.entries.get(item, {})
        if self.force or entry.get("key") != item_key:
            return None
        try:
            data = Path(output).read_bytes()
        except OSError:
            return None
        return data if entry.get("sha256") == sha256_bytes(data) else None

    def fresh(self, item: str, item_key: str, output: Path) -> bool:
        return self._unchanged_output(item, item_key, output) is not None

    def output(self, item: str, item_key: str, output: Path):
        """The JSON ``output`` of ``item`` when it need not be made again, else None."""
        data = self._unchanged_output(item, item_key, output)
        return None if data is None else json.loads(data)

    def save(self, entries: dict[str, dict]) -> None:
        self.entries = dict(sorted(entries.items()))
        atomic_write_text(self.path, canonical_json(self.entries), durable=False)
