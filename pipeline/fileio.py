"""File writing that never leaves half-written outputs, and canonical serialisation."""

from __future__ import annotations

import ctypes
import errno
import fcntl
import functools
import gc
import hashlib
import json
import math
import mmap
import os
import shutil
import signal
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import msgspec

from .errors import PipelineError, Problem


@contextmanager
def naming(path: Path) -> Iterator[None]:
    """Let an OSError raised while writing ``path`` name it: the error of a write or an
    fsync (disk full, file too large, I/O error) carries no file name of its own."""
    try:
        yield
    except OSError as error:
        if error.filename is None:
            error.filename = str(path)
        raise


def write_new_bytes(path: Path, data: bytes) -> None:
    """Write a file of a folder that is published whole once complete (no temp file)."""
    with naming(path):
        Path(path).write_bytes(data)


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
        with naming(path), os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def link_file(source: Path, path: Path, digest: str | None = None) -> bool:
    """Make ``path`` the file ``source`` is, by a hard link renamed over it (a copy where
    the two cannot share a file: another file system, no links), so that hundreds of
    megabytes are not written again. ``digest``: the SHA-256 ``source`` must have; when it
    has not (it changed since it was read), or it is not readable by all as written files
    are, nothing is done and False is returned.

    For files that are only ever replaced whole, never written in place (the published
    package, the docs stage's output): whatever writes ``path`` later must replace it too,
    or the write would reach ``source``. Nothing is written into the file ``path`` was."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.parent / f".{path.name}.{os.getpid()}.link"
    temp.unlink(missing_ok=True)
    try:
        before = os.stat(source)
        try:
            os.link(source, temp)
        except OSError:
            shutil.copyfile(source, temp)
        after = os.stat(temp)
        known = _linked_digest(before, after)
        if (after.st_mode & 0o777) != 0o644 or (
                digest is not None and digest != (known or sha256_file(temp))):
            temp.unlink()
            return False
        os.replace(temp, path)
        if known is not None:
            note_written(path, known)  # linking and renaming changed its change time
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return True


def mapped(path: Path) -> bytes | mmap.mmap:
    """The bytes of a file, mapped rather than read: the data files of a package, hundreds
    of megabytes at scale, are copied into a new package or an archive straight from the
    page cache, never into memory of their own. Only for files that are replaced whole,
    never written in place (a published package, an archive the docs stage wrote), so
    that the mapping keeps the bytes that were there when it was made."""
    with open(path, "rb") as handle:
        if os.fstat(handle.fileno()).st_size == 0:
            return b""  # an empty file cannot be mapped
        return mmap.mmap(handle.fileno(), 0, prot=mmap.PROT_READ)


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


def read_verified(path: Path, sha256: str, file: str) -> bytes:
    """The bytes of ``path``, which a stage hashed earlier in this build as ``sha256``; a
    file changed since (an editor, another build) stops the build rather than mixing two
    versions of one record (``file``: its label in the problem)."""
    data = Path(path).read_bytes()
    if sha256_bytes(data) != sha256:
        raise PipelineError(Problem("input-changed", "the file changed while the build was "
                                    "running; run the build again", file=file))
    return data


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


#: The SHA-256 of files this process wrote whole from bytes it hashed as it wrote them
#: (:func:`note_written`), by device and inode, with the size and times the file had then.
#: A published package's data files (hundreds of megabytes at scale) are seen again under
#: other names in the same build (the package folder renamed into place, hard links under
#: docs/ and in the site): the stat says they are the files written, so they are not read
#: again. Kept in memory only: a file is remembered across builds only once its stat has
#: settled (:class:`DigestMemo`).
_WRITTEN: dict[tuple[int, int], tuple[tuple[int, int, int], str]] = {}


def _times(stat: os.stat_result) -> tuple[int, int, int]:
    return stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns


def note_written(path: Path | str, digest: str) -> None:
    """Remember ``digest`` as the SHA-256 of ``path``, just written whole by this process
    and only ever replaced, never written in place."""
    stat = os.stat(path)
    _WRITTEN[stat.st_dev, stat.st_ino] = (_times(stat), digest)


def written_digest(stat: os.stat_result) -> str | None:
    """The SHA-256 of the file of ``stat`` when this process wrote it and its size and
    times are those it had then, else None."""
    entry = _WRITTEN.get((stat.st_dev, stat.st_ino))
    return entry[1] if entry is not None and entry[0] == _times(stat) else None


def _linked_digest(source: os.stat_result, link: os.stat_result) -> str | None:
    """The SHA-256 of a file this process wrote (:func:`note_written`), seen as
    ``source`` just before it was linked as ``link``, else None (copied, not linked)."""
    linked = (link.st_dev, link.st_ino) == (source.st_dev, source.st_ino)
    return written_digest(source) if linked else None


#: Names a point at which :func:`fault_point` kills the process (tests only), e.g.
#: ``PIPELINE_FAULT=publish:after-switch``.
FAULT_ENV = "PIPELINE_FAULT"


def fault_point(name: str) -> None:
    """Die at once, as ``kill -9`` would, when ``PIPELINE_FAULT`` names this point.

    The crash-safety tests use it to stop a build between two steps of publishing,
    at an exact place rather than after a guessed sleep."""
    if os.environ.get(FAULT_ENV) == name:
        os._exit(137)


def fsync_path(path: Path) -> None:
    """Make a file's bytes, or the renames done in a directory, survive a power cut."""
    fd = os.open(path, os.O_RDONLY)
    try:
        with naming(path):
            os.fsync(fd)
    finally:
        os.close(fd)


