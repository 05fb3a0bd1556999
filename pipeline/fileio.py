"""File writing that never leaves half-written outputs, and canonical serialisation."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to a temp file beside ``path``, fsync it, then rename it over ``path``.

    The rename alone means no reader ever sees a half-written file. ``durable=False`` skips
    the fsync, which only guards against a power cut: right for files under ``build/`` that
    are rebuilt from the sources (one fsync per article was a third of the clean stage),
    never for published data, sources or the translation memory.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str, *, durable: bool = True) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), durable=durable)


def canonical_json(value) -> str:
    """Stable, human-readable JSON: UTF-8 text, two-space indent, trailing newline.

    Key order is the order the records are built in (which follows the schemas), so
    the files read naturally and still come out byte-identical on every run.
    """
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
