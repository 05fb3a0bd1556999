"""Find, install, download and record the Argos Translate ar->en package.

The model is looked for in this order:

1. an ar->en package already installed in Argos's packages directory
   (``ARGOS_PACKAGES_DIR``, else Argos's default ``~/.local/share/argos-translate/packages``);
2. a local ``.argosmodel`` file given with ``--model`` or ``PIPELINE_ARGOS_MODEL``;
3. a download from the Argos package index (``ARGOS_PACKAGE_INDEX``, else Argos's own),
   unless the network is switched off (``--offline`` or ``PIPELINE_OFFLINE=1``) or nothing
   is left to translate. The index fetch and the download share ONE deadline
   (``PIPELINE_NETWORK_DEADLINE`` seconds), however slowly the server answers.

Installing is transactional. An archive is untrusted: every member is checked (no absolute
path, no ``..``, no link, one top-level folder, bounded size) before anything is unpacked;
it is then unpacked into a staging folder next to the packages directory, its layout is
checked, the model is loaded (CTranslate2 + SentencePiece) and translates one sentence, and
only then is the folder renamed into the packages directory. Any failure leaves that
directory as it was. An installed package that fails the same check stops the stage, with
how to remove it: it is never used, and never silently preferred over ``--model``.

Every package has its own name, ``translate-ar_en-<version>-<sha256[:12]>``, from its
metadata and the digest of its unpacked files (``tree_sha256``, streamed, never a whole
file in memory), so two packages never share a name. Each package used is
recorded in ``translations/model-lock.json`` with the argostranslate, CTranslate2 and
SentencePiece versions it was first used with.

Nothing heavy is imported at module level (CTranslate2 and SentencePiece only to check a
package, argostranslate's settings only when the environment does not say), so
``python -m pipeline`` starts without the ``translate`` extra.
"""

from __future__ import annotations

import hashlib
import http.client as http_client
import io
import json
import os
import shutil
import stat
import tempfile
import threading
import time
import urllib.error
import urllib.request
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from importlib import metadata as distributions
from pathlib import Path, PurePosixPath

from .errors import PipelineError, Problem
from .fileio import (
    atomic_write_text,
    canonical_json,
    number_setting,
    os_problem,
    sha256_file,
)

FROM_CODE, TO_CODE = "ar", "en"
MODEL_ENV = "PIPELINE_ARGOS_MODEL"
OFFLINE_ENV = "PIPELINE_OFFLINE"
DEADLINE_ENV = "PIPELINE_NETWORK_DEADLINE"
INDEX_ENV = "ARGOS_PACKAGE_INDEX"  # Argos's own setting: the folder holding index.json
DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"
NETWORK_DEADLINE = 900.0  # seconds for the index and the download together
STALL_SECONDS = 30.0  # longest wait for one read: how long an abandoned transfer lingers
CHUNK = 1 << 16
MAX_INDEX_BYTES = 16 << 20
MAX_UNPACKED_BYTES = 2 << 30  # real Argos packages are a few hundred MB at most
MAX_ARCHIVE_BYTES = MAX_UNPACKED_BYTES
MAX_MEMBERS = 10_000
RUNTIME = ("argostranslate", "ctranslate2", "sentencepiece")
#: The sentence every package must translate before it is installed (our own words).
CHECK_SENTENCE = "عادت العلاقات بين البلدين بعد سنوات."
CHECK_DECODING_LENGTH = 32


@dataclass(frozen=True)
class ModelInfo:
    """The package the stage will use, with the provenance recorded for each translation."""

    name: str  # translate-ar_en-<version>-<sha256[:12]>: unique to these files
    version: str
    sha256: str
    path: Path
    origin: str  # "installed", "file" or "download"
    runtime: dict[str, str] = field(default_factory=dict)  # distribution -> version


def env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def is_offline(offline: bool) -> bool:
    """The effective offline switch: ``--offline`` or ``PIPELINE_OFFLINE``."""
    return offline or env_flag(OFFLINE_ENV)