#: renameat2's flag that swaps two existing paths (linux/fs.h) and the "relative to the
#: working directory" folder descriptor (fcntl.h).
RENAME_EXCHANGE = 2
AT_FDCWD = -100
#: What renameat2 answers when the kernel or the file system cannot swap: EINVAL (an old
#: kernel, or a file system without the flag), ENOSYS (no such system call), ENOTSUP
#: (EOPNOTSUPP on Linux).
NO_EXCHANGE = {errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP}


@functools.cache
def _renameat2():
    """libc's ``renameat2`` (glibc 2.28+, musl 1.2.3+), or None where libc has none."""
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                         ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent() -> None:
    """For ``subprocess``'s ``preexec_fn``: the child is killed when this process dies, even
    by ``kill -9`` (Linux ``prctl(PR_SET_PDEATHSIG)``), so that no orphan goes on writing
    into folders the next run cleans up. Elsewhere it does nothing."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (AttributeError, OSError):
        pass


def exchange(first: Path, second: Path) -> bool:
    """Swap two existing paths in one atomic step (Linux ``renameat2`` with
    ``RENAME_EXCHANGE``): no reader ever sees either path missing or half of one.

    Returns False, having changed nothing, where libc, the kernel or the file system cannot
    do it; any other failure (permission, a path gone) is an OSError naming both paths."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    if renameat2(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second),
                 RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in NO_EXCHANGE:
        return False
    raise OSError(code, os.strerror(code), str(first), None, str(second))


def number_setting(name: str, default: float, unit: str, *, zero_ok: bool = False) -> float:
    """The environment variable ``name`` as a finite number of ``unit`` (``default`` when
    unset or empty), above zero unless ``zero_ok``; a bad value stops the command with one
    line naming the variable, never a traceback."""
    value = os.environ.get(name, "").strip()
    try:
        number = float(value) if value else default
    except ValueError:
        number = math.nan
    if not (math.isfinite(number) and (number >= 0 if zero_ok else number > 0)):
        kind = "a non-negative" if zero_ok else "a positive"
        raise PipelineError(Problem("bad-setting", f"{name}={value!r} is not {kind} number "
                                    f"of {unit}"))
    return number


def os_problem(error: OSError) -> Problem:
    """An operating-system error (disk full, permission, missing file) as one line naming
    the path, instead of a traceback."""
    paths = " -> ".join(str(name) for name in (error.filename, error.filename2) if name)
    reason = error.strerror or errno.errorcode.get(error.errno or 0) or str(error)
    return Problem("os-error", reason, file=paths)


#: The file a build holds while it runs; it names the holder's pid.
LOCK_NAME = "build.lock"
#: Seconds a second build waits for the first (``PIPELINE_LOCK_WAIT`` overrides).
LOCK_WAIT = 600.0
_held: set[Path] = set()