def how_to_provide(offline: bool) -> str:
    """What to do when there is no model; ``offline`` as passed to :func:`locate`. Without
    the offline switch, no model means the Argos index was tried (see the log) and failed."""
    network = (f"or run without --offline (and without {OFFLINE_ENV}) to download it from "
               "the Argos index" if is_offline(offline) else
               "or retry the download when the Argos index is reachable (raise "
               f"{DEADLINE_ENV} for a slow connection)")
    return ("To add the Arabic->English model, either install an Argos Translate ar->en "
            "package into ARGOS_PACKAGES_DIR (e.g. `argospm install translate-ar_en` on a "
            "machine with network), or pass a downloaded file with `--model PATH.argosmodel` "
            f"(or set {MODEL_ENV}=PATH), {network}.")


def _argos_setting(env: str, attribute: str, default):
    """One of Argos's settings: the environment first (argostranslate reads it only once,
    at import, and tests set it later), then argostranslate's settings (its settings.json
    included), else Argos's default when argostranslate is not installed."""
    if os.environ.get(env):
        return os.environ[env]
    try:
        from argostranslate import settings
    except ImportError:
        return default
    return getattr(settings, attribute)


def packages_dir() -> Path:
    """Argos's packages directory."""
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(_argos_setting("ARGOS_PACKAGES_DIR", "package_data_dir",
                               Path(data_home) / "argos-translate" / "packages"))


def runtime_versions() -> dict[str, str]:
    """Installed versions of the libraries that run a package ("" when absent)."""
    versions = {}
    for name in RUNTIME:
        try:
            versions[name] = distributions.version(name)
        except distributions.PackageNotFoundError:
            versions[name] = ""
    return versions


def package_name(metadata: dict, sha256: str) -> str:
    """argospm's name (``translate-ar_en``) + version + digest prefix: one name per package."""
    base = f"{metadata.get('type') or 'translate'}-{metadata['from_code']}_{metadata['to_code']}"
    return f"{base}-{metadata.get('package_version', '')}-{sha256[:12]}"


# ---------------------------------------------------------------- digests (streamed)


def tree_sha256(root: Path) -> str:
    """Digest of a package folder: sorted relative paths, each with its file's SHA-256
    (files are streamed, never read whole)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in Path(root).rglob("*") if p.is_file()):
        digest.update(f"{path.relative_to(root).as_posix()}\0{sha256_file(path)}\n".encode())
    return digest.hexdigest()


# ---------------------------------------------------------------- archive safety


def _member_problems(info: zipfile.ZipInfo, name: str) -> list[Problem]:
    member = info.filename
    parts = PurePosixPath(member.replace("\\", "/")).parts
    found = []
    if member.startswith(("/", "\\")) or (len(member) > 1 and member[1] == ":"):
        found.append(Problem("archive-absolute-path", "absolute path", file=name, record=member))
    elif ".." in parts:
        found.append(Problem("archive-path-traversal", "path contains '..'",
                             file=name, record=member))
    # Unix file type bits; zips made elsewhere leave them 0 (a plain file).
    if stat.S_IFMT(info.external_attr >> 16) not in (0, stat.S_IFREG, stat.S_IFDIR):
        found.append(Problem("archive-link", "symbolic link or special file",
                             file=name, record=member))
    if len(parts) == 1 and not info.is_dir():
        found.append(Problem("archive-layout", "file outside the package folder",
                             file=name, record=member))
    return found


def archive_problems(path: Path, max_bytes: int = MAX_UNPACKED_BYTES) -> list[Problem]:
    """Every reason not to unpack the archive at ``path``; empty when it is safe."""
    name = str(path)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        return [Problem("archive-corrupt", f"not a readable zip archive (.argosmodel): {error}",
                        file=name)]
    found = []
    if len(members) > MAX_MEMBERS:
        found.append(Problem("archive-too-many-members",
                             f"{len(members)} members (limit {MAX_MEMBERS})", file=name))
    for info in members:
        found += _member_problems(info, name)
    total = sum(info.file_size for info in members)
    if total > max_bytes:
        found.append(Problem("archive-too-large",
                             f"unpacks to {total} bytes (limit {max_bytes})", file=name))
    tops = {PurePosixPath(info.filename).parts[0] for info in members
            if PurePosixPath(info.filename).parts}
    if len(tops) != 1:
        found.append(Problem("archive-layout",
                             f"expected one top-level package folder, found {len(tops)}",
                             file=name))
    elif f"{next(iter(tops))}/metadata.json" not in {info.filename for info in members}:
        found.append(Problem("archive-layout", "no metadata.json in the package folder",
                             file=name))
    return found


def _unpack(path: Path, staging: Path, max_bytes: int) -> Path:
    """Stream every member of the checked archive ``path`` into ``staging``, counting the
    bytes really written (a member may lie about its size); returns the package folder."""
    written = 0
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                target = staging.joinpath(*PurePosixPath(info.filename).parts)
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(info) as source, open(target, "wb") as sink:
                    for block in iter(lambda: source.read(CHUNK), b""):
                        written += len(block)
                        if written > max_bytes:
                            raise PipelineError(Problem(
                                "archive-too-large", f"unpacks to more than {max_bytes} bytes",
                                file=str(path), record=info.filename))
                        sink.write(block)
            top = PurePosixPath(archive.infolist()[0].filename).parts[0]
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as error:
        raise PipelineError(Problem("archive-corrupt", f"corrupt zip data: {error}",
                                    file=str(path))) from None
    return staging / top


# ---------------------------------------------------------------- package check


def read_metadata(folder: Path, source: str) -> dict:
    """The package's metadata.json, which must be an object for ar->en."""
    where = {"file": source, "record": "metadata.json"}
    try:
        metadata = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise PipelineError(Problem("model-metadata", f"unreadable metadata.json: {error}",
                                    **where)) from None
    if not isinstance(metadata, dict):
        raise PipelineError(Problem("model-metadata", "metadata.json is not a JSON object",
                                    **where))
    pair = (metadata.get("from_code"), metadata.get("to_code"))
    if pair != (FROM_CODE, TO_CODE):
        raise PipelineError(Problem("model-wrong-pair", f"package translates {pair[0]}->"
                                    f"{pair[1]}, not {FROM_CODE}->{TO_CODE}", **where))
    return metadata