@contextmanager
def build_lock(build_dir: Path, *, wait: float | None = None) -> Iterator[None]:
    """Hold ``build_dir/build.lock`` while building; a second build waits, then gives up
    naming the holder.

    The lock is an advisory ``flock``: the kernel drops it when its holder dies however it
    dies, so the lock file of a killed build (a dead pid) is simply taken over. The pid in
    the file is for the message. Nested use in one process (a build calling the package
    stage) is a no-op.
    """
    path = (Path(build_dir) / LOCK_NAME).resolve()
    if path in _held:
        yield
        return
    wait = number_setting("PIPELINE_LOCK_WAIT", LOCK_WAIT, "seconds", zero_ok=True) \
        if wait is None else wait
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
                    raise PipelineError(Problem(
                        "locked", f"another build (pid {holder}) holds the lock; waited "
                        f"{wait:.0f} s (PIPELINE_LOCK_WAIT sets how long)",
                        file=str(path))) from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        _held.add(path)
        try:
            yield
        finally:
            _held.discard(path)
            os.ftruncate(fd, 0)
    finally:
        os.close(fd)  # closing releases the flock


@contextmanager
def out_of_collection() -> Iterator[None]:
    """Make objects that live until the stage saves its cache: a cache's entries, or the
    records the validate stage reads (hundreds of thousands of dicts and lists at scale,
    none in a reference cycle). Python's cycle collector is paused while they are made,
    then everything alive is frozen out of its sight (``gc.freeze``): otherwise the full
    collections that making them and the rest of the stage trigger walk all of them,
    again and again (a tenth of a build that adds one article to ten thousand). Objects
    frozen are still freed when no longer referenced; :func:`back_in_collection`, when
    the stage saves its cache, lets the collector see them again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def back_in_collection() -> None:
    """Undo :func:`out_of_collection`: a reference cycle that became garbage meanwhile is
    collected again."""
    gc.unfreeze()


#: In a build's cache folder: the SHA-256 of files hashed before, with their stat.
DIGESTS = "file-digests.json"
#: A file changed less than this long before it is hashed is not remembered: its times
#: come from a coarse clock, so a change made within the same tick could leave them as
#: they were (git's "racily clean" index entries).
SETTLED_NS = 2_000_000_000


class DigestMemo:
    """Digests of files by absolute path, each with the size, inode, modification and
    change times the file had when it was hashed (as git's index keeps them): a file whose
    stat is unchanged is not read again. Writing a file, renaming another over it or
    setting its times changes its change time, which no program can set back."""

    def __init__(self, folder: Path, part: str = ""):
        # A stage that hashes many files of its own keeps them in its ``part`` (a file of
        # its own): every stage would otherwise read and write every stage's digests.
        self.path = Path(folder) / (f"{Path(DIGESTS).stem}-{part}.json" if part else DIGESTS)
        try:  # msgspec: every stage of a large corpus's build reads and writes megabytes here
            with out_of_collection():
                stored = msgspec.json.decode(self.path.read_bytes())
        except (OSError, msgspec.DecodeError):
            stored = {}  # unreadable: every file is simply hashed
        self.known: dict[str, list] = stored if isinstance(stored, dict) else {}
        self.changed = False

    def digest(self, path: Path | str) -> str:
        """The SHA-256 of the file at ``path`` (an absolute one is taken as it is: making
        tens of thousands of paths absolute and normal costs seconds)."""
        name = os.fspath(path)
        if not name.startswith("/"):
            name = os.path.abspath(name)
        before = os.stat(path)
        stamp = [before.st_size, before.st_ino, before.st_mtime_ns, before.st_ctime_ns]
        entry = self.known.get(name)
        if isinstance(entry, list) and len(entry) == 5 and entry[:4] == stamp \
                and isinstance(entry[4], str):
            return entry[4]
        digest = written_digest(before) or sha256_file(path)
        after = os.stat(path)
        settled = time.time_ns() - max(stamp[2:]) > SETTLED_NS
        if settled and stamp == [after.st_size, after.st_ino, after.st_mtime_ns,
                                 after.st_ctime_ns]:
            self.known[name] = [*stamp, digest]
            self.changed = True
        elif self.known.pop(name, None) is not None:
            self.changed = True
        return digest

    def save(self) -> None:
        if self.changed:
            atomic_write_bytes(self.path, msgspec.json.encode(self.known, order="sorted"),
                               durable=False)