def _check_loads(folder: Path, metadata: dict, source: str) -> None:
    """Load the model and tokenizer and translate one sentence, as the stage will."""
    import ctranslate2
    import sentencepiece

    for part in ("model/model.bin", "sentencepiece.model"):
        if not (folder / part).is_file():
            raise PipelineError(Problem("model-layout", f"the package has no {part}",
                                        file=source))
    prefix = metadata.get("target_prefix") or None
    try:
        tokenizer = sentencepiece.SentencePieceProcessor(
            model_file=str(folder / "sentencepiece.model"))
        translator = ctranslate2.Translator(str(folder / "model"), device="cpu",
                                            intra_threads=1)
        result = translator.translate_batch(
            [tokenizer.encode(CHECK_SENTENCE, out_type=str)],
            [[prefix]] if prefix else None, beam_size=1,
            max_decoding_length=CHECK_DECODING_LENGTH)
        tokenizer.decode(result[0].hypotheses[0])
    except (RuntimeError, ValueError, OSError, IndexError, TypeError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise PipelineError(Problem("model-unloadable",
                                    f"the model does not load or translate: {reason}",
                                    file=source)) from None


def model_info(folder: Path, origin: str = "installed") -> ModelInfo:
    """What the stage records about the unpacked package ``folder`` (its metadata is
    checked, the model is not loaded: see :func:`check_package`)."""
    metadata = read_metadata(folder, str(folder))
    sha256 = tree_sha256(folder)
    return ModelInfo(name=package_name(metadata, sha256),
                     version=str(metadata.get("package_version", "")), sha256=sha256,
                     path=folder, origin=origin, runtime=runtime_versions())


def check_package(folder: Path, origin: str, source: str | None = None) -> ModelInfo:
    """Check an unpacked package folder (metadata, files, a test translation) and return
    what the stage records about it; PipelineError naming the problem otherwise."""
    source = source or str(folder)
    _check_loads(folder, read_metadata(folder, source), source)
    return model_info(folder, origin)


# ---------------------------------------------------------------- lock file


def read_lock(lock_path: Path) -> list[dict]:
    if not Path(lock_path).exists():
        return []
    try:
        return json.loads(Path(lock_path).read_text(encoding="utf-8"))["models"]
    except (ValueError, KeyError, TypeError) as error:
        raise PipelineError(Problem("lock-unreadable", str(error), file=str(lock_path))) from None


def record_lock(lock_path: Path, model: ModelInfo) -> None:
    """Add the package to the lock file once, with the runtime it was first used with
    (entries never change afterwards, so rebuilds leave the file alone)."""
    entries = read_lock(lock_path)
    if any(entry.get("name") == model.name for entry in entries):
        return
    entries.append({"name": model.name, "version": model.version, "sha256": model.sha256,
                    **{f"{lib}_version": model.runtime.get(lib, "") for lib in RUNTIME}})
    entries.sort(key=lambda e: (e["name"], e["version"]))
    atomic_write_text(lock_path, canonical_json({
        "description": "Argos Translate packages used for translations/: name (unique per "
                       "package: argospm name, version and SHA-256 prefix), version, SHA-256 "
                       "over the package's files (see pipeline/argos_model.py), and the "
                       "library versions it was first used with; each memory entry records "
                       "the versions that produced it.",
        "models": entries,
    }))


# ---------------------------------------------------------------- installing


def _refuse(path: Path, error: PipelineError) -> PipelineError:
    return PipelineError(error.problems, f"refusing to install {path}; nothing was installed")


def _move_into_place(folder: Path, destination: Path, previous: Path) -> None:
    """Rename ``folder`` to ``destination``; a package already there (an older version in
    the same folder, as Argos itself would overwrite) is moved aside first and put back if
    the rename fails."""
    if destination.exists():
        destination.rename(previous)
    try:
        folder.rename(destination)
    except OSError:
        if previous.exists():
            previous.rename(destination)
        raise


def install_archive(path: Path, *, origin: str = "file") -> ModelInfo:
    """Install the archive at ``path`` transactionally (see the module docstring) and
    return the installed package; PipelineError with the packages directory untouched."""
    path, target_dir = Path(path), packages_dir()
    if not path.is_file():
        raise PipelineError(Problem("model-not-found", "no such .argosmodel file", file=str(path)))
    problems = archive_problems(path)
    if problems:
        raise _refuse(path, PipelineError(problems))
    # Staged beside the packages directory: same file system, so the final rename is atomic.
    target_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target_dir.name}-staging-", dir=target_dir.parent))
    try:
        folder = _unpack(path, staging, MAX_UNPACKED_BYTES)
        info = check_package(folder, origin, source=str(path))
        destination = target_dir / folder.name
        target_dir.mkdir(parents=True, exist_ok=True)
        _move_into_place(folder, destination, staging / ".previous")
    except PipelineError as error:
        raise _refuse(path, error) from None
    except OSError as error:  # e.g. the disk filled up while unpacking
        raise _refuse(path, PipelineError(os_problem(error))) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return replace(info, path=destination)


def _version_key(version: str) -> tuple:
    """Sort key of a package version: PEP 440 order; unparsable versions sort first."""
    from packaging.version import InvalidVersion, Version

    try:
        return (1, Version(version))
    except InvalidVersion:
        return (0, Version("0"))


def find_installed() -> Path | None:
    """Folder of the installed ar->en package with the highest version, or None. Folders
    without a readable metadata.json object (not packages, or not Argos's) are skipped."""
    directory = packages_dir()
    candidates = []
    for folder in sorted(directory.iterdir()) if directory.is_dir() else ():
        try:
            metadata = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(metadata, dict) and (
                metadata.get("from_code"), metadata.get("to_code")) == (FROM_CODE, TO_CODE):
            candidates.append((str(metadata.get("package_version", "")), folder))
    if not candidates:
        return None
    return max(candidates, key=lambda c: (_version_key(c[0]), str(c[1])))[1]


def _installed_info(folder: Path, lock_path: Path, model_path: str | None) -> ModelInfo:
    """The installed package at ``folder``, checked unless the lock already records these
    very files (they loaded before); a broken package stops the stage with how to remove it."""
    locked = {entry.get("sha256") for entry in read_lock(lock_path)}
    try:
        info = model_info(folder, "installed")
        if info.sha256 not in locked:
            _check_loads(folder, read_metadata(folder, str(folder)), str(folder))
    except PipelineError as error:
        not_used = f"; {model_path} was not installed" if model_path else ""
        raise PipelineError(error.problems, (
            f"the installed Argos package {folder} is broken and was not used{not_used}. "
            f"Remove it (`rm -r '{folder}'`) and build again, with --model PATH.argosmodel "
            "or with the network, to install a good one")) from None
    return info


# ---------------------------------------------------------------- network


@dataclass
class Deadline:
    """One time limit shared by every network step of a run (index and download)."""

    seconds: float
    ends: float = 0.0

    def __post_init__(self) -> None:
        self.ends = time.monotonic() + self.seconds

    def remaining(self) -> float:
        return self.ends - time.monotonic()


class TransferRefused(OSError):
    """A transfer that retrying cannot fix (too large)."""


NETWORK_ERRORS = (OSError, http_client.HTTPException, ValueError)


def network_deadline() -> Deadline:
    return Deadline(number_setting(DEADLINE_ENV, NETWORK_DEADLINE, "seconds"))


def index_url() -> str:
    folder = str(_argos_setting(INDEX_ENV, "package_index", DEFAULT_INDEX))
    return folder.rstrip("/") + "/index.json"


def _attempt(url: str, sink, limit: int, deadline: Deadline, cancel: threading.Event) -> None:
    """One request copying ``url`` into ``sink``; resumes at ``sink.tell()`` with a Range
    request (and starts over if the server ignores it). Every read waits at most the time
    left (or STALL_SECONDS), so a worker abandoned at the deadline ends soon after."""
    offset = sink.tell()
    headers = {"User-Agent": "hamas-syria-relations-pipeline"}
    if offset:
        headers["Range"] = f"bytes={offset}-"
    timeout = max(0.05, min(deadline.remaining(), STALL_SECONDS))
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers),
                                timeout=timeout) as response:
        if offset and response.status != 206:
            sink.seek(0)
            sink.truncate()
        length = response.headers.get("Content-Length", "")
        expected = sink.tell() + int(length) if length.isdigit() else None
        if expected is not None and expected > limit:
            raise TransferRefused(f"announces {expected} bytes (limit {limit})")
        while not cancel.is_set():
            block = response.read1(CHUNK)
            if not block:
                break
            if sink.tell() + len(block) > limit:
                raise TransferRefused(f"more than {limit} bytes")
            sink.write(block)
    if not cancel.is_set() and expected is not None and sink.tell() != expected:
        raise ConnectionError(f"transfer cut short: {sink.tell()} of {expected} bytes")


def _fetch(url: str, sink, limit: int, deadline: Deadline, cancel: threading.Event) -> None:
    """Copy ``url`` into ``sink``; a failed transfer is retried once, resuming."""
    try:
        _attempt(url, sink, limit, deadline, cancel)
    except (TransferRefused, urllib.error.HTTPError):
        raise
    except NETWORK_ERRORS:
        if cancel.is_set() or deadline.remaining() <= 0:
            raise
        _attempt(url, sink, limit, deadline, cancel)


def fetch(url: str, sink, limit: int, deadline: Deadline) -> None:
    """Copy ``url`` into the binary file ``sink`` before ``deadline``, however slowly the
    server answers: the transfer runs in a worker thread that is abandoned (and stops at
    its next read) when the time is up. Raises OSError (or ValueError) saying what failed."""
    cancel, outcome = threading.Event(), {}

    def work() -> None:
        try:
            _fetch(url, sink, limit, deadline, cancel)
        except BaseException as error:  # handed to the waiting thread
            outcome["error"] = error

    worker = threading.Thread(target=work, name="argos-fetch", daemon=True)
    worker.start()
    worker.join(max(0.0, deadline.remaining()))
    if worker.is_alive():
        cancel.set()
        raise TimeoutError(f"{url}: not complete within the {deadline.seconds:g} s network "
                           f"deadline ({DEADLINE_ENV}); abandoned")
    error = outcome.get("error")
    if isinstance(error, NETWORK_ERRORS):
        kind = ValueError if isinstance(error, ValueError) else OSError
        raise kind(f"{url}: {error or type(error).__name__}") from None
    if error is not None:
        raise error


def _index_entry(data: bytes, url: str) -> dict:
    """The ar->en entry of the Argos index (the highest version if several)."""
    try:
        index = json.loads(data)
    except ValueError as error:
        raise ValueError(f"{url}: not a JSON package index: {error}") from None
    entries = [entry for entry in index if isinstance(entry, dict) and (
        entry.get("from_code"), entry.get("to_code")) == (FROM_CODE, TO_CODE)
        ] if isinstance(index, list) else []
    if not entries:
        raise ValueError(f"{url}: no {FROM_CODE}->{TO_CODE} package listed")
    return max(entries, key=lambda entry: _version_key(str(entry.get("package_version", ""))))


def download(deadline: Deadline) -> Path:
    """Fetch the index, then the ar->en package from its first working link, within
    ``deadline`` in all; the archive is left in a temporary file beside the packages
    directory (the caller installs and removes it)."""
    url = index_url()
    index = io.BytesIO()
    fetch(url, index, MAX_INDEX_BYTES, deadline)
    links = [link for link in _index_entry(index.getvalue(), url).get("links", [])
             if isinstance(link, str)]
    parent = packages_dir().parent
    parent.mkdir(parents=True, exist_ok=True)
    errors = []
    for link in links:
        handle = tempfile.NamedTemporaryFile(prefix=".argos-download-", suffix=".argosmodel",
                                             dir=parent, delete=False)
        try:
            fetch(link, handle, MAX_ARCHIVE_BYTES, deadline)
        except NETWORK_ERRORS as error:
            handle.close()
            Path(handle.name).unlink(missing_ok=True)
            errors.append(str(error))
            if deadline.remaining() <= 0:
                break
            continue
        handle.close()
        return Path(handle.name)
    raise OSError("; ".join(errors) or f"{url} lists no download link for the "
                                       f"{FROM_CODE}->{TO_CODE} package")


# ---------------------------------------------------------------- locating


def locate(*, offline: bool, model_path: str | None, lock_path: Path,
           log: Callable[[str], None] = print,
           anything_pending: Callable[[], bool] | None = None) -> ModelInfo | None:
    """The model to use, installing or downloading it if needed; None when there is none.

    ``anything_pending`` is asked (once, and only when the next step would use the
    network) whether any sentence still needs the model; False means the translation
    memory covers everything, so no index is fetched and nothing is downloaded. Without
    it, something is assumed pending. A failed download is logged (what was tried and
    why) and gives None; a broken archive or installed package raises PipelineError.
    """
    model_path = model_path or os.environ.get(MODEL_ENV) or None
    installed = find_installed()
    if installed is not None:
        info = _installed_info(installed, Path(lock_path), model_path)
        if model_path:
            log(f"translate: using the installed package {info.name} in {installed}; "
                f"{model_path} was not installed (remove the installed one to switch models)")
        return info
    if model_path:
        return install_archive(Path(model_path), origin="file")
    if is_offline(offline):
        return None
    if anything_pending is not None and not anything_pending():
        log("translate: every sentence has English already; the Argos index was not contacted")
        return None
    deadline = network_deadline()
    try:
        archive = download(deadline)
    except NETWORK_ERRORS as error:
        log(f"translate: tried to download the model via the Argos index {index_url()} "
            f"(deadline {deadline.seconds:g} s) and failed: {error}")
        return None
    try:
        return install_archive(archive, origin="download")
    finally:
        archive.unlink(missing_ok=True)
